import { defineRule } from './helpers';

/** Surfaces the parser's `syntax-error` problems, with the misspelled-keyword fix. */
export default defineRule({
  id: 'syntax-error',
  severity: 'error',
  category: 'structure',
  summary: 'A line matches no statement of the language (misspelled keyword, missing part, statement in the wrong block).',
  fixes: [{ title: 'Change the misspelled keyword', safe: true }],
  check({ doc, edits }) {
    return doc.problems
      .filter((p) => p.rule === 'syntax-error')
      .map((p) => ({
        range: p.range,
        message: p.message,
        fixes: p.replacement ? [{ title: p.replacement.title, edits: [edits.replace(p.range, p.replacement.text)], safe: true }] : [],
      }));
  },
});
