import { defineRule } from './helpers';

/** Surfaces the parser's `invalid-quantity` problems, with the decimal-comma fix. */
export default defineRule({
  id: 'invalid-quantity',
  severity: 'error',
  category: 'structure',
  summary: 'A quantity is zero or negative, has an unknown unit or a unit of the wrong kind, or uses a decimal comma.',
  fixes: [{ title: 'Use a decimal point', safe: true }],
  check({ doc, edits }) {
    return doc.problems
      .filter((p) => p.rule === 'invalid-quantity')
      .map((p) => ({
        range: p.range,
        message: p.message,
        fixes: p.replacement ? [{ title: p.replacement.title, edits: [edits.replace(p.range, p.replacement.text)], safe: !p.replacement.unsafe }] : [],
      }));
  },
});
