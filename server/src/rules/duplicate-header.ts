import { defineRule } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'duplicate-header',
  severity: 'error',
  category: 'structure',
  summary: 'A header line (`protocol`, `target`, `scale`, `mode`) appears twice.',
  fixes: [{ title: 'Remove the second header line', safe: false }],
  check({ doc, edits }) {
    const seen = new Map<string, number>();
    const out: Finding[] = [];
    for (const st of doc.statements) {
      if (st.kind !== 'protocol' && st.kind !== 'target' && st.kind !== 'scale' && st.kind !== 'mode') continue;
      const first = seen.get(st.kind);
      if (first === undefined) {
        seen.set(st.kind, st.line);
        continue;
      }
      out.push({
        range: st.keyword.range,
        message: `\`${st.kind}\` is already set on line ${first + 1}; a protocol has one ${st.kind}. The first one is used.`,
        fixes: [{ title: `Remove this \`${st.kind}\` line`, edits: [edits.deleteLine(st.line)], safe: false }],
      });
    }
    return out;
  },
});
