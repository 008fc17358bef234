import { isRuleId, nearestRuleId } from './index';
import { defineRule } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'unknown-rule',
  severity: 'warning',
  category: 'structure',
  summary: 'A suppression comment names a rule that does not exist.',
  // Not applied by Fix all or `rxn check --fix`: the nearest id is a guess at what was meant,
  // and silencing a rule is the author's decision (docs/rules/unknown-rule.md).
  fixes: [{ title: "Change to the rule id it is closest to (e.g. 'missing-acid')", safe: false }],
  check({ doc, edits }) {
    const out: Finding[] = [];
    for (const s of doc.suppressions) {
      for (const r of s.rules) {
        if (isRuleId(r.text)) continue;
        const near = nearestRuleId(r.text);
        out.push({
          range: r.range,
          message: near
            ? `'${r.text}' is not an rxn rule, so this comment silences nothing. Did you mean '${near}'?`
            : `'${r.text}' is not an rxn rule, so this comment silences nothing. \`rxn rules\` lists the rule ids.`,
          fixes: near ? [{ title: `Change to '${near}'`, edits: [edits.replace(r.range, near)], safe: false, preferred: true }] : undefined,
          // The id does nothing: an editor draws it faded, as it does an unused alias.
          tags: ['unnecessary'],
        });
      }
    }
    return out;
  },
});
