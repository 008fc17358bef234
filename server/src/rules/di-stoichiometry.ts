import { counted, defineRule, isHydrogenation, isolatedProductEquiv, hydrideReductants, equivRange, formatEquiv, proseName, setEquivEdits, sumEquiv } from './helpers';
import type { Finding } from './types';
import type { Reagent } from '../model/types';

export default defineRule({
  id: 'di-stoichiometry',
  severity: 'warning',
  category: 'chemistry',
  summary: '`target di` with the carbonyl or the reductant below 2.0 × the amine’s equiv (`target tri`: below 3.0 ×).',
  fixes: [{ title: 'Raise each short reagent to 2.5 × the amine’s equiv (tri: 3.5 ×)', safe: false }],
  check(ctx) {
    const { model } = ctx;
    const amine = model.amine;
    const amineEquiv = model.amineEquiv;
    const degree = model.target?.degree;
    if ((degree !== 'di' && degree !== 'tri') || !amine || amineEquiv === undefined) return [];
    // A route that alkylates the free nitrogen, isolates, takes the Boc group off and alkylates
    // again puts one group on per stage: the first stage's carbonyl is not short of two.
    // So does one that alkylates the diazepane once (with it in excess), isolates the product
    // and alkylates that again (an N-methylation with formalin after a benzylation): a carbonyl
    // and a reductant after the `isolate` make the second group. What is checked then is that
    // second reaction: one carbonyl and one hydride per equivalent of the isolated product (at
    // most the first reaction's carbonyl, or the amine when that is less).
    const later = (rs: typeof model.carbonyls) => rs.filter((r) => r.laterStage && r.added.length > 0);
    if (amine.deprotection?.later || (later(model.carbonyls).length > 0 && later(model.reductants).length > 0)) {
      const product = isolatedProductEquiv(model)!;
      const out: Finding[] = [];
      for (const group of [later(model.carbonyls), later(model.reductants).filter((r) => !isHydrogenation(r))]) {
        const withEquiv = group.filter((r) => r.equiv !== undefined);
        if (withEquiv.length === 0) continue;
        const total = sumEquiv(withEquiv);
        if (total >= product * 0.99) continue;
        const r = withEquiv[0];
        const raiseTo = 1.5 * product - (total - r.equiv!);
        const what = named(withEquiv);
        out.push({
          range: equivRange(r),
          message: `In the second reductive amination (after the \`isolate\`), ${what} should be at least ${formatEquiv(product)} equiv, one per equivalent of the isolated mono-alkylated product (${formatEquiv(product)} equiv at most); at ${formatEquiv(total)} equiv part of it stays mono-alkylated. About ${formatEquiv(1.5 * product)} equiv is typical.`,
          fixes: [{ title: `Raise '${r.alias}' to ${formatEquiv(raiseTo)} equiv`, edits: setEquivEdits(ctx, r, raiseTo), safe: false }],
        });
      }
      return out;
    }
    // `target tri` asks for three alkylations, one per N–H (DAZA); an amine with fewer is
    // protected-target's to report. (The spec names `di` only: `tri` is the same arithmetic.)
    const n = degree === 'di' ? 2 : 3;
    if (n === 3 && (amine.freeNH ?? 0) < 3) return [];
    const need = n * amineEquiv;
    const target = (n + 0.5) * amineEquiv;
    const out: Finding[] = [];
    // What counts is the total of each role: a carbonyl or a reductant may be declared
    // twice, once per round of additions (as reductant-short and mono-stoichiometry count).
    for (const group of [counted(model.carbonyls), hydrideReductants(model.reductants)]) {
      const withEquiv = group.filter((r) => r.equiv !== undefined);
      if (withEquiv.length === 0) continue;
      const total = sumEquiv(withEquiv);
      if (total >= need) continue;
      const r = withEquiv[0];
      const others = total - r.equiv!;
      const raiseTo = target - others;
      const what = named(withEquiv);
      out.push({
        range: equivRange(r),
        message:
          n === 2
            ? `For di-alkylation both nitrogens must react, so ${what} should be at least ${formatEquiv(need)} equiv (2 × the amine's ${formatEquiv(amineEquiv)}); at ${formatEquiv(total)} equiv mono-alkylated product will remain. About ${formatEquiv(target)} equiv is typical.`
            : `For tri-alkylation all three nitrogens must react, so ${what} should be at least ${formatEquiv(need)} equiv (3 × the amine's ${formatEquiv(amineEquiv)}); at ${formatEquiv(total)} equiv mono- and di-alkylated products will remain. About ${formatEquiv(target)} equiv is typical.`,
        // With other lines of the role, the title says what the total comes to (1.7 alone would
        // read as short of the 2.0 the message asks for).
        fixes: [{ title: `Raise '${r.alias}' to ${formatEquiv(raiseTo)} equiv${others > 0 ? ` (${formatEquiv(target)} equiv in all)` : ''}`, edits: setEquivEdits(ctx, r, raiseTo), safe: false }],
      });
    }
    return out;
  },
});

/** The short reagents as a message names them: the one by name, several by alias with what they are in total. */
function named(rs: readonly Reagent[]): string {
  return rs.length === 1 ? proseName(rs[0]) : `${rs.map((x) => `'${x.alias}'`).join(' + ')} (${rs[0].role === 'carbonyl' ? 'the carbonyl' : 'the reductant'} in total)`;
}
