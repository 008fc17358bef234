import { defineRule } from './helpers';

export default defineRule({
  id: 'duplicate-reagent',
  severity: 'error',
  category: 'structure',
  summary: 'An alias is declared twice; the second declaration is flagged.',
  fixes: [],
  check({ model }) {
    return model.duplicateDecls.map((d) => {
      const first = model.byAlias.get(d.alias.text);
      return {
        range: d.alias.range,
        message: `'${d.alias.text}' is already declared on line ${(first?.decl.line ?? 0) + 1}; each alias names one reagent. Rename this one or remove the duplicate line.`,
        // The checker reads the first declaration: this one does nothing (drawn faded).
        tags: ['unnecessary' as const],
        related: first ? [{ range: first.decl.range, message: `'${d.alias.text}' is first declared here (${first.name})` }] : [],
      };
    });
  },
});
