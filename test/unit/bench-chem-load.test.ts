/**
 * The benchmark's "openchemlib not loaded without SMILES" target is only evidence if its probe
 * meets what the servers of the benchmark analyse: the engine benchmark's protocol and the 50 of
 * the memory benchmark (a one-pot aryl ketone among them loaded openchemlib through a
 * knowledge-base SMILES, which the probe of one protocol did not see), and sees a load when there is one.
 */
import { strict as assert } from 'node:assert';

// ES modules without types: loaded by path.
const BUILD: string = '../../bench/build.mjs';
const ENGINE: string = '../../bench/engine.mjs';

interface Probe {
  protocols: number;
  smilesAttributes: number;
  isChemLoaded: boolean;
  inRequireCache: boolean;
}

describe('the benchmark\'s lazy-openchemlib probe', function () {
  this.timeout(120000);
  it('analyses the 51 protocols without SMILES and finds openchemlib unloaded; the control with SMILES loads it', async () => {
    const build = (await import(BUILD)) as { buildBench(): Promise<string> };
    await build.buildBench();
    const { chemLoadCheck } = (await import(ENGINE)) as { chemLoadCheck(): { withoutSmiles: Probe; withSmiles: Probe } };
    const r = chemLoadCheck();
    assert.equal(r.withoutSmiles.protocols, 51);
    assert.equal(r.withoutSmiles.smilesAttributes, 0);
    assert.equal(r.withoutSmiles.isChemLoaded, false);
    assert.equal(r.withoutSmiles.inRequireCache, false);
    assert.ok(r.withSmiles.smilesAttributes > 0);
    assert.equal(r.withSmiles.isChemLoaded, true);
  });
});
