/**
 * Lead's review items of the eighteenth stop: what a user sees for a misspelt rule id in a
 * suppression comment (the message names the rule meant, and a quick fix — never Fix all —
 * puts it right).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, fixAll, load } from '../../server/src/engine';
import { applyEdits } from '../../server/src/edits';
import { inlayHints } from '../../server/src/features/inlayHints';
import { sigInUnit } from '../../server/src/rules/helpers';

const page = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules', 'unknown-rule.md'), 'utf8');
const firesOn = /## Fires on\n\n```rxn\n([\s\S]*?)```/.exec(page)![1];
const fixedExample = /## Fixed\n\n```rxn\n([\s\S]*?)```/.exec(page)![1];

describe('unknown-rule: a misspelt rule id in a suppression comment', () => {
  const unknown = (t: string) => analyze(t).diagnostics.filter((d) => d.rule === 'unknown-rule');

  it("names the rule meant ('missing-acids' → 'missing-acid') and its quick fix gives the page's Fixed text", () => {
    const [d] = unknown(firesOn);
    assert.ok(d, 'unknown-rule expected');
    assert.match(d.message, /'missing-acids' is not an rxn rule.*Did you mean 'missing-acid'\?/);
    assert.equal(d.fixes.length, 1);
    assert.equal(d.fixes[0].title, "Change to 'missing-acid'");
    assert.equal(d.fixes[0].safe, false);
    const fixed = applyEdits(firesOn, d.fixes[0].edits);
    assert.equal(fixed, fixedExample);
    assert.deepEqual(unknown(fixed), []);
    assert.ok(!analyze(fixed).diagnostics.some((x) => x.rule === 'missing-acid'), 'the corrected comment silences missing-acid');
  });

  it('is not applied by Fix all / rxn check --fix (silencing a rule is the author\'s decision)', () => {
    const after = fixAll(firesOn).text;
    assert.ok(after.includes('# rxn-disable missing-acids\n'), after);
    assert.equal(unknown(after).length, 1);
  });

  it("upper case is read as the id it spells ('NABH4-ONE-POT' → 'nabh4-one-pot')", () => {
    const t = firesOn.replace('# rxn-disable missing-acids', '# rxn-disable NABH4-ONE-POT');
    const [d] = unknown(t);
    assert.match(d.message, /Did you mean 'nabh4-one-pot'\?/);
    assert.ok(applyEdits(t, d.fixes[0].edits).includes('# rxn-disable nabh4-one-pot\n'));
  });

  it('offers nothing when no rule id is close, and says where the ids are listed', () => {
    const t = firesOn.replace('# rxn-disable missing-acids', '# rxn-disable everything-please');
    const [d] = unknown(t);
    assert.match(d.message, /`rxn rules` lists the rule ids/);
    assert.doesNotMatch(d.message, /Did you mean/);
    assert.deepEqual(d.fixes, []);
  });
});

describe('acid-too-strong: a diamine half protonated (decision kept: an added acid is reported, a salt chosen as the amine is not)', () => {
  const fx = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'cu-diazepane-tfa-1equiv.rxn'), 'utf8');
  const acidTooStrong = (t: string) => analyze(t).diagnostics.filter((d) => d.rule === 'acid-too-strong');

  it('1.0 equiv TFA added to the free diazepane as the catalyst is reported, with AcOH offered (the spec: ≥ 1.0 equiv)', () => {
    const [d] = acidTooStrong(fx);
    assert.ok(d, 'acid-too-strong expected');
    assert.match(d.message, /^TFA at 1\.0 equiv per amine .*Use a weak acid such as AcOH/);
    assert.ok(d.fixes.some((f) => /AcOH/.test(f.title)));
  });

  it('the monohydrochloride used as it is, and the dihydrochloride half freed by Et3N, are not (a deliberate route to mono-alkylation)', () => {
    const mono = fx.replace('1,4-diazepane              1.0 equiv', '1,4-diazepane hydrochloride 1.0 equiv').replace(/reagent acid .*\n/, '').replace('add dz, acid', 'add dz');
    assert.deepEqual(acidTooStrong(mono), []);
    const half = fx.replace('1,4-diazepane              1.0 equiv', '1,4-diazepane dihydrochloride 1.0 equiv').replace(/reagent acid .*\n/, 'reagent base = Et3N 1.0 equiv\n').replace('add dz, acid', 'add dz, base');
    assert.deepEqual(acidTooStrong(half), []);
    // Not freed at all, the dihydrochloride is fully protonated and reported.
    const none = half.replace(/reagent base .*\n/, '').replace('add dz, base', 'add dz');
    assert.match(acidTooStrong(none)[0]?.message ?? '', /pushes the pH below 4/);
  });
});

describe('cyanide-acid: an acid wash after a resin-bound cyanoborohydride was filtered off', () => {
  const fx = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'cu-resin-bh3cn-extract.rxn'), 'utf8');
  const cyanide = (t: string) => analyze(t).diagnostics.filter((d) => d.rule === 'cyanide-acid');
  const withWash = fx.replace('  extract DCM x2\n', '  extract DCM x2\n  wash 1 M HCl\n');

  it('is quiet: the cyanide left with the resin', () => {
    assert.ok(withWash.includes('wash 1 M HCl'));
    assert.deepEqual(cyanide(withWash).map((d) => d.message), []);
  });

  it('still warns when the acid comes before the filtration, or the NaBH3CN is not on a resin', () => {
    const before = fx.replace('workup\n  filter\n', 'workup\n  wash 1 M HCl\n  filter\n');
    assert.match(cyanide(before)[0]?.message ?? '', /^1 M HCl in the work-up of a PS-BH3CN .*releases hydrogen cyanide/);
    const free = withWash.replace('PS-BH3CN (2.4 mmol/g)           2.5 equiv, 521 mg', 'NaBH3CN 2.5 equiv');
    assert.match(cyanide(free)[0]?.message ?? '', /^1 M HCl in the work-up of a NaBH3CN run/);
  });
});

describe('model: the timeline and the list of additions agree on the stage of each add', () => {
  it('an add after `isolate` is in stage 1 in model.events as in model.adds (the timeline copy said 0)', () => {
    const t = [
      'protocol "N-methyl, two stages"',
      'target mono',
      'scale 2 mmol',
      'reagent x = 1-benzyl-1,4-diazepane 1.0 equiv',
      'reagent ald = benzaldehyde 1.0 equiv',
      'reagent form = formalin 37% 3.0 equiv',
      'reagent stab = NaBH(OAc)3 1.5 equiv',
      'solvent DCE 0.2 M',
      'step "One"',
      '  add x, ald at 0 °C',
      '  stir 1 h',
      '  add stab',
      '  stir 16 h',
      '  isolate product',
      '  add form',
      '  add stab',
      '',
    ].join('\n');
    const { model } = load(t);
    const fromEvents = model.events.filter((e) => e.type === 'add').map((e) => (e as { stage: number }).stage);
    assert.deepEqual(fromEvents, model.adds.map((a) => a.stage));
    assert.deepEqual(fromEvents, [0, 0, 1, 1]);
  });
});

describe('inlay hints on a page without a scale line: they say where 1.0 equiv came from', () => {
  it("an equiv-only line of a g/mL page: '× 50 mmol (scale, from 'ald', the reagent in shortage)', not a scale line there is none of", () => {
    const t = fs
      .readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'r7-01-gram-scale-g-ml.rxn'), 'utf8')
      .replace(/reagent acid = AcOH +2\.86 mL/, 'reagent acid = AcOH 1.0 equiv');
    const hint = inlayHints(analyze(t)).find((h) => /AcOH/.test((h.tooltip as { value: string }).value));
    assert.ok(hint, 'a hint on the AcOH line');
    const tip = (hint.tooltip as { value: string }).value;
    assert.match(tip, /1\.0 equiv × 50\.0 mmol \(scale, from 'ald', the reagent in shortage\)/);
  });
});

describe('durations: `o.n.` is overnight, as `o/n` is', () => {
  it('stir o.n. at rt (and `o.n`) reads as 16 h, with no syntax error', () => {
    const base = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'cu-resin-bh3cn-extract.rxn'), 'utf8');
    for (const w of ['o.n.', 'o.n', 'O.N.']) {
      const t = base.replace('stir 16 h at rt', `stir ${w} at rt`);
      assert.ok(t.includes(`stir ${w} at rt`));
      const a = analyze(t);
      assert.deepEqual(a.diagnostics.filter((d) => d.rule === 'syntax-error' || d.rule === 'invalid-quantity').map((d) => d.message), [], w);
      const stir = a.doc.statements.filter((s) => s.kind === 'stir').pop() as { duration: { minutes: number } };
      assert.equal(stir.duration.minutes, 960, w);
    }
  });
});

describe('a fix writes a mass or volume as a chemist would: a thousand mg is grams', () => {
  it('sigInUnit moves mg → g, µL → mL, µmol → mmol from 1000 (after rounding to 3 figures), and leaves g and mL alone', () => {
    assert.deepEqual(sigInUnit(3179.4, 'mg'), { value: '3.18', unit: 'g' });
    assert.deepEqual(sigInUnit(999.6, 'mg'), { value: '1.00', unit: 'g' });
    assert.deepEqual(sigInUnit(999.4, 'mg'), { value: '999' });
    assert.deepEqual(sigInUnit(1250, 'µL'), { value: '1.25', unit: 'mL' });
    assert.deepEqual(sigInUnit(2500, 'µmol'), { value: '2.50', unit: 'mmol' });
    assert.deepEqual(sigInUnit(1500, 'g'), { value: '1500' });
    assert.deepEqual(sigInUnit(1500, 'mL'), { value: '1500' });
  });
});
