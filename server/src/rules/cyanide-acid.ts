import { ACOH, CYANO, defineRule, kbIs, renameReagentEdit } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'cyanide-acid',
  severity: 'error',
  category: 'chemistry',
  summary: 'NaBH3CN and a strong acid in the same run: hydrogen cyanide can be released.',
  fixes: [{ title: 'Replace the acid with AcOH', safe: true }],
  check(ctx) {
    const { model } = ctx;
    if (!model.reagents.some((r) => kbIs(r, CYANO) && r.added.length > 0)) return [];
    const out: Finding[] = [];
    for (const acid of model.reagents) {
      if (acid.role !== 'acid' || acid.acidStrength !== 'strong' || acid.added.length === 0) continue;
      out.push({
        range: acid.decl.name.range,
        message: `${acid.name} with NaBH3CN: a strong acid protonates the cyanoborohydride and can release hydrogen cyanide gas. Use AcOH to keep the pH between 4 and 7.`,
        fixes: [{ title: `Replace ${acid.name} with AcOH`, edits: [renameReagentEdit(ctx, acid, ACOH, 1.0)], safe: true }],
      });
    }
    return out;
  },
});
