/**
 * What the messages claim, from a review of every message as a medicinal chemist reads it
 * (2026-11-27): each case is one where a message said something untrue of the protocol in
 * front of it.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { lookupById } from '../../server/src/kb';

const msg = (t: string, rule: string) => analyze(t).diagnostics.find((d) => d.rule === rule)?.message;

function run({ amine = '1,4-diazepane 3.0 equiv', ald = 'benzaldehyde 1.0 equiv', red = 'NaBH4 1.5 equiv', acid = '', solvent = 'MeOH 0.2 M', workup = '  quench sat. NaHCO3\n  extract DCM x3\n' } = {}): string {
  return `target mono
scale 5 mmol
reagent am   = ${amine}
reagent ald  = ${ald}
reagent red  = ${red}
${acid ? `reagent acid = ${acid}\n` : ''}solvent ${solvent}
step
  add am, ald${acid ? ', acid' : ''}
  stir 1 h
  add red
  stir 16 h
${workup ? `workup\n${workup}` : ''}`;
}

describe('messages that say what is true of the protocol (message review, 2026-11-27)', () => {
  it('reductant-solvent gives the reason that holds for the pair (NaBH4 dissolves in iPrOH; NaBH3CN is sold in THF; Pd/C does not dissolve)', () => {
    const ipr = msg(run({ solvent: 'iPrOH 0.2 M' }), 'reductant-solvent')!;
    assert.doesNotMatch(ipr, /dissolves/);
    assert.match(ipr, /iPrOH is a less usual choice/);
    assert.match(msg(run({ solvent: 'DCM 0.2 M' }), 'reductant-solvent')!, /NaBH4 barely dissolves in DCM/);
    const cbh = msg(run({ red: 'NaBH3CN 1.5 equiv', acid: 'AcOH 1.0 equiv', solvent: 'THF 0.2 M' }), 'reductant-solvent')!;
    assert.match(cbh, /NaBH3CN is normally used in MeOH or EtOH, where the iminium forms readily/);
    assert.doesNotMatch(cbh, /dissolves/);
    const h2 = msg(run({ red: 'H2, Pd/C', solvent: 'DCM 0.2 M', workup: '  filter\n  concentrate\n' }), 'reductant-solvent')!;
    assert.match(h2, /^Hydrogenation over Pd\/C is normally run in MeOH, EtOH or EtOAc; in DCM it is slow, and a chlorinated solvent/);
  });

  it('missing-quench and missing-workup speak of an acid only when the run has one (NaBH4 alone in MeOH leaves the pot basic)', () => {
    const noAcid = run({ workup: '  quench water\n  extract DCM x3\n' });
    assert.doesNotMatch(msg(noAcid, 'missing-quench')!, /acid|protonated/);
    assert.doesNotMatch(msg(run({ workup: '' }), 'missing-workup')!, /the acid/);
    assert.match(msg(run({ workup: '', acid: 'AcOH 1.0 equiv' }), 'missing-workup')!, /The boron salts and the acid need a basic quench/);
  });

  it('acid-too-strong names the amine it has (piperazine is no diazepane) and says nothing without one', () => {
    const pip = msg(run({ amine: 'piperazine 3.0 equiv', red: 'NaBH(OAc)3 1.5 equiv', acid: 'TFA 3.0 equiv', solvent: 'DCE 0.2 M' }), 'acid-too-strong')!;
    assert.match(pip, /is taken up by piperazine/);
    assert.doesNotMatch(pip, /diazepane/);
    const none = run({ amine: 'morpholine 3.0 equiv', red: 'NaBH(OAc)3 1.5 equiv', acid: 'TFA 3.0 equiv', solvent: 'DCE 0.2 M' });
    assert.equal(msg(none, 'acid-too-strong'), undefined, 'no amine: nothing to protonate, and missing-component says so');
    assert.ok(msg(none, 'missing-component'));
  });

  it('mono-stoichiometry names piperazine as piperazine', () => {
    const m = msg(run({ amine: 'piperazine 1.0 equiv', red: 'NaBH(OAc)3 1.5 equiv', acid: 'AcOH 1.0 equiv', solvent: 'DCE 0.2 M' }), 'mono-stoichiometry')!;
    assert.match(m, /^For mono-alkylation piperazine must be in excess/);
    assert.match(m, /equiv of piperazine, or a mono-Boc-protected one/);
  });

  it('missing-acid does not claim acid is always needed (reactive aldehydes often manage without)', () => {
    const m = msg(run({ red: 'NaBH(OAc)3 1.5 equiv', solvent: 'DCE 0.2 M' }), 'missing-acid')!;
    assert.match(m, /reactive aldehydes often manage without, but ketones and slow aldehydes need it/);
    assert.doesNotMatch(m, /not the neutral imine|usually speeds the reaction up a lot/);
  });

  it('reductant-short does not apply a one-hydride argument to NaBH4', () => {
    const m = msg(run({ red: 'NaBH4 0.8 equiv' }), 'reductant-short')!;
    assert.match(m, /NaBH4 carries four hydrides, but it is consumed as it works/);
    assert.match(msg(run({ red: 'NaBH(OAc)3 0.8 equiv', acid: 'AcOH 1.0 equiv', solvent: 'DCE 0.2 M' }), 'reductant-short')!, /Short of one equivalent per iminium/);
  });

  it('knowledge-base texts: the two nitrogens of 1,4-diazepane are alike; H2 over Pd/C can take off an N-benzyl group', () => {
    assert.doesNotMatch(lookupById('tfa')!.explanation, /more basic nitrogen/);
    assert.match(lookupById('h2-pdc')!.explanation, /N-benzyl product can lose the benzyl group/);
  });
});

describe('messages after the second code review (2026-11-27)', () => {
  it('reductant-solvent: NaBH4 dissolves in DMF (no "barely dissolves"); hydrogenation in THF is not called slow', () => {
    assert.doesNotMatch(msg(run({ solvent: 'DMF 0.2 M' }), 'reductant-solvent')!, /barely dissolves/);
    assert.doesNotMatch(msg(run({ red: 'H2, Pd/C', solvent: 'THF 0.2 M', workup: '  filter\n  concentrate\n' }), 'reductant-solvent')!, /slow/);
    const water = msg(run({ solvent: 'water 0.2 M' }), 'reductant-solvent')!;
    assert.equal(water.match(/water/g)!.length, 2, water); // "; water is a less usual choice … (in water the imine …)"
  });
  it('acid-too-strong counts basic nitrogens, not N–H (1-methyl-1,4-diazepane has two)', () => {
    const m = msg(run({ amine: '1-methyl-1,4-diazepane 1.0 equiv', red: 'NaBH(OAc)3 1.5 equiv', acid: 'TFA 1.0 equiv', solvent: 'DCE 0.2 M' }), 'acid-too-strong')!;
    assert.match(m, /protonates one of its 2 nitrogens/);
    assert.doesNotMatch(m, /fully protonated/);
  });
  it('a 5 equiv AcOH added after the hydride (a quench) is not moved into the pot as the catalyst', () => {
    const t = run({ red: 'NaBH(OAc)3 1.5 equiv', solvent: 'DCE 0.2 M' }).replace('reagent red', 'reagent q    = AcOH 5.0 equiv\nreagent red').replace('  stir 16 h\n', '  stir 16 h\n  add q dropwise\n');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'missing-acid')!;
    assert.doesNotMatch(d.fixes[0].title, /'q'/);
  });
});

describe('a new file, typed from the top (workbench review, 2026-11-27)', () => {
  const rulesOf = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
  it('an empty file, or one with only comments, has no problems yet; one statement and the missing parts are reported', () => {
    assert.deepEqual(rulesOf(''), []);
    assert.deepEqual(rulesOf('# Mono-alkylation of homopiperazine\n\n'), []);
    assert.deepEqual(rulesOf('protocol "x"\n'), ['missing-component', 'missing-component', 'missing-component']);
    assert.deepEqual(rulesOf('protocl "x"\n').filter((r) => r === 'missing-component').length, 3, 'a line that does not read is a start too');
  });

  it('a reagent table without a procedure gets one warning naming what to write, not one per line', () => {
    const table = 'protocol "x"\ntarget mono\nscale 5 mmol\nreagent dz = homopiperazine 3 equiv\nreagent ald = benzaldehyde 1 equiv\nreagent acid = AcOH 1 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\n';
    const found = analyze(table).diagnostics;
    assert.deepEqual(found.map((d) => d.rule), ['unused-reagent']);
    assert.equal(found[0].message, 'No step adds any of the 4 declared reagents yet: write the procedure below the table (`step`, then `add dz, ald, acid, …` in the order they go in).');
    assert.equal(found[0].range.start.line, 3);
    assert.deepEqual(found[0].fixes, []);
    // Once a step exists, each reagent it does not add is named.
    const started = analyze(`${table}step\n  add dz, ald\n`).diagnostics.filter((d) => d.rule === 'unused-reagent');
    assert.deepEqual(started.map((d) => d.message.slice(0, 6)), ["'acid'", "'stab'"]);
  });
});

describe('missing-workup while the steps are typed (workbench review, 2026-11-27)', () => {
  const text = 'protocol "x"\ntarget mono\nscale 5 mmol\nreagent dz = homopiperazine 3 equiv\nreagent ald = benzaldehyde 1 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\nsolvent DCE 0.2 M\nstep "a"\n  add dz, ald\n  stir 1 h\nstep "b"\n  add stab\n';
  const at = (t: string) => analyze(t).diagnostics.find((d) => d.rule === 'missing-workup')!;
  it('sits on the last step heading, so it does not move down with each line typed under it', () => {
    assert.deepEqual(at(text).range, { start: { line: 10, character: 0 }, end: { line: 10, character: 4 } });
    assert.deepEqual(at(`${text}  stir 16 h\n  note "done"\n`).range, at(text).range);
  });
  it('with NaBH(OAc)3 and no acid added, the acid to quench is the acetic acid it releases (missing-acid says no acid is in the pot)', () => {
    assert.match(at(text).message, /^No work-up is written\. The boron salts and the acetic acid NaBH\(OAc\)3 releases need a basic quench/);
    const acid = text.replace('reagent stab', 'reagent acid = AcOH 1 equiv\nreagent stab').replace('add dz, ald\n', 'add dz, ald, acid\n');
    assert.match(at(acid).message, /^No work-up is written\. The boron salts and the acid need a basic quench/);
  });
});
