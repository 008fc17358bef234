import { defineRule } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'duplicate-header',
  severity: 'error',
  category: 'structure',
  summary: 'A header line (`protocol`, `target`, `scale`, `mode`) appears twice.',
  fixes: [{ title: 'Remove the second header line', safe: false }],
  check({ doc, model, edits }) {
    const seen = new Map<string, number>();
    /** The header statement on a line, for the related places (read from the line: no map of every statement per analysis). */
    const place = (line: number, message: string) => ({
      range: doc.lines[line].statement?.range ?? { start: { line, character: 0 }, end: { line, character: doc.lines[line].text.length } },
      message,
    });
    const out: Finding[] = [];
    // Which line the model took: for `scale`, the first one that gives an amount.
    const usedLine = (kind: string) => (kind === 'scale' && model.scale?.stmt ? model.scale.stmt.line : seen.get(kind)!);
    for (const st of doc.statements) {
      if (st.kind !== 'protocol' && st.kind !== 'target' && st.kind !== 'scale' && st.kind !== 'mode') continue;
      const first = seen.get(st.kind);
      if (first === undefined) {
        seen.set(st.kind, st.line);
        continue;
      }
      // The model takes the first `scale` that gives an amount (`scale 5 g` does not): when
      // that is this one, say so, and offer to remove the unusable first line instead.
      if (st.kind === 'scale' && model.scale?.stmt === st) {
        out.push({
          range: st.keyword.range,
          message: `\`scale\` is already set on line ${first + 1}, but that line gives no usable amount, so this one is used. A protocol has one scale: remove line ${first + 1}.`,
          fixes: [{ title: `Remove the \`scale\` line ${first + 1}`, edits: [edits.deleteLine(first)], safe: false }],
          related: [place(first, 'the first `scale` line, which gives no usable amount')],
        });
        continue;
      }
      out.push({
        range: st.keyword.range,
        message: `\`${st.kind}\` is already set on line ${first + 1}; a protocol has one ${st.kind}. ${usedLine(st.kind) === first ? 'The first one is used' : `The one on line ${usedLine(st.kind) + 1} is used`}.`,
        fixes: [{ title: `Remove this \`${st.kind}\` line`, edits: [edits.deleteLine(st.line)], safe: false }],
        // Not the line the protocol reads: it does nothing (drawn faded).
        ...(usedLine(st.kind) !== st.line ? { tags: ['unnecessary' as const] } : {}),
        related: [
          place(first, `the first \`${st.kind}\` line${usedLine(st.kind) === first ? ', the one used' : ''}`),
          ...(usedLine(st.kind) !== first && usedLine(st.kind) !== st.line ? [place(usedLine(st.kind), `the \`${st.kind}\` line used`)] : []),
        ],
      });
    }
    return out;
  },
});
