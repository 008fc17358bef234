import { aliasToken, defineRule } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'stepwise-addition',
  severity: 'info',
  category: 'chemistry',
  summary: '`target tri` with DAZA and all of the carbonyl or all of the reductant added at once.',
  fixes: [],
  check({ model }) {
    const amine = model.amine;
    const isDaza = !!amine && (/diazepan-6-amine|daza/i.test(amine.kb?.name ?? amine.name) || (amine.freeNH ?? 0) >= 3);
    if (model.target?.degree !== 'tri' || !isDaza) return [];
    const out: Finding[] = [];
    for (const r of [...model.carbonyls, ...model.reductants]) {
      if (r.added.length !== 1) continue;
      const add = r.added[0].stmt;
      if (add.manner && (add.manner.kind === 'portions' || add.manner.kind === 'portionwise')) continue;
      out.push({
        range: aliasToken(add, r).range,
        message: `All of ${r.name} goes in at once. For the tri-alkylation of DAZA, adding the aldehyde and the reductant in portions (e.g. \`add ${r.alias} in 3 portions\`, or several add/stir rounds) gives more of the tri-alkylated product.`,
      });
    }
    return out;
  },
});
