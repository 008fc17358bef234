import { defineRule, equivRange, formatEquiv, renameReagentEdit, setEquivEdits } from './helpers';
import type { Finding } from './types';
import type { Reagent } from '../model/types';

const sumEquiv = (rs: Reagent[]) => rs.reduce((s, r) => s + (r.equiv ?? 0), 0);

export default defineRule({
  id: 'mono-stoichiometry',
  severity: 'error',
  category: 'chemistry',
  summary: '`target mono` with an unprotected diazepane that is not in excess over the carbonyl and the reductant.',
  fixes: [
    { title: 'Set the amine to 2 × max(carbonyl, reductant) equiv', safe: true },
    { title: 'Switch to 1-Boc-1,4-diazepane', safe: false },
  ],
  check(ctx) {
    const { model } = ctx;
    const amine = model.amine;
    if (model.target?.degree !== 'mono' || !amine || amine.protected || (amine.freeNH ?? 0) < 2 || amine.equiv === undefined) return [];
    const carbonyl = sumEquiv(model.carbonyls.filter((r) => r.equiv !== undefined));
    const reductant = sumEquiv(model.reductants.filter((r) => r.equiv !== undefined));
    const short = [carbonyl > 0 && amine.equiv <= carbonyl && 'the carbonyl', reductant > 0 && amine.equiv <= reductant && 'the reductant'].filter(Boolean);
    if (short.length === 0) return [];
    const target = 2 * Math.max(carbonyl, reductant);
    const fixes = [{ title: `Set '${amine.alias}' to ${formatEquiv(target)} equiv`, edits: setEquivEdits(ctx, amine, target), safe: true, preferred: true }];
    if (/^1,4-diazepane$|^homopiperazine$/i.test(amine.kb?.name ?? amine.name))
      fixes.push({ title: 'Switch to 1-Boc-1,4-diazepane (one nitrogen protected)', edits: [renameReagentEdit(ctx, amine, '1-Boc-1,4-diazepane')], safe: false, preferred: false });
    const result: Finding[] = [
      {
        range: equivRange(amine),
        message: `For mono-alkylation the diazepane must be in excess, but ${formatEquiv(amine.equiv)} equiv is not more than ${short.join(' and ')} (${formatEquiv(carbonyl)} / ${formatEquiv(reductant)} equiv): both nitrogens react and you get mono/di mixtures. Use about ${formatEquiv(target)} equiv of the diazepane, or a mono-Boc-protected one.`,
        fixes,
      },
    ];
    return result;
  },
});
