import { declarationInsertLine, reductantName, defineRule, kbIs, kbName, STAB } from './helpers';
import { lookupById } from '../kb';
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
    // The line the fix adds is in force for the whole run: it must suit every reductant of it
    // (MeOH for H2 would destroy the NaBH(OAc)3 of the same run).
    const all = model.reductantAdditions.map((ra) => ra.reductant.kb?.recommendedSolvents ?? []).filter((l) => l.length > 0);
    const stabInRun = model.reductantAdditions.some((ra) => kbIs(ra.reductant, STAB));
    // One choice for the run (the fix adds one top-level line, whichever report it comes from):
    // a solvent every reductant's list has; with NaBH(OAc)3 in the run, an aprotic one from the
    // other reductants' lists (EtOAc for H2 over Pd/C), else DCE.
    // (The reductants of a run mostly share the knowledge base's lists: each list once, in the
    // order first met, gives the same union in the same order and the same answer to `every`.)
    const lists = [...new Set(all)];
    const union = [...new Set(lists.flat())];
    const others = () => model.reductantAdditions.filter((ra) => !kbIs(ra.reductant, STAB)).flatMap((ra) => ra.reductant.kb?.recommendedSolvents ?? []);
    const runChoice = union.find((id) => lists.every((l) => l.includes(id))) ?? (stabInRun ? (others().find((id) => lookupById(id)?.protic === false) ?? 'dce') : undefined);
    const seen = new Set<unknown>();
    for (const ra of model.reductantAdditions) {
      if (ra.add.solvent || seen.has(ra.add.stmt)) continue;
      seen.add(ra.add.stmt); // one report per `add` (H2 and Pd/C declared apart go in together)
      const token = ra.add.stmt.aliases.find((a) => a.text === ra.reductant.alias) ?? ra.add.stmt.keyword;
      const own = ra.reductant.kb?.recommendedSolvents ?? [];
      const id = runChoice ?? own[0] ?? 'dce';
      const solvent = kbName(id);
      // (The solvent the fix declares, said as it is meant: for this reductant, or for the whole run.)
      const usual = runChoice && all.length > 1 ? ` (${solvent} suits every reductant of this run)` : own.length ? ` (${kbName(own[0])} suits ${reductantName(ra.reductant)})` : '';
      out.push({
        range: token.range,
        message: `No solvent is in force when ${reductantName(ra.reductant)} goes in${usual}: the solvent decides how the imine forms and how the reduction goes. Add a \`solvent\` line.`,
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
