/**
 * The benchmark's "where the keystroke time goes" table is only evidence if its two partial
 * servers (bench/engine-ablation.ts) really skip what they say they skip: an edit that the full
 * server reports must leave their diagnostics as they were on open, while the server stays up.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// ES modules without types: loaded by path.
const BUILD: string = '../../bench/build.mjs';
const LSP: string = '../../bench/lsp.mjs';

interface Diagnostic {
  message: string;
}
interface BenchClient {
  diagnostics(uri: string, version: number): Promise<{ params: { diagnostics: Diagnostic[] } }>;
  open(uri: string, text: string): Promise<void>;
  change(uri: string, version: number, range: unknown, text: string): Promise<void>;
  stop(): Promise<void>;
}

const TEXT = [
  'protocol "ablation check"',
  'target mono',
  'scale 10 mmol',
  'reagent dz = "1,4-diazepane" 3.0 equiv',
  'reagent ald = benzaldehyde 1.0 equiv',
  'reagent stab = "NaBH(OAc)3" 1.5 equiv',
  'reagent acid = AcOH 1.0 equiv',
  'solvent DCE 0.2 M',
  'step "imine"',
  '  add dz, ald, acid',
  '  stir 1 h at rt',
  'step "reduction"',
  '  add stab',
  '  stir 16 h',
  'workup',
  '  quench NaHCO3 sat.',
  '  extract DCM 3x',
  '',
].join('\n');

describe('the benchmark ablation servers', function () {
  this.timeout(60000);
  let Client: { start(kind: string): Promise<BenchClient> };

  before(async () => {
    const build = (await import(BUILD)) as { buildBench(): Promise<string> };
    await build.buildBench();
    Client = ((await import(LSP)) as { Client: typeof Client }).Client;
  });

  /**
   * The diagnostics of the protocol as written, and after an edit that turns `stir 1 h` into
   * `stri 1 h` (a syntax error). The server keeps no analysis of a document just opened, so a
   * first edit and its undoing come before: the edit measured is one that reuses a syntax tree.
   */
  async function openAndBreak(kind: string): Promise<{ before: string[]; after: string[] }> {
    const client = await Client.start(kind);
    try {
      const uri = pathToFileURL(path.join(__dirname, `ablation-${kind}.rxn`)).href;
      const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
      const opened = client.diagnostics(uri, 1);
      await client.open(uri, TEXT);
      await opened;
      const seen: string[][] = [];
      for (const [version, range, text] of [
        [2, at(0, 0, 0), ' '],
        [3, at(0, 0, 1), ''],
        [4, at(10, 3, 6), 'tri'],
      ] as const) {
        const wait = client.diagnostics(uri, version);
        await client.change(uri, version, range, text);
        seen.push((await wait).params.diagnostics.map((d) => d.message));
      }
      return { before: seen[1], after: seen[2] };
    } finally {
      await client.stop();
    }
  }

  it('the full server reports the broken line (the control)', async () => {
    const { before, after } = await openAndBreak('rxn');
    assert.ok(!before.some((m) => /stri/.test(m)), before.join('\n'));
    assert.ok(after.some((m) => /stri/.test(m)), `the edit is reported:\n${after.join('\n')}`);
  });

  for (const kind of ['rxn-parse', 'rxn-model']) {
    it(`${kind} parses the edit but publishes the diagnostics of the first version`, async () => {
      const { before, after } = await openAndBreak(kind);
      assert.deepEqual(after, before);
    });
  }
});
