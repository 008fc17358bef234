import { isRuleId } from './index';
import { defineRule } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'unknown-rule',
  severity: 'warning',
  category: 'structure',
  summary: 'A suppression comment names a rule that does not exist.',
  fixes: [],
  check({ doc }) {
    const out: Finding[] = [];
    for (const s of doc.suppressions) {
      for (const r of s.rules) {
        if (isRuleId(r.text)) continue;
        out.push({
          range: r.range,
          message: `'${r.text}' is not an rxn rule, so this comment silences nothing. \`rxn rules\` lists the rule ids.`,
        });
      }
    }
    return out;
  },
});
