import { CYANO, defineRule, H2PD, kbIs, kbName, NABH4, replaceSolventEdit, STAB } from './helpers';
import { lookupById } from '../kb';
import type { Finding } from './types';
import type { SolventState } from '../model/types';

export default defineRule({
  id: 'reductant-solvent',
  severity: 'info',
  category: 'chemistry',
  summary: 'NaBH4 or NaBH3CN outside MeOH/EtOH, or H2, Pd/C outside MeOH/EtOH/EtOAc.',
  fixes: [{ title: 'Replace the solvent with the first recommended one', safe: false }],
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Set<SolventState>();
    for (const ra of ctx.model.reductantAdditions) {
      const r = ra.reductant;
      if (!kbIs(r, NABH4, CYANO, H2PD)) continue;
      const s = ra.add.solvent;
      if (!s || seen.has(s)) continue;
      const recommended = r.kb!.recommendedSolvents ?? [];
      if (recommended.length === 0) continue;
      if (s.components.some((c) => c.kb && recommended.includes(c.kb.id))) continue;
      seen.add(s);
      const names = recommended.map(kbName);
      // NaBH(OAc)3 added in the same solvent would meet a protic one (stab-protic-solvent): then
      // only an aprotic recommended solvent is offered (EtOAc for H2 over Pd/C), or none.
      const stabHere = ctx.model.reductantAdditions.some((o) => kbIs(o.reductant, STAB) && o.add.solvent === s);
      const offer = stabHere ? recommended.filter((id) => lookupById(id)?.protic === false).map(kbName) : names;
      out.push({
        range: s.stmt.name.range,
        message: `${r.kb!.name} is normally run in ${names.join(', ').replace(/, ([^,]*)$/, ' or $1')}; in ${s.stmt.name.text} it dissolves or works poorly. Consider ${offer[0] ?? names[0]}${stabHere && offer.length === 0 ? ', in a step of its own: NaBH(OAc)3 runs in this solvent too and is destroyed by a protic one' : ''}.`,
        fixes: offer.length ? [{ title: `Replace the solvent with ${offer[0]}`, edits: [replaceSolventEdit(ctx, s, offer[0])], safe: false }] : [],
      });
    }
    return out;
  },
});
