import { acidPresent, defineRule, kbIs, NABH4, PREFORM_IMINE_TITLE, preformImineEdits } from './helpers';
import { findInPot } from '../model/model';
import type { Model } from '../model/types';

/** The event that lets time pass between the amine meeting the carbonyl and the event at `until`. */
function timePassing(model: Model, until: number) {
  const meeting = model.adds.find((ev) => ev.minutesSinceMeet === 0);
  return model.events.find((ev) => ev.type === 'time' && ev.index >= (meeting?.index ?? 0) && ev.index < until);
}

/** What lets time pass (`time`, from timePassing) between the amine meeting the carbonyl and the reductant, in words. */
function whatLetsTimePass(time: ReturnType<typeof timePassing>): string {
  if (!time) return 'time passes after the amine meets the carbonyl';
  const st = time.stmt;
  const line = `line ${st.line + 1}`;
  if (st.kind === 'add') return `the amine and carbonyl have ${st.duration ? st.duration.raw : 'time'} together during the slow addition on ${line}`;
  if (st.kind === 'heat' || st.kind === 'reflux') return `the amine and carbonyl are heated together (${line})`;
  return `the amine and carbonyl are stirred together (${line})`;
}

export default defineRule({
  id: 'mode-mismatch',
  severity: 'warning',
  category: 'chemistry',
  summary: 'The `mode` line says one-pot but the procedure is two-step, or the other way round.',
  fixes: [
    { title: 'Change the mode line to what the procedure does', safe: true },
    // Offered first (and the mode change then not safe) when the header's two-step is the intent: NaBH4 one-pot.
    { title: PREFORM_IMINE_TITLE, safe: false },
  ],
  check(ctx) {
    const { model, edits } = ctx;
    const mode = model.mode;
    const first = model.reductantAdditions[0];
    if (!mode || !first) return [];
    const actual = first.onePot ? 'one-pot' : 'two-step';
    if (actual === mode.mode) return [];
    // Declared two-step but written one-pot with NaBH4, or with a ketone and nothing to help
    // it: the procedure, not the header, is what is wrong (nabh4-one-pot, ketone-one-pot), so
    // rewriting the header to one-pot is not a safe fix.
    const wrongProcedure =
      actual === 'one-pot' &&
      (kbIs(first.reductant, NABH4) || (!acidPresent(first.add) && !!findInPot(first.add, (r) => r.role === 'carbonyl' && r.groups.ketone && !r.groups.aldehyde)));
    // Written two-step: what lets the imine form first (its line is linked from the finding).
    const time = actual === 'two-step' ? timePassing(model, first.add.index) : undefined;
    return [
      {
        range: mode.value.range,
        message:
          actual === 'one-pot'
            ? `The header says two-step, but ${first.reductant.name} goes in with no time for the imine to form after the amine meets the carbonyl: as written this is a one-pot (direct) reductive amination.`
            : `The header says one-pot, but ${whatLetsTimePass(time)} before ${first.reductant.name} is added: as written this is a two-step (indirect) procedure, the imine having time to form first.`,
        related: time ? [{ range: time.stmt.range, message: 'the amine and the carbonyl spend this time together' }] : [],
        fixes: wrongProcedure
          ? [
              // The header is the intent: NaBH4 (or an unaided ketone) needs the imine formed first.
              // A stir before the reductant forms it only when the amine and the carbonyl are
              // already together there; a reductant that goes in before they meet would need its
              // addition moved, which is the author's to do.
              ...(first.add.minutesSinceMeet === 0
                ? [{ title: PREFORM_IMINE_TITLE, edits: preformImineEdits(ctx, first.add.stmt, first.reductant), safe: false, preferred: true }]
                : []),
              { title: `Change the mode to ${actual}`, edits: [edits.replace(mode.value.range, actual)], safe: false },
            ]
          : [{ title: `Change the mode to ${actual}`, edits: [edits.replace(mode.value.range, actual)], safe: true }],
      },
    ];
  },
});
