import { defineRule } from './helpers';
import { range } from '../types';
import type { Finding } from './types';

const WHAT = {
  amine: 'an amine (the diazepane)',
  carbonyl: 'a carbonyl (the aldehyde or ketone)',
  reductant: 'a reductant (e.g. NaBH(OAc)3)',
} as const;

export default defineRule({
  id: 'missing-component',
  severity: 'error',
  category: 'structure',
  summary: 'No amine, no carbonyl or no reductant is declared.',
  fixes: [],
  check({ doc, model }) {
    // A new, empty file (or one with only comments so far) is not yet a protocol with parts
    // missing: three errors before the first key is typed help no one.
    if (!doc.lines.some((l) => l.statement || l.invalid)) return [];
    // Without a `protocol` line: the first line with a statement (or one that could not be
    // read), not a comment above it, so that "disable for this line" (a comment inserted
    // above) keeps pointing at the line the diagnostic is on. Line 1 of an empty file.
    const first = doc.lines.find((l) => l.statement || l.invalid) ?? doc.lines[0];
    const where = model.protocol ? model.protocol.keyword.range : lineRange(first?.index ?? 0, first?.text ?? '', first?.comment?.range.start.character);
    const out: Finding[] = [];
    for (const role of ['amine', 'carbonyl', 'reductant'] as const) {
      if (model.reagents.some((r) => r.role === role)) continue;
      out.push({
        range: where,
        message: `No reagent with the role ${role} is declared: a reductive amination needs ${WHAT[role]}. Declare it, or give a reagent \`role ${role}\`.`,
      });
    }
    return out;
  },
});

/** A line's text without its indentation and trailing comment (which starts at `commentAt`). */
function lineRange(line: number, text: string, commentAt?: number) {
  const content = commentAt === undefined ? text : text.slice(0, commentAt);
  const start = content.length - content.trimStart().length;
  return range(line, start, Math.max(start, content.trimEnd().length));
}
