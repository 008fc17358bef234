import { defineRule, proseName } from './helpers';
import { compoundKey } from '../model/model';
import type { Finding } from './types';

const count = (n: number) => (['zero', 'one', 'two', 'three', 'four'][n] ?? String(n));

export default defineRule({
  id: 'mixed-carbonyls',
  severity: 'warning',
  category: 'chemistry',
  summary: 'Two or more different carbonyls are added to an unprotected diazepane in one protocol.',
  fixes: [],
  check({ model }) {
    const amine = model.amine;
    if (!amine || amine.protected || (amine.freeNH ?? 0) < 2 || amine.added.length === 0) return [];
    // (A carbonyl added after an `isolate` meets the isolated product, not this diazepane.)
    const added = model.carbonyls.filter((c) => c.added.length > 0 && !c.laterStage);
    const distinct = new Map<string, (typeof added)[number]>();
    // Molecules are compared by structure only when a SMILES was written (openchemlib is then
    // loaded anyway): a known name and the same molecule drawn are one carbonyl.
    const bySmiles = added.some((c) => c.smiles);
    for (const c of added) {
      // One carbonyl under two names is still one (the same entry, the same molecule drawn,
      // formaldehyde in any of its forms).
      const key = compoundKey(c, bySmiles);
      if (!distinct.has(key)) distinct.set(key, c);
    }
    if (distinct.size < 2) return [];
    const [first, ...rest] = [...distinct.values()];
    const out: Finding[] = rest.map((c) => ({
      range: c.decl.name.range,
      message: `${proseName(c)} and ${proseName(first)} both go onto ${proseName(amine)}, which has ${count(amine.freeNH ?? 2)} free nitrogens: you will get a statistical mixture of products. To put two different groups on the ring, protect one nitrogen (Boc/Cbz), alkylate the other, deprotect, then run the second reductive amination.`,
    }));
    return out;
  },
});
