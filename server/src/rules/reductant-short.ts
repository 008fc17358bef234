import { alkylationsPerAmine, counted, iminiumDemand, CYANO, slippedReagents, defineRule, hydrideReductants, equivRange, formatEquiv, kbIs, NABH4, raiseToStayInExcess, reachesEquiv, setAmineEquivEdits, setEquivEdits, sumEquiv } from './helpers';
import type { Finding } from './types';
import type { TextEdit } from '../types';

export default defineRule({
  id: 'reductant-short',
  severity: 'warning',
  category: 'chemistry',
  summary: 'Less reductant than the carbonyl that can react: the total carbonyl equiv, capped at what the amine can take.',
  fixes: [{ title: 'Set the reductant to 1.5 × the carbonyl’s equiv', safe: true }],
  check(ctx) {
    const { model } = ctx;
    if (model.target?.degree === 'di') return [];
    const carbonyl = sumEquiv(counted(model.carbonyls));
    const reductants = hydrideReductants(model.reductants).filter((r) => r.equiv !== undefined);
    if (carbonyl <= 0 || reductants.length === 0) return [];
    const total = sumEquiv(reductants);
    // The iminium that can form is capped by the amine as well as by the carbonyl.
    const demand = iminiumDemand(model);
    const amine = model.amine;
    const perAmine = alkylationsPerAmine(model);
    // Weighed amounts come out a hair off the round number (601 mg of Boc-diazepane at 3 mmol
    // is 1.0003 equiv): within 1 % the reductant matches the demand, as the message would print
    // both as 1.0.
    if (reachesEquiv(total, demand)) return [];
    const r = reductants[0];
    const want = 1.5 * demand;
    let edits: TextEdit[];
    let title: string;
    let newTotal: number;
    if (reductants.length > 1 && total > 0) {
      // Portions (`stab1`, `stab2` for rounds of a DAZA alkylation): each grows in proportion,
      // so the split the author chose stays, rather than all the hydride going into round one.
      const factor = want / total;
      // What is written (rounded as a chemist writes it) is what the other rules will read.
      const each = reductants.map((x) => Number(formatEquiv(x.equiv! * factor)));
      edits = reductants.flatMap((x, i) => setEquivEdits(ctx, x, each[i]));
      newTotal = each.reduce((a, b) => a + b, 0);
      title = `Raise the reductant to ${formatEquiv(want)} equiv in total (${reductants.map((x, i) => `'${x.alias}' to ${formatEquiv(each[i])}`).join(', ')})`;
    } else {
      const target = Number(formatEquiv(Math.max(want - (total - r.equiv!), 0)));
      edits = setEquivEdits(ctx, r, target);
      newTotal = total - r.equiv! + target;
      title = `Set '${r.alias}' to ${formatEquiv(target)} equiv`;
    }
    // For mono-alkylation the diazepane must stay in excess over the raised reductant: raise
    // it too, or the fix would leave a mono-stoichiometry error behind.
    const after = raiseToStayInExcess(model, total, newTotal);
    let safe = true;
    if (after) {
      const raised = setAmineEquivEdits(ctx, after.amine, after.target);
      edits.push(...raised.edits);
      // A diazepane marked `limiting` is what you have 1.0 equiv of: raising it is your call.
      if (after.amine.limiting) safe = false;
      title += ` and '${after.amine.alias}' to ${formatEquiv(after.target)} equiv (to keep it in excess)${raised.title}`;
    }
    // NaBH3CN at half an equivalent or more may be a literature charge (Mattson's Ti(OiPr)4
    // procedure uses 0.67 equiv): raising a toxic reagent is the chemist's call, not "Fix all"'s.
    const cyano = reductants.some((x) => kbIs(x, CYANO)) && total >= 0.5 * demand;
    if (cyano) safe = false;
    // An amount that is a unit slip (`benzaldehyde 534 mL`) is no measure to scale the hydride to.
    if (slippedReagents(model).size > 0) safe = false;
    const out: Finding[] = [
      {
        range: equivRange(r),
        message:
          (demand < carbonyl
            ? `${formatEquiv(total)} equiv of reductant is less than the iminium that can form: up to ${formatEquiv(demand)} equiv (${formatEquiv(model.amineEquiv!)} equiv of ${amine!.kb?.name ?? amine!.name}, ${perAmine} N–H to alkylate, with ${formatEquiv(carbonyl)} equiv of carbonyl). `
            : `${formatEquiv(total)} equiv of reductant is less than the ${formatEquiv(carbonyl)} equiv of carbonyl. `) +
          // NaBH4 carries four hydrides: what runs short is the reagent methanol eats as it works.
          (reductants.every((x) => kbIs(x, NABH4))
            ? 'NaBH4 carries four hydrides, but it is consumed as it works (by the solvent, water and acid): one equivalent or more per iminium (1.3–1.6) is the usual charge.'
            : 'Short of one equivalent per iminium the reduction is likely to stop before the end, since part of the hydride is lost to the solvent, water and acid; 1.3–1.6 equiv per iminium is usual.') +
          (cyano ? ' (Some NaBH3CN procedures, such as the Ti(OiPr)4 one, use 0.5–0.7 equiv on purpose: if yours follows one, keep it.)' : ''),
        fixes: [{ title, edits, safe }],
      },
    ];
    return out;
  },
});
