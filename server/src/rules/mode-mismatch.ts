import { defineRule } from './helpers';

export default defineRule({
  id: 'mode-mismatch',
  severity: 'warning',
  category: 'chemistry',
  summary: 'The `mode` line says one-pot but the procedure is two-step, or the other way round.',
  fixes: [{ title: 'Change the mode line to what the procedure does', safe: true }],
  check({ model, edits }) {
    const mode = model.mode;
    const first = model.reductantAdditions[0];
    if (!mode || !first) return [];
    const actual = first.onePot ? 'one-pot' : 'two-step';
    if (actual === mode.mode) return [];
    return [
      {
        range: mode.value.range,
        message:
          actual === 'one-pot'
            ? `The header says two-step, but ${first.reductant.name} goes in with no time for the imine to form after the amine meets the carbonyl: as written this is a one-pot (direct) reductive amination.`
            : `The header says one-pot, but the amine and carbonyl are stirred before ${first.reductant.name} is added: as written this is a two-step (indirect) procedure.`,
        fixes: [{ title: `Change the mode to ${actual}`, edits: [edits.replace(mode.value.range, actual)], safe: true }],
      },
    ];
  },
});
