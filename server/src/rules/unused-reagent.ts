import { defineRule } from './helpers';

export default defineRule({
  id: 'unused-reagent',
  severity: 'warning',
  category: 'structure',
  summary: 'A declared reagent is never added to the pot.',
  fixes: [{ title: 'Remove the declaration', safe: false }],
  check({ model, edits }) {
    return model.reagents
      .filter((r) => r.added.length === 0)
      .map((r) => ({
        range: r.decl.alias.range,
        message: `'${r.alias}' (${r.name}) is declared but no step adds it: add it in a step, or remove the line if it is not used.`,
        tags: ['unnecessary' as const],
        fixes: [{ title: `Remove the declaration of '${r.alias}'`, edits: [edits.deleteLine(r.decl.line)], safe: false }],
      }));
  },
});
