import { acidSource, catalystName, CYANO, defineRule, isHydrogenation, kbIs } from './helpers';

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
    // On the last `step` heading: it stays put while the lines under it are typed (on the last
    // statement it jumped down with each new line).
    const lastStep = [...doc.statements].reverse().find((st) => st.kind === 'step')!;
    // Indented as the steps are (tabs, four spaces…), and fitted to the reductant: after
    // NaBH3CN a NaOH quench (cyanide stays the ion above pH 10, see missing-quench); after a
    // hydrogenation alone, the catalyst is filtered off and there are no boron salts.
    const inStep = doc.statements.find((s) => s.kind !== 'step' && doc.lines[s.line].block === 'step');
    const indent = inStep ? edits.indentOf(inStep.line) : '  ';
    const reductants = model.reductantAdditions.map((ra) => ra.reductant);
    const hydrogenationOnly = reductants.length > 0 && reductants.every((r) => isHydrogenation(r));
    const cyanide = reductants.some((r) => kbIs(r, CYANO));
    const lines = hydrogenationOnly ? ['filter', 'concentrate'] : cyanide ? ['quench 1 M NaOH', ...STANDARD_WORKUP.slice(1)] : STANDARD_WORKUP;
    const title = hydrogenationOnly
      ? 'Append a work-up (filter off the catalyst, concentrate)'
      : `Append a standard work-up (${cyanide ? 'NaOH' : 'NaHCO3'} quench, DCM extraction, Na2SO4, concentrate)`;
    return [
      {
        range: lastStep.keyword.range,
        message: hydrogenationOnly
          ? `No work-up is written. The catalyst has to be filtered off (through Celite, kept wet: ${pyrophoric(catalystName(reductants))}) and the product isolated before it can be purified: add a \`workup\` block.`
          : `No work-up is written. The boron salts${acidInWorkup(model)} need a basic quench, and the amine product an extraction, before it can be purified: add a \`workup\` block.`,
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

/** What acid the quench has to take up: one that was added, or only the acetic acid NaBH(OAc)3 sets free. */
function acidInWorkup(model: Parameters<typeof acidSource>[0]): string {
  const source = acidSource(model);
  return source === 'stab' ? ' and the acetic acid NaBH(OAc)3 releases' : source ? ' and the acid' : '';
}

/** What ignites when the filter cake dries, for the catalyst named. */
function pyrophoric(cat: string): string {
  return cat === 'PtO2' ? 'reduced, PtO2 is platinum black, which ignites when dry' : `dry ${cat} ignites`;
}
