import { acidPresent, aliasToken, defineRule, PREFORM_IMINE_TITLE, preformImineEdits, proseName } from './helpers';
import type { Finding } from './types';
import { findInPot } from '../model/model';

export default defineRule({
  id: 'ketone-one-pot',
  severity: 'info',
  category: 'chemistry',
  summary: 'A ketone, a one-pot addition, and neither an acid nor a dehydrating agent present.',
  fixes: [{ title: PREFORM_IMINE_TITLE, safe: false }],
  check(ctx) {
    const out: Finding[] = [];
    for (const ra of ctx.model.reductantAdditions) {
      if (!ra.onePot) continue;
      const ketone = findInPot(ra.add, (r) => r.role === 'carbonyl' && r.groups.ketone);
      if (!ketone || acidPresent(ra.add, ['acid', 'dehydrating'])) continue;
      out.push({
        range: aliasToken(ra.add.stmt, ra.reductant).range,
        message: `The ketone ${proseName(ketone)} forms the imine far more slowly than an aldehyde, and nothing here (no acid, no drying agent) helps it along. Stir the amine and ketone first (with AcOH or a dehydrating agent such as Ti(OiPr)4 or molecular sieves), then add the reductant.`,
        fixes: ra.add.minutesSinceMeet === 0 ? [{ title: PREFORM_IMINE_TITLE, edits: preformImineEdits(ctx, ra.add.stmt, ra.reductant), safe: false }] : [],
      });
    }
    return out;
  },
});
