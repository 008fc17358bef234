import { acidOrTiCandidates, reductantName, acidPresent, acidToAdd, addAcidEdits, addedOnlyAfter, aliasToken, CYANO, defineRule, kbIs, solventBrings, STAB, tiActivator, undeclaredInPot } from './helpers';
import { potHolds } from '../model/model';
import type { Finding } from './types';

/** A strong acid that the procedure adds only after this reductant. */
function strongAcidLater(ctx: Parameters<typeof acidToAdd>[0], ra: NonNullable<Parameters<typeof acidToAdd>[1]>): boolean {
  return ctx.model.reagents.some((r) => r.role === 'acid' && r.acidStrength === 'strong' && addedOnlyAfter(r, ra));
}

export default defineRule({
  id: 'missing-acid',
  severity: 'warning',
  category: 'chemistry',
  summary: 'NaBH(OAc)3 or NaBH3CN is used without an acid to catalyse imine formation.',
  fixes: [{ title: 'Add 1.0 equiv AcOH after the carbonyl', safe: true }],
  check(ctx) {
    const out: Finding[] = [];
    // What could bring an acid (or Ti) into a pot, found once: `acidPresent` and `tiActivator`
    // walk the whole pot when it has none, and at every addition of a protocol with thousands of
    // NaBH(OAc)3 additions and no acid that was quadratic. A pot without any of these has an
    // acid only from its solvent.
    const candidates = acidOrTiCandidates(ctx.model);
    for (const ra of ctx.model.reductantAdditions) {
      if (!kbIs(ra.reductant, STAB, CYANO)) continue;
      if (!candidates.some((r) => potHolds(ra.add, r))) {
        if (solventBrings(ra.add)) continue;
      } else {
        if (acidPresent(ra.add)) continue;
        // Ti(OiPr)4 or Ti(OEt)4 (the titanium method) activates the carbonyl as a Lewis acid: no AcOH needed.
        if (tiActivator(ra.add)) continue;
      }
      const acid = acidToAdd(ctx, ra);
      out.push({
        range: aliasToken(ra.add.stmt, ra.reductant).range,
        message: `No acid is in the pot when ${reductantName(ra.reductant)} goes in. Iminium formation is acid-catalysed, and these mild hydrides reduce the iminium much faster than the carbonyl: reactive aldehydes often manage without, but ketones and slow aldehydes need it. 1–2 equiv of AcOH is the usual remedy for a slow or incomplete reaction.`,
        // (Worked out when asked for: moving an acid added too late reads every `add` line.)
        fixes: () => [
          {
            title: acid.late
              ? `Add '${acid.alias}' (${acid.declared!.name}) right after the carbonyl, not after the reductant`
              : acid.declared
                ? `Add '${acid.alias}' (${acid.declared.name}, declared but never added) right after the carbonyl`
                : 'Add 1.0 equiv AcOH right after the carbonyl',
            edits: addAcidEdits(ctx, ra, acid),
            // An undeclared alias in the pot may be the acid: then adding one more is not safe.
            // Nor while a strong acid goes in after the reductant: another rule turns it into AcOH
            // (cyanide-acid, acid-too-strong), and "Fix all" then moves that one in the next pass
            // instead of declaring a second AcOH beside it.
            safe: !undeclaredInPot(ctx, ra) && !strongAcidLater(ctx, ra),
          },
        ],
      });
    }
    return out;
  },
});
