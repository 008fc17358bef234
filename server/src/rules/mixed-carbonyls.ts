import { amineWord, counted, defineRule, formatEquiv, hydrideReductants, proseName, sumEquiv } from './helpers';
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
    if (distinct.size === 1) return afterUnselectiveFirstStage(model, [...distinct.values()][0], bySmiles);
    if (distinct.size < 2) return [];
    const [first, ...rest] = [...distinct.values()];
    const out: Finding[] = rest.map((c) => ({
      range: c.decl.name.range,
      message: `${proseName(c)} and ${proseName(first)} both go onto ${proseName(amine)}, which has ${count(amine.freeNH ?? 2)} free nitrogens: you will get a statistical mixture of products. To put two different groups on the ring, protect one nitrogen (Boc/Cbz), alkylate the other, deprotect, then run the second reductive amination.`,
    }));
    return out;
  },
});

/**
 * "Alkylate, isolate, alkylate" on the free diazepane (not `target mono`, where
 * `mono-stoichiometry` reads the first reaction): the second carbonyl meets the isolated
 * mono-alkylated product, which is one compound only if the first reaction was selective for
 * it — the diazepane in excess over its carbonyl and its reductant, as for any mono-alkylation.
 * Without that excess what is isolated is already the mixture, and a different second carbonyl
 * makes the statistical mixture this rule is about.
 */
function afterUnselectiveFirstStage(model: import('../model/types').Model, first: import('../model/types').Reagent, bySmiles: boolean): Finding[] {
  const amine = model.amine!;
  const equiv = model.amineEquiv;
  if (model.target?.degree === 'mono' || equiv === undefined) return [];
  const firstKey = compoundKey(first, bySmiles);
  const later = model.carbonyls.find((c) => c.added.length > 0 && c.laterStage && compoundKey(c, bySmiles) !== firstKey);
  if (!later) return [];
  const carbonyl = sumEquiv(counted(model.carbonyls));
  const reductant = sumEquiv(hydrideReductants(model.reductants));
  const short = [carbonyl > 0 && equiv <= carbonyl && `${formatEquiv(carbonyl)} equiv of ${proseName(first)}`, reductant > 0 && equiv <= reductant && `${formatEquiv(reductant)} equiv of reductant`].filter(
    (x): x is string => !!x,
  );
  if (short.length === 0) return [];
  return [
    {
      range: later.decl.name.range,
      message:
        `${proseName(later)} goes onto the product isolated from the first reductive amination, but that reaction has ${formatEquiv(equiv)} equiv of ${proseName(amine)} for ${short.join(' and ')}: ` +
        `without an excess of ${amineWord(amine)} both of its nitrogens react there, and the first reaction gives mono- and di-alkylated product and free diamine together: unless the isolation separates them (a poor yield of the mono product at best), ${proseName(later)} then meets all three and gives a mixture of products. ` +
        `Use about ${formatEquiv(2 * Math.max(carbonyl, reductant))} equiv of ${amineWord(amine)} in the first reaction (and wash out the excess), or start from 1-Boc-1,4-diazepane.`,
    },
  ];
}
