/**
 * Follow-ups to the round-8 real protocols (2026-11-27): what a chemist saw that was false or
 * unhelpful, each case as the user sees it (the diagnostics, a fix's text, `rxn amounts`).
 */
import { strict as assert } from 'node:assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { amountsText } from '../../server/src/cli/amounts';
import { analyze, applyEdits } from '../../server/src/engine';
import { inlayHints } from '../../server/src/features/inlayHints';
import { lookup } from '../../server/src/kb';
import { amountsTable } from '../../server/src/model/amounts';

const rules = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
const msg = (t: string, rule: string) => analyze(t).diagnostics.find((d) => d.rule === rule)?.message;

function boc(stepLines: string): string {
  return `protocol "t"
target mono
scale 1 mmol
reagent amine = 1-Boc-1,4-diazepane 1.0 equiv
reagent ald = benzaldehyde 1.1 equiv
reagent acid = AcOH 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M
step
${stepLines}
workup
  quench sat. NaHCO3
  extract DCM
  concentrate
`;
}

describe('follow-ups to the round-8 protocols', () => {
  describe('an `add` line with trailing junk still puts its reagents in', () => {
    it('`add acid, then stir 5 min`: the syntax error, and no false missing-acid', () => {
      const t = boc('  add amine, ald\n  add acid, then stir 5 min\n  add stab\n  stir 16 h');
      const d = analyze(t).diagnostics;
      assert.deepEqual(d.map((x) => x.rule), ['syntax-error']);
      // (Since notebook round 4 the message says the second statement goes on a line of its own.)
      assert.match(d[0].message, /^One statement per line: put `stir 5 min` on a line of its own/);
      assert.equal(d[0].range.start.line, 10);
    });

    it('`add acid dropwse`: the misspelt manner is the only diagnostic', () => {
      assert.deepEqual(rules(boc('  add amine, ald\n  add acid dropwse\n  add stab\n  stir 16 h')), ['syntax-error']);
    });

    it('the reagents read count as the add they are: a reductant added that way is one-pot with its carbonyl', () => {
      // amine and aldehyde on the line that does not read: the reductant with them is one-pot,
      // so mode two-step is contradicted as for the line written correctly.
      const bad = boc('  add amine, ald, acid, stab at rt, then stir 16 h').replace('target mono', 'target mono\nmode two-step');
      const good = boc('  add amine, ald, acid, stab at rt\n  stir 16 h').replace('target mono', 'target mono\nmode two-step');
      assert.ok(rules(good).includes('mode-mismatch'));
      assert.deepEqual(rules(bad).sort(), ['mode-mismatch', 'syntax-error']);
    });

    it('a word of the prose that is no declared alias (`then`) is not reported as an undeclared reagent', () => {
      const r = rules(boc('  add amine, ald\n  add acid, then stir 5 min\n  add stab\n  stir 16 h'));
      assert.ok(!r.includes('undeclared-reagent'));
      assert.ok(!r.includes('unused-reagent'));
    });

    it('a `stir` line that does not read is unchanged: it lets time pass, and adds nothing', () => {
      const t = boc('  add amine, ald, acid\n  stir 1 hrz\n  add stab\n  stir 16 h').replace('target mono', 'target mono\nmode two-step');
      assert.deepEqual(rules(t), ['invalid-quantity']);
    });
  });
  describe('unknown-reagent offers the spelling the chemist nearly typed', () => {
    const t = boc('  add amine, ald, acid\n  add stab\n  stir 16 h').replace('1-Boc-1,4-diazepane', 'homopiperazien');
    it('`homopiperazien`: "Did you mean \'homopiperazine\'?", and the fix writes that', () => {
      const d = analyze(t).diagnostics.find((x) => x.rule === 'unknown-reagent')!;
      assert.match(d.message, /Did you mean 'homopiperazine'\?/);
      assert.doesNotMatch(d.message, /1,4-diazepane/);
      const fixed = applyEdits(t, d.fixes[0].edits);
      assert.match(fixed, /reagent amine = homopiperazine 1\.0 equiv/);
      // The name written is the knowledge base's 1,4-diazepane: the check now knows the amine.
      assert.equal(analyze(fixed).model.amine?.kb?.id, lookup('1,4-diazepane')!.id);
    });
    it('missing-component names the same spelling', () => {
      assert.match(msg(t, 'missing-component')!, /is close to 'homopiperazine', an amine/);
    });
    it('a misspelt canonical name is still offered the canonical name', () => {
      const d = analyze(boc('  add amine, ald, acid\n  add stab\n  stir 16 h').replace('benzaldehyde', 'benzaldehyd')).diagnostics.find((x) => x.rule === 'unknown-reagent')!;
      assert.match(d.message, /Did you mean 'benzaldehyde'\?/);
    });
  });

  describe('a scale of a mole or more is shown in mol', () => {
    const t = boc('  add amine, ald, acid\n  add stab\n  stir 16 h').replace('scale 1 mmol', 'scale 4.99 mol');
    it('`rxn amounts` heads the table "(scale 4.99 mol)", not "(scale 4990 mmol)"', () => {
      const text = amountsText('p.rxn', 't', amountsTable(analyze(t).model), false);
      assert.match(text.split('\n')[0], /\(scale 4\.99 mol\)$/);
    });
    it('the inlay hints\' tooltips say "× 4.99 mol (scale)" and "Solvent volume for 4.99 mol"', () => {
      const hints = inlayHints(analyze(t));
      const tips = hints.map((h) => (h.tooltip as MarkupContent).value).join('\n');
      assert.match(tips, /1\.0 equiv × 4\.99 mol \(scale\)/);
      assert.match(tips, /Solvent volume for 4\.99 mol \(scale\)/);
      assert.doesNotMatch(tips, /4990 mmol/);
    });
    it('a scale under a mole stays in mmol', () => {
      const text = amountsText('p.rxn', 't', amountsTable(analyze(t.replace('scale 4.99 mol', 'scale 999 mmol')).model), false);
      assert.match(text.split('\n')[0], /\(scale 999 mmol\)$/);
    });
  });

  describe('knowledge base: 3-fluorobenzaldehyde, 2-adamantanone, quinoline-3-carbaldehyde, CPME', () => {
    const withNames = (a1: string, solvent = 'DCE') =>
      boc('  add amine, ald, acid\n  add stab\n  stir 16 h').replace('reagent ald = benzaldehyde', `reagent ald = ${a1}`).replace('solvent DCE', `solvent ${solvent}`);
    for (const [name, mw, mass] of [
      ['3-fluorobenzaldehyde', '124.11', '137 mg'],
      ['2-adamantanone', '150.22', '165 mg'],
      ['quinoline-3-carbaldehyde', '157.17', '173 mg'],
    ] as const) {
      it(`${name}: \`rxn amounts\` gives MW ${mw} and ${mass} for 1.1 mmol`, () => {
        const text = amountsText('p.rxn', 't', amountsTable(analyze(withNames(name)).model), false);
        const row = text.split('\n').find((l) => l.startsWith('ald '))!;
        assert.match(row, new RegExp(`${mw.replace('.', '\\.')}\\s+${mass}`));
        assert.doesNotMatch(text, /no molecular weight/);
      });
    }
    it('3-fluorobenzaldehyde is a liquid measured by volume (1.174 g/mL: 116 µL)', () => {
      const text = amountsText('p.rxn', 't', amountsTable(analyze(withNames('3-fluorobenzaldehyde')).model), false);
      assert.match(text.split('\n').find((l) => l.startsWith('ald '))!, /137 mg\s+116 µL$/);
      assert.equal(lookup('m-fluorobenzaldehyde')?.id, '3-fluorobenzaldehyde');
    });
    it('2-adamantanone is a ketone (ketone-one-pot applies), quinoline-3-carboxaldehyde an aldehyde', () => {
      assert.equal(lookup('adamantan-2-one')?.groups?.ketone, true);
      assert.equal(lookup('quinoline-3-carboxaldehyde')?.groups?.aldehyde, true);
      assert.equal(lookup('quinoline-3-carboxaldehyde')?.groups?.freeNH, 0);
    });
    it('CPME is a known aprotic solvent: no unknown-reagent, and NaBH(OAc)3 in it is fine', () => {
      const r = analyze(withNames('benzaldehyde', 'CPME'));
      assert.ok(!r.diagnostics.some((d) => d.rule === 'unknown-reagent' || d.rule === 'stab-protic-solvent'), r.diagnostics.map((d) => d.message).join('\n'));
      const e = lookup('cyclopentyl methyl ether')!;
      assert.equal(e.id, 'cpme');
      assert.equal(e.protic, false);
      assert.equal(e.boilingPointC, 106);
      assert.equal(e.density, 0.86);
    });
  });

  describe('`target di` on an amine with one N–H: the demand follows what the amine can do', () => {
    const t = `protocol "N-methylation"
target di
scale 1 mmol
reagent amine = 1-(4-chlorobenzyl)-1,4-diazepane 1.0 equiv
reagent hcho = formalin 1.2 equiv
reagent stab = NaBH(OAc)3 2.0 equiv
solvent DCE 0.2 M
step
  add amine, hcho
  add stab
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM
  concentrate
`;
    it('protected-target says the target is wrong; stab-water does not ask for the 2.0 equiv already there', () => {
      const r = rules(t);
      assert.ok(r.includes('protected-target'));
      assert.ok(!r.includes('stab-water'), r.join(', '));
    });
    it('under 2 equiv per iminium the water warning stays', () => {
      assert.match(msg(t.replace('NaBH(OAc)3 2.0 equiv', 'NaBH(OAc)3 1.5 equiv'), 'stab-water')!, /allow for the loss with 2–3 equiv/);
    });
    it('`target tri` on 1-Boc-1,4-diazepane: reductant-short counts the one N–H, not three', () => {
      const tri = boc('  add amine, ald, acid\n  add stab\n  stir 16 h').replace('target mono', 'target tri').replace('benzaldehyde 1.1 equiv', 'benzaldehyde 3.0 equiv').replace('NaBH(OAc)3 1.5 equiv', 'NaBH(OAc)3 1.2 equiv');
      const r = rules(tri);
      assert.ok(r.includes('protected-target'));
      assert.ok(!r.includes('reductant-short'), r.join(', '));
    });
  });
});
