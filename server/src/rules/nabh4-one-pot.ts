import {
  acidPresent,
  acidToAdd,
  addAcidEdits,
  aliasToken,
  defineRule,
  formatEquiv,
  kbIs,
  NABH4,
  PREFORM_IMINE_TITLE,
  preformImineEdits,
  proticSolventsFor,
  replaceSolventEdit,
  setAmineEquivEdits,
  STAB,
  switchAmount,
  switchReagentEdits,
  alcoholSolutionInRun,
  tiActivator,
  undeclaredInPot,
  reductantOnResin,
} from './helpers';
import type { Finding } from './types';
import type { Reagent, ReductantAddition } from '../model/types';
import type { TextEdit } from '../types';

export default defineRule({
  id: 'nabh4-one-pot',
  severity: 'error',
  category: 'chemistry',
  summary: 'NaBH4 goes in one-pot with the carbonyl: it reduces the aldehyde or ketone to the alcohol before the imine forms.',
  fixes: [
    { title: 'Switch to NaBH(OAc)3 (and DCE if the solvent is protic)', safe: true },
    { title: PREFORM_IMINE_TITLE, safe: false },
  ],
  check(ctx) {
    const out: Finding[] = [];
    // The switch is the same for every one-pot addition of a reagent: built once, from its
    // first one-pot addition, when the fixes are first read (moving an acid added too late
    // reads every `add` line of the document), and shared.
    const switches = new Map<Reagent, { title: string; edits: TextEdit[]; safe: boolean }>();
    const firstAddition = new Map<Reagent, ReductantAddition>();
    const switchOf = (r: Reagent): { title: string; edits: TextEdit[]; safe: boolean } => {
      let sw = switches.get(r);
      if (sw) return sw;
      const ra = firstAddition.get(r)!;
      const protic = proticSolventsFor(ctx.model, r.added);
      // Switching the solvent is safe only if no other reductant's addition runs in it (a
      // DAZA run with a second NaBH4 round in the same MeOH): then it is the chemist's call.
      const inProtic = new Set(protic);
      const shared = protic.length > 0 && ctx.model.reductantAdditions.some((o) => o.reductant !== r && o.add.solvent !== undefined && inProtic.has(o.add.solvent));
      // NaBH(OAc)3 wants its acid (else a missing-acid warning follows the switch): the
      // acid the table declares but no step adds, else 1.0 equiv AcOH, in the same fix.
      const needsAcid = !acidPresent(ra.add) && !tiActivator(ra.add);
      const acid = needsAcid ? acidToAdd(ctx, ra) : undefined;
      // Water brought in with a reagent (formalin) destroys NaBH(OAc)3: the switch is then
      // not one to make without thinking (paraformaldehyde, or pre-forming the imine). Any
      // water the run adds counts, before or after the hydride, as for stab-water.
      const aqueous = ctx.model.reagents.some((x) => x.aqueous && x.added.length > 0);
      // Without an amount NaBH(OAc)3 gets what the iminium needs (2.5 × the amine for di):
      // for mono-alkylation the diazepane must stay in excess over it (as reductant-short
      // keeps it), else a mono-stoichiometry error follows.
      const { fallback, raise } = switchAmount(ctx.model, r);
      const raised = raise ? setAmineEquivEdits(ctx, raise.amine, raise.target) : undefined;
      sw = {
        title:
          `Switch '${r.alias}' to NaBH(OAc)3${protic.length ? ' in DCE' : ''}${acid ? (acid.late ? `, with '${acid.alias}' moved before it` : acid.declared ? `, adding '${acid.alias}'` : ', with 1.0 equiv AcOH') : ''}` +
          (raise ? ` and '${raise.amine.alias}' to ${formatEquiv(raise.target)} equiv (to keep it in excess)${raised!.title}` : ''),
        edits: [
          ...switchReagentEdits(ctx, r, STAB, 'stab', { fallbackEquiv: fallback }),
          ...protic.map((s) => replaceSolventEdit(ctx, s, 'DCE')),
          ...(acid ? addAcidEdits(ctx, ra, acid) : []),
          ...(raised?.edits ?? []),
        ],
        // A header that says two-step declares the NaBH4 route (imine first): the stir is what
        // is missing, and replacing the reductant is the chemist's call, not Fix all's.
        // (A diazepane marked `limiting` is what 1.0 equiv means: raising it is the chemist's call.)
        safe: !shared && !aqueous && !(acid && undeclaredInPot(ctx, ra)) && ctx.model.mode?.mode !== 'two-step' && !raise?.amine.limiting,
      };
      switches.set(r, sw);
      return sw;
    };
    for (const ra of ctx.model.reductantAdditions) {
      if (!ra.onePot || !kbIs(ra.reductant, NABH4)) continue;
      const r = ra.reductant;
      if (!firstAddition.has(r)) firstAddition.set(r, ra);
      const twoStep = ctx.model.mode?.mode === 'two-step';
      // NaBD4 is there for its deuterium: NaBH(OAc)3 would make the unlabelled product, so the
      // imine is pre-formed instead.
      const labelled = r.kb?.labelOf !== undefined;
      const fixes = () => {
        // A reagent dosed in MeOH would stay in NaBH(OAc)3's pot after the switch: not offered then.
        // (Nor for NaBH4 on a resin: NaBH(OAc)3 would drop the resin's filtration work-up.)
        const noSwitch = labelled || r.kb?.supportOf !== undefined || alcoholSolutionInRun(ctx.model) !== undefined;
        const list: { title: string; edits: TextEdit[]; safe: boolean; preferred: boolean }[] = [];
        if (!noSwitch) {
          const sw = switchOf(r);
          list.push({ title: sw.title, edits: sw.edits, safe: sw.safe, preferred: !twoStep });
        }
        if (ra.add.minutesSinceMeet === 0) {
          const preform = { title: PREFORM_IMINE_TITLE, edits: preformImineEdits(ctx, ra.add.stmt, r), safe: false, preferred: twoStep || noSwitch };
          if (twoStep) list.unshift(preform);
          else list.push(preform);
        }
        return list;
      };
      // Where the amine met the carbonyl, when that is an earlier line (nothing lets time pass in between).
      const meeting = ctx.model.adds.find((ev) => ev.minutesSinceMeet === 0 && ev.index <= ra.add.index);
      out.push({
        range: aliasToken(ra.add.stmt, r).range,
        related: meeting && meeting.stmt.line !== ra.add.stmt.line ? [{ range: meeting.stmt.range, message: 'the amine meets the carbonyl here, with no time for the imine before the reductant' }] : [],
        message: labelled
          ? `${r.kb!.name} is added while the carbonyl has had no time to form the imine with the amine: like NaBH4 it reduces aldehydes and ketones quickly, so much of the carbonyl ends up as the (deuterated) alcohol. Stir the amine and carbonyl first (or check the imine by NMR or LCMS) and add ${r.kb!.name} afterwards.`
          : r.kb?.supportOf
          ? `${reductantOnResin(r)} is added while the carbonyl has had no time to form the imine with the amine: like NaBH4 it reduces aldehydes and ketones quickly, so much of the carbonyl ends up as the alcohol. Use MP-triacetoxyborohydride, which leaves the carbonyl alone, or stir the amine and carbonyl first and add the resin afterwards.`
          : 'NaBH4 is added while the carbonyl has had no time to form the imine with the amine: NaBH4 reduces aldehydes and ketones quickly, so much of the carbonyl ends up as the alcohol. ' +
            'Use NaBH(OAc)3, which leaves the carbonyl alone and reduces the iminium as it forms, or stir the amine and carbonyl first and add NaBH4 afterwards.',
        fixes,
      });
    }
    return out;
  },
});
