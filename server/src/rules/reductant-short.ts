import { counted, defineRule, equivRange, formatEquiv, monoExcessShortfall, setEquivEdits } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'reductant-short',
  severity: 'warning',
  category: 'chemistry',
  summary: 'The reductant’s equiv is below the total carbonyl equiv.',
  fixes: [{ title: 'Set the reductant to 1.5 × the carbonyl’s equiv', safe: true }],
  check(ctx) {
    const { model } = ctx;
    if (model.target?.degree === 'di') return [];
    const carbonyl = counted(model.carbonyls).reduce((s, r) => s + (r.equiv ?? 0), 0);
    const reductants = counted(model.reductants).filter((r) => r.equiv !== undefined);
    if (carbonyl <= 0 || reductants.length === 0) return [];
    const total = reductants.reduce((s, r) => s + r.equiv!, 0);
    if (total >= carbonyl) return [];
    const r = reductants[0];
    const others = total - r.equiv!;
    const target = Math.max(1.5 * carbonyl - others, 0);
    const edits = setEquivEdits(ctx, r, target);
    let title = `Set '${r.alias}' to ${formatEquiv(target)} equiv`;
    // For mono-alkylation the diazepane must stay in excess over the raised reductant: raise
    // it too, or the fix would leave a mono-stoichiometry error behind.
    const before = monoExcessShortfall(model, carbonyl, total);
    const after = monoExcessShortfall(model, carbonyl, others + target);
    if (after && !before) {
      edits.push(...setEquivEdits(ctx, after.amine, after.target));
      title += ` and '${after.amine.alias}' to ${formatEquiv(after.target)} equiv (to keep it in excess)`;
    }
    const out: Finding[] = [
      {
        range: equivRange(r),
        message: `${formatEquiv(total)} equiv of reductant cannot reduce all of the imine from ${formatEquiv(carbonyl)} equiv of carbonyl; some will stay unreduced. 1.3–1.6 equiv per carbonyl is usual.`,
        fixes: [{ title, edits, safe: true }],
      },
    ];
    return out;
  },
});
