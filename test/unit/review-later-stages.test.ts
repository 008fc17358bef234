/**
 * Second review of the afternoon's multi-stage changes (isolate, deprotection, formalin with
 * NaBH(OAc)3): routes a bench chemist writes that rxn misread.
 */
import { strict as assert } from 'node:assert';
import { analyze, applyEdits } from '../../server/src/engine';
import { fixture, rules } from './review-helpers';

describe('review: stages of a route', () => {
  it('a deprotection isolated before the only reductive amination: that reaction is the one checked (it was "No problems")', () => {
    const t = fixture('d05-deprotect-isolate-dialkylate.rxn');
    const di = analyze(t).diagnostics.filter((d) => d.rule === 'di-stoichiometry');
    assert.equal(di.length, 2);
    assert.match(di[0].message, /^For di-alkylation both nitrogens must react, so benzaldehyde should be at least 2\.0 equiv \(2 × the amine's 1\.0\); at 1\.2 equiv/);
    assert.match(di[1].message, /^For di-alkylation both nitrogens must react, so NaBH\(OAc\)3 should be at least 2\.0 equiv/);
    // The same route for a mono-alkylation: the freed diazepane is not in excess, and 0.5 equiv of hydride is short.
    const mono = t.replace('target di', 'target mono').replace('NaBH(OAc)3 1.5 equiv', 'NaBH(OAc)3 0.5 equiv');
    assert.deepEqual(rules(mono), ['mono-stoichiometry', 'reductant-short']);
    // As with `concentrate` in place of the `isolate`.
    assert.deepEqual(rules(mono.replace(/  isolate .*\n/, '  concentrate\n')), ['mono-stoichiometry', 'reductant-short']);
  });
});

describe('review: formalin with NaBH(OAc)3 after an isolate', () => {
  it('2.5 equiv of NaBH(OAc)3 for the N-methylation of the isolated mono-benzyl product is the allowance stab-water asks for', () => {
    // Homopiperazine 3.0 equiv, benzaldehyde 1.0 equiv: at most 1.0 equiv of product is isolated.
    const t = fixture('e07-bn-then-formalin.rxn')
      .replace(/reagent cnbh  = NaBH3CN +2\.0 equiv/, 'reagent cnbh  = NaBH(OAc)3               2.5 equiv')
      .replace('solvent MeOH 20 mL', 'solvent DCE 20 mL');
    assert.match(t, /cnbh  = NaBH\(OAc\)3/);
    assert.ok(!rules(t).includes('stab-water'), analyze(t).diagnostics.map((d) => d.message).join('\n'));
    // 1.5 equiv is short of 2 per iminium: reported.
    assert.ok(rules(t.replace('NaBH(OAc)3               2.5 equiv', 'NaBH(OAc)3               1.5 equiv')).includes('stab-water'));
  });
});

describe('review: stab-water on the hot path', () => {
  it('40,000 formalin lines: the allowance is worked out once, not once per line (20,000 took 11 s before, half a second after)', function () {
    // A complexity guard, not a speed target: iminiumDemand per formalin line (each reading every
    // carbonyl) was quadratic, about 45 s at this size; linear, 1-5 s even on a loaded machine.
    this.timeout(30_000);
    const decl: string[] = [];
    const adds: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      decl.push(`reagent f${i} = formalin 0.001 equiv`);
      adds.push(`  add f${i}`);
    }
    const text = ['target mono', 'scale 2 mmol', 'reagent dz = homopiperazine 3.0 equiv', 'reagent stab = NaBH(OAc)3 1.5 equiv', 'solvent DCE 0.2 M', ...decl, 'step', '  add dz', ...adds, '  stir 1 h', '  add stab', ''].join('\n');
    // 40 equiv of formaldehyde in all, 1.5 of NaBH(OAc)3: short of the allowance, each line reported.
    assert.equal(analyze(text).diagnostics.filter((d) => d.rule === 'stab-water').length, 40_000);
  });
});

describe('review: acid-excess on the hot path', () => {
  it('80,000 AcOH lines in one reaction: grouped by stage without copying the list per line (40,000 took 14 s before, 1 s after)', function () {
    // A complexity guard, not a speed target: copying the stage list for each line added to it was
    // quadratic, about a minute at this size; linear, 2-5 s even on a loaded machine.
    this.timeout(30_000);
    const decl: string[] = [];
    const adds: string[] = [];
    for (let i = 0; i < 80_000; i++) {
      decl.push(`reagent a${i} = AcOH 0.001 equiv`);
      adds.push(`  add a${i}`);
    }
    const text = ['target mono', 'scale 2 mmol', 'reagent dz = homopiperazine 3.0 equiv', 'reagent ald = benzaldehyde 1.0 equiv', 'reagent stab = NaBH(OAc)3 1.5 equiv', 'solvent DCE 0.2 M', ...decl, 'step', '  add dz, ald', ...adds, '  stir 1 h', '  add stab', ''].join('\n');
    const d = analyze(text).diagnostics.filter((x) => x.rule === 'acid-excess');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /^AcOH comes to 80\.0 equiv in all/);
  });
});

describe('review: a deprotection in an acid solvent, on the hot path', () => {
  it('the pot is read once per acid solvent, then each add; a Boc amine added later in that solvent is still found', function () {
    // A complexity guard, not a speed target: reading the whole pot at each add was quadratic
    // (60,000 adds took 8 s, so over 30 s at this size); linear, 2-7 s even on a loaded machine.
    this.timeout(25_000);
    const t = fixture('d03-deprotect-in-tfa-solvent.rxn');
    assert.deepEqual(rules(t), []);
    // The Boc amine goes in after something else: still the deprotection (else protected-target).
    const later = t.replace('reagent boc = 1-Boc-1,4-diazepane 1.0 equiv\n', 'reagent boc = 1-Boc-1,4-diazepane 1.0 equiv\nreagent sieves = MgSO4 1.0 equiv\n').replace('  add boc\n', '  add sieves\n  add boc\n');
    assert.notEqual(later, t);
    assert.deepEqual(rules(later), []);
    assert.equal(analyze(later).model.reagents.find((r) => r.alias === 'boc')!.deprotection?.acidName, 'TFA');
    const decl: string[] = [];
    const adds: string[] = [];
    for (let i = 0; i < 120_000; i++) {
      decl.push(`reagent a${i} = MgSO4 0.001 equiv`);
      adds.push(`  add a${i}`);
    }
    const big = ['target mono', 'scale 2 mmol', 'reagent dz = homopiperazine 3.0 equiv', 'reagent ald = benzaldehyde 1.0 equiv', 'reagent stab = NaBH(OAc)3 1.5 equiv', ...decl, 'step', '  solvent DCM/TFA 4:1 10 mL', '  add dz, ald', ...adds, '  stir 1 h', '  add stab', ''].join('\n');
    assert.equal(analyze(big).model.amines.filter((r) => r.deprotection).length, 0);
  });
});

describe('review: protected-target on a deprotection with too little acid', () => {
  const route = fixture('e29-tfa-ul-slip.rxn');
  const withAcid = (decl: string) => route.replace(/reagent tfa   = TFA +2 µL/, `reagent tfa   = ${decl}`);
  it('0.25 mL of 4 M HCl (0.5 equiv) is too little, not "mL written for L" (500 equiv), and the TFA figures are not quoted for HCl', () => {
    const t = withAcid('4 M HCl in dioxane 0.25 mL');
    assert.notEqual(t, route);
    const d = analyze(t).diagnostics.filter((x) => x.rule === 'protected-target');
    assert.equal(d.length, 1);
    assert.equal(d[0].message, 'di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected), and the acid step after the `isolate` is there to free it on the isolated Boc intermediate: HCl at 0.5 equiv per amine (as 4 M HCl in dioxane) is too little to take the Boc group off — it takes 2 equiv or more.');
  });
  it('2.5 µL of 4 M HCl (5 equiv as mL) is named as the unit slip', () => {
    const d = analyze(withAcid('4 M HCl in dioxane 2.5 µL')).diagnostics.find((x) => x.rule === 'protected-target')!;
    assert.equal(d.message, 'di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected), and the acid step after the `isolate` is there to free it on the isolated Boc intermediate: HCl at 0.005 equiv per amine (as 4 M HCl in dioxane) is too little to take the Boc group off — it takes 2 equiv or more; 2.5 µL in mL would be 4.99 equiv: µL written for mL?');
  });
});

describe('review: acid-too-strong frees the salt with the base the table declares', () => {
  it('a declared, unused DIPEA at 0.5 equiv is added and raised to what frees the salt (the fix left 1.5 equiv of TFA salt)', () => {
    const t = fixture('d02-deprotect-then-alkylate.rxn').replace('reagent stab = NaBH(OAc)3 1.5 equiv\n', 'reagent stab = NaBH(OAc)3 1.5 equiv\nreagent base = DIPEA 0.5 equiv\n');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'acid-too-strong')!;
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /reagent base = DIPEA 2\.0 equiv\n/);
    assert.match(fixed, /  add base\n  add ald\n/);
    assert.ok(!rules(fixed).includes('acid-too-strong'), analyze(fixed).diagnostics.map((x) => x.message).join('\n'));
    // Enough already: left as it is.
    const enough = t.replace('DIPEA 0.5 equiv', 'DIPEA 3.0 equiv');
    const f2 = applyEdits(enough, analyze(enough).diagnostics.find((x) => x.rule === 'acid-too-strong')!.fixes[0].edits);
    assert.match(f2, /reagent base = DIPEA 3\.0 equiv\n/);
    assert.ok(!rules(f2).includes('acid-too-strong'));
  });
});

describe('review: stab-protic-solvent stocks on the hot path', () => {
  it('each NaBH(OAc)3 addition asks whether the MeOH stocks are in its pot, without walking the pot (60,000 reagents and additions)', function () {
    // A complexity guard, not a speed target: walking the whole pot at every NaBH(OAc)3 addition
    // was quadratic (11.5 s at half this size, about 45 s at it; and twice the time of a
    // 50,000-line protocol); linear, 2-6 s even on a loaded machine.
    this.timeout(25_000);
    const decl: string[] = [];
    const adds: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      decl.push(`reagent s${i} = MgSO4 0.001 equiv`, `reagent h${i} = NaBH(OAc)3 0.0001 equiv`);
      adds.push(`  add s${i}`, `  add h${i}`);
    }
    const text = ['target mono', 'scale 2 mmol', 'reagent dz = homopiperazine (1.0 M in MeOH) 3.0 equiv, 6.0 mL', 'reagent ald = benzaldehyde 1.0 equiv', 'reagent acid = AcOH 1.0 equiv', 'reagent stab = NaBH(OAc)3 1.5 equiv', 'solvent DCE 10 mL', ...decl, 'step', '  add acid, dz, ald', '  stir 1 h', ...adds, '  add stab', ''].join('\n');
    const d = analyze(text).diagnostics.filter((x) => x.rule === 'stab-protic-solvent');
    // The stock is reported once, on its declaration (6 mL of MeOH in 16 mL of liquid).
    assert.equal(d.length, 1);
    assert.match(d[0].message, /^'dz' is a solution in MeOH \(6\.00 mL\): it brings MeOH into the pot \(38 % of the liquid\)/);
  });
});

describe('review: missing-acid on the hot path', () => {
  it('thousands of NaBH(OAc)3 additions and no acid: each asks whether an acid can be in its pot without walking it, and the fixes number their AcOH without counting from the start (18,000 additions)', function () {
    // A complexity guard, not a speed target: walking the whole pot at every NaBH(OAc)3 addition
    // (acidPresent, tiActivator), reading the whole table for a weak acid and counting acoh, acoh2, …
    // from the start for each fix was quadratic (51 s at this size); linear, under 2 s.
    this.timeout(15_000);
    const n = 18_000;
    const decl: string[] = [];
    const adds: string[] = [];
    for (let i = 0; i < n; i++) {
      decl.push(`reagent s${i} = MgSO4 0.001 equiv`, `reagent h${i} = NaBH(OAc)3 0.0001 equiv`);
      adds.push(`  add s${i}`, `  add h${i}`);
    }
    const text = ['target mono', 'scale 2 mmol', 'reagent dz = homopiperazine 3.0 equiv', 'reagent ald = benzaldehyde 1.0 equiv', 'reagent acoh3 = MgSO4 0.001 equiv', 'solvent DCE 10 mL', ...decl, 'step', '  add dz, ald', '  stir 1 h', ...adds, ''].join('\n');
    const d = analyze(text).diagnostics.filter((x) => x.rule === 'missing-acid');
    assert.equal(d.length, n);
    assert.match(d[0].message, /^No acid is in the pot when NaBH\(OAc\)3 goes in\./);
    assert.equal(d[0].fixes[0].title, 'Add 1.0 equiv AcOH right after the carbonyl');
    // One AcOH per fix, never the same alias twice, skipping the declared acoh3.
    const declared = (x: (typeof d)[number]) => x.fixes[0].edits.map((e) => e.newText).join('');
    assert.match(declared(d[0]), /reagent acoh = AcOH 1\.0 equiv/);
    assert.match(declared(d[1]), /reagent acoh2 = AcOH 1\.0 equiv/);
    assert.match(declared(d[2]), /reagent acoh4 = AcOH 1\.0 equiv/);
    assert.match(declared(d[n - 1]), new RegExp(`reagent acoh${n + 1} = AcOH 1\\.0 equiv`));
  });
});
