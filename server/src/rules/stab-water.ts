import { defineRule, hydrideInRun, iminiumDemand, isolatedProductEquiv, kbIs, STAB } from './helpers';
import type { Finding } from './types';
import type { Reagent } from '../model/types';

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
    // `NaBH(OAc)3`, or the resin that carries it (`MP-STAB (NaBH(OAc)3 on a resin)`).
    const stab = hydrideInRun(model, STAB);
    // With 2 equiv or more of NaBH(OAc)3 per iminium in formalin's reaction, the loss to its
    // water is allowed for (what the message itself asks): the usual N-methylation in DCE. (After
    // an `isolate`, the iminium is one per isolated product: at most the amine's equiv.)
    // (What does not depend on the formalin line is worked out once: the rule runs on every keystroke.)
    let stabByStage: Map<number, number> | undefined;
    let firstDemand: number | undefined;
    let product: number | undefined;
    const allowedFor = (r: Reagent): boolean => {
      if (!stabByStage) {
        stabByStage = new Map();
        for (const x of model.reductants) {
          if (!kbIs(x, STAB) || x.equiv === undefined) continue;
          for (const stage of new Set(x.added.map((a) => a.stage))) stabByStage.set(stage, (stabByStage.get(stage) ?? 0) + x.equiv);
        }
        firstDemand = iminiumDemand(model);
        product = isolatedProductEquiv(model) ?? Infinity;
      }
      const stab = stabByStage.get(r.added[0].stage) ?? 0;
      const demand = r.laterStage ? Math.min(r.equiv ?? Infinity, product!) : firstDemand!;
      return Number.isFinite(demand) && demand > 0 && stab >= 2 * demand - 1e-9;
    };
    for (const r of model.reagents) {
      if (!r.aqueous || !r.added.some((a) => stabStages.has(a.stage))) continue;
      if (r.kb?.id === 'formalin' && allowedFor(r)) continue;
      out.push({
        range: r.decl.name.range,
        message:
          r.kb?.id === 'formalin'
            ? // Formalin is mostly water: a drying agent cannot take that up.
              `${/^formalin$/i.test(r.name.trim()) ? 'Formalin' : `Formalin (${r.name})`} is mostly water, which decomposes ${stab} and pushes the iminium equilibrium back. Use paraformaldehyde instead, or allow for the loss with 2–3 equiv of ${stab.endsWith(' on a resin)') ? 'the resin' : stab}.`
            : `Water comes into the pot with ${r.name}, and ${stab} is decomposed by it (the water also pushes the imine equilibrium back). Use an anhydrous form of this reagent, or add a drying agent such as 4Å molecular sieves.`,
      });
    }
    return out;
  },
});
