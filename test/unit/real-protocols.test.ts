/**
 * Protocols written the way chemists transcribe them from papers, patents and ELNs (a review
 * of 53 such protocols, 2026-11-27): each case is one where rxn misread a natural way of
 * writing, or kept quiet about a real mistake. Fixtures: test/fixtures/real/*.rxn.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, fixAll } from '../../server/src/engine';
import { fixture, rules } from './review-helpers';
import { formatDocument } from '../../server/src/features/format';
import { completion } from '../../server/src/features/completion';
import { amountsTable } from '../../server/src/model/amounts';
import { applyEdits } from '../../server/src/edits';
import { rowNotes } from '../../server/src/cli/amounts';

describe('protocols as chemists transcribe them', () => {
  it('amounts in brackets are amounts: `homopiperazine (1.0 equiv)` is the 1:1 mixture of guide Q3, not "no problems"', () => {
    const t = fixture('b22-paren-equiv-silent.rxn');
    assert.deepEqual(rules(t), ['mono-stoichiometry']);
    const dz = analyze(t).model.reagents.find((r) => r.alias === 'dz')!;
    assert.equal(dz.name, 'homopiperazine');
    assert.equal(dz.equiv, 1.0);
  });

  it('SI-style `(551 mg, 5.5 mmol, 1.1 equiv)` reads as three amounts; the one real problem is the only one reported', () => {
    const t = fixture('b21-paper-style-parentheses.rxn');
    assert.deepEqual(rules(t), ['mono-stoichiometry']);
    const rows = amountsTable(analyze(t).model).rows;
    const dz = rows.find((r) => r.alias === 'dz')!;
    assert.equal(dz.name, '1,4-diazepane');
    assert.equal(dz.mmol, 5.5);
    // After the amounts as well: `1.5 equiv (3.18 g, 15 mmol)`, `0.51 mL (5.0 mmol)`.
    const after = analyze('scale 10 mmol\nreagent s = NaBH(OAc)3 1.5 equiv (3.18 g, 15 mmol)\nreagent b = benzaldehyde 0.51 mL (5.0 mmol)\n').model;
    assert.deepEqual(after.reagents.map((r) => r.decl.quantities.map((q) => q.raw)), [['1.5 equiv', '3.18 g', '15 mmol'], ['0.51 mL', '5.0 mmol']]);
  });

  it('a bracket that is part of the name, a note or a concentration stays in the name; an unclosed bracket of amounts is reported', () => {
    const m = analyze('reagent a = Ti(OiPr)4 (1.5 equiv)\nreagent b = AcOH (glacial) 1.0 equiv\nreagent c = NaBH3CN (1 M in THF) 1.5 equiv\nreagent d = STAB (95%) (1.5 equiv)\n').model;
    assert.deepEqual(m.reagents.map((r) => [r.name, r.decl.quantities.map((q) => q.raw).join(', ')]), [
      ['Ti(OiPr)4', '1.5 equiv'],
      ['AcOH (glacial)', '1.0 equiv'],
      ['NaBH3CN (1 M in THF)', '1.5 equiv'],
      ['STAB (95%)', '1.5 equiv'],
    ]);
    const open = analyze('reagent f = benzaldehyde (1.0 equiv\n').diagnostics.find((d) => d.rule === 'syntax-error');
    assert.match(open!.message, /This bracket of amounts is not closed/);
  });

  it('`monitor NMR for imine` before NaBH4 is the imine pre-formed and checked: no one-pot error; a plain `monitor TLC` is not', () => {
    const t = fixture('g23-monitor-then-nabh4.rxn');
    assert.deepEqual(rules(t), []);
    const plain = t.replace('monitor NMR for imine', 'monitor TLC');
    assert.ok(rules(plain).includes('nabh4-one-pot'), rules(plain).join(' '));
  });

  it('catalogue names of the usual building blocks are known: a correct protocol written with them is clean', () => {
    for (const name of ['g18-aldrich-name-boc.rxn', 'g24-boc-azetidinone.rxn']) assert.deepEqual(rules(fixture(name)), [], name);
    const m = analyze('reagent k = MEK 1.5 equiv\nreagent a = tert-butyl 3-oxoazetidine-1-carboxylate 1.0 equiv\nreagent p = N-(tert-butoxycarbonyl)-4-piperidone 1.0 equiv\n').model;
    assert.deepEqual(m.reagents.map((r) => [r.kb?.id, r.role, r.mw]), [['mek', 'carbonyl', 72.11], ['boc-3-azetidinone', 'carbonyl', 171.19], ['boc-4-piperidone', 'carbonyl', 199.25]]);
  });

  it('a diazepane dihydrochloride with no base to free it is fully protonated: acid-too-strong, as the same HCl written out is', () => {
    const t = fixture('b20-salt-no-base.rxn');
    const d = analyze(t).diagnostics.filter((x) => x.rule === 'acid-too-strong');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /1,4-diazepane·2HCl carries two HCl per molecule, and no base frees it\. 2\.0 equiv of HCl per amine pushes the pH below 4/);
    assert.match(d[0].message, /Add Et3N or DIPEA \(1 equiv per HCl\)/);
  });

  it('procedure lines as chemists write them read: atmosphere, asides, a warm-up, portions in words', () => {
    const base = (line: string) =>
      `protocol "x"\ntarget mono\nscale 5 mmol\nreagent am = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent acid = AcOH 1.0 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\nsolvent DCE 0.2 M\nstep\n  add am, ald, acid\n  stir 1 h\n  ${line}\n  stir 16 h\nworkup\n  quench sat. NaHCO3\n  extract DCM x3\n`;
    for (const line of [
      'add stab portionwise under N2',
      'add stab in one portion',
      'add stab in portions',
      'add stab in three portions (over 10 min)',
      'add stab\n  stir 16 h at rt under argon',
      'add stab\n  stir 16 h under an atmosphere of argon',
      'add stab\n  stir overnight (16 h)',
      'add stab at 0 °C (ice bath)',
      'add stab\n  monitor TLC (10% MeOH/DCM)',
      'add stab at 0 °C\n  stir 16 h at 0 °C to rt',
      'add stab at 0 °C\n  stir 16 h at 0 °C → rt',
      'add stab at 0 °C\n  stir 16 h at 0 °C→rt',
      'add stab at 0 °C\n  stir 16 h at 0→25 °C',
      'add stab at 0 °C\n  stir 16 h at 0 to 25 °C',
      'add stab at 0 °C\n  stir 16 h at 0 -> rt',
    ])
      assert.deepEqual(rules(base(line)), [], line);
    const a = analyze(base('add stab in three portions'));
    assert.equal(a.model.reagents.find((r) => r.alias === 'stab')!.added[0].stmt.manner?.count, 3);
    // The warm-up ends at room temperature; `0 °C to reflux` in DCE is hot.
    assert.ok(rules(base('add stab\n  stir 2 h at 0 °C to reflux')).includes('temperature-high'));
    assert.ok(rules(base('add stab\n  stir 2 h at 0 °C -> reflux')).includes('temperature-high'));
    assert.ok(rules(base('add stab\n  stir 2 h at 0→83 °C')).includes('temperature-high'));
    const warm = analyze(base('add stab\n  stir 2 h at 0 to 25 °C')).doc.statements.find((st) => st.kind === 'stir' && st.temperature);
    assert.deepEqual(warm && warm.kind === 'stir' && [warm.temperature!.celsius, warm.temperature!.raw], [25, '25 °C']);
    assert.match(analyze(base('add stab\n  stir 2 h at -300 to 25 °C')).diagnostics.map((d) => d.message).join('\n'), /-300 °C is below absolute zero/);
    // The first number takes the second's unit: -300 °F is −184 °C, -500 °F below absolute zero.
    assert.ok(!rules(base('add stab\n  stir 2 h at -300 to 0 °F')).includes('invalid-quantity'));
    assert.match(analyze(base('add stab\n  stir 2 h at -500 to 0 °F')).diagnostics.map((d) => d.message).join('\n'), /-500 °F is below absolute zero/);
    // Under H2 is no inert atmosphere, and `until` gives no time: both are said plainly.
    assert.ok(rules(base('add stab\n  stir 16 h under H2')).includes('syntax-error'));
    assert.match(analyze(base('add stab\n  stir until complete')).diagnostics.find((d) => d.rule === 'syntax-error')!.message, /gives no time/);
    assert.match(analyze(base('heat to 40 °C and stir 2 h')).diagnostics.find((d) => d.rule === 'syntax-error')!.message, /One statement per line/);
  });

  it('`target tri` on DAZA with 2.0 equiv of aldehyde: di-stoichiometry asks for 3 × the amine', () => {
    const t = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'daza-tri-alkylation-o-vanillin.rxn'), 'utf8');
    const short = t.replace('o-vanillin           3.3 equiv', 'o-vanillin           2.0 equiv');
    assert.notEqual(short, t);
    const d = analyze(short).diagnostics.find((x) => x.rule === 'di-stoichiometry');
    assert.ok(d, analyze(short).diagnostics.map((x) => x.rule).join(' '));
    assert.match(d!.message, /For tri-alkylation all three nitrogens must react, so o-vanillin should be at least 3\.0 equiv/);
    assert.ok(!analyze(t).diagnostics.some((x) => x.rule === 'di-stoichiometry'), 'the sample itself is fine');
  });

  it('unit slips of 1000× are named: mg written for g, mL for µL (also a lone amount that no protocol would use)', () => {
    const mg = analyze(fixture('b30-stab-mg-typo.rxn')).diagnostics.find((d) => d.rule === 'amount-mismatch')!;
    assert.match(mg.message, /that would be 3\.39 g \(the 3\.39 mg written is 1000× too little: mg written for g\?\)/);
    const ml = fixture('b27-ul-ml-typo.rxn');
    const d = analyze(ml).diagnostics.find((x) => x.rule === 'amount-mismatch')!;
    assert.match(d.message, /534 mL of benzaldehyde is 1051 equiv at scale 5 mmol — far more than any protocol uses; 534 µL would be 1\.05 equiv: mL written for µL\?/);
    const fixed = applyEdits(ml, d.fixes[0].edits);
    assert.match(fixed, /benzaldehyde\s+534 µL/);
    assert.deepEqual(rules(fixed), []);
    // A close miss keeps its percentage.
    assert.match(analyze(fixture('b30-stab-mg-typo.rxn').replace('3.39 mg', '3.60 g')).diagnostics.find((x) => x.rule === 'amount-mismatch')!.message, /\(off by 6 %\)/);
  });

  it('switching a hydrogenation to NaBH(OAc)3 gives its work-up an extraction (filter-and-concentrate left the boron salts in)', () => {
    const t = fixture('b06-h2-nitro.rxn');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'h2-reducible-group')!;
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /workup\n  quench sat\. NaHCO3\n  extract DCM x3\n  dry Na2SO4\n/);
    assert.deepEqual(rules(fixed), []);
  });

  it('0.7 equiv NaBH3CN (Mattson\'s Ti(OiPr)4 procedure): reductant-short still says so, but Fix all does not raise a toxic reagent', () => {
    const d = analyze(fixture('g14-acetophenone-ti-nabh3cn.rxn')).diagnostics.find((x) => x.rule === 'reductant-short')!;
    assert.equal(d.fixes[0].safe, false);
    assert.match(d.message, /use 0\.5–0\.7 equiv on purpose/);
  });

  it('targets as papers name them: mono-N-alkylation, bis-alkylation', () => {
    assert.equal(analyze('target mono-N-alkylation\n').model.target?.degree, 'mono');
    assert.equal(analyze('target bis-alkylation\n').model.target?.degree, 'di');
    assert.equal(analyze("target N,N'-dialkylation\n").model.target?.degree, 'di');
  });

  it('second review: formatting keeps asides; notes before amounts in a bracket; an unclosed bracket still declares; a temperature in brackets is no aside', () => {
    // Formatting rebuilds a line from its statement: the aside is part of it.
    const t = 'protocol "x"\nreagent dz = 1,4-diazepane 3.0 equiv\nstep\n  add dz (ice bath)\n    stir 16 h at rt under argon # c\n  monitor TLC (10% MeOH/DCM)\n';
    const formatted = applyEdits(t, formatDocument(analyze(t).doc, { tabSize: 2, insertSpaces: true }));
    assert.match(formatted, /\n  add dz \(ice bath\)\n  stir 16 h at rt under argon +# c\n  monitor TLC \(10% MeOH\/DCM\)\n/);
    // `(98%, 1.0 equiv)`: the amount is read (mono-stoichiometry fires), and the note gets a fix that moves it out.
    const note = 'protocol "x"\ntarget mono\nscale 5 mmol\nreagent am = homopiperazine (98%, 1.0 equiv)\nreagent ald = benzaldehyde 1.0 equiv\nreagent stab = NaBH(OAc)3 (1.5 equiv\nsolvent DCE 0.2 M\nstep\n  add am, ald\n  stir 1 h\n  add stab\n  stir 16 h\nworkup\n  quench sat. NaHCO3\n  extract DCM x3\n';
    const a = analyze(note);
    assert.ok(rules(note).includes('mono-stoichiometry'), rules(note).join(' '));
    assert.ok(!rules(note).includes('missing-component'), 'the unclosed line still declares the reductant');
    const syntax = a.diagnostics.filter((d) => d.rule === 'syntax-error');
    assert.match(syntax[0].message, /'98%' in this bracket is not read as part of the name/);
    assert.match(syntax[1].message, /This bracket of amounts is not closed/);
    const fixed = fixAll(note).text;
    assert.match(fixed, /homopiperazine \(98%\) 3\.0 equiv/);
    assert.match(fixed, /NaBH\(OAc\)3 \(1\.5 equiv\)/);
    // `stir 2 h (80 °C)` keeps saying what it says.
    const hot = 'protocol "x"\nreagent dz = 1,4-diazepane 3.0 equiv\nstep\n  add dz\n  stir 2 h (80 °C)\n';
    assert.ok(rules(hot).includes('syntax-error'));
  });

  it('second review: the switch from H2 puts the extraction after the quenches and the drying after the washes; acetone as co-solvent is no unit slip', () => {
    const head = fixture('b06-h2-nitro.rxn').replace(/workup[\s\S]*$/, 'workup\n');
    const t = head + '  quench water\n  wash brine\n  concentrate\n';
    const d = analyze(t).diagnostics.find((x) => x.rule === 'h2-reducible-group')!;
    assert.match(applyEdits(t, d.fixes[0].edits), /workup\n  quench sat\. NaHCO3\n  quench water\n  extract DCM x3\n  wash brine\n  dry Na2SO4\n  concentrate\n/);
    const acetone = 'protocol "x"\nscale 1 mmol\nreagent dz = 1-Boc-1,4-diazepane 1.0 equiv\nreagent k = acetone 10 mL\nreagent a = AcOH 5 mL\nreagent s = NaBH3CN 1.5 equiv\nsolvent MeOH 0.2 M\nstep\n  add dz, k, a\n  stir 1 h\n  add s\n  stir 16 h\nworkup\n  quench 1 M NaOH\n  extract DCM x3\n';
    assert.ok(!rules(acetone).includes('amount-mismatch'), rules(acetone).join(' '));
  });

  it('`add x, portion-wise`: the word after the comma is read as an alias, and the fix is not to declare it (fuzz seed 42)', () => {
    const d = analyze('step\nADD role, portion-wise\n').diagnostics.find((x) => x.rule === 'undeclared-reagent' && /portion-wise/.test(x.message))!;
    assert.match(d.message, /read as an alias because a comma comes before it/);
    assert.ok(!d.fixes.some((f) => /Declare/.test(f.title)));
  });

  it('third review: Fix all does not scale the stoichiometry to a unit slip; semicolons separate amounts', () => {
    const t = 'protocol "x"\ntarget mono\nscale 5 mmol\nreagent dz = homopiperazine 3.0 equiv\nreagent ald = benzaldehyde (534 mL)\nreagent acid = AcOH 1.0 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\nsolvent DCE 0.2 M\nstep\n  add dz, ald, acid\n  stir 1 h\n  add stab\n  stir 16 h\nworkup\n  quench sat. NaHCO3\n  extract DCM x3\n';
    assert.equal(fixAll(t).text, t, 'nothing scaled to 1051 equiv of aldehyde');
    const mono = analyze(t).diagnostics.find((d) => d.rule === 'mono-stoichiometry')!;
    assert.equal(mono.fixes[0].safe, false);
    assert.equal(mono.fixes[0].preferred, false);
    const semi = analyze('scale 5 mmol\nreagent dz = homopiperazine (0.551 g; 1.1 equiv)\nreagent ald = benzaldehyde 1.0 equiv; 531 mg\n').model;
    assert.deepEqual(semi.reagents.map((r) => [r.name, r.decl.quantities.map((q) => q.raw)]), [['homopiperazine', ['0.551 g', '1.1 equiv']], ['benzaldehyde', ['1.0 equiv', '531 mg']]]);
  });

  it('third review: completion after `under ` offers the inert gas, after `at 0 °C to ` the temperature', () => {
    const offered = (line: string) => {
      const t = `protocol "x"\nreagent dz = 1,4-diazepane 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nstep\n${line}\n`;
      return completion(analyze(t), { line: 4, character: line.length }).map((i) => i.label);
    };
    assert.deepEqual(offered('  add dz, ald under '), ['N2', 'argon', 'an inert atmosphere']);
    assert.deepEqual(offered('  stir 16 h at rt under '), ['N2', 'argon', 'an inert atmosphere']);
    assert.deepEqual(offered('  stir 16 h at 0 °C to '), ['rt', '25 °C']);
  });

  it('second round: the diazepanone lactam is an amine, an SCX work-up needs no basic quench, DAZA by its CAS name is DAZA', () => {
    assert.deepEqual(rules(fixture('g26-diazepanone.rxn')), []);
    assert.deepEqual(rules(fixture('g23-library-direct-scx.rxn')), []);
    assert.ok(rules(fixture('b21-daza-cas-name-1to1.rxn')).includes('mono-stoichiometry'));
    const m = analyze('reagent t = TFE\nreagent h = HFIP\n').model;
    assert.deepEqual(m.reagents.map((r) => [r.kb?.id, r.kb?.protic]), [['tfe', true], ['hfip', true]]);
  });

  it('second round: after `isolate` the second aldehyde and hydride belong to a new reaction, not to the diazepane excess', () => {
    const t = fixture('g22-mono-isolate-excess.rxn');
    assert.deepEqual(rules(t), []);
    assert.equal(fixAll(t).text, t, 'no "safe" fix raises the diazepane to 6.2 equiv');
    // Without the isolate it is one pot: two aldehydes on the free diazepane, and too little of it.
    const onePot = t.replace(/\n\s*isolate [^\n]*/, '');
    assert.notEqual(onePot, t);
    assert.ok(rules(onePot).includes('mixed-carbonyls'), rules(onePot).join(' '));
    assert.ok(rules(onePot).includes('mono-stoichiometry'), rules(onePot).join(' '));
  });

  it('Boc off, then alkylate: the route rxn itself recommends is clean; a deprotection before the only alkylation frees both nitrogens', () => {
    // Alkylate 1-Boc-1,4-diazepane, isolate, TFA, concentrate, DIPEA + a second aldehyde: was
    // protected-target ("Deprotect first") and acid-too-strong ("use AcOH" for the deprotection).
    const route = fixture('d01-boc-alkylate-deprotect-alkylate.rxn');
    assert.deepEqual(rules(route), []);
    // Without the DIPEA the TFA salt of the freed amine is what meets the second aldehyde.
    const noBase = route.replace('add base, a2', 'add a2');
    const salt = analyze(noBase).diagnostics.filter((d) => d.rule === 'acid-too-strong');
    assert.equal(salt.length, 1);
    assert.match(salt[0].message, /^TFA takes the Boc group off the Boc-protected product isolated from the earlier reaction \(1-Boc-1,4-diazepane with benzaldehyde\), and concentrating takes off the excess but leaves the freed amine as its TFA salt\. 2\.0 equiv of TFA per amine pushes the pH below 4/);
    assert.match(salt[0].message, /Free the salt before the carbonyl goes in: Et3N or DIPEA \(2\.0 equiv\), then AcOH \(1–2 equiv\) as the catalyst\.$/);
    assert.deepEqual(salt[0].fixes.map((f) => f.title), ['Free the deprotected amine with DIPEA before the carbonyl'], 'no "Replace TFA with AcOH": that undoes the deprotection');

    // Deprotect first, then mono-alkylate 1:1: the free diamine gives mono/di mixtures.
    const first = fixture('d02-deprotect-then-alkylate.rxn');
    const found = analyze(first).diagnostics;
    assert.deepEqual(found.map((d) => d.rule), ['mono-stoichiometry', 'acid-too-strong']);
    assert.match(found[0].message, /TFA takes the Boc group off 1-Boc-1,4-diazepane before the carbonyl goes in: alkylate the Boc-protected amine first and deprotect afterwards/);
    const fixed = applyEdits(first, found[1].fixes[0].edits);
    assert.match(fixed, /reagent dipea = DIPEA 2\.0 equiv\n/);
    assert.match(fixed, /concentrate\nstep "Reductive amination"\n  solvent DCE 0\.2 M\n  add dipea\n  add ald\n/);
    assert.deepEqual(rules(fixed), ['mono-stoichiometry']);
    // Not concentrated: the fix concentrates first; the message says the excess is still there.
    const wet = first.replace('  concentrate\n', '');
    const d = analyze(wet).diagnostics.find((x) => x.rule === 'acid-too-strong')!;
    assert.match(d.message, /the excess is still in the pot when the carbonyl goes in\. 10\.0 equiv of TFA per amine .* Concentrate first/);
    assert.match(applyEdits(wet, d.fixes[0].edits), /  solvent DCE 0\.2 M\n  concentrate\n  solvent DCE 0\.2 M\n  add dipea\n  add ald\n/, 'taken up again in the reaction solvent');
    // HCl in dioxane: the salt is the HCl salt, whatever the solution was called.
    const hcl = analyze(first.replace('TFA 10 equiv', '4 M HCl in dioxane 10 equiv')).diagnostics.find((x) => x.rule === 'acid-too-strong')!;
    assert.match(hcl.message, /^HCl \(as 4 M HCl in dioxane\) takes the Boc group off 1-Boc-1,4-diazepane, and concentrating takes off the excess but leaves the freed amine as its HCl salt\. 2\.0 equiv of HCl per amine/);
    // TFA as (part of) the solvent deprotects as well: `solvent DCM/TFA 4:1`, then a solvent swap.
    const inSolvent = fixture('d03-deprotect-in-tfa-solvent.rxn');
    assert.deepEqual(rules(inSolvent), [], 'target di after the deprotection: no protected-target ("Deprotect first"), no missing-acid');
    const unfreed = inSolvent.replace('  add base, ald\n', '  add ald\n');
    const s = analyze(unfreed).diagnostics.find((x) => x.rule === 'acid-too-strong')!;
    assert.match(s.message, /^TFA in the solvent takes the Boc group off 1-Boc-1,4-diazepane, and taking the solvent off removes the excess but leaves the freed amine as its TFA salt\. 2\.0 equiv of TFA per amine/);
    const freed = applyEdits(unfreed, s.fixes[0].edits);
    assert.match(freed, /  solvent DCE 0\.2 M\n  add base\n  add ald\n/, 'the declared, unused DIPEA is the one added');
    // The fix is titled by the base it adds.
    const et3n = analyze(unfreed.replace('reagent base = DIPEA', 'reagent base = Et3N')).diagnostics.find((x) => x.rule === 'acid-too-strong')!;
    assert.deepEqual(et3n.fixes.map((f) => f.title), ['Free the deprotected amine with Et3N before the carbonyl']);
    assert.deepEqual(rules(freed), []);
    const stillAcid = unfreed.replace('  concentrate\n', '').replace('  solvent DCE 0.2 M\n', '');
    assert.match(analyze(stillAcid).diagnostics.find((x) => x.rule === 'acid-too-strong')!.message, /the carbonyl goes in while it is still the solvent\. That much TFA pushes the pH below 4/);
    // A target di after the deprotection has its two free N–H: no protected-target.
    const di = first.replace('target mono', 'target di').replace('benzaldehyde 1.0 equiv', 'benzaldehyde 2.5 equiv').replace('NaBH(OAc)3 1.5 equiv', 'NaBH(OAc)3 3.0 equiv');
    assert.ok(!rules(di).includes('protected-target'), rules(di).join(' '));
    // TFA with the aldehyde in the pot (no deprotection step) is still the wrong catalyst.
    const together = first.replace('  add boc, tfa\n  stir 2 h at rt\n  concentrate\n', '  add boc\n').replace('  add ald\n', '  add ald, tfa\n');
    assert.notEqual(together, first);
    const cat = analyze(together).diagnostics.find((x) => x.rule === 'acid-too-strong')!;
    assert.match(cat.message, /Use a weak acid such as AcOH/);
    assert.ok(rules(together).includes('protected-target') === false && !rules(together).includes('mono-stoichiometry'));
  });

  it('third round: a weighed amine a hair over 1.0 equiv (601 mg at 3 mmol) is no reason for reductant-short against 1.0 equiv', () => {
    const t = fixture('c03-nabh3cn-zncl2.rxn');
    assert.ok(!rules(t).includes('reductant-short'), rules(t).join(' '));
    // Really short still is: 0.8 equiv against the same amine.
    const short = t.replace('1.0 equiv, 189 mg', '0.8 equiv');
    assert.notEqual(short, t);
    assert.match(analyze(short).diagnostics.find((d) => d.rule === 'reductant-short')!.message, /^0\.8 equiv of reductant is less than the iminium that can form: up to 1\.0 equiv/);
  });

  it('third round: 1-benzyl-1,4-diazepane has a molecular weight, ZnCl2 is the Lewis acid of NaBH3CN/ZnCl2', () => {
    const t = fixture('c08-formalin-nabh3cn-methylation.rxn');
    assert.deepEqual(rules(t), ['cyanoborohydride-toxicity']);
    const bn = amountsTable(analyze(t).model).rows.find((r) => r.alias === 'bn')!;
    assert.ok(Math.abs(bn.mmol! - 4.0) < 0.01, String(bn.mmol));
    const zn = fixture('c03-nabh3cn-zncl2.rxn');
    assert.deepEqual(rules(zn), ['cyanoborohydride-toxicity']);
    const m = analyze(zn).model.reagents.find((r) => r.alias === 'zn')!;
    assert.deepEqual([m.role, m.acidStrength, m.mw], ['acid', 'weak', 136.3]);
  });

  it('third round: tripling a dihydrochloride for mono-alkylation triples the Et3N that frees it', () => {
    const t = fixture('c23-2hcl-1to1-mono.rxn');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'mono-stoichiometry')!;
    assert.equal(d.fixes[0].title, "Set 'salt' to 3.0 equiv and 'base' to 5.99 equiv (to free the salt)");
    const fixed = fixAll(t).text;
    assert.match(fixed, /reagent salt = 1,4-diazepane dihydrochloride {4}3\.0 equiv, 2\.60 g\nreagent base = triethylamine {20}5\.99 equiv, 4\.17 mL\n/);
    assert.deepEqual(rules(fixed), []);
  });

  it('third round: AcOH written in mL for µL is a unit slip once its volume exceeds the solvent; acid as a co-solvent is not', () => {
    const t = fixture('c42-acoh-ml-slip.rxn');
    const found = analyze(t).diagnostics;
    assert.deepEqual(found.map((d) => d.rule), ['amount-mismatch'], 'one finding: the slip, not also acid-excess at 999 equiv');
    assert.match(found[0].message, /^286 mL of AcOH is 999 equiv at scale 5 mmol — far more than any protocol uses; 286 µL would be 1\.0 equiv: mL written for µL\?/);
    assert.deepEqual(rules(applyEdits(t, found[0].fixes[0].edits)), []);
    // 10 mL of AcOH in 25 mL of DCE is a co-solvent (reported as an excess, not a slip), and so is any volume with AcOH among the solvents.
    assert.deepEqual(rules(t.replace(/AcOH( +)286 mL/, 'AcOH$110 mL')), ['acid-excess']);
    assert.ok(!rules(t.replace('solvent DCE 25 mL', 'solvent DCE/AcOH 25 mL')).includes('amount-mismatch'));
  });

  it('third round: a hot imine formation before any reductant does not warn of the reductant decomposing', () => {
    const t = fixture('c12-microwave-stab-mecn.rxn');
    // Marked as a microwave step (its note) and cooled before the STAB: not reported at all (chem-r20).
    assert.ok(!rules(t).includes('temperature-high'));
    const unmarked = t.replace('  note "microwave, sealed vial"\n', '');
    assert.notEqual(unmarked, t);
    const d = analyze(unmarked).diagnostics.find((x) => x.rule === 'temperature-high')!;
    assert.match(d.message, /^100 °C is hotter than the 40–50 °C that a sluggish imine formation may need; above that, side reactions \(aldol condensation, decomposition of a sensitive carbonyl\) become more likely/);
    // With the reductant going in hot, it does.
    const hot = t.replace('  add stab\n', '  add stab at 60 °C\n');
    assert.notEqual(hot, t);
    assert.ok(analyze(hot).diagnostics.some((x) => x.rule === 'temperature-high' && /reductant decomposition/.test(x.message)));
  });

  it('third round: H2 over Pd/C with a benzyl ether on the aldehyde says the O-benzyl group comes off; the switch to NaBH(OAc)3 is clean', () => {
    const t = fixture('c28-h2-benzyl-ether.rxn');
    const d = analyze(t).diagnostics;
    assert.deepEqual(d.map((x) => x.rule), ['h2-reducible-group']);
    assert.equal(d[0].range.start.line, 6); // the aldehyde's declaration
    assert.equal(
      d[0].message,
      'The O-benzyl group of 4-(benzyloxy)benzaldehyde comes off under H2 over Pd/C (hydrogenolysis), leaving the free OH (a phenol, alcohol or acid) in the product. NaBH(OAc)3 in DCE leaves it in place.',
    );
    const fixed = applyEdits(t, d[0].fixes[0].edits);
    // (The `10 wt%` charge of catalyst is an amount: it goes with the switch, and the table stays aligned.)
    assert.match(fixed, /reagent stab = NaBH\(OAc\)3 +1\.5 equiv\n/);
    assert.deepEqual(rules(fixed), []);
    // Written as chemists abbreviate it, or drawn: the same report.
    for (const ald of ['4-OBn-benzaldehyde', '4-BnO-benzaldehyde', '4-benzyloxybenzaldehyde role carbonyl', 'aldehyde smiles "O=Cc1ccc(OCc2ccccc2)cc1" role carbonyl'])
      assert.ok(rules(t.replace('4-(benzyloxy)benzaldehyde  ', ald)).includes('h2-reducible-group'), ald);
    // A methyl ether or a methylenedioxy group is no benzyl ether.
    for (const ald of ['4-methoxybenzaldehyde', 'piperonal']) assert.deepEqual(rules(t.replace('4-(benzyloxy)benzaldehyde  ', ald)), [], ald);
  });

  it('third round: H2 over Pd/C on 1-benzyl-1,4-diazepane says the N-benzyl group comes off; a benzyl the reaction puts on is not reported', () => {
    const t = fixture('c29-h2-n-benzyl.rxn');
    const d = analyze(t).diagnostics;
    assert.deepEqual(d.map((x) => x.rule), ['h2-reducible-group']);
    assert.equal(d[0].range.start.line, 5); // the amine's declaration
    assert.equal(
      d[0].message,
      'The N-benzyl group of 1-benzyl-1,4-diazepane comes off under H2 over Pd/C (hydrogenolysis), and the N–H it frees is alkylated as well. NaBH(OAc)3 in DCE leaves it in place.',
    );
    const fixed = applyEdits(t, d[0].fixes[0].edits);
    assert.match(fixed, /reagent stab = NaBH\(OAc\)3 1\.5 equiv\nreagent acoh = AcOH 1\.0 equiv\nsolvent DCE 0\.2 M\n/);
    assert.deepEqual(rules(fixed), []);
    // By its other names, drawn, or on a carbonyl (1-benzyl-4-piperidone: the freed N–H meets the ketone).
    for (const amine of ['N-benzylhomopiperazine', '4-benzyl-1,4-diazepane', 'amine smiles "C1CNCCN(C1)Cc1ccccc1" role amine'])
      assert.ok(rules(t.replace('1-benzyl-1,4-diazepane  ', amine)).includes('h2-reducible-group'), amine);
    const pip = analyze(t.replace('1-benzyl-1,4-diazepane  ', '1-Boc-1,4-diazepane').replace('acetone                    3.0 equiv', '1-benzyl-4-piperidone 1.0 equiv'));
    assert.match(pip.diagnostics.find((x) => x.rule === 'h2-reducible-group')!.message, /^The N-benzyl group of 1-benzyl-4-piperidone comes off .*, and the N–H it frees can react with the carbonyl as well\./);
    // The benzyl a benzaldehyde puts on is the product's (guide: H2, Pd/C is a normal reductant for it),
    // a benzylamine's N–H is the one being alkylated, and a benzyl on a ring carbon is no N-benzyl.
    const benzylation = t.replace('1-benzyl-1,4-diazepane  ', '1-Boc-1,4-diazepane').replace('acetone                    3.0 equiv', 'benzaldehyde 1.0 equiv');
    assert.deepEqual(rules(benzylation), []);
    assert.deepEqual(rules(t.replace('1-benzyl-1,4-diazepane  ', 'benzylamine smiles "NCc1ccccc1"')).filter((x) => x === 'h2-reducible-group'), []);
    assert.deepEqual(rules(t.replace('1-benzyl-1,4-diazepane  ', '4-benzylpiperidine')).filter((x) => x === 'h2-reducible-group'), []);
  });

  it('third round: H2 over Pt/C is a hydrogenation (was missing-component and unknown-reagent): the nitro group is reported, the Pt loading gives mol %', () => {
    const t = fixture('c30-h2-ptc-nitro.rxn');
    const d = analyze(t).diagnostics;
    assert.deepEqual(d.map((x) => x.rule), ['h2-reducible-group']);
    assert.equal(
      d[0].message,
      'A nitro group in 4-nitrobenzaldehyde: H2 over Pt/C reduces it along with the imine (a nitro group goes to an amine that can itself be alkylated). NaBH(OAc)3 in DCE leaves it alone.',
    );
    const fixed = applyEdits(t, d[0].fixes[0].edits);
    // (50 mg of catalyst is no hydride amount: 1.5 equiv at 5 mmol, weighed; the alias `h2` follows the switch.)
    assert.match(fixed, /reagent stab = NaBH\(OAc\)3 +1\.5 equiv, 1\.59 g\n[\s\S]*\n  add stab\n/);
    assert.doesNotMatch(fixed.replace(/^#.*\nprotocol .*\n/, ''), /Pt\/C|\bh2\b/);
    assert.deepEqual(rules(fixed), []);
    // 50 mg of 5 % Pt/C: 2.5 mg of Pt, 0.0128 mmol (0.256 mol % at 5 mmol), as 10 % Pd/C's Pd is counted.
    const row = amountsTable(analyze(t).model).rows.find((r) => r.alias === 'h2')!;
    assert.equal(row.mw, 195.08);
    assert.equal(row.loading, 0.05);
    assert.ok(Math.abs(row.mmol! - (50 * 0.05) / 195.08) < 1e-9, String(row.mmol));
    assert.deepEqual(rowNotes(row), ["a 5 % loading — the mass is of the catalyst, holding 0.0128 mmol of Pt (0.256 mol %); the MW is platinum's"]);
    // Written as a mol %: the mass of 5 % Pt/C that holds it.
    const molPct = amountsTable(analyze(t.replace('H2, 5% Pt/C             50 mg', '5% Pt/C 0.01 equiv')).model).rows.find((r) => r.alias === 'h2')!;
    assert.equal(molPct.massG!.toFixed(4), ((0.05 * 195.08) / 1000 / 0.05).toFixed(4)); // 0.05 mmol of Pt in 195 mg
    // Platinum keeps benzyl groups (that is why it is chosen): the benzyl ether and N-benzyl protocols are clean over it.
    const ptFor = (name: string) => fixture(name).replace(/reagent h2 += .*/, 'reagent h2  = H2, 5% Pt/C  50 mg');
    assert.deepEqual(rules(ptFor('c28-h2-benzyl-ether.rxn')), []);
    assert.deepEqual(rules(ptFor('c29-h2-n-benzyl.rxn')), []);
    // PtO2 (Adams' catalyst) is weighed as itself; the messages name the catalyst written.
    const pto2 = t.replace('H2, 5% Pt/C             50 mg', "PtO2 0.05 equiv").replace('EtOAc 25 mL', 'DCM 25 mL');
    const dd = analyze(pto2).diagnostics;
    assert.deepEqual(dd.map((x) => x.rule), ['h2-reducible-group', 'reductant-solvent']);
    assert.match(dd[0].message, /: H2 over PtO2 reduces it along with the imine/);
    assert.match(dd[1].message, /^Hydrogenation over PtO2 is normally run in MeOH, EtOH or EtOAc; in DCM/);
    const ptRow = amountsTable(analyze(pto2).model).rows.find((r) => r.alias === 'h2')!;
    assert.equal(ptRow.mw, 227.08);
    assert.equal(ptRow.massG!.toFixed(4), (0.25 * 0.22708).toFixed(4));
    for (const [name, cat] of [["Adams' catalyst", 'PtO2'], ['platinum on carbon', 'Pt/C'], ['20% Pd(OH)2/C', 'Pd(OH)2/C'], ['H2 (1 atm), Pd/C', 'Pd/C']])
      assert.match(analyze(t.replace('H2, 5% Pt/C             50 mg', name)).diagnostics.find((x) => x.rule === 'h2-reducible-group')!.message, new RegExp(`: H2 over ${cat.replace(/[()/]/g, '\\$&')} reduces it`), name);
    // No work-up: the filtration of the catalyst named.
    assert.match(analyze(t.replace(/\nworkup[\s\S]*$/, '\n')).diagnostics.find((x) => x.rule === 'missing-workup')!.message, /kept wet: dry Pt\/C ignites/);
  });

  it('third round: H2 over Pd/C with an aryl bromide or iodide says the halogen comes off, with a nitrile that it can be reduced; the switch to NaBH(OAc)3 is clean', () => {
    const t = fixture('c31-h2-aryl-bromide.rxn');
    const d = analyze(t).diagnostics;
    assert.deepEqual(d.map((x) => x.rule), ['h2-reducible-group']);
    assert.equal(d[0].range.start.line, 6); // the aldehyde's declaration
    assert.equal(
      d[0].message,
      'The bromine of 4-bromobenzaldehyde is replaced by hydrogen under H2 over Pd/C (hydrodehalogenation of the aryl bromide), so part of the product comes out without it. NaBH(OAc)3 in DCE leaves it in place.',
    );
    const fixed = applyEdits(t, d[0].fixes[0].edits);
    assert.match(fixed, /reagent stab = NaBH\(OAc\)3 +1\.5 equiv/);
    assert.deepEqual(rules(fixed), []);
    const msgFor = (ald: string, h2?: string) => {
      let u = t.replace('4-bromobenzaldehyde  ', ald);
      if (h2) u = u.replace('H2, 10% Pd/C         ', h2);
      return analyze(u).diagnostics.filter((x) => x.rule === 'h2-reducible-group').map((x) => x.message);
    };
    // Abbreviated, on a heteroarene, an iodide, drawn.
    for (const ald of ['4-Br-benzaldehyde', '5-bromothiophene-2-carbaldehyde', 'ald smiles "O=Cc1ccc(Br)s1" role carbonyl'])
      assert.match(msgFor(ald)[0] ?? '', /^The bromine of .* is replaced by hydrogen under H2 over Pd\/C/, ald);
    assert.match(msgFor('2-iodobenzaldehyde')[0], /^The iodine of 2-iodobenzaldehyde is replaced by hydrogen .*\(hydrodehalogenation of the aryl iodide\)/);
    // An aryl chloride (slow without base) or fluoride, and an alkyl or benzyl bromide, are not reported.
    for (const ald of ['4-chlorobenzaldehyde', '4-fluorobenzaldehyde', 'ald smiles "O=CCCBr" role carbonyl']) assert.deepEqual(msgFor(ald), [], ald);
    // A nitrile: reduced to a CH2–NH2 amine, which is alkylated too; the switch is clean as well.
    const cn = t.replace('4-bromobenzaldehyde  ', '4-cyanobenzaldehyde  ');
    const dc = analyze(cn).diagnostics;
    assert.deepEqual(dc.map((x) => x.rule), ['h2-reducible-group']);
    assert.equal(
      dc[0].message,
      'A nitrile in 4-cyanobenzaldehyde: H2 over Pd/C can reduce it along with the imine (a nitrile goes to a primary amine, CH2–NH2, that can itself be alkylated). NaBH(OAc)3 in DCE leaves it alone.',
    );
    assert.deepEqual(rules(applyEdits(cn, dc[0].fixes[0].edits)), []);
    for (const ald of ['4-formylbenzonitrile', '4-CN-benzaldehyde', 'ald smiles "O=Cc1cccc(C#N)c1" role carbonyl'])
      assert.match(msgFor(ald)[0] ?? '', /^A nitrile in .*: H2 over Pd\/C can reduce it/, ald);
    // Both on one reagent: one report.
    assert.deepEqual(msgFor('2-bromo-4-cyanobenzaldehyde'), [
      'A nitrile in 2-bromo-4-cyanobenzaldehyde: H2 over Pd/C can reduce it along with the imine (a nitrile goes to a primary amine, CH2–NH2, that can itself be alkylated); the aryl bromide loses its bromine as well (hydrodehalogenation). NaBH(OAc)3 in DCE leaves these groups alone.',
    ]);
    // Platinum keeps aryl halides (it is chosen for that) but reduces a nitrile too.
    assert.deepEqual(msgFor('4-bromobenzaldehyde  ', 'H2, 5% Pt/C          '), []);
    assert.match(msgFor('4-cyanobenzaldehyde  ', 'H2, 5% Pt/C          ')[0], /^A nitrile in 4-cyanobenzaldehyde: H2 over Pt\/C can reduce it/);
    // The cyanide of NaBH3CN and the solvent MeCN are no nitrile substrates.
    for (const name of ['NaBH3CN', 'NaBH3(CN)', 'sodium cyanoborohydride']) assert.equal(analyze(`reagent r = ${name}\n`).model.reagents[0].groups.nitrile, false, name);
    assert.deepEqual(analyze(t.replace('4-bromobenzaldehyde  ', 'benzaldehyde').replace('solvent MeOH 0.2 M', 'reagent mecn = MeCN 5 mL\nsolvent MeOH 0.2 M').replace('add boc, ald', 'add boc, ald, mecn')).diagnostics.filter((x) => x.rule === 'h2-reducible-group'), []);
  });

  it('fourth round: a Boc removal with HCl that was concentrated off is no strong acid next to NaBH3CN, and Fix all keeps the deprotection', () => {
    const t = fixture('e21-hcl-salt-nabh3cn-no-base.rxn');
    // The salt is not freed: acid-too-strong says so; the HCl itself is gone before NaBH3CN goes in.
    assert.deepEqual(rules(t), ['acid-too-strong', 'cyanoborohydride-toxicity']);
    // Fix all replaced `4 M HCl in dioxane` by AcOH (cyanide-acid's safe fix): the Boc group stayed on.
    assert.match(fixAll(t).text, /reagent hcl  = 4 M HCl in dioxane +5 mL\n/);
    // Not concentrated, the excess HCl meets the cyanoborohydride: reported, with no AcOH swap.
    const wet = t.replace('  add hcl\n  stir 2 h at rt\n  concentrate\n', '  add hcl\n  stir 2 h at rt\n');
    assert.notEqual(wet, t);
    const d = analyze(wet).diagnostics.find((x) => x.rule === 'cyanide-acid')!;
    assert.match(d.message, /^4 M HCl in dioxane takes the Boc group off, but nothing takes the excess off before NaBH3CN goes in: .* Concentrate/);
    assert.deepEqual(d.fixes, []);
    // The acid of a Boc removal after an `isolate`, with NaBH3CN in the first reaction only, never meets it.
    const last = 'protocol "x"\ntarget mono\nscale 2 mmol\nreagent boc = 1-Boc-1,4-diazepane 1.0 equiv\nreagent ald = benzaldehyde 1.1 equiv\nreagent acoh = AcOH 1.0 equiv\nreagent cnbh = NaBH3CN 1.5 equiv\nreagent hcl = 4 M HCl in dioxane 10 equiv\nsolvent MeOH 0.2 M\nstep\n  add boc, ald, acoh\n  stir 1 h\n  add cnbh\n  stir 16 h\n  isolate "Boc intermediate"\nstep "Boc off"\n  add hcl\n  stir 2 h\nworkup\n  concentrate\n';
    assert.ok(!rules(last).includes('cyanide-acid'), rules(last).join(' '));
    // A strong acid in the reaction itself still is.
    assert.ok(rules(last.replace('add boc, ald, acoh', 'add boc, ald, acoh, hcl').replace('  add hcl\n', '')).includes('cyanide-acid'));
  });

  it('fourth round: formalin in a later stage, with NaBH(OAc)3 used only before the `isolate`, does not meet it (no stab-water)', () => {
    const t = fixture('e07-bn-then-formalin.rxn');
    assert.ok(!rules(t).includes('stab-water'), rules(t).join(' '));
    // Formalin with NaBH(OAc)3 in the same stage still is reported, below 2 equiv per isolated product (at most 1.0 equiv here).
    const same = t.replace("reagent cnbh  = NaBH3CN                  2.0 equiv", "reagent cnbh  = NaBH(OAc)3               1.5 equiv").replace('solvent MeOH 20 mL', 'solvent DCE 20 mL');
    assert.notEqual(same, t);
    assert.ok(rules(same).includes('stab-water'), rules(same).join(' '));
  });

  it('fourth round: AcOH of the reaction after an `isolate` is not added to the first reaction\'s (acid-excess said 3.0 equiv in all)', () => {
    const t = fixture('e07-bn-then-formalin.rxn');
    assert.ok(!rules(t).includes('acid-excess'), rules(t).join(' '));
    // The two lines in one reaction still add up.
    const one = t.replace(/\n\s*isolate [^\n]*/, '');
    assert.notEqual(one, t);
    assert.match(analyze(one).diagnostics.find((d) => d.rule === 'acid-excess')!.message, /^AcOH comes to 3\.0 equiv in all \('acoh' 1\.0 \+ 'acoh2' 2\.0\)/);
  });

  it('fourth round: after an `isolate` the product meets the next carbonyl anew: formalin and NaBH4 added together is one-pot', () => {
    const t = fixture('e23-formalin-nabh4-onepot.rxn');
    const d = analyze(t).diagnostics.filter((x) => x.rule === 'nabh4-one-pot');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 21); // `add hcho, nabh`
    const fixed = applyEdits(t, d[0].fixes.find((f) => /Pre-form/.test(f.title))!.edits);
    assert.match(fixed, /\n  add hcho\n  stir 1 h at rt\n  add nabh\n/);
    assert.ok(!rules(fixed).includes('nabh4-one-pot'));
    // The first reaction's meeting does not carry over: a second reaction with the imine pre-formed is clean.
    assert.ok(!rules(t.replace('  add hcho, nabh\n', '  add hcho\n  stir 1 h\n  add nabh\n')).includes('nabh4-one-pot'));
  });

  it('fourth round: target di by benzylation of excess homopiperazine, isolate, then N-methylation: one group per stage, no di-stoichiometry', () => {
    const t = fixture('e07-bn-then-formalin.rxn');
    assert.deepEqual(rules(t), ['cyanoborohydride-toxicity']);
    // In one pot (no isolate) the benzaldehyde and formalin do have to cover both nitrogens of the excess.
    const one = t.replace(/\n\s*isolate [^\n]*/, '');
    assert.ok(rules(one).includes('mixed-carbonyls'), rules(one).join(' '));
  });

  it('fourth round: K2CO3 is a base: it frees the TFA salt left by the Boc removal (was unknown-reagent, and acid-too-strong asked for DIPEA)', () => {
    const t = fixture('e04-tfa-salt-k2co3.rxn');
    assert.deepEqual(rules(t), []);
    const k = analyze(t).model.reagents.find((r) => r.alias === 'k2co3')!;
    assert.deepEqual([k.kb?.id, k.role, k.mw], ['k2co3', 'base', 138.21]);
    // Without it, the salt is what meets the aldehyde.
    assert.ok(rules(t.replace('  add k2co3\n', '')).includes('acid-too-strong'));
  });

  it('fourth round: `tert-butyl 4-(pyridin-2-yl)-1,4-diazepane-1-carboxylate` is Boc-protected: HCl/dioxane then concentrate is its deprotection, not a catalyst', () => {
    const t = fixture('e28-deprotect-first-substituted.rxn');
    // Was acid-too-strong ("7.0 equiv per amine… use AcOH"), whose fix undid the deprotection.
    assert.deepEqual(rules(t), []);
    const boc = analyze(t).model.reagents.find((r) => r.alias === 'boc')!;
    assert.ok(boc.deprotection, 'the HCl takes the Boc group off');
    assert.equal(boc.freeNH, 1);
    // Not freed: the HCl salt is reported as such (the deprotection message, not "use AcOH").
    const salt = analyze(t.replace('add et3n, ket, acoh', 'add ket, acoh')).diagnostics.find((d) => d.rule === 'acid-too-strong')!;
    assert.match(salt.message, /takes the Boc group off tert-butyl 4-\(pyridin-2-yl\)-1,4-diazepane-1-carboxylate, and concentrating/);
    // An ester on a ring carbon is no carbamate.
    assert.equal(analyze('reagent b = tert-butyl piperidine-4-carboxylate role amine\n').model.reagents[0].protected, false);
  });

  it('fourth round: a Cbz group taken off by H2 over Pd/C after an `isolate` is a deprotection: the Cbz route is clean; a benzyl put on before it is reported', () => {
    // Was protected-target ("Deprotect first"), h2-reducible-group ("the protection is lost during
    // the reductive amination") and di-stoichiometry twice.
    const t = fixture('e02-cbz-chex-h2-ibu.rxn');
    assert.deepEqual(rules(t), []);
    const cbz = analyze(t).model.reagents.find((r) => r.alias === 'cbz')!;
    assert.deepEqual([cbz.deprotection?.group, cbz.deprotection?.later, cbz.deprotection?.acid?.alias], ['Cbz', true, 'pd']);
    // The benzyl from the first reaction comes off with the Cbz group.
    const bn = fixture('e17-cbz-then-h2-bn-lost.rxn');
    const d = analyze(bn).diagnostics;
    assert.deepEqual(d.map((x) => x.rule), ['h2-reducible-group']);
    assert.equal(d[0].range.start.line, 6); // benzaldehyde
    assert.equal(
      d[0].message,
      'H2 over Pd/C, there to take the Cbz group off the isolated benzyl 4-benzyl-1,4-diazepane-1-carboxylate, also reaches the rest of that product: the benzyl-type group that benzaldehyde put on the other nitrogen comes off again (hydrogenolysis). Use the Boc-protected diazepane (TFA or HCl takes the Boc group off and leaves these groups), or put this group on after the Cbz removal.',
    );
    assert.deepEqual(d[0].fixes, [], 'no switch of the Cbz removal to NaBH(OAc)3');
    // Nitro on the first group: reduced too.
    assert.match(analyze(t.replace('cyclohexanone              1.2 equiv', '4-nitrobenzaldehyde 1.2 equiv')).diagnostics.find((x) => x.rule === 'h2-reducible-group')!.message, /benzyl-type group that 4-nitrobenzaldehyde put on .*; from 4-nitrobenzaldehyde, its nitro group is reduced to an amine\./);
    // H2 with the carbonyl in the pot is still a reductive amination that loses the Cbz group.
    const onePot = t.replace('  add pd\n', '  add pd, ald\n').replace('  add ald\n', '');
    assert.match(analyze(onePot).diagnostics.find((x) => x.rule === 'h2-reducible-group')?.message ?? '', /^The Cbz group of 1-Cbz-1,4-diazepane comes off under H2 over Pd\/C/);
    // Cbz off first, then a 1:1 mono-alkylation: the free diamine (mono-stoichiometry), and the removal is no one-pot reduction.
    const first = 'protocol "x"\ntarget mono\nmode two-step\nscale 2 mmol\nreagent cbz = 1-Cbz-1,4-diazepane 1.0 equiv\nreagent pd = 10% Pd/C 50 mg\nreagent ald = benzaldehyde 1.0 equiv\nreagent acoh = AcOH 1.0 equiv\nreagent stab = NaBH(OAc)3 1.5 equiv\nsolvent MeOH 10 mL\nstep\n  add cbz, pd\n  stir 4 h\n  filter\n  concentrate\nstep\n  solvent DCE 10 mL\n  add ald, acoh\n  stir 1 h\n  add stab\n  stir 16 h\nworkup\n  quench sat. NaHCO3\n  extract DCM x3\n';
    const f = analyze(first).diagnostics;
    assert.deepEqual(f.map((x) => x.rule), ['mono-stoichiometry']);
    assert.match(f[0].message, /H2 over Pd\/C takes the Cbz group off 1-Cbz-1,4-diazepane before the carbonyl goes in: alkylate the Cbz-protected amine first/);
  });

  it('fourth round: TFA written in µL for mL is too little to take the Boc group off, and protected-target says so instead of "Deprotect first"', () => {
    const t = fixture('e29-tfa-ul-slip.rxn');
    const d = analyze(t).diagnostics;
    assert.deepEqual(d.map((x) => x.rule), ['protected-target']);
    assert.equal(d[0].message, 'di-alkylation needs 2 free N–H, but 1-Boc-1,4-diazepane has 1 (one nitrogen is protected), and the acid step after the `isolate` is there to free it on the isolated Boc intermediate: TFA at 0.013 equiv per amine is too little to take the Boc group off — it takes 2 equiv or more (TFA is usually 10–20 equiv, or 20–50 % by volume in DCM); 2 µL is 1000× short of that: µL written for mL?');
    // With 2 mL the Boc group comes off and the route is clean.
    assert.deepEqual(rules(t.replace(/TFA( +)2 µL/, 'TFA$12 mL')), []);
  });

  it('code review: a route in two reactions (alkylate, isolate, alkylate again) checks the second one, one group per isolated product', () => {
    const route = fixture('d01-boc-alkylate-deprotect-alkylate.rxn');
    const short = route.replace('4-fluorobenzaldehyde 1.2 equiv', '4-fluorobenzaldehyde 0.5 equiv').replace('stab2 = NaBH(OAc)3 1.5 equiv', 'stab2 = NaBH(OAc)3 0.5 equiv');
    assert.notEqual(short, route);
    const d = analyze(short).diagnostics.filter((x) => x.rule === 'di-stoichiometry');
    assert.deepEqual(d.map((x) => x.message.split(',')[1].trim()), ['4-fluorobenzaldehyde should be at least 1.0 equiv', 'NaBH(OAc)3 should be at least 1.0 equiv']);
    assert.match(d[0].message, /^In the second reductive amination \(after the `isolate`\)/);
    assert.deepEqual(rules(applyEdits(short, [...d[0].fixes[0].edits, ...d[1].fixes[0].edits])), []);
    assert.deepEqual(rules(route), [], 'the route as written is fine');
  });

  it('third round: only acetone, MEK and 3-pentanone are co-solvents; another small ketone in bulk is a unit slip', () => {
    const at = (ketone: string, scale: number) =>
      `protocol "x"\ntarget mono\nscale ${scale} mmol\nreagent dz = 1-Boc-1,4-diazepane 1.0 equiv\nreagent k = ${ketone}\nreagent s = NaBH(OAc)3 1.5 equiv\nreagent a = AcOH 1.0 equiv\nsolvent DCE 0.2 M\nstep\n  add dz, k, a\n  stir 1 h\n  add s\n  stir 16 h\nworkup\n  quench sat. NaHCO3\n  extract DCM x3\n`;
    const slip = (ketone: string, scale = 5) => analyze(at(ketone, scale)).diagnostics.filter((d) => d.rule === 'amount-mismatch').map((d) => d.message);
    // (The knowledge base has no density for oxetan-3-one: a volume of it needs `density`.)
    assert.deepEqual(slip('oxetan-3-one 534 mL density 1.1'), ['534 mL of oxetan-3-one is 1630 equiv at scale 5 mmol — far more than any protocol uses; 534 µL would be 1.63 equiv: mL written for µL?']);
    assert.deepEqual(slip('oxetan-3-one 360 g'), ['360 g of oxetan-3-one is 999 equiv at scale 5 mmol — far more than any protocol uses; 360 mg would be 1.0 equiv: g written for mg?']);
    for (const k of ['cyclobutanone 350 mL', 'tetrahydrofuran-3-one 430 g', 'tetrahydro-4H-pyran-4-one 500 g']) assert.equal(slip(k).length, 1, k);
    // The co-solvents: 10 mL at 1 mmol is 136 equiv of acetone, and no slip.
    for (const k of ['acetone 10 mL', 'MEK 10 mL', '2-butanone 10 mL', '3-pentanone 10 mL']) assert.deepEqual(slip(k, 1), [], k);
  });
});

