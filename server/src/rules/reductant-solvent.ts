import { catalystName, CYANO, defineRule, isHydrogenation, kbIs, kbName, NABH4, reductantName, replaceSolventEdit, STAB } from './helpers';
import { isHydrogenationId, lookupById } from '../kb';
import type { Finding } from './types';
import type { SolventState } from '../model/types';

/** Why the solvent does not suit the reductant, in words that are true of that pair. */
function why(id: string, name: string, resin: boolean, s: SolventState, usual: string, cat: string, stabHere: boolean): string {
  const solvent = s.stmt.name.text;
  if (isHydrogenationId(id)) {
    const chlorinated = s.components.some((c) => c.kb && ['dcm', 'dce', 'chcl3'].includes(c.kb.id));
    return chlorinated
      ? `Hydrogenation over ${cat} is normally run in ${usual}; in ${solvent} it is slow, and a chlorinated solvent can give off HCl over the catalyst.`
      : `Hydrogenation over ${cat} is normally run in ${usual}; ${solvent} is a less usual choice for it.`;
  }
  // TFE is no slower: a strong hydrogen-bond donor, it activates the carbonyl and the imine, and
  // NaBH4 in TFE without any catalyst is a published reductive amination (Tajbakhsh et al.).
  // (NaBH4's published method: not a borohydride resin's.)
  // With NaBH(OAc)3 in the same TFE, the solvent is that reagent's problem (stab-protic-solvent), not NaBH4's: one story.
  if (id === 'nabh4' && !resin && stabHere && s.components.some((c) => c.kb?.id === 'tfe'))
    return `NaBH4 is normally used in ${usual}, but ${solvent} suits it too, without acid or other catalyst (a published method): TFE, a strong hydrogen-bond donor, activates the carbonyl and speeds up imine formation. NaBH4 can stay in ${solvent}; it is the NaBH(OAc)3 added to it that does not belong there (see stab-protic-solvent).`;
  if (id === 'nabh4' && !resin && s.components.some((c) => c.kb?.id === 'tfe'))
    return `NaBH4 is normally used in ${usual}; in ${solvent} it works too, without acid or other catalyst (a published method): TFE, a strong hydrogen-bond donor, activates the carbonyl and speeds up imine formation. If that is the method you follow, keep ${solvent} and suppress this note; otherwise`;
  if (s.protic) {
    // iPrOH, water, a mixture: NaBH4 and NaBH3CN work there, only less well for this reaction.
    const water = s.components.some((c) => c.kb?.id === 'water');
    return `${name} is normally used in ${usual}; ${solvent} is a less usual choice for a reductive amination (${water ? 'in water the imine falls apart again' : 'the reduction is slower'}).`;
  }
  // Only the non-polar solvents keep NaBH4 out of solution (DMF, DMSO, diglyme dissolve it).
  const nonPolar = s.components.some((c) => c.kb && ['dcm', 'dce', 'chcl3', 'thf', '2-methf', 'toluene', 'et2o', 'mtbe', 'hexane', 'heptane', 'etoac', 'dioxane'].includes(c.kb.id));
  if (id === 'nabh4' && nonPolar && !resin) return `NaBH4 barely dissolves in ${solvent} and reduces sluggishly there; it is normally used in ${usual}.`;
  if (id === 'nabh4') return `${name} is normally used in ${usual}; ${solvent} is an unusual choice for a reductive amination with it.`;
  return `${name} is normally used in ${usual}, where the iminium forms readily at pH 6–7; ${solvent} is unusual for it.`;
}

export default defineRule({
  id: 'reductant-solvent',
  severity: 'info',
  category: 'chemistry',
  summary: 'NaBH4 or NaBH3CN outside MeOH/EtOH, or a hydrogenation (H2 over Pd/C, Pt/C or PtO2) outside MeOH/EtOH/EtOAc.',
  fixes: [{ title: 'Replace the solvent with the first recommended one', safe: false }],
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Set<SolventState>();
    for (const ra of ctx.model.reductantAdditions) {
      const r = ra.reductant;
      if (!kbIs(r, NABH4, CYANO) && !isHydrogenation(r)) continue;
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
      const usual = names.join(', ').replace(/, ([^,]*)$/, ' or $1');
      // (The TFE note ends "otherwise": the solvent offered completes it.)
      const tfe = r.kb!.id === 'nabh4' && s.components.some((c) => c.kb?.id === 'tfe');
      const consider = tfe && stabHere
        ? ''
        : tfe && offer.length > 0
        ? ` use ${offer[0]}.`
        : stabHere && offer.length === 0
        ? ` ${names[0]} would suit it, but NaBH(OAc)3 also runs in this solvent and a protic one would destroy it: give the ${reductantName(r)} reduction a step of its own in ${names[0]}.`
        : ` Consider ${offer[0] ?? names[0]}.`;
      out.push({
        range: s.stmt.name.range,
        message: `${why(r.kb!.id, reductantName(r), r.kb!.supportOf !== undefined, s, usual, catalystName(ctx.model.reagents.filter((x) => isHydrogenation(x) && x.added.some((ev) => ev.solvent === s))), stabHere)}${consider}`,
        fixes: offer.length && !(tfe && stabHere) ? [{ title: `Replace the solvent with ${offer[0]}`, edits: [replaceSolventEdit(ctx, s, offer[0])], safe: false }] : [],
      });
    }
    return out;
  },
});
