import { acidPresent, aliasToken, arylCarbonylOf, CYANO, defineRule, kbIs, PREFORM_IMINE_TITLE, preformImineEdits, proseName, reductantName, STAB } from './helpers';
import type { Finding } from './types';
import type { Model, Reagent } from '../model/types';
import { findInPot } from '../model/model';

/**
 * A ketone whose C=O sits on an aromatic ring (acetophenone, a propiophenone, 4-acetylpyridine):
 * from its SMILES, else from a `…phenone` name.
 */
function arylKetone(r: Reagent): boolean {
  if (r.role !== 'carbonyl' || !r.groups.ketone) return false;
  return arylCarbonylOf(r, (name) => /phenone\b/i.test(name));
}

/** The pot is warmed to 40 °C or more once the amine and the carbonyl have met (the guide's gentle heating). */
function warmed(model: Model): boolean {
  return model.temperatures.some((t) => t.afterMeet && t.celsius !== undefined && t.celsius >= 40);
}

export default defineRule({
  id: 'ketone-one-pot',
  severity: 'info',
  category: 'chemistry',
  summary: 'A ketone, a one-pot addition, and neither an acid nor a dehydrating agent present; an aryl ketone one-pot with a mild hydride at room temperature even with the acid.',
  fixes: [{ title: PREFORM_IMINE_TITLE, safe: false }],
  check(ctx) {
    const out: Finding[] = [];
    for (const ra of ctx.model.reductantAdditions) {
      if (!ra.onePot) continue;
      const ketone = findInPot(ra.add, (r) => r.role === 'carbonyl' && r.groups.ketone);
      if (!ketone || acidPresent(ra.add, ['dehydrating'])) continue;
      if (!acidPresent(ra.add, ['acid'])) {
        out.push({
          range: aliasToken(ra.add.stmt, ra.reductant).range,
          message: `The ketone ${proseName(ketone)} forms the imine far more slowly than an aldehyde, and nothing here (no acid, no drying agent) helps it along. Stir the amine and ketone first (with AcOH or a dehydrating agent such as Ti(OiPr)4 or molecular sieves), then add the reductant.`,
          fixes: ra.add.minutesSinceMeet === 0 ? [{ title: PREFORM_IMINE_TITLE, edits: preformImineEdits(ctx, ra.add.stmt, ra.reductant), safe: false }] : [],
        });
        continue;
      }
      // An aryl ketone with NaBH(OAc)3 (or NaBH3CN) and the acid, one-pot at room temperature: the
      // acid is not enough. The ring's conjugation makes the C=O a poor electrophile, and the
      // iminium forms so slowly that the run crawls and stops part-way. (A stir with AcOH first
      // would not change that, so the pre-forming fix is not offered: the remedy is a dehydrating
      // agent or heat, which is the chemist's choice of amounts and times.)
      const aryl = findInPot(ra.add, arylKetone);
      if (!aryl || !kbIs(ra.reductant, STAB, CYANO) || warmed(ctx.model)) continue;
      out.push({
        range: aliasToken(ra.add.stmt, ra.reductant).range,
        message: `${proseName(aryl)} is an aryl ketone: the ring's conjugation makes its carbonyl a poor electrophile, and even with the acid its iminium forms so slowly that ${reductantName(ra.reductant)} in one pot at room temperature gives a slow reaction that often stops part-way. Form the iminium first with a dehydrating agent (Ti(OiPr)4, or molecular sieves) before the reductant goes in, or warm the reaction to 40–50 °C.`,
        fixes: [],
      });
    }
    return out;
  },
});
