/**
 * Protocols from a code review of the quick-fix changes of 2026-11-27 (test/fixtures/review):
 * each is a case where a fix wrote wrong chemistry or a new error before it was mended.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits, fixAll } from '../../server/src/engine';
import { withoutNote } from '../../server/src/kb';

const DIR = path.join(__dirname, '..', 'fixtures', 'review');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
const rules = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
const fixOf = (t: string, rule: string) => analyze(t).diagnostics.find((d) => d.rule === rule)!.fixes[0];
const reagentLines = (t: string) => t.split(/\r?\n/).filter((l) => l.startsWith('reagent '));

describe('quick fixes after review: no wrong chemistry, no new error', () => {
  it('a solution without a molarity is not counted as the neat substance (no 19.7 equiv of benzaldehyde in DCE)', () => {
    const t = read('solution-without-molarity.rxn');
    const ald = analyze(t).model.reagents.find((r) => r.alias === 'ald')!;
    assert.equal(ald.kb?.id, 'benzaldehyde');
    assert.equal(ald.mmol, undefined, '10 mL of a solution of unknown strength is no amount');
    assert.equal(fixAll(t).text, t, 'no safe fix raises the amine or the reductant');
  });
  it('two strong acids renamed to AcOH in one Fix all pass get two aliases, not a duplicate declaration', () => {
    const fixed = fixAll(read('two-strong-acids-cyano.rxn')).text;
    assert.ok(!rules(fixed).includes('duplicate-reagent'), rules(fixed).join(' '));
    assert.match(fixed, /\n {2}add boc, ald, acoh, acoh2\n/);
  });
  it('a switch and a rename in one pass do not both claim `acoh`', () => {
    const fixed = fixAll(read('nabh4-then-tfa-cyano.rxn')).text;
    const aliases = reagentLines(fixed).map((l) => l.split('=')[0].trim());
    assert.equal(new Set(aliases).size, aliases.length, aliases.join(', '));
    assert.ok(!rules(fixed).includes('duplicate-reagent'));
  });
  it('a rename never takes an alias an add line already uses undeclared', () => {
    const t = read('tfa-with-undeclared-acoh.rxn');
    const fixed = applyEdits(t, fixOf(t, 'cyanide-acid').edits);
    assert.match(fixed, /\nreagent acoh2 = AcOH +0\.5 equiv\n/);
    assert.ok(rules(fixed).includes('undeclared-reagent'), 'the undeclared `acoh` is still reported');
  });
  it('H2 and Pd/C declared apart (or twice) become one NaBH(OAc)3, at the hydride amount', () => {
    for (const file of ['h2-and-pdc-apart.rxn', 'two-h2-aliases.rxn']) {
      const t = read(file);
      const fixed = applyEdits(t, fixOf(t, 'h2-reducible-group').edits);
      const stab = reagentLines(fixed).filter((l) => /NaBH\(OAc\)3/.test(l));
      assert.equal(stab.length, 1, `${file}:\n${fixed}`);
      assert.match(stab[0], / 1\.5 equiv/);
      assert.ok(!reagentLines(fixed).some((l) => /Pd\/C|= H2\b/.test(l)), `${file}: the hydrogenation reagents are gone:\n${fixed}`);
      assert.match(fixed, /\n {2}add stab\n/);
      const errors = analyze(fixed).diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => d.rule), [], file);
    }
  });
  it('an alias declared twice is not renamed (the other declaration keeps its substance), and the table keeps its columns', () => {
    const t = read('duplicate-tfa.rxn');
    const fixed = applyEdits(t, fixOf(t, 'cyanide-acid').edits);
    assert.ok(fixed.includes('reagent tfa       = AcOH          2.0 equiv\nreagent tfa       = TFA           1.0 equiv\n'), fixed);
  });
  it('grade words after a name are notes in any letter case', () => {
    assert.equal(withoutNote('2-naphthaldehyde, Anhydrous'), '2-naphthaldehyde');
    assert.equal(withoutNote('MeOH, ACS reagent'), 'MeOH');
  });
});

describe('amounts as chemists write them (review of 69 protocols, 2026-11-27)', () => {
  const P = (reagents: string, steps = '  add am, ald, acid\n  stir 1 h\n  add stab\n  stir 16 h\n', solvent = 'DCE 0.2 M') => `protocol "x"
target mono
scale 5 mmol
${reagents}
solvent ${solvent}
step
${steps}workup
  quench sat. NaHCO3
  extract DCM x3
`;
  const STD = { am: 'reagent am   = 1,4-diazepane 3.0 equiv', ald: 'reagent ald  = benzaldehyde 1.0 equiv', acid: 'reagent acid = AcOH 1.0 equiv', stab: 'reagent stab = NaBH(OAc)3 1.5 equiv' };
  const table = (over: Partial<typeof STD>) => Object.values({ ...STD, ...over }).join('\n');
  const msgs = (t: string, rule: string) => analyze(t).diagnostics.filter((d) => d.rule === rule).map((d) => d.message);
  it('a purity after the name keeps the molecular weight, so a mass weighed for the wrong equiv is caught', () => {
    const t = P(table({ am: 'reagent am   = homopiperazine, 98% 3.0 equiv, 0.50 g', stab: 'reagent stab = sodium triacetoxyborohydride, 97% 1.5 equiv, 0.53 g' }));
    const found = msgs(t, 'amount-mismatch');
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0], /^0\.50 g of homopiperazine, 98% does not match 3\.0 equiv/);
  });
  it('a solution\'s volume is checked against its molarity (and formalin\'s), and a fix scales it by the molarity', () => {
    const t = P(table({ ald: 'reagent ald  = benzaldehyde (0.5 M in DCE) 1.0 equiv, 5.0 mL' }));
    assert.match(msgs(t, 'amount-mismatch')[0] ?? '', /^5\.0 mL of benzaldehyde \(0\.5 M in DCE\) does not match 1\.0 equiv at scale 5 mmol: that would be 10\.0 mL/);
    const f = P(table({ ald: 'reagent ald  = formalin 3.0 equiv, 200 µL' }));
    assert.equal(msgs(f, 'amount-mismatch').length, 1, 'formalin is 13.4 M, not neat formaldehyde');
    const stock = P(table({ am: 'reagent am   = homopiperazine (1.0 M in MeOH) 1.0 equiv, 5.0 mL' }));
    const fixed = fixAll(stock).text;
    assert.match(fixed, /reagent am {3}= homopiperazine \(1\.0 M in MeOH\) 3\.0 equiv, 15\.0 mL/);
    // What remains is the 15 mL of MeOH that stock brings into NaBH(OAc)3's pot (round 5), not the amounts.
    assert.deepEqual(analyze(fixed).diagnostics.map((d) => d.rule), ['stab-protic-solvent']);
  });
  it('supplier grades (ReagentPlus, activated, powder) are notes: the reagent stays known and its checks run', () => {
    const tfa = P(table({ acid: 'reagent acid = trifluoroacetic acid, ReagentPlus, 99% 2.0 equiv' }).replace('1,4-diazepane 3.0', '1,4-diazepane 1.0'));
    const rules = analyze(tfa).diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('acid-too-strong') && !rules.includes('missing-acid'), rules.join(' '));
    const nabh4 = P(table({ stab: 'reagent stab = Sodium borohydride, ReagentPlus®, 99% 1.5 equiv' }), '  add am, ald, acid, stab\n  stir 16 h\n', 'MeOH 0.2 M');
    assert.ok(analyze(nabh4).diagnostics.some((d) => d.rule === 'nabh4-one-pot'));
    assert.equal(analyze(P(table({ acid: 'reagent acid = molecular sieves, 4 Å, activated, powder 1 g' }))).model.reagents.find((r) => r.alias === 'acid')!.kb?.id, 'ms4a');
  });
  it('4N HCl is 4 M (HCl is monoprotic): 2.5 mL at 5 mmol is 2 equiv of strong acid', () => {
    const t = P(table({ acid: 'reagent acid = HCl 4N in dioxane 2.5 mL', am: 'reagent am   = 1,4-diazepane 1.0 equiv' }));
    assert.match(msgs(t, 'acid-too-strong')[0] ?? '', /at 2\.0 equiv per amine/);
  });
  it('replacing a strong acid by AcOH counts the AcOH already in the pot (2.0 equiv in all at most)', () => {
    const cn = (acid: string) =>
      P(`${STD.am}\n${STD.ald}\nreagent acid = AcOH ${acid} equiv\nreagent tfa  = TFA 2.0 equiv\nreagent cn   = NaBH3CN 1.5 equiv`, '  add am, ald, acid, tfa\n  stir 1 h\n  add cn\n  stir 16 h\n', 'MeOH 0.2 M');
    const one = analyze(cn('1.0')).diagnostics.find((d) => d.rule === 'cyanide-acid')!;
    assert.match(applyEdits(cn('1.0'), one.fixes[0].edits), /\nreagent acoh = AcOH 1\.0 equiv\n/);
    const two = analyze(cn('2.0')).diagnostics.find((d) => d.rule === 'cyanide-acid')!;
    assert.equal(two.fixes[0].title, 'Remove TFA (enough AcOH is in the pot already)');
    // At exactly 1.5 equiv of AcOH the TFA goes, as the rule pages say: no 0.5 equiv second AcOH line.
    const atEdge = analyze(cn('1.5')).diagnostics.find((d) => d.rule === 'cyanide-acid')!;
    assert.equal(atEdge.fixes[0].title, 'Remove TFA (enough AcOH is in the pot already)');
    const removed = applyEdits(cn('2.0'), two.fixes[0].edits);
    assert.ok(!removed.includes('TFA') && removed.includes('  add am, ald, acid\n'), removed);
  });
  it('missing-workup after a hydrogenation speaks of the catalyst, not of boron salts', () => {
    const t = P(table({ stab: 'reagent stab = H2, Pd/C 0.1 equiv' }), '  add am, ald, acid\n  stir 1 h\n  add stab\n  stir 16 h\n', 'MeOH 0.2 M').replace(/workup[\s\S]*$/, '');
    const m = msgs(t, 'missing-workup')[0];
    assert.match(m, /catalyst has to be filtered off/);
    assert.doesNotMatch(m, /boron/);
  });
});

describe('second code review of the fixes (2026-11-27)', () => {
  const P = (reagents: string, steps: string, solvent = 'MeOH 0.2 M') => `protocol "x"
target mono
scale 5 mmol
reagent dz   = 1,4-diazepane 3.0 equiv
reagent ald  = benzaldehyde 1.0 equiv
${reagents}
solvent ${solvent}
step
${steps}workup
  quench 1 M NaOH
  extract DCM x3
`;
  const diag = (t: string, rule: string, pick = 0) => analyze(t).diagnostics.filter((d) => d.rule === rule)[pick];
  it('a switched substance is weighed as itself: HCl (4 M in dioxane) 1.25 mL becomes AcOH 0.286 mL, not 1.25 mL', () => {
    const t = P('reagent acid = HCl (4 M in dioxane) 1.0 equiv, 1.25 mL\nreagent cn   = NaBH3CN 1.5 equiv', '  add dz, ald, acid\n  stir 1 h\n  add cn\n  stir 16 h\n');
    const fixed = fixAll(t).text;
    assert.match(fixed, /\nreagent acid = AcOH 1\.0 equiv, 0\.286 mL\n/);
    assert.ok(!analyze(fixed).diagnostics.some((d) => d.rule === 'amount-mismatch'));
  });
  it('correct solutions are not flagged: 16 % formaldehyde, HCl 37 % by mass, a molarity that belongs to the solvent', () => {
    for (const r of ['formaldehyde (16% in H2O) 1.2 equiv, 1.13 mL', 'HCl, 37% 0.1 equiv, 49 mg', 'sodium borohydride solution (12 wt. % in 14 M NaOH) role reductant 1.5 equiv, 2.4 mL']) {
      const t = `protocol "x"\nscale 5 mmol\nreagent x = ${r}\n`;
      assert.ok(!analyze(t).diagnostics.some((d) => d.rule === 'amount-mismatch'), r);
    }
  });
  it('cyanide-acid and acid-too-strong offer the same fix for the same acid, in the order the acids go in', () => {
    const t = P('reagent tfa  = TFA 2.0 equiv\nreagent hcl  = HCl 1.0 equiv\nreagent acoh = AcOH 1.0 equiv\nreagent cn   = NaBH3CN 1.5 equiv', '  add hcl\n  add dz, ald, tfa, acoh\n  stir 1 h\n  add cn\n  stir 16 h\n').replace('1,4-diazepane 3.0', '1,4-diazepane 1.0');
    const a = analyze(t);
    for (const alias of ['tfa', 'hcl']) {
      const titles = a.diagnostics.filter((d) => (d.rule === 'cyanide-acid' || d.rule === 'acid-too-strong') && d.range.start.line === a.model.byAlias.get(alias)!.decl.line).map((d) => d.fixes[0].title);
      assert.ok(titles.length >= 1 && new Set(titles).size === 1, `${alias}: ${titles.join(' | ')}`);
    }
    // HCl went in first: it gets the AcOH that is left (1.0 equiv); TFA, after it, is removed.
    assert.equal(diag(t, 'cyanide-acid', 0).fixes[0].title, 'Remove TFA (once HCl is replaced by AcOH, that is acid enough)');
    assert.equal(diag(t, 'cyanide-acid', 1).fixes[0].title, 'Replace HCl with AcOH');
  });
  it('AcOH added after the reductant does not count as the acid that makes a strong one unnecessary', () => {
    const t = P('reagent tfa  = TFA 1.0 equiv\nreagent acoh = AcOH 2.0 equiv\nreagent cn   = NaBH3CN 1.5 equiv', '  add dz, ald, tfa\n  stir 1 h\n  add cn\n  stir 16 h\n  add acoh\n');
    assert.equal(diag(t, 'cyanide-acid').fixes[0].title, 'Replace TFA with AcOH');
    const fixed = fixAll(t).text;
    assert.ok(!analyze(fixed).diagnostics.some((d) => d.rule === 'missing-acid' || d.rule === 'duplicate-reagent'), fixed);
  });
  it('removing an acid takes every mention, on repeated and unreadable add lines too', () => {
    const t = P('reagent acoh = AcOH 2.0 equiv\nreagent tfa  = TFA 1.0 equiv\nreagent cn   = NaBH3CN 1.5 equiv', '  add dz, ald, acoh, tfa, tfa\n  add tfa dropwise over 5 min at at rt\n  stir 1 h\n  add cn\n  stir 16 h\n');
    const d = diag(t, 'cyanide-acid');
    assert.equal(d.fixes[0].title, 'Remove TFA (enough AcOH is in the pot already)');
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.ok(!/\btfa\b/.test(fixed), fixed);
    assert.match(fixed, /\n {2}add dz, ald, acoh\n {2}stir 1 h\n/);
  });
});

describe('third code review of the fixes (2026-11-27)', () => {
  const run = (reagents: string, steps: string, amine = '1.0') => `protocol "x"
target mono
scale 5 mmol
reagent am   = 1,4-diazepane ${amine} equiv
reagent ald  = benzaldehyde 1.0 equiv
${reagents}
solvent MeOH 0.2 M
step
${steps}workup
  quench 1 M NaOH
  extract DCM x3
`;
  it('a purity on an acid (TFA, 99%) is not a strength: the acid keeps its density and is still flagged', () => {
    const t = run('reagent acid = TFA, 99% 0.76 mL\nreagent stab = NaBH(OAc)3 1.5 equiv', '  add am, ald, acid\n  stir 1 h\n  add stab\n  stir 16 h\n');
    assert.ok(analyze(t).diagnostics.some((d) => d.rule === 'acid-too-strong'));
  });
  it('without NaBH3CN, acid-too-strong budgets only the acids it flags (HCl without an amount is not one of them)', () => {
    const t = run('reagent acoh = AcOH 1.0 equiv\nreagent hcl  = HCl\nreagent tfa  = TFA 1.5 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv', '  add am, ald, acoh, hcl, tfa\n  stir 1 h\n  add stab\n  stir 16 h\n');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'acid-too-strong')!;
    assert.equal(d.fixes[0].title, 'Replace TFA with AcOH');
  });
  it('the AcOH budget reads the pot at the last reductant addition, where the strong acid meets the reductant', () => {
    const t = run(
      'reagent nb   = NaBH4 0.5 equiv\nreagent acoh = AcOH 2.0 equiv\nreagent tfa  = TFA 1.0 equiv\nreagent cbh  = NaBH3CN 1.5 equiv',
      '  add am, ald\n  stir 2 h at rt\n  add nb\n  stir 30 min at rt\n  add acoh, tfa\n  add cbh\n  stir 16 h\n',
      '3.0',
    );
    assert.equal(analyze(t).diagnostics.find((x) => x.rule === 'cyanide-acid')!.fixes[0].title, 'Remove TFA (enough AcOH is in the pot already)');
  });
  it('removing an alias from a line that does not read keeps the other words of its list', () => {
    const t = run('reagent acoh = AcOH 2.0 equiv\nreagent tfa  = TFA 1.0 equiv\nreagent ald2 = benzaldehyde 0.1 equiv\nreagent cn   = NaBH3CN 1.5 equiv', '  add am, ald, acoh, tfa\n  add tfa ald2\n  stir 1 h\n  add cn\n  stir 16 h\n', '3.0');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'cyanide-acid')!;
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /\n {2}add am, ald, acoh\n {2}add ald2\n/);
  });
  it('H2 with two catalysts declared apart: one reductant, both catalysts gone, no overlapping edits', () => {
    const t = run('reagent h2   = H2\nreagent cat  = Pd/C 0.05 equiv\nreagent cat2 = palladium on charcoal 0.05 equiv', '  add am, ald\n  stir 1 h\n  add h2, cat, cat2\n  stir 16 h\n', '3.0').replace('benzaldehyde', 'cinnamaldehyde');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'h2-reducible-group')!;
    const sorted = [...d.fixes[0].edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (let i = 1; i < sorted.length; i++) {
      const p = sorted[i - 1].range.end;
      const q = sorted[i].range.start;
      assert.ok(p.line < q.line || (p.line === q.line && p.character <= q.character), 'edits do not overlap');
    }
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /\n {2}add stab\n/);
    assert.ok(!analyze(fixed).diagnostics.some((x) => x.severity === 'error'), fixed);
  });
});

describe('a sweep of 47,000 generated protocols (fourth review, 2026-11-27)', () => {
  const tail = 'workup\n  quench sat. NaHCO3\n  extract DCM x3\n';
  it('switching NaBH4 without an amount keeps the diazepane in excess over the 1.5 equiv of NaBH(OAc)3 (not safe when it is limiting)', () => {
    const t = (lim: string) => `target mono\nreagent am = 1,4-diazepane 1.2 equiv${lim}\nreagent ald = benzaldehyde 1.0 equiv\nreagent nabh4 = NaBH4\nsolvent MeOH\nstep\n  add am, ald, nabh4\n  stir 16 h\n${tail}`;
    const d = analyze(t('')).diagnostics.find((x) => x.rule === 'nabh4-one-pot')!;
    assert.match(d.fixes[0].title, /and 'am' to 3\.0 equiv \(to keep it in excess\)$/);
    assert.ok(!analyze(applyEdits(t(''), d.fixes[0].edits)).diagnostics.some((x) => x.severity === 'error'));
    const lim = analyze(t(' limiting')).diagnostics.find((x) => x.rule === 'nabh4-one-pot')!;
    assert.equal(lim.fixes[0].safe, false);
  });
  it('reductant-short weighs the diazepane against the equiv it writes (1.5), not the unrounded 1.4985', () => {
    const t = `target mono\nscale 9 mmol\nreagent am = 1,4-diazepane 1.5 equiv\nreagent hcho = paraformaldehyde 270 mg\nreagent acid = AcOH 1.0 equiv\nreagent stab = NaBH(OAc)3 0.8 equiv\nsolvent DCE\nstep\n  add am, hcho, acid\n  stir 1 h\n  add stab\n  stir 16 h\n${tail}`;
    const d = analyze(t).diagnostics.find((x) => x.rule === 'reductant-short')!;
    assert.ok(!analyze(applyEdits(t, d.fixes[0].edits)).diagnostics.some((x) => x.rule === 'mono-stoichiometry'), d.fixes[0].title);
  });
  it('removing an acid deletes an add line whose misspelled manner word is all that is left', () => {
    const t = `target mono\nscale 5 mmol\nreagent am = 1-Boc-1,4-diazepane 1.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent acoh = AcOH 2.0 equiv\nreagent tfa = TFA 0.5 equiv\nreagent cyano = NaBH3CN 1.5 equiv\nsolvent MeOH\nstep\n  add am, ald, acoh, tfa\n  stir 1 h\n  add tfa dropwse\n  add cyano\n  stir 16 h\n${tail}`;
    const d = analyze(t).diagnostics.find((x) => x.rule === 'cyanide-acid')!;
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.ok(!/dropwse/.test(fixed) && !analyze(fixed).diagnostics.some((x) => x.rule === 'undeclared-reagent'), fixed);
  });
  it('an alias declared twice loses both declarations when its reagent is removed', () => {
    const t = `target mono\nscale 5 mmol\nreagent am = 1-Boc-1,4-diazepane 1.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent acoh = AcOH 2.0 equiv\nreagent tfa = TFA 0.5 equiv\nreagent tfa = TFA 0.5 equiv\nreagent cyano = NaBH3CN 1.5 equiv\nsolvent MeOH\nstep\n  add am, ald, acoh, tfa\n  stir 1 h\n  add cyano\n  stir 16 h\n${tail}`;
    const fixed = fixAll(t).text;
    assert.ok(!/\btfa\b/.test(fixed), fixed);
    const u = `target mono\nscale 5 mmol\nreagent am = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent acoh = AcOH 1.0 equiv\nreagent acoh = AcOH 1.0 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\nsolvent DCE\nstep\n  add am, ald\n  add stab\n  stir 16 h\n${tail}`;
    const d = analyze(u).diagnostics.find((x) => x.rule === 'unused-reagent')!;
    assert.ok(!analyze(applyEdits(u, d.fixes[0].edits)).diagnostics.some((x) => x.rule === 'unused-reagent'));
  });
  it('a misspelled manner word whose correction still leaves the line unreadable is not a safe fix', () => {
    const t = `target mono\nscale 5 mmol\nreagent am = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent acoh = AcOH 1.0 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\nsolvent DCE\nstep\n  add am, ald, acoh\n  add stab dropwse portionwise\n  stir 16 h\n${tail}`;
    const d = analyze(t).diagnostics.find((x) => x.rule === 'syntax-error' && x.fixes.some((f) => f.title === "Change to 'dropwise'"));
    assert.ok(d, analyze(t).diagnostics.map((x) => x.message).join('\n'));
    assert.equal(d.fixes[0].safe, false);
  });
});

describe('the sweep re-run on the final code (2026-11-27)', () => {
  it('H2 with a catalyst declared twice: the switch deletes both declarations without an edit overlapping the acid it adds', () => {
    const t = read('two-h2-aliases.rxn').replace('reagent Pd-C = 10% Pd/C            50 mg\n', 'reagent Pd-C = 10% Pd/C            50 mg\nreagent Pd-C = 10% Pd/C            50 mg\n');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'h2-reducible-group')!;
    const sorted = [...d.fixes[0].edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (let i = 1; i < sorted.length; i++) {
      const p = sorted[i - 1].range.end;
      const q = sorted[i].range.start;
      assert.ok(p.line < q.line || (p.line === q.line && p.character <= q.character), `edits ${i - 1} and ${i} overlap`);
    }
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.ok(!/Pd-C/.test(fixed) && !analyze(fixed).diagnostics.some((x) => x.severity === 'error'), fixed);
  });
});

describe('acid-excess counts all the AcOH the amine meets (chemist review, 2026-11-27)', () => {
  const t = (a: string, b: string) => `target mono\nscale 5 mmol\nreagent am = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent acid = AcOH ${a} equiv\nreagent acid2 = AcOH ${b} equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\nsolvent DCE\nstep\n  add am, ald, acid\n  stir 1 h\n  add acid2\n  add stab\n  stir 16 h\nworkup\n  quench sat. NaHCO3\n  extract DCM x3\n`;
  it('two lines of 2.0 equiv are 4.0 in all: reported on the one that goes in last, lowered to bring the total to 2.0', () => {
    const d = analyze(t('1.5', '2.0')).diagnostics.find((x) => x.rule === 'acid-excess')!;
    assert.match(d.message, /^AcOH comes to 3\.5 equiv in all \('acid' 1\.5 \+ 'acid2' 2\.0\)/);
    assert.equal(d.fixes[0].title, "Lower 'acid2' to 0.5 equiv (2.0 equiv of AcOH in all)");
    assert.ok(!analyze(applyEdits(t('1.5', '2.0'), d.fixes[0].edits)).diagnostics.some((x) => x.rule === 'acid-excess'));
    const full = analyze(t('2.0', '2.0')).diagnostics.find((x) => x.rule === 'acid-excess')!;
    assert.equal(full.fixes[0].title, "Remove 'acid2' (the other AcOH comes to 2.0 equiv already)");
    const removed = applyEdits(t('2.0', '2.0'), full.fixes[0].edits);
    assert.deepEqual(analyze(removed).diagnostics.map((x) => x.rule), []);
  });
  it('1.0 + 1.0 equiv is within the 1–2 equiv that catalyses: nothing reported', () => {
    assert.ok(!analyze(t('1.0', '1.0')).diagnostics.some((x) => x.rule === 'acid-excess'));
  });
});

describe('left over from the reviews (2026-11-27, second session)', () => {
  it('temperature-high turns `reflux overnight` into `heat to 40 °C for 16 h`, not "for overnight"', () => {
    const t = `target mono
scale 2 mmol
reagent amine = 1,4-diazepane 3.0 equiv
reagent ald   = benzaldehyde 1.0 equiv
reagent acid  = AcOH 1.0 equiv
reagent stab  = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M
step
  add amine, ald, acid
  add stab
  reflux overnight
workup
  quench sat. NaHCO3
  extract DCM x3
`;
    const fixed = applyEdits(t, fixOf(t, 'temperature-high').edits);
    assert.match(fixed, /\n {2}heat to 40 °C for 16 h\n/);
    assert.ok(!rules(fixed).includes('syntax-error'));
    assert.match(applyEdits(t.replace('reflux overnight', 'reflux 2 h'), fixOf(t.replace('reflux overnight', 'reflux 2 h'), 'temperature-high').edits), /\n {2}heat to 40 °C for 2 h\n/);
  });
});

describe('metamorphic review: the same run written another way gets the same findings (2026-11-27)', () => {
  it('the order of two amines in the table does not decide which one the stoichiometry checks read', () => {
    const a = rules(read('two-amines-diazepane-first.rxn'));
    const b = rules(read('two-amines-boc-first.rxn'));
    assert.deepEqual(a, ['mono-stoichiometry']);
    assert.deepEqual(b, a, 'the free diazepane is the one that can be over-alkylated, wherever it is declared');
    // With `target di`, the unprotected diazepane can take two groups: no protected-target either way.
    for (const name of ['two-amines-diazepane-first.rxn', 'two-amines-boc-first.rxn'])
      assert.ok(!rules(read(name).replace('target mono', 'target di')).includes('protected-target'), name);
  });
  it('a diazepane charge written as two lots of 1.5 equiv is 3.0 equiv: no mono-stoichiometry error', () => {
    assert.deepEqual(rules(read('diazepane-one-lot.rxn')), []);
    assert.deepEqual(rules(read('diazepane-two-lots.rxn')), []);
    // Two lots of 0.7 are short: the fix raises one lot so that the two come to 2 × 1.5 = 3.0 equiv.
    const short = read('diazepane-two-lots.rxn').replace(/1,4-diazepane 1\.5 equiv/g, '1,4-diazepane 0.7 equiv');
    const d = analyze(short).diagnostics.find((x) => x.rule === 'mono-stoichiometry')!;
    assert.match(d.message, /1\.4 equiv in all is not more than/);
    const fixed = fixAll(short).text;
    assert.match(fixed, /reagent dz {3}= 1,4-diazepane 2\.3 equiv\n/);
    assert.deepEqual(rules(fixed), []);
  });
  it('formalin added after NaBH4 in the same one-pot run: the switch to NaBH(OAc)3 is not safe (stab-water would follow), as when added together', () => {
    const t = read('nabh4-then-formalin.rxn');
    const sw = fixOf(t, 'nabh4-one-pot');
    assert.equal(sw.safe, false);
    assert.equal(fixAll(t).text, t);
    const together = t.replace('  add boc, red\n  add hcho dropwise\n', '  add boc, hcho, red\n');
    assert.equal(fixOf(together, 'nabh4-one-pot').safe, false);
  });
  it('mode-mismatch offers no "Pre-form the imine" that cannot work (NaBH4 in before the amine meets the ketone)', () => {
    const t = read('nabh4-before-amine-two-step.rxn');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'mode-mismatch')!;
    assert.ok(!d.fixes.some((f) => /Pre-form/.test(f.title)), d.fixes.map((f) => f.title).join(' | '));
    // Where the amine and the carbonyl are together when the NaBH4 goes in, it is offered first.
    const together = t.replace('  add ket, red\n  add dz\n', '  add dz, ket, red\n');
    assert.match(analyze(together).diagnostics.find((x) => x.rule === 'mode-mismatch')!.fixes[0].title, /Pre-form the imine/);
  });
  it('switching H2/Pd-C to NaBH(OAc)3 for a mono target keeps the diazepane in excess over the new hydride', () => {
    const t = read('h2-cinnamyl-mono.rxn');
    const sw = fixOf(t, 'h2-reducible-group');
    assert.match(sw.title, /and 'dz' to 4\.5 equiv \(to keep it in excess\)/);
    const fixed = applyEdits(t, sw.edits);
    assert.deepEqual(rules(fixed), []);
  });
  it('missing-acid moves an AcOH added only after the reductant, instead of declaring a second one', () => {
    const t = read('acid-after-stab.rxn');
    const fix = fixOf(t, 'missing-acid');
    assert.match(fix.title, /Add 'acid' \(AcOH\) right after the carbonyl, not after the reductant/);
    const fixed = fixAll(t).text;
    assert.match(fixed, /\n {2}add dz, ald\n {2}add acid\n {2}stir 1 h\n {2}add stab\n {2}stir 16 h\n/);
    assert.equal(reagentLines(fixed).length, reagentLines(t).length, 'no second acid declared');
    assert.deepEqual(rules(fixed), []);
  });
  it('an alias spelled like a word of `add` (at, in, dropwise…) is reported where it is declared, not only where an add cannot read it', () => {
    for (const alias of ['at', 'In', 'dropwise', 'portion-wise']) {
      const t = `reagent ${alias} = AcOH 1.0 equiv\nstep\n  add ${alias}\n`;
      const d = analyze(t).diagnostics.find((x) => x.rule === 'syntax-error' && x.range.start.line === 0);
      assert.ok(d, alias);
      assert.match(d.message, /is a word of `add` \(as in `add x /);
    }
    assert.ok(!analyze('reagent ato = AcOH 1.0 equiv\nstep\n  add ato\n').diagnostics.some((x) => x.rule === 'syntax-error'));
    // `over` and `portions` read as the first alias of a list: allowed.
    assert.ok(!analyze('reagent over = AcOH 1.0 equiv\nstep\n  add over\n').diagnostics.some((x) => x.rule === 'syntax-error'));
  });
  it('one carbonyl under two names (two SMILES of one molecule, formalin and paraformaldehyde) is not mixed-carbonyls', () => {
    const base = (a: string, b: string) =>
      `scale 1 mmol\nreagent dz = 1,4-diazepane 3.0 equiv\nreagent c2 = ${a} 0.5 equiv\nreagent c3 = ${b} 0.5 equiv\nreagent st = NaBH(OAc)3 1.5 equiv\nreagent acid = AcOH 1.0 equiv\nsolvent DCE 0.2 M\nstep\n  add dz, c2, c3, acid\n  add st\nworkup\n  quench sat. NaHCO3\n  extract DCM x3\n`;
    assert.ok(!rules(base('"Cmpd 2" smiles "O=Cc1ccncc1"', '"Cmpd 3" smiles "c1cnccc1C=O"')).includes('mixed-carbonyls'));
    assert.ok(!rules(base('formalin', 'paraformaldehyde')).includes('mixed-carbonyls'));
    assert.ok(rules(base('"Cmpd 2" smiles "O=Cc1ccncc1"', '"Cmpd 4" smiles "O=Cc1ccccc1"')).includes('mixed-carbonyls'));
    assert.ok(rules(base('benzaldehyde', '4-fluorobenzaldehyde')).includes('mixed-carbonyls'));
    // A known name and the same molecule drawn by SMILES are one carbonyl too.
    assert.ok(!rules(base('benzaldehyde', '"aldehyde lot 2" smiles "c1ccccc1C=O"')).includes('mixed-carbonyls'));
  });
  it('reductant-solvent never offers a protic solvent that NaBH(OAc)3 in the same pot would meet', () => {
    const t = `scale 1 mmol\nreagent dz = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent st = NaBH(OAc)3 1.0 equiv\nreagent h2 = H2, Pd/C\nreagent acid = AcOH 1.0 equiv\nsolvent DCE 0.2 M\nstep\n  add dz, ald, acid\n  stir 1 h\n  add st\n  stir 2 h\n  add h2\n  stir 16 h\nworkup\n  filter\n  quench sat. NaHCO3\n  extract DCM x3\n`;
    const fix = fixOf(t, 'reductant-solvent');
    assert.equal(fix.title, 'Replace the solvent with EtOAc', 'not MeOH');
    assert.deepEqual(rules(applyEdits(t, fix.edits)), []);
    // With NaBH4 instead of H2 no aprotic solvent is recommended: no fix, and the message says why.
    const nabh4 = t.replace('H2, Pd/C', 'NaBH4 0.5 equiv');
    const d = analyze(nabh4).diagnostics.find((x) => x.rule === 'reductant-solvent')!;
    assert.deepEqual(d.fixes, []);
    assert.match(d.message, /NaBH\(OAc\)3 also runs in this solvent and a protic one would destroy it/);
  });
  it('switching NaBH4 to NaBH(OAc)3 moves an AcOH added after the hydride, like missing-acid (no second AcOH, no acid-excess)', () => {
    const t = read('nabh4-late-acid.rxn');
    const sw = fixOf(t, 'nabh4-one-pot');
    assert.match(sw.title, /with 'acid' moved before it/);
    const fixed = fixAll(t).text;
    assert.equal(reagentLines(fixed).length, reagentLines(t).length, 'no second acid declared');
    assert.match(fixed, /\n {2}add dz, ald\n {2}add acid\n {2}add stab\n/);
    assert.ok(!rules(fixed).includes('acid-excess'), rules(fixed).join(' '));
  });
  it('lots of one amine: a protected lot is not the free diazepane, a salt lot is (2026-11-27 code review)', () => {
    const base = (a: string, b: string) => `target mono\nscale 5 mmol\nreagent a1 = ${a}\nreagent a2 = ${b}\nreagent tea = Et3N 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent acid = AcOH 1.0 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\nsolvent DCE 0.2 M\nstep\n  add a1, a2, tea, ald, acid\n  stir 1 h\n  add stab\n  stir 16 h\nworkup\n  quench sat. NaHCO3\n  extract DCM x3\n`;
    // 1.0 equiv free + 1.0 equiv "(N-Boc)": the free diazepane is still at 1.0 equiv.
    assert.ok(rules(base('1,4-diazepane (N-Boc) 1.0 equiv', '1,4-diazepane 1.0 equiv')).includes('mono-stoichiometry'));
    assert.ok(rules(base('6-methyl-1,4-diazepane (N-Boc) 1.0 equiv', '6-methyl-1,4-diazepane 1.0 equiv')).includes('mono-stoichiometry'));
    // 1.0 equiv free base + 1.5 equiv of its dihydrochloride (freed by Et3N) is 2.5 equiv of diazepane.
    assert.ok(!rules(base('1,4-diazepane 1.0 equiv', '1,4-diazepane dihydrochloride 1.5 equiv')).includes('mono-stoichiometry'));
  });
  it('acid-too-strong counts the strong acid in the pot in all (TFA 0.6 + HCl 0.6 is 1.2 equiv, like TFA 1.2)', () => {
    assert.deepEqual(rules(read('tfa-one-lot.rxn')), ['acid-too-strong']);
    const both = analyze(read('tfa-and-hcl.rxn')).diagnostics.filter((x) => x.rule === 'acid-too-strong');
    assert.equal(both.length, 2);
    assert.match(both[0].message, /1\.2 equiv of strong acid per amine in all: TFA \+ HCl/);
    // 0.4 + 0.4 stays below one equivalent: nothing.
    assert.deepEqual(rules(read('tfa-and-hcl.rxn').replace(/0\.6 equiv/g, '0.4 equiv')), []);
  });
});

describe('a sweep of 163,000 generated protocols over every fix (2026-11-27, second session)', () => {
  it('removing a reagent declared twice, the second time on the last line, gives edits that do not overlap (fuzz seed 4242)', () => {
    // (After a `step` line: a table with no procedure at all gets one unused-reagent warning, without fixes.)
    for (const t of ['step\nreagent a = add a, b\nreagent a = \u0000', 'step\nreagent b = x\nreagent a = AcOH\nreagent a = AcOH']) {
      const d = analyze(t).diagnostics.find((x) => x.rule === 'unused-reagent' && x.fixes.length && x.message.startsWith("'a'"))!;
      const [e1, e2] = [...d.fixes[0].edits].sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
      assert.ok(!e2 || e1.range.end.line < e2.range.start.line || (e1.range.end.line === e2.range.start.line && e1.range.end.character <= e2.range.start.character), JSON.stringify(d.fixes[0].edits));
      assert.doesNotMatch(applyEdits(t, d.fixes[0].edits), /reagent a =/);
    }
  });
  const errorsOf = (t: string) => analyze(t).diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
  it('switching NaBH3CN without an amount to NaBH(OAc)3 keeps the diazepane in excess (no new mono-stoichiometry error)', () => {
    const t = read('sweep-1-cyano-switch-mono.rxn');
    const sw = fixOf(t, 'cyanoborohydride-toxicity');
    assert.match(sw.title, /and 'hp' to 3\.0 equiv \(to keep it in excess\)/);
    assert.deepEqual(errorsOf(applyEdits(t, sw.edits)), []);
  });
  it('switching NaBH4 without an amount for a di target writes what di-alkylation needs (2.5 × the amine), not 1.5 equiv', () => {
    const t = read('sweep-4-nabh4-switch-di-fallback.rxn');
    const fixed = applyEdits(t, fixOf(t, 'nabh4-one-pot').edits);
    assert.match(fixed, /NaBH\(OAc\)3 2\.5 equiv/);
    assert.ok(!rules(fixed).includes('di-stoichiometry'), rules(fixed).join(' '));
  });
  it('equivalents worked out from a weighed mass compare exactly (466.268 mg of NaBH(OAc)3 at 1.1 mmol is 2.0 equiv, not 1.9999999999999996)', () => {
    assert.ok(!rules(read('sweep-3a-di-float.rxn')).includes('di-stoichiometry'));
    // A reductant at exactly 1.0 equiv (233.134 mg) against 1.0 equiv of diazepane: the diazepane is not in excess.
    assert.ok(rules(read('sweep-3b-mono-float.rxn')).includes('mono-stoichiometry'));
  });
  it('missing-solvent offers a solvent the whole run can take (not MeOH beside NaBH(OAc)3), once per add', () => {
    const t = read('sweep-6-missing-solvent-two-reductants.rxn');
    const ds = analyze(t).diagnostics.filter((d) => d.rule === 'missing-solvent');
    // One choice for the one line the fix adds, whichever report it comes from (EtOAc suits both).
    assert.deepEqual([...new Set(ds.map((d) => d.fixes[0].title))], ['Declare solvent EtOAc']);
    for (const d of ds) {
      assert.doesNotMatch(d.fixes[0].title, /MeOH|EtOH/);
      assert.deepEqual(errorsOf(applyEdits(t, d.fixes[0].edits)).filter((r) => r !== 'missing-component'), []);
    }
    // H2 and Pd/C declared apart and added together: one report for the add.
    const apart = 'reagent dz = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent h2 = H2\nreagent cat = 10% Pd/C 0.1 equiv\nstep\n  add dz, ald\n  add cat, h2\n';
    assert.equal(analyze(apart).diagnostics.filter((d) => d.rule === 'missing-solvent').length, 1);
  });
  it('acid-excess with one AcOH line above 2.0 among several lowers or removes that line, so the total comes to 2.0', () => {
    const t = read('sweep-5-acid-excess-two-lines.rxn');
    const d = analyze(t).diagnostics.filter((x) => x.rule === 'acid-excess');
    assert.equal(d.length, 1, 'reported once, for the total');
    assert.match(d[0].message, /AcOH comes to 5\.0 equiv in all/);
    assert.ok(!rules(applyEdits(t, d[0].fixes[0].edits)).includes('acid-excess'));
  });
  it('"Switch to 1-Boc-1,4-diazepane" is not offered while the diazepane is charged as several lots (it would rename one)', () => {
    const d = analyze(read('sweep-2-boc-switch-two-lots.rxn')).diagnostics.find((x) => x.rule === 'mono-stoichiometry')!;
    assert.ok(!d.fixes.some((f) => /1-Boc/.test(f.title)), d.fixes.map((f) => f.title).join(' | '));
  });
});

describe('the sweep re-run at the end of the session (2026-11-27, 137,000 protocols)', () => {
  const errorsOf = (t: string) => analyze(t).diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
  it('a switch to NaBH(OAc)3 keeps the diazepane in excess over the equiv it writes (3.0), not the unrounded 2.99943', () => {
    for (const [name, rule] of [
      ['sweep2-R4b-nabh4-switch-rounding.rxn', 'nabh4-one-pot'],
      ['sweep2-R4a-h2-switch-rounding.rxn', 'h2-reducible-group'],
      ['sweep2-R4c-cyano-switch-rounding.rxn', 'cyanoborohydride-toxicity'],
    ]) {
      const t = read(name);
      assert.deepEqual(errorsOf(applyEdits(t, fixOf(t, rule).edits)), [], name);
    }
  });
  it('"Fix all" with HCl added after NaBH3CN: the HCl becomes AcOH, then that AcOH is moved before the hydride (no second AcOH, no acid-excess)', () => {
    const t = read('sweep2-R1-cyanide-missing-acid-fixall.rxn');
    assert.equal(fixOf(t, 'missing-acid').safe, false, 'not while a strong acid that another fix replaces goes in later');
    const r = fixAll(t);
    assert.deepEqual(r.analysis.diagnostics.map((d) => d.rule), ['cyanoborohydride-toxicity']);
    assert.equal(reagentLines(r.text).length, reagentLines(t).length, 'no second AcOH declared');
    assert.match(r.text, /\n {2}add am, ald, ac, red\n/);
  });
  it('two lots of the diazepane given only by the same SMILES count together', () => {
    assert.ok(!rules(read('sweep2-R2-opaque-lots-smiles.rxn')).includes('mono-stoichiometry'));
  });

  it('a declaration a switch adds keeps the table\'s `=` column, also when the longest alias has one space before it', () => {
    const t = 'protocol "nabh4"\ntarget mono\nscale 5 mmol\nreagent dz    = 1-Boc-1,4-diazepane 1.0 equiv\nreagent ald   = benzaldehyde 1.0 equiv\nreagent nabh4 = NaBH4 1.5 equiv\nsolvent MeOH 0.2 M\nstep\n  add dz, ald\n  add nabh4\n  stir 2 h\nworkup\n  quench sat. NaHCO3\n  extract DCM x3\n';
    const d = analyze(t).diagnostics.find((x) => x.rule === 'nabh4-one-pot')!;
    const fixed = applyEdits(t, d.fixes.find((f) => f.title.startsWith('Switch'))!.edits);
    assert.match(fixed, /\nreagent stab  = NaBH\(OAc\)3 1\.5 equiv\nreagent acoh  = AcOH 1\.0 equiv\n/, fixed);
  });
});

