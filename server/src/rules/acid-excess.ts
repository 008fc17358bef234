import { ACOH, defineRule, kbIs, setEquivEdits } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'acid-excess',
  severity: 'info',
  category: 'chemistry',
  summary: 'AcOH above 2.0 equiv (when it is a reagent, not the solvent).',
  fixes: [{ title: 'Set AcOH to 1.0 equiv', safe: false }],
  check(ctx) {
    const out: Finding[] = [];
    for (const r of ctx.model.reagents) {
      if (!kbIs(r, ACOH) || r.equiv === undefined || r.equiv <= 2.0) continue;
      out.push({
        range: r.equivQ?.range ?? r.decl.name.range,
        message: `${Math.round(r.equiv * 100) / 100} equiv of AcOH is more than the 1–2 equiv that catalyses imine formation; the extra acid protonates more of the amine and slows the reaction. 1.0 equiv is a good start.`,
        fixes: [{ title: 'Set AcOH to 1.0 equiv', edits: setEquivEdits(ctx, r, 1.0), safe: false }],
      });
    }
    return out;
  },
});
