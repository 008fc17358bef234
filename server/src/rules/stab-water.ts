import { defineRule, kbIs, STAB } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'stab-water',
  severity: 'warning',
  category: 'chemistry',
  summary: 'NaBH(OAc)3 is used and water gets into the pot with an aqueous reagent (aq., formalin, % in water).',
  fixes: [],
  check({ model }) {
    // Water matters in the pot that holds NaBH(OAc)3: not formalin for an N-methylation with
    // NaBH3CN after an `isolate`, when the hydride was used in the first reaction only.
    const stabStages = new Set(model.reductantAdditions.filter((ra) => kbIs(ra.reductant, STAB)).map((ra) => ra.add.stage));
    if (stabStages.size === 0) return [];
    const out: Finding[] = [];
    for (const r of model.reagents) {
      if (!r.aqueous || !r.added.some((a) => stabStages.has(a.stage))) continue;
      out.push({
        range: r.decl.name.range,
        message:
          r.kb?.id === 'formalin'
            ? // Formalin is mostly water: a drying agent cannot take that up.
              `${/^formalin$/i.test(r.name.trim()) ? 'Formalin' : `Formalin (${r.name})`} is mostly water, which decomposes NaBH(OAc)3 and pushes the iminium equilibrium back. Use paraformaldehyde instead, or allow for the loss with 2–3 equiv of NaBH(OAc)3.`
            : `Water comes into the pot with ${r.name}, and NaBH(OAc)3 is decomposed by it (the water also pushes the imine equilibrium back). Use an anhydrous form of this reagent, or add a drying agent such as 4Å molecular sieves.`,
      });
    }
    return out;
  },
});
