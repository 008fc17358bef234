import { defineRule } from './helpers';
import type { Finding } from './types';
import type { TextEdit } from '../types';
import type { Document } from '../syntax/ast';

const LIMIT = 50;

/** A microwave reactor named in a step's title or in a `note` of that step. */
const MICROWAVE = /micro-?wave|(?<![a-z0-9])[µμu]w(?![a-z0-9])/i;

/** The step holding `line` is marked as run in a microwave reactor (its title, or a `note` in it, says so). */
function inMicrowaveStep(doc: Document, line: number): boolean {
  let marked = false;
  for (const st of doc.statements) {
    if (st.line > line && (st.kind === 'step' || st.kind === 'workup')) break;
    if (st.kind === 'step') marked = !!st.title && MICROWAVE.test(st.title.text);
    else if (st.kind === 'workup') marked = false;
    else if (st.kind === 'note' && MICROWAVE.test(st.text.text)) marked = true;
  }
  return marked;
}

export default defineRule({
  id: 'temperature-high',
  severity: 'warning',
  category: 'chemistry',
  summary: 'A temperature above 50 °C after the amine and the carbonyl meet, or in force when they meet (reflux counts, unless the solvent boils lower or it is a Dean–Stark reflux in toluene before the reductant).',
  fixes: [{ title: 'Set it to 40 °C', safe: false }],
  check(ctx) {
    const out: Finding[] = [];
    const { temperatures, adds } = ctx.model;
    // A pot heated before the carbonyl (or the amine) goes in is still hot when they meet,
    // unless something cooled it in between: the temperature in force at the meeting counts.
    const meeting = adds.find((ev) => ev.minutesSinceMeet === 0);
    let inForce: (typeof temperatures)[number] | undefined;
    if (meeting && meeting.celsius !== undefined && meeting.celsius > LIMIT) {
      for (const t of temperatures) if (!t.afterMeet) inForce = t;
    }
    // The first line where a reductant goes in: before it, nothing is being reduced yet.
    let firstReductantLine = Infinity;
    for (const ra of ctx.model.reductantAdditions) firstReductantLine = Math.min(firstReductantLine, ra.add.stmt.line);
    const cooledForHydride = ctx.model.reductantAdditions.every((ra) => ra.add.celsius === undefined || ra.add.celsius <= LIMIT);
    for (const t of temperatures) {
      if (t.celsius === undefined || t.celsius <= LIMIT) continue;
      if (!t.afterMeet && t !== inForce) continue;
      const st = t.stmt;
      // Refluxing amine and carbonyl in toluene before any reductant is the Dean–Stark imine
      // formation the guide recommends (azeotropic removal of water), not a hot reduction.
      // (`reflux 16 h` and `heat to reflux for 16 h` alike.)
      const refluxing = st.kind === 'reflux' || t.temperature.word === 'reflux';
      if (refluxing && st.line < firstReductantLine && t.solvent?.components.some((c) => c.kb?.id === 'toluene')) continue;
      // A microwave imine formation (a sealed vial, minutes at 100–150 °C) before any hydride, the
      // pot cooled again before the hydride goes in: the heat is the chosen method, and nothing in
      // the vial can decompose yet.
      if (st.line < firstReductantLine && cooledForHydride && inMicrowaveStep(ctx.doc, st.line)) continue;
      let edit: TextEdit;
      if (st.kind === 'reflux') {
        // `reflux 2 h` → `heat to 40 °C for 2 h`; `reflux overnight` → `… for 16 h` (the
        // language's overnight), since "for overnight" is not how anyone writes it.
        const d = st.duration;
        const time = d ? (d.word === 'overnight' ? '16 h' : d.raw) : undefined;
        edit = ctx.edits.replace(st.range, `heat to 40 °C${time ? ` for ${time}` : ''}`);
      } else edit = ctx.edits.replace(t.temperature.range, '40 °C');
      const what = t.temperature.word === 'reflux' ? `Reflux (about ${Math.round(t.celsius)} °C${t.solvent ? ` in ${t.solvent.stmt.name.text}` : ''})` : `${t.temperature.raw}`;
      const when = t.afterMeet ? '' : ', still the temperature of the pot when the amine and the carbonyl meet,';
      out.push({
        range: st.kind === 'reflux' ? st.keyword.range : t.temperature.range,
        message:
          st.line > firstReductantLine
            ? // The reduction is under way: what suffers is the hydride, not the imine formation.
              `${what} with the reductant already in the pot: the hydride decomposes faster and side reactions (over-alkylation, aldol) speed up. Reduce at room temperature, and warm to 40 °C at most if it is slow.`
            : `${what}${when} is hotter than the 40–50 °C that a sluggish imine formation may need; above that, side reactions (${st.line < firstReductantLine ? 'aldol condensation, decomposition of a sensitive carbonyl' : 'over-alkylation, aldol, reductant decomposition'}) become more likely. Start at room temperature and warm gently only if needed.`,
        fixes: [{ title: 'Set the temperature to 40 °C', edits: [edit], safe: false }],
      });
    }
    return out;
  },
});
