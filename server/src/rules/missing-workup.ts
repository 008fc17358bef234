import { acidUsed, CYANO, defineRule, H2PD, kbIs } from './helpers';

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
    // Indented as the steps are (tabs, four spaces…), and fitted to the reductant: after
    // NaBH3CN a NaOH quench (cyanide stays the ion above pH 10, see missing-quench); after a
    // hydrogenation alone, the catalyst is filtered off and there are no boron salts.
    const inStep = doc.statements.find((s) => s.kind !== 'step' && doc.lines[s.line].block === 'step');
    const indent = inStep ? edits.indentOf(inStep.line) : '  ';
    const reductants = model.reductantAdditions.map((ra) => ra.reductant);
    const hydrogenationOnly = reductants.length > 0 && reductants.every((r) => kbIs(r, H2PD));
    const cyanide = reductants.some((r) => kbIs(r, CYANO));
    const lines = hydrogenationOnly ? ['filter', 'concentrate'] : cyanide ? ['quench 1 M NaOH', ...STANDARD_WORKUP.slice(1)] : STANDARD_WORKUP;
    const title = hydrogenationOnly
      ? 'Append a work-up (filter off the catalyst, concentrate)'
      : `Append a standard work-up (${cyanide ? 'NaOH' : 'NaHCO3'} quench, DCM extraction, Na2SO4, concentrate)`;
    return [
      {
        range: lastStmt ? lastStmt.keyword.range : { start: { line: last, character: 0 }, end: { line: last, character: 0 } },
        message: hydrogenationOnly
          ? 'No work-up is written. The catalyst has to be filtered off (through Celite, kept wet: dry Pd/C ignites) and the product isolated before it can be purified: add a `workup` block.'
          : `No work-up is written. The boron salts${acidUsed(model) ? ' and the acid' : ''} need a basic quench, and the amine product an extraction, before it can be purified: add a \`workup\` block.`,
        fixes: [
          {
            title,
            edits: [edits.insertLinesAfter(last, ['', 'workup', ...lines.map((l) => indent + l)])],
            safe: false,
          },
        ],
      },
    ];
  },
});
