import { declarationInsertLine, defineRule, kbName } from './helpers';
import type { Finding } from './types';

export default defineRule({
  id: 'missing-solvent',
  severity: 'warning',
  category: 'structure',
  summary: 'No solvent is in force when the reductant is added.',
  fixes: [{ title: 'Declare the reductant’s recommended solvent', safe: false }],
  check({ model, edits }) {
    const out: Finding[] = [];
    const at = declarationInsertLine(model);
    for (const ra of model.reductantAdditions) {
      if (ra.add.solvent) continue;
      const token = ra.add.stmt.aliases.find((a) => a.text === ra.reductant.alias) ?? ra.add.stmt.keyword;
      const solvent = kbName(ra.reductant.kb?.recommendedSolvents?.[0] ?? 'dce');
      out.push({
        range: token.range,
        message: `No solvent is declared when ${ra.reductant.name} goes in: the solvent decides whether this reductant survives (${solvent} suits it). Add a \`solvent\` line.`,
        // A top-level line in the table before the first step: in force from the start.
        fixes: [
          {
            title: `Declare solvent ${solvent}`,
            edits: [edits.insertLinesAfter(at, [`solvent ${solvent}`])],
            safe: false,
          },
        ],
      });
    }
    return out;
  },
});
