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
    // Per role, not per declaration: a carbonyl declared twice and added in two rounds
    // (`add ov1` … `add ov2`) is already added stepwise.
    for (const group of [model.carbonyls, model.reductants]) {
      const adds = new Set(group.flatMap((r) => r.added));
      if (adds.size !== 1) continue;
      const ev = [...adds][0];
      const add = ev.stmt;
      if (add.manner && (add.manner.kind === 'portions' || add.manner.kind === 'portionwise')) continue;
      const r = group.find((x) => x.added.includes(ev))!;
      out.push({
        range: aliasToken(add, r).range,
        message: `All of ${r.name} goes in at once. For the tri-alkylation of DAZA, adding the aldehyde and the reductant in portions (e.g. \`add ${r.alias} in 3 portions\`, or several add/stir rounds) gives more of the tri-alkylated product.`,
      });
    }
    return out;
  },
});
