/**
 * Round 8 of protocols as medicinal chemists write them: two different aldehydes put on
 * homopiperazine one after the other, N-Boc-4-piperidone with Ti(OiPr)4 then NaBH4, amine
 * salts freed with Et3N/DIPEA, Borch conditions with AcOH "to pH 5–6", 2-picoline borane in
 * MeOH/AcOH and in water, a 100 g batch in g and mL only, heated and Dean–Stark imine
 * formation, formalin methylation, SCX and acid–base work-ups, typo'd reagent names and
 * amounts that disagree with their equiv. Each case asserts what `rxn check` / `rxn amounts`
 * show. Fixtures: test/fixtures/real/r8-*.rxn.
 */
import { strict as assert } from 'node:assert';
import { analyze, fixAll, load } from '../../server/src/engine';
import { print } from '../../server/src/syntax/print';
import { fixture, rules, diag } from './review-helpers';
import { amountsTable } from '../../server/src/model/amounts';

const table = (t: string) => amountsTable(analyze(t).model);
const row = (t: string, alias: string) => table(t).rows.find((r) => r.alias === alias)!;

describe('protocols as chemists write them, round 8', () => {
  it('the reductant named by its anion alone (`triacetoxyborohydride`, `cyanoborohydride`) is the sodium salt, not the resin', () => {
    const t = fixture('r8-22-bare-triacetoxyborohydride.rxn');
    // It was: missing-component (no reductant) and unknown-reagent "Did you mean 'MP-triacetoxyborohydride'?",
    // a resin whose fix would have dropped the 1.59 g weighed for the sodium salt.
    assert.deepEqual(rules(t), []);
    const r = row(t, 'stab');
    assert.equal(r.role, 'reductant');
    assert.equal(r.mw, 211.94);
    const cn = t.replace('triacetoxyborohydride     1.5 equiv, 1.59 g', 'cyanoborohydride          1.5 equiv, 471 mg');
    // NaBH3CN in DCE, quenched with NaHCO3: what the rules say of the sodium salt.
    assert.deepEqual(rules(cn), ['cyanoborohydride-toxicity', 'reductant-solvent', 'missing-quench']);
    assert.equal(row(cn, 'stab').mw, 62.84);
  });

  it('an acid the knowledge base does not know is not offered another acid (`boric acid` is not TsOH)', () => {
    const t = fixture('r8-23-boric-acid-nabh4.rxn');
    const d = diag(t, 'unknown-reagent');
    // It was: "Did you mean 'TsOH'?" (via `tosic acid`, two letters from `boric`), with a fix that
    // turned a mild Lewis acid into a strong sulfonic acid.
    assert.equal(d.message, "'boric acid' is not in the knowledge base and its role cannot be inferred, so no chemistry check can use it. Add `role ROLE` (and `smiles \"…\"` or `mw`) to the declaration.");
    assert.deepEqual(d.fixes, []);
    assert.deepEqual(rules(t), ['unknown-reagent']);
    // The same for other acids whose one word is what tells them apart.
    const named = (name: string) => analyze(t.replace('boric acid', name)).diagnostics.find((x) => x.rule === 'unknown-reagent')!;
    for (const [name, not] of [['malic acid', 'TsOH'], ['lactic acid', 'AcOH'], ['citric acid', 'AcOH'], ['sulfamic acid', 'H2SO4'], ['oxalic acid', 'glyoxylic acid']]) {
      const x = named(name);
      assert.ok(x, name);
      assert.ok(!x.message.includes(`'${not}'`), `${name}: ${x.message}`);
      assert.deepEqual(x.fixes.map((f) => f.title), [], name);
    }
    // A slip in the acid's own word is still a typo of it.
    assert.match(named('acetc acid').message, /Did you mean 'acetic acid'/);
    assert.match(named('trifluoroacetc acid').message, /Did you mean 'trifluoroacetic acid'\?/);
    assert.match(named('glyoxilic acid').message, /Did you mean 'glyoxylic acid'\?/);
  });

  it('formic acid is known: a weak acid (46.03 g/mol, 1.22 g/mL), and the reductant of an Eschweiler–Clarke run when it is given that role', () => {
    const t = fixture('r8-24-eschweiler-clarke.rxn');
    // It was: unknown-reagent "Did you mean 'TsOH'?", no mass for 1.89 mL, and (without the role)
    // nothing said what it is.
    const fa = row(t, 'fa');
    assert.equal(fa.mw, 46.03);
    assert.ok(Math.abs(fa.massG! - 2.3015) < 0.001, `50 mmol × 46.03 = ${fa.massG}`);
    assert.ok(Math.abs(fa.volumeMl! - 1.887) < 0.002, `2.30 g ÷ 1.22 = ${fa.volumeMl}`); // the 1.89 mL written agrees
    // 90 °C: the spec's temperature-high reads any heat after the amine meets the carbonyl.
    assert.deepEqual(rules(t), ['temperature-high']);
    // As the acid of a STAB reduction it is what missing-acid asks for.
    const stab = [
      'protocol "x"', 'target mono', 'scale 5 mmol',
      'reagent boc = 1-Boc-1,4-diazepane 1.0 equiv', 'reagent ald = benzaldehyde 1.05 equiv',
      'reagent fa = formic acid 1.0 equiv, 189 µL', 'reagent stab = NaBH(OAc)3 1.5 equiv', 'solvent DCE 25 mL',
      'step', '  add boc, ald, fa', '  stir 30 min', '  add stab', '  stir 16 h',
      'workup', '  quench sat. NaHCO3', '  extract DCM x3', '  dry Na2SO4', '  concentrate', '',
    ].join('\n');
    assert.deepEqual(rules(stab), []);
    assert.equal(row(stab, 'fa').role, 'acid');
    // Not a strong acid: NaBH3CN with it is not cyanide-acid.
    const cn = stab.replace('NaBH(OAc)3 1.5 equiv', 'NaBH3CN 1.5 equiv').replace('DCE 25 mL', 'MeOH 25 mL').replace('sat. NaHCO3', '1 M NaOH');
    assert.deepEqual(rules(cn), ['cyanoborohydride-toxicity']);
  });

  it('three reagent names misspelt: missing-component says which name is close to the missing part, and offers to correct it', () => {
    const t = fixture('r8-25-typo-reagent-names.rxn');
    const mc = analyze(t).diagnostics.filter((d) => d.rule === 'missing-component');
    // It was, three times: "'homopiperazien' (line 6), 'isonicotinaldehye' (line 7) and 'sodium
    // triacetoxyborohyride' (line 9) are not in the knowledge base and have no role: if one of them
    // is the amine, add `role amine`…", with fixes such as "Give 'stab' (sodium triacetoxyborohyride) the role amine".
    assert.deepEqual(mc.map((d) => d.message), [
      "No reagent with the role amine is declared: a reductive amination needs an amine (the diazepane). 'homopiperazien' (line 6) is not in the knowledge base but is close to 'homopiperazine', an amine: if that is what you meant, correct the name.",
      "No reagent with the role carbonyl is declared: a reductive amination needs a carbonyl (the aldehyde or ketone). 'isonicotinaldehye' (line 7) is not in the knowledge base but is close to 'isonicotinaldehyde', a carbonyl: if that is what you meant, correct the name.",
      "No reagent with the role reductant is declared: a reductive amination needs a reductant (e.g. NaBH(OAc)3). 'sodium triacetoxyborohyride' (line 9) is not in the knowledge base but is close to 'sodium triacetoxyborohydride', a reductant: if that is what you meant, correct the name.",
    ]);
    assert.deepEqual(mc.map((d) => d.fixes.map((f) => f.title)), [
      ["Change 'homopiperazien' to 'homopiperazine'"],
      ["Change 'isonicotinaldehye' to 'isonicotinaldehyde'"],
      ["Change 'sodium triacetoxyborohyride' to 'sodium triacetoxyborohydride'"],
    ]);
    // Each fix leaves a protocol with that part found.
    const apply = (text: string, d: (typeof mc)[number]) => {
      const e = d.fixes[0].edits[0];
      const lines = text.split('\n');
      const l = lines[e.range.start.line];
      lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
      return lines.join('\n');
    };
    let fixed = t;
    for (const d of mc) fixed = apply(fixed, d);
    assert.deepEqual(rules(fixed), []);
    // A name close to nothing is still offered the role, as before.
    const odd = t.replace('sodium triacetoxyborohyride', 'reductant Z');
    const r = analyze(odd).diagnostics.filter((d) => d.rule === 'missing-component')[2];
    assert.match(r.message, /'reductant Z' \(line 9\) is not in the knowledge base and has no role: if it is the reductant, add `role reductant` to its line/);
    assert.deepEqual(r.fixes.map((f) => f.title), ["Give 'stab' (reductant Z) the role reductant"]);
  });

  it('a diazepane with an ester (or nitrile, alcohol) on a ring carbon is the amine, with both ring N–H free', () => {
    const t = fixture('r8-26-c-ester-diazepane.rxn');
    // It was: missing-component (no amine) and unknown-reagent on `methyl 1,4-diazepane-6-carboxylate`,
    // which ends in the ester's suffix; no stoichiometry check ran.
    assert.deepEqual(rules(t), []);
    assert.equal(row(t, 'dz').role, 'amine');
    assert.equal(analyze(t).model.reagents.find((r) => r.alias === 'dz')!.freeNH, 2);
    // So 1.0 equiv of it for a mono-alkylation is the mono/di mixture the guide warns of.
    const oneEquiv = t.replace('3.0 equiv, 949 mg', '1.0 equiv, 316 mg');
    assert.match(diag(oneEquiv, 'mono-stoichiometry').message, /^For mono-alkylation the diazepane must be in excess, but 1\.0 equiv is not more than the carbonyl and the reductant/);
    for (const name of ['1,4-diazepan-6-ol', '1,4-diazepane-6-carbonitrile', 'ethyl 1,4-diazepane-6-carboxylate', '1,4-diazepane-6-carboxamide'])
      assert.deepEqual(rules(t.replace('methyl 1,4-diazepane-6-carboxylate', name).replace(', 949 mg', '')), [], name);
    // A substituent on a ring nitrogen still counts: one N–H left, no excess needed.
    const nBn = oneEquiv.replace('methyl 1,4-diazepane-6-carboxylate', 'methyl 1-benzyl-1,4-diazepane-6-carboxylate').replace(', 316 mg', '');
    assert.deepEqual(rules(nBn), []);
    // A lactam is not an amine to alkylate.
    assert.ok(rules(t.replace('methyl 1,4-diazepane-6-carboxylate', 'methyl 5-oxo-1,4-diazepane-6-carboxylate')).includes('missing-component'));
  });

  it('`add acid dropwise to pH 5–6`, as Borch procedures dose their acid, adds the acid (no syntax error, no missing-acid)', () => {
    const t = fixture('r8-27-borch-acoh-to-ph.rxn');
    // It was: syntax-error "Unexpected 'to' in `add`…" and, since that line then added nothing,
    // missing-acid "No acid is in the pot when NaBH3CN goes in" on a pot brought to pH 5–6 with AcOH.
    assert.deepEqual(rules(t), ['cyanoborohydride-toxicity']);
    for (const line of ['add acid until pH 5', 'add acid to pH 5 - 6', 'add acid to a pH of 5.5.', 'add acid until pH ~5 (wet pH paper)', 'add acid to pH 5 at 0 °C', 'add acid at 0 °C to pH 5', 'add acid to pH5'])
      assert.deepEqual(rules(t.replace('add acid dropwise to pH 5–6', line)), ['cyanoborohydride-toxicity'], line);
    // The formatter keeps what was written.
    assert.match(print(load(t).doc), /\n  add acid dropwise to pH 5–6\n/);
    // A pH given twice, or not as a number, is still reported.
    assert.match(diag(t.replace('add acid dropwise to pH 5–6', 'add acid dropwise to pH 5 to pH 6'), 'syntax-error').message, /The pH is given twice/);
    assert.ok(rules(t.replace('add acid dropwise to pH 5–6', 'add acid dropwise to pH five')).includes('syntax-error'));
  });

  it('two wells of a plate pasted into one file: the second `protocol` line says a file is one run', () => {
    const t = fixture('r8-28-plate-two-wells-one-file.rxn');
    const d = diag(t, 'syntax-error');
    // It was only: "`protocol` is a header line: it must come before the first step."
    assert.equal(d.message, '`protocol` is a header line: it must come before the first step. A `.rxn` file describes one run: write another reaction (the next well of a plate) in a file of its own.');
    assert.equal(d.range.start.line, 16);
    // Other header lines keep their message.
    assert.equal(diag(t.replace('protocol "Plate 3 A2"', 'scale 0.1 mmol'), 'syntax-error').message, '`scale` is a header line: it must come before the first step.');
  });

  it('`solvent methanol, 10 mL` (a comma before the volume, as ELN exports write it) is methanol: STAB in it is reported', () => {
    const t = fixture('r8-29-eln-solvent-comma.rxn');
    // It was: unknown-reagent "Solvent 'methanol,' is not in the knowledge base" and no
    // stab-protic-solvent, the one error that matters on this page.
    const d = diag(t, 'stab-protic-solvent');
    assert.match(d.message, /^NaBH\(OAc\)3 reacts with methanol/);
    assert.deepEqual(rules(t), ['stab-protic-solvent']);
    // Fix all writes DCE in place of the name and keeps the comma and the volume.
    const fixed = fixAll(t).text;
    assert.match(fixed, /\nsolvent DCE, 10 mL\n/);
    assert.deepEqual(rules(fixed), []);
    assert.deepEqual([table(t).solvents[0].name, table(t).solvents[0].volumeMl], ['methanol', 10]);
  });

  it('two aldehydes on homopiperazine with an isolate between: quiet with the diazepane in excess first, mixed-carbonyls when the first reaction was 1:1', () => {
    // 4 equiv of homopiperazine, benzaldehyde, isolate the mono-benzyl product, then nicotinaldehyde: the route works.
    assert.deepEqual(rules(fixture('r8-01-two-aldehydes-sequential-isolate.rxn')), []);
    const t = fixture('r8-30-two-aldehydes-isolate-no-excess.rxn');
    // It was silent: the `isolate` hid the second aldehyde from mixed-carbonyls, and under
    // `target di` nothing read the first reaction as the mono-alkylation it is.
    const d = diag(t, 'mixed-carbonyls');
    assert.equal(
      d.message,
      'pyridine-3-carboxaldehyde goes onto the product isolated from the first reductive amination, but that reaction has 1.0 equiv of 1,4-diazepane for 1.0 equiv of benzaldehyde and 1.5 equiv of reductant: without an excess of the diazepane both of its nitrogens react there, and the first reaction gives mono- and di-alkylated product and free diamine together: unless the isolation separates them (a poor yield of the mono product at best), pyridine-3-carboxaldehyde then meets all three and gives a mixture of products. Use about 3.0 equiv of the diazepane in the first reaction (and wash out the excess), or start from 1-Boc-1,4-diazepane.',
    );
    assert.equal(d.range.start.line, 11);
    assert.deepEqual(rules(t), ['mixed-carbonyls']);
    // The same aldehyde twice is no unsymmetrical route: not this rule's business.
    assert.deepEqual(rules(t.replace('pyridine-3-carboxaldehyde     1.1 equiv, 1.03 mL', 'benzaldehyde                  1.1 equiv, 1.12 mL')), []);
  });

  it('correct round-8 protocols pass clean (guards against false positives)', () => {
    for (const f of [
      'r8-01-two-aldehydes-sequential-isolate.rxn',
      'r8-03-boc-piperidone-ti-nabh4.rxn',
      'r8-04-2hcl-et3n-stab-dce.rxn',
      'r8-06-picoline-borane-meoh-acoh.rxn',
      'r8-07-scale-up-100g.rxn',
      'r8-11-acid-base-extract-citric.rxn',
      'r8-13-dean-stark-toluene-nabh4.rxn',
      'r8-15-acetone-isopropyl.rxn',
      'r8-17-picoline-borane-water.rxn',
      'r8-19-free-dz-boc-piperidone-ti.rxn',
      'r8-20-kg-batch.rxn',
      'r8-31-imine-45c-then-stab.rxn',
      'r8-32-nabh4-hcl-quench-basify.rxn',
      'r8-33-boc-ra-hcl-acetone.rxn',
      'r8-34-slow-aldehyde-addition.rxn',
      'r8-35-kp-nh-silica.rxn',
    ])
      assert.deepEqual(rules(fixture(f)), [], f);
  });

  it('round-8 protocols with a real problem (or what the spec asks for) get exactly those diagnostics', () => {
    const want: [string, string[]][] = [
      // Two aldehydes one after the other in one pot on the free diazepane.
      ['r8-02-two-aldehydes-one-pot.rxn', ['mixed-carbonyls']],
      // Bicarbonate after NaBH3CN keeps HCN in the organic layer (a documented departure from the spec).
      ['r8-05-nabh3cn-acoh-note-bicarb.rxn', ['cyanoborohydride-toxicity', 'missing-quench']],
      // 100 °C microwave imine formation, cooled to 0 °C before the NaBH4: the chosen method, not reported
      // (a departure from the spec's temperature-high, documented on its page).
      ['r8-08-microwave-imine-nabh4.rxn', []],
      // `target di` on a mono-benzyl diazepane (one N–H left) for its N-methylation; formalin with STAB; no AcOH.
      // (2.0 equiv of STAB for the one iminium the amine can form: no stab-water beside protected-target.)
      ['r8-09-formalin-methylation-target-di.rxn', ['protected-target', 'missing-acid']],
      ['r8-10-scx-catch-release.rxn', ['cyanoborohydride-toxicity']],
      ['r8-12-amounts-disagree-equiv.rxn', ['amount-mismatch', 'amount-mismatch']],
      // A ketone with sieves and STAB but no AcOH.
      ['r8-14-sieves-ketone-stab-no-acid.rxn', ['missing-acid']],
      ['r8-16-library-well-nabh3cn-stocks.rxn', ['cyanoborohydride-toxicity']],
      // The dihydrochloride freed with exactly 2 equiv of DIPEA leaves no acid for NaBH3CN.
      ['r8-18-dipea-2hcl-nabh3cn-no-acid.rxn', ['cyanoborohydride-toxicity', 'missing-acid']],
      // SI line whose 0.77 mL and 6.5 mmol are 1.3 equiv, not the 1.1 written.
      ['r8-21-si-line-mmol-disagree.rxn', ['amount-mismatch', 'amount-mismatch']],
    ];
    for (const [f, r] of want) assert.deepEqual(rules(fixture(f)), r, f);
    const mm = analyze(fixture('r8-12-amounts-disagree-equiv.rxn')).diagnostics.map((d) => d.message);
    assert.match(mm[0], /^0\.98 g of 4-formylbenzonitrile does not match 1\.1 equiv at scale 5 mmol: that would be 721 mg \(off by 36 %\)/);
    assert.match(mm[1], /^1\.06 g of NaBH\(OAc\)3 does not match 1\.5 equiv at scale 5 mmol: that would be 1\.59 g \(off by 33 %\)/);
  });

  it('amounts of the round-8 protocols: salts, Ti(OiPr)4, kilo and 100 g batches, stock solutions', () => {
    const near = (x: number | undefined, want: number, tol: number, what: string) => assert.ok(x !== undefined && Math.abs(x - want) <= tol, `${what}: ${x} (want ${want})`);
    const salt = fixture('r8-04-2hcl-et3n-stab-dce.rxn');
    assert.equal(row(salt, 'salt').mw, 173.08); // C5H12N2·2HCl
    near(row(salt, 'tea').volumeMl, 3.345, 0.005, 'Et3N 24 mmol × 101.19 ÷ 0.726');
    const ti = fixture('r8-03-boc-piperidone-ti-nabh4.rxn');
    near(row(ti, 'ti').volumeMl, 2.96, 0.01, 'Ti(OiPr)4 10 mmol × 284.22 ÷ 0.96');
    near(row(ti, 'ket').massG, 1.753, 0.002, 'N-Boc-4-piperidone 8.8 mmol × 199.25');
    const g100 = table(fixture('r8-07-scale-up-100g.rxn'));
    near(g100.scaleMmol, 499.3, 0.2, '100 g ÷ 200.28');
    assert.deepEqual(g100.rows.map((r) => Number(r.equiv?.toFixed(2))), [1.0, 1.05, 1.0, 1.5]);
    const kg = fixture('r8-20-kg-batch.rxn');
    near(row(kg, 'stab').equiv, 1.503, 0.002, 'STAB 1.59 kg ÷ 211.94 ÷ 4.99 mol');
    near(row(kg, 'ald').equiv, 1.052, 0.002, 'isonicotinaldehyde 0.495 L × 1.137 ÷ 107.11 ÷ 4.99 mol');
    const well = fixture('r8-16-library-well-nabh3cn-stocks.rxn');
    near(row(well, 'ald').mmol, 0.12, 1e-6, '240 µL of a 0.5 M stock');
    near(row(well, 'cn').mmol, 0.15, 1e-6, '150 µL of 1 M NaBH3CN in THF');
    const pb = fixture('r8-06-picoline-borane-meoh-acoh.rxn');
    assert.equal(row(pb, 'pb').mw, 106.96);
  });
});
