import { defineRule, equivRange, formatEquiv, setEquivEdits } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'di-stoichiometry',
  severity: 'warning',
  category: 'chemistry',
  summary: '`target di` with the carbonyl or the reductant below 2.0 × the amine’s equiv.',
  fixes: [{ title: 'Raise each short reagent to 2.5 × the amine’s equiv', safe: false }],
  check(ctx) {
    const { model } = ctx;
    const amine = model.amine;
    if (model.target?.degree !== 'di' || !amine || amine.equiv === undefined) return [];
    const need = 2.0 * amine.equiv;
    const target = 2.5 * amine.equiv;
    const out: Finding[] = [];
    for (const r of [...model.carbonyls, ...model.reductants]) {
      if (r.equiv === undefined || r.equiv >= need) continue;
      out.push({
        range: equivRange(r),
        message: `For di-alkylation both nitrogens must react, so ${r.name} should be at least ${formatEquiv(need)} equiv (2 × the amine's ${formatEquiv(amine.equiv)}); at ${formatEquiv(r.equiv)} equiv mono-alkylated product will remain. About ${formatEquiv(target)} equiv is typical.`,
        fixes: [{ title: `Raise '${r.alias}' to ${formatEquiv(target)} equiv`, edits: setEquivEdits(ctx, r, target), safe: false }],
      });
    }
    return out;
  },
});
