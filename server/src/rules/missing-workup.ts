import { defineRule } from './helpers';

export const STANDARD_WORKUP = ['quench sat. NaHCO3', 'extract DCM x3', 'dry Na2SO4', 'concentrate'];

export default defineRule({
  id: 'missing-workup',
  severity: 'info',
  category: 'workup',
  summary: 'The protocol has no `workup` block.',
  fixes: [{ title: 'Append a standard work-up', safe: false }],
  check({ doc, model, edits }) {
    // A `workup` line with a syntax error (or a misspelled one) still opens the work-up block:
    // the work-up is written, and appending a second one would only add an error.
    if (model.workupStmt || doc.lines.some((l) => l.block === 'workup') || !doc.statements.some((s) => s.kind === 'step')) return [];
    let last = doc.lines.length - 1;
    while (last > 0 && doc.lines[last].text.trim() === '') last--;
    const lastStmt = [...doc.statements].reverse()[0];
    return [
      {
        range: lastStmt ? lastStmt.keyword.range : { start: { line: last, character: 0 }, end: { line: last, character: 0 } },
        message: 'No work-up is written. The boron salts and the acid need a basic quench, and the amine product an extraction, before it can be purified: add a `workup` block.',
        fixes: [
          {
            title: 'Append a standard work-up (NaHCO3 quench, DCM extraction, Na2SO4, concentrate)',
            edits: [edits.insertLinesAfter(last, ['', 'workup', ...STANDARD_WORKUP.map((l) => '  ' + l)])],
            safe: false,
          },
        ],
      },
    ];
  },
});
