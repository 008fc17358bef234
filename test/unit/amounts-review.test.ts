/**
 * The amounts to weigh out, from a review at the balance (2026-11-27): each case is one where
 * `rxn amounts`, the inlay hints or the hover showed a figure a chemist would weigh wrongly,
 * or none without saying why.
 */
import { strict as assert } from 'node:assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { amountsText } from '../../server/src/cli/amounts';
import { analyze, fixAll } from '../../server/src/engine';
import { hover } from '../../server/src/features/hover';
import { inlayHints } from '../../server/src/features/inlayHints';
import { formatEquiv } from '../../server/src/rules/helpers';
import { amountsTable } from '../../server/src/model/amounts';
import { closeNames, isAqueousName, isSolutionName, lookup, purityOf } from '../../server/src/kb';

const rows = (t: string) => amountsTable(analyze(t).model).rows;
const row = (t: string, alias: string) => rows(t).find((r) => r.alias === alias)!;
const rules = (t: string) => analyze(t).diagnostics.map((d) => d.rule);

const MONO = (amine: string, stab: string) => `target mono
scale 5 mmol
reagent am   = ${amine}
reagent ald  = benzaldehyde 1.2 equiv
reagent acid = AcOH 1.0 equiv
reagent stab = ${stab}
solvent DCE 0.2 M
step
  add am, ald, acid
  stir 1 h
  add stab
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;

describe('amounts after the review at the balance (2026-11-27)', () => {
  it('a purity in brackets (`NaBH(OAc)3 (95%)`) is a purity, not a solution: the MW stays and the checks run', () => {
    assert.equal(isSolutionName('NaBH(OAc)3 (95%)'), false);
    assert.equal(isSolutionName('homopiperazine (98%)'), false);
    assert.equal(isSolutionName('formaldehyde (37%)'), true, 'formaldehyde is sold as a solution');
    assert.equal(isSolutionName('HCl (37%)'), true, 'so is HCl below 90 %');
    const t = MONO('homopiperazine (98%) 501 mg', 'NaBH(OAc)3 (95%) 1.59 g');
    assert.equal(row(t, 'ald').mw, 106.12);
    assert.ok(row(t, 'stab').mmol! > 7, 'the written mass of STAB is read');
    // About 1 equiv of diazepane for a mono target: the mixture the guide warns of.
    assert.ok(rules(t).includes('mono-stoichiometry'), rules(t).join(' '));
  });

  it('the mass to weigh is of the material as sold: a purity raises it, and a weighed mass holds less', () => {
    assert.equal(purityOf('STAB, 95%'), 0.95);
    assert.equal(purityOf('NaBH(OAc)3 (≥95%)'), 0.95);
    assert.equal(purityOf('HCl, 37%'), undefined, 'a strength, not a purity');
    assert.equal(purityOf('acetic acid (glacial)'), undefined);
    // A catalyst loading or an aqueous strength is no purity.
    assert.equal(purityOf('Pd/C, 10%'), undefined);
    assert.equal(purityOf('Pd(OH)2/C 20%'), undefined);
    assert.equal(purityOf('acetaldehyde 40%'), undefined);
    assert.equal(isSolutionName('acetaldehyde 40%'), true);
    const t = MONO('1,4-diazepane 3.0 equiv', 'STAB, 95% 1.5 equiv');
    const stab = row(t, 'stab');
    assert.equal(stab.mmol, 7.5);
    assert.equal(stab.massG!.toFixed(3), ((7.5 * 211.94) / 1000 / 0.95).toFixed(3)); // 1.673 g, not 1.590
    // 1.88 g of 80 % diazepane is 15.0 mmol, 3.0 equiv: no amount-mismatch (counted as pure, 18.8 mmol, it was).
    const weighed = MONO('1,4-diazepane, 80% 3.0 equiv, 1.88 g', 'NaBH(OAc)3 1.5 equiv');
    assert.ok(!rules(weighed).includes('amount-mismatch'), rules(weighed).join(' '));
    assert.ok(rules(MONO('1,4-diazepane, 80% 3.0 equiv, 1.50 g', 'NaBH(OAc)3 1.5 equiv')).includes('amount-mismatch'));
  });

  it('a fix that sets an equiv writes the mass of the material as sold', () => {
    const t = MONO('1,4-diazepane, 80% 1.0 equiv, 626 mg', 'NaBH(OAc)3 1.5 equiv');
    const fixed = fixAll(t).text;
    assert.match(fixed, /reagent am {3}= 1,4-diazepane, 80% 3\.0 equiv, 1\.88 g/);
  });

  it('the row shows the bottle as written when the name carries a purity or a strength', () => {
    const t = MONO('1,4-diazepane 3.0 equiv', 'STAB, 95% 1.5 equiv').replace('reagent acid = AcOH 1.0 equiv', 'reagent acid = HCl 4N in dioxane 0.1 equiv');
    assert.equal(row(t, 'stab').name, 'STAB, 95%');
    assert.equal(row(t, 'acid').name, 'HCl 4N in dioxane');
    assert.equal(row(t, 'am').name, '1,4-diazepane');
    const text = amountsText('p.rxn', undefined, amountsTable(analyze(t).model), false);
    assert.match(text, /stab: 95 % pure — the mass is of the material as sold \(7\.50 mmol of the substance\)/);
    assert.match(text, /acid: the volume is of the 4 M solution/);
  });

  it('equiv and mmol that disagree: the row follows the equiv (as the fix does), never "1.0 equiv · 10.0 mmol" at 5 mmol', () => {
    const t = MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 1.5 equiv').replace('AcOH 1.0 equiv', 'AcOH 1.0 equiv, 10 mmol');
    const acid = row(t, 'acid');
    assert.equal(acid.equiv, 1);
    assert.equal(acid.mmol, 5);
    assert.ok(rules(t).includes('amount-mismatch'));
  });

  it('HCl without a strength gets no mass to weigh, and the table says why', () => {
    const t = MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 1.5 equiv').replace('AcOH 1.0 equiv', 'HCl 0.5 equiv');
    assert.equal(row(t, 'acid').massG, undefined);
    const text = amountsText('p.rxn', undefined, amountsTable(analyze(t).model), false);
    assert.match(text, /acid: HCl is used as a solution: write its strength in the name/);
    assert.match(amountsText('p.rxn', undefined, amountsTable(analyze(MONO('1,4-diazepane 1.5 mL', 'NaBH(OAc)3 1.5 equiv')).model), false), /am: a solid given by volume: give a mass/);
  });

  it('small equivalents keep two significant figures (0.5 mol % is 0.005, not 0.01)', () => {
    assert.equal(formatEquiv(0.005), '0.005');
    assert.equal(formatEquiv(0.015), '0.015');
    assert.equal(formatEquiv(0.05), '0.05');
    assert.equal(formatEquiv(1.5), '1.5');
    assert.equal(formatEquiv(3), '3.0');
  });

  it('the inlay hint says where its amount comes from; no hover or hint shows Infinity', () => {
    const t = MONO('1,4-diazepane 1.50 g', 'NaBH(OAc)3 1.5 equiv');
    const hint = inlayHints(analyze(t)).find((h) => h.position.line === 2)!;
    const tip = (hint.tooltip as MarkupContent).value;
    assert.match(tip, /from the mass written \(3\.0 equiv\)/);
    assert.equal(hint.label, '3.0 equiv · 15.0 mmol', 'the equiv the line lacks comes first (and the 1.50 g written is not repeated)');
    assert.doesNotMatch(tip, /equiv × 5/);
    const huge = MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 1.5 equiv').replace('AcOH 1.0 equiv', 'AcOH 1e308 mL').replace('DCE 0.2 M', 'DCE 1e-320 M');
    const a = analyze(huge);
    for (const h of inlayHints(a)) assert.doesNotMatch(String(h.label), /Infinity|NaN/);
    const card = hover(a, { line: 4, character: 16 }, { structures: false });
    assert.ok(card);
    assert.doesNotMatch((card.contents as MarkupContent).value, /Infinity|NaN/);
  });
});

describe('units of another magnitude (review at the balance, 2026-11-27)', () => {
  it('µg, nmol, gr, dL: says what the amount is in a unit rxn reads, with a fix that writes it (not "did you mean mg?")', () => {
    const t = 'scale 5 mmol\nreagent a = 1,4-diazepane 15900 µg\nreagent b = benzaldehyde 5000 nmol\nreagent c = AcOH 0.531 gr\nreagent d = STAB 2 dL\nstep\n  add a, b, c, d\n';
    const ds = analyze(t).diagnostics.filter((d) => d.rule === 'invalid-quantity');
    assert.deepEqual(ds.map((d) => /is ([\d.]+ \S+)\.$/.exec(d.message)?.[1]), ['15.9 mg', '5 µmol', '0.531 g', '200 mL']);
    for (const d of ds) assert.doesNotMatch(d.message, /did you mean/);
    const fixed = fixAll(t).text;
    assert.match(fixed, /1,4-diazepane 15\.9 mg\n.*benzaldehyde 5 µmol\n.*AcOH 0\.531 gr\n.*STAB 200 mL\n/s);
    // `gr` may be the grain (64.8 mg): its fix is offered, not applied by "Fix all".
    const gr = ds.find((d) => /'gr'/.test(d.message))!;
    assert.equal(gr.fixes[0].safe, false);
    assert.deepEqual(rules(fixed).filter((r) => r === 'invalid-quantity'), ['invalid-quantity']);
    // Far below anything weighed, no fix writes `5e-7 mg`.
    const tiny = analyze('reagent a = AcOH 0.0005 µg\n').diagnostics.find((d) => d.rule === 'invalid-quantity')!;
    assert.deepEqual(tiny.fixes, []);
  });
});

describe('the amounts table as a terminal shows it (encodings review, 2026-11-27)', () => {
  it('wide and combining characters in a name do not shift the columns after it', () => {
    const t = 'scale 1 mmol\nreagent a = 甲醛 1.0 equiv mw 30.03\nreagent bb = 𝛼-tolualdehyde 1.0 equiv mw 120.15\nreagent c = 1,4-diazepane 3.0 equiv\nreagent d = cafe\u0301 1.0 equiv mw 100\n';
    const lines = amountsText('p.rxn', undefined, amountsTable(analyze(t).model), false).split('\n').filter((l) => /^(a|bb|c|d) /.test(l));
    // Where `mmol` ends, in terminal columns: the same on every row.
    const col = (l: string) => {
      const i = l.indexOf('1.00') >= 0 ? l.indexOf('1.00') : l.indexOf('3.00');
      let w = 0;
      for (const ch of l.slice(0, i)) w += /[\u4e00-\u9fff]/.test(ch) ? 2 : /\p{Mn}/u.test(ch) ? 0 : 1;
      return w;
    };
    assert.equal(lines.length, 4);
    assert.equal(new Set(lines.map(col)).size, 1, lines.join('\n'));
  });
});

describe('a scale line that gives no mmol (review at the balance, 2026-11-27)', () => {
  it('`scale 1.00 g` is named as what is wrong, not "No `scale N mmol` line"', () => {
    const text = amountsText('p.rxn', undefined, amountsTable(analyze('scale 1.00 g\nreagent a = 1,4-diazepane 1.0 equiv\n').model), false);
    assert.match(text, /The scale line \(`scale 1\.00 g`\) gives no usable amount in mmol/);
    assert.doesNotMatch(text, /No `scale N mmol` line/);
    assert.match(amountsText('p.rxn', undefined, amountsTable(analyze('reagent a = 1,4-diazepane 1.0 equiv\n').model), false), /No `scale N mmol` line/);
  });
});

describe('second code review of the session (2026-11-27)', () => {
  it('a note that is no protecting group keeps a reagent known (`(lot Z-17)`, `(E/Z)`); `(N-Boc)` on an amine does not', () => {
    const t = MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 (lot Z-17) 1.5 equiv');
    assert.ok(!rules(t).includes('missing-component'), rules(t).join(' '));
    assert.equal(analyze(t.replace('benzaldehyde 1.2 equiv', 'cinnamaldehyde (E/Z) 1.2 equiv')).model.reagents.find((r) => r.alias === 'ald')!.kb?.id, 'cinnamaldehyde');
    assert.equal(analyze(MONO('1,4-diazepane (N-Boc) 3.0 equiv', 'NaBH(OAc)3 1.5 equiv')).model.reagents[0].kb, undefined);
  });
  it('a solution by weight keeps its amounts (880 mg of acetaldehyde 40% is 8.0 mmol); a solid at 65 % is a purity, not water', () => {
    const t = MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 65% 1.5 equiv').replace('benzaldehyde 1.2 equiv', 'acetaldehyde 40% 880 mg');
    const ald = row(t, 'ald');
    assert.equal(ald.mmol!.toFixed(2), ((880 * 0.4) / 44.05).toFixed(2));
    assert.equal(ald.solution, true);
    const text = amountsText('p.rxn', undefined, amountsTable(analyze(t).model), false);
    assert.match(text, /ald: a 40 % solution by weight — the mass is of the solution/);
    assert.match(text, /stab: 65 % pure/);
    const water = analyze(t).diagnostics.filter((d) => d.rule === 'stab-water').map((d) => d.message);
    assert.equal(water.length, 1);
    assert.match(water[0], /acetaldehyde 40%/);
  });

  it('a strength written as a range (`acetaldehyde 35-40%`) is an aqueous solution too, read at its lower figure', () => {
    const t = MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 1.5 equiv').replace('benzaldehyde 1.2 equiv', 'acetaldehyde 35-40% 880 mg');
    assert.equal(row(t, 'ald').mmol!.toFixed(2), ((880 * 0.35) / 44.05).toFixed(2));
    assert.deepEqual(analyze(t).diagnostics.filter((d) => d.rule === 'stab-water').length, 1);
    // In an organic solvent it is not water.
    const thf = MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 1.5 equiv').replace('benzaldehyde 1.2 equiv', 'acetaldehyde 5 wt% in THF 1.2 equiv');
    assert.equal(analyze(thf).diagnostics.filter((d) => d.rule === 'stab-water').length, 0);
  });

  it('Pd/C with its loading gets the mass of catalyst that holds its mol % of palladium', () => {
    const H2 = (cat: string) => `target mono
scale 4 mmol
reagent boc = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald = benzaldehyde 1.1 equiv
reagent h2  = H2
reagent cat = ${cat}
solvent MeOH 0.2 M
step
  add boc, ald
  stir 2 h
  add h2, cat
  stir 16 h
workup
  filter
  concentrate
`;
    // 5 mol % of 4 mmol = 0.200 mmol Pd = 21.3 mg of Pd = 213 mg of 10 % Pd/C.
    const t = H2('Pd/C, 10% 0.05 equiv');
    const cat = row(t, 'cat');
    assert.equal(cat.massG!.toFixed(4), ((0.2 * 106.42) / 1000 / 0.1).toFixed(4));
    assert.equal(cat.loading, 0.1);
    const text = amountsText('p.rxn', undefined, amountsTable(analyze(t).model), false);
    assert.match(text, /cat: a 10 % loading — the mass is of the catalyst, holding 0\.200 mmol of Pd \(5 mol %\)/);
    const a = analyze(t);
    const card = hover(a, { line: 5, character: 16 }, { structures: false });
    assert.match((card!.contents as MarkupContent).value, /0\.200 mmol of Pd · 213 mg of 10 % catalyst/);
    // A weighed mass gives the mol %; a mass that disagrees with the equiv is said.
    const weighed = row(H2('5% Pd/C 100 mg'), 'cat');
    assert.equal(weighed.mmol!.toFixed(4), ((100 * 0.05) / 106.42).toFixed(4));
    assert.equal(weighed.from, 'mass');
    const both = amountsText('p.rxn', undefined, amountsTable(analyze(H2('Pd/C, 10% 0.05 equiv, 50 mg')).model), false);
    assert.match(both, /the 50\.0 mg written hold 0\.0470 mmol of Pd/);
    // Wet catalyst (50 % water): twice the mass for the same palladium, in either way of writing it.
    for (const cat of ['10% Pd/C (50% wet) 0.05 equiv', 'Pd/C (50% water, 10% Pd) 0.05 equiv']) {
      const wet = row(H2(cat), 'cat');
      assert.equal(wet.massG!.toFixed(4), ((0.2 * 106.42) / 1000 / 0.1 / 0.5).toFixed(4), cat);
      assert.equal(wet.water, 0.5);
    }
    // "wet" without how much: no mass, and the note says what to write.
    const unsaid = row(H2('10% Pd/C, wet 0.05 equiv'), 'cat');
    assert.equal(unsaid.massG, undefined);
    assert.match(unsaid.note!, /a wet catalyst: write how much water it holds/);
    // Pd(OH)2/C's percentage is read two ways in catalogues: no mass.
    assert.equal(row(H2('Pd(OH)2/C, 20% 0.05 equiv'), 'cat').massG, undefined);
  });

  it('formalin weighed is read as 37 % formaldehyde; bare formaldehyde (a gas) gets no mass, and says which forms to name', () => {
    const t = (ald: string) => MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 1.5 equiv').replace('benzaldehyde 1.2 equiv', ald);
    // 100 mg of formalin is 37 mg of CH2O: 1.23 mmol, not 3.33.
    const weighed = row(t('formalin 100 mg'), 'ald');
    assert.equal(weighed.mmol!.toFixed(2), ((100 * 0.37) / 30.03).toFixed(2));
    assert.equal(weighed.solution, true);
    // 1.2 equiv of formalin is 6.0 mmol: 487 mg or 448 µL of the solution; 100 mg written beside it disagrees.
    const both = t('37% formalin 1.2 equiv, 100 mg');
    assert.equal(row(both, 'ald').massG!.toFixed(3), ((6 * 30.03) / 0.37 / 1000).toFixed(3));
    assert.equal(row(both, 'ald').volumeMl!.toFixed(3), (6 / 13.4).toFixed(3));
    assert.ok(rules(both).includes('amount-mismatch'), rules(both).join(' '));
    const gas = row(t('formaldehyde 1.2 equiv'), 'ald');
    assert.equal(gas.massG, undefined);
    assert.match(gas.note!, /formaldehyde is a gas: name the form you use — `formalin`.*`paraformaldehyde`/);
    assert.equal(row(t('paraformaldehyde 1.2 equiv'), 'ald').massG!.toFixed(4), ((6 * 30.03) / 1000).toFixed(4));
  });

  it('the knowledge-base review (2026-11-27): Boc-diazepane by its short names, concentrated acids as sold, 1 M HCl is water', () => {
    for (const n of ['Boc-diazepane', 'N-Boc-diazepane', '1-Boc-diazepane', 'tert-butyl homopiperazine-1-carboxylate']) assert.equal(lookup(n)?.id, 'boc-diazepane', n);
    const t = `scale 5 mmol\nreagent h = conc. HCl 0.1 equiv\nreagent s = conc. H2SO4 0.1 equiv\nreagent m = 1 M HCl 0.1 equiv\n`;
    // conc. HCl is about 12 M: 0.500 mmol is 41.7 µL; conc. H2SO4 is the acid itself (d 1.84): 26.7 µL.
    assert.equal(row(t, 'h').volumeMl!.toFixed(4), (0.5 / 12).toFixed(4));
    assert.equal(row(t, 's').volumeMl!.toFixed(4), ((0.5 * 98.08) / 1000 / 1.84).toFixed(4));
    assert.equal(isAqueousName('conc. H2SO4'), false);
    assert.equal(isAqueousName('1 M HCl'), true);
    assert.equal(isAqueousName('4 M HCl in dioxane'), false);
    // The strength after the name is water too (stab-water agrees with the amounts' "37 % solution").
    assert.equal(isAqueousName('HCl, 37%'), true);
    assert.equal(isAqueousName('HCl (37%)'), true);
    assert.equal(isAqueousName('H2SO4, 98%'), false);
    assert.doesNotMatch(lookup('EtOAc')!.explanation, /not used for borohydride/);
  });

  it('"did you mean" does not offer another isomer or another formula (`vanillin` is not o-vanillin, `Na2CO3` is not Na2SO4)', () => {
    assert.deepEqual(closeNames('vanillin'), []);
    assert.deepEqual(closeNames('Na2CO3'), []);
    assert.deepEqual(closeNames('BH3·THF'), []);
    // A typo still is: a letter or a digit missing.
    assert.deepEqual(closeNames('benzaldehye'), ['benzaldehyde']);
    assert.deepEqual(closeNames('NaBH(OAc)'), ['NaBH(OAc)3']);
    assert.deepEqual(closeNames('NaBH3C'), ['NaBH3CN']);
    // A name with locants is no formula: two edits still find it.
    assert.equal(closeNames('1,4-diazapan')[0], '1,4-diazepane');
    assert.equal(closeNames('pyridine-4-carboxaldehid')[0], 'pyridine-4-carboxaldehyde');
  });

  it('TsOH and NaOAc say their mass is of the anhydrous salt, and name the hydrate most bottles are', () => {
    const t = 'scale 5 mmol\nreagent t = PTSA 0.05 equiv\nreagent t2 = TsOH·H2O 0.05 equiv\nreagent n = NaOAc 2.0 equiv\nreagent n2 = sodium acetate trihydrate 2.0 equiv\nreagent n3 = NaOAc, anhydrous 2.0 equiv\n';
    assert.match(row(t, 't').note!, /the mass is of anhydrous TsOH \(172\.20 g\/mol\); it is often sold as TsOH·H2O \(190\.22 g\/mol\): write `TsOH·H2O`/);
    assert.equal(row(t, 't2').note, undefined);
    assert.equal(row(t, 'n2').mw, 136.08);
    assert.equal(row(t, 'n2').massG!.toFixed(3), ((10 * 136.08) / 1000).toFixed(3));
    assert.equal(row(t, 'n2').note, undefined);
    assert.equal(row(t, 'n3').note, undefined, 'the name says anhydrous');
    assert.match(row(t, 'n').note!, /NaOAc·3H2O \(136\.08 g\/mol\)/);
  });

  it('a reagent added in N portions gets the mass of each portion (amounts note, hover)', () => {
    const t = MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 1.5 equiv').replace('  add stab\n', '  add stab in 3 portions\n');
    const stab = row(t, 'stab');
    assert.equal(stab.portions, 3);
    const text = amountsText('p.rxn', undefined, amountsTable(analyze(t).model), false);
    assert.match(text, /stab: added in 3 portions of 530 mg/); // 7.50 mmol × 211.94 = 1.59 g
    const card = hover(analyze(t), { line: 5, character: 16 }, { structures: false });
    assert.match((card!.contents as MarkupContent).value, /1\.59 g · 3 portions of 530 mg/);
    // Added over two lines: no single portion size.
    const twice = MONO('1,4-diazepane 3.0 equiv', 'NaBH(OAc)3 1.5 equiv').replace('  add stab\n', '  add stab in 3 portions\n  stir 1 h\n  add stab\n');
    assert.equal(row(twice, 'stab').portions, undefined);
  });

  it('a catalyst charge in weight percent (`10% Pd/C 10 wt%`) is a mass of the substrate\'s, not part of the name', () => {
    const H2 = (cat: string, ald = '4-nitrobenzaldehyde 1.0 equiv') => `target mono
scale 5 mmol
reagent boc = 1-Boc-1,4-diazepane  1.0 equiv
reagent ald = ${ald}
reagent h2  = ${cat}
solvent MeOH 0.2 M
step
  add boc, ald
  stir 2 h
  add h2
  stir 16 h at rt
workup
  filter
  concentrate
`;
    // Every way it is written: the name is the catalyst's, the charge an amount.
    for (const cat of ['H2, 10% Pd/C   10 wt%', 'H2, 10% Pd/C (10 wt%)', 'H2, 10% Pd/C 10 wt.%', 'H2, 10% Pd/C 10 wt %', 'H2, 10% Pd/C, 10wt%']) {
      const a = analyze(H2(cat));
      const r = a.model.reagents.find((x) => x.alias === 'h2')!;
      assert.equal(r.name, 'H2, 10% Pd/C', cat);
      assert.equal(r.wtPercentQ?.value, 10, cat);
      assert.deepEqual(a.diagnostics.map((d) => d.rule), ['h2-reducible-group'], cat); // (the nitro group; nothing about the charge)
      // 10 % of the Boc-diazepane's 1.00 g (the amine: both at 1.0 equiv): 100 mg of catalyst, 0.0941 mmol of Pd.
      const h = row(H2(cat), 'h2');
      assert.equal(h.from, 'wt%', cat);
      assert.equal(h.wtOf, 'boc');
      assert.ok(Math.abs(h.massG! - 0.100140) < 1e-5, String(h.massG));
      assert.ok(Math.abs(h.mmol! - (100.14 * 0.1) / 106.42) < 1e-4, String(h.mmol));
    }
    const t = H2('H2, 10% Pd/C   10 wt%');
    const text = amountsText('x.rxn', undefined, amountsTable(analyze(t).model), false);
    assert.match(text, /\nh2 +H2, 10% Pd\/C +reductant +0\.019 +0\.0941 +106\.42 +100 mg +— *\n/);
    assert.match(text, /\nh2: 10 wt % of boc's mass \(1\.00 g\)\n/);
    // The hover and the inlay hint give the same mass, and say what it is a share of.
    const a = analyze(t);
    const card = hover(a, { line: 4, character: 15 }, { structures: false })!;
    assert.match((card.contents as MarkupContent).value, /100 mg of 10 % catalyst \(10 wt % of boc's 1\.00 g\)/);
    const hint = inlayHints(a).find((x) => x.position.line === 4)!;
    assert.match(String(hint.label), /100 mg/);
    // The limiting reagent, when one is marked: here the aldehyde (151.12 g/mol, 756 mg).
    const lim = row(H2('H2, 10% Pd/C 10 wt%', '4-nitrobenzaldehyde 1.0 equiv limiting'), 'h2');
    assert.equal(lim.wtOf, 'ald');
    assert.ok(Math.abs(lim.massG! - 0.07556) < 1e-4, String(lim.massG));
    // A substrate with no mass: said, not silently blank.
    const none = row(H2('H2, 10% Pd/C 10 wt%', 'mystery aldehyde 1.0 equiv role carbonyl limiting'), 'h2');
    assert.equal(none.massG, undefined);
    assert.match(none.note!, /^10 wt % of ald, whose mass is not known \(no molecular weight: add `mw N` or a `smiles "…"` to it\), so the mass to weigh cannot be worked out/);
    // Sieves by weight get a mass too; a mass written beside the charge stands, with what the charge asks for.
    assert.ok(Math.abs(row(t.replace('reagent h2  = H2, 10% Pd/C   10 wt%', 'reagent h2  = H2, 10% Pd/C   10 wt%\nreagent sv = 4Å molecular sieves 100 wt%'), 'sv').massG! - 1.0014) < 1e-4);
    const both = amountsText('x.rxn', undefined, amountsTable(analyze(t.replace('10 wt%', '10 wt%, 50 mg')).model), false);
    assert.match(both, /h2: 10 wt % of boc's mass \(1\.00 g\) is 100 mg; the 50\.0 mg written is 4\.99 wt %/);
    // A strength by weight stays in the name, and after a Pd/C with no loading of its own `wt%` is that loading.
    assert.equal(analyze('reagent f = 37 wt% formaldehyde 1.0 equiv\n').model.reagents[0].name, '37 wt% formaldehyde');
    assert.equal(analyze('reagent c = Pd/C (10 wt%), 50 mg\n').model.reagents[0].name, 'Pd/C (10 wt%)');
    assert.equal(row('scale 5 mmol\nreagent c = H2, Pd/C (10 wt%) 50 mg\n', 'c').loading, 0.1);
  });
});


describe('catalysts named "on carbon" (code review, 2026-11-27)', () => {
  it('`Pd on carbon`, `Pd on C` and `Pt on carbon` are the hydrogenation catalysts, with their loading read', () => {
    const t = 'scale 1 mmol\nreagent a = H2, 10% Pd on carbon 10 mg\nreagent b = Pd on C (10%) 10 mg\nreagent c = H2, 5% Pt on carbon 39 mg\n';
    const m = analyze(t).model;
    assert.deepEqual(m.reagents.map((r) => r.kb?.id), ['h2-pdc', 'h2-pdc', 'h2-ptc']);
    const rows = amountsTable(m).rows;
    assert.deepEqual(rows.map((r) => r.mmol && Number(r.mmol.toPrecision(3))), [0.0094, 0.0094, 0.01]);
  });
});
