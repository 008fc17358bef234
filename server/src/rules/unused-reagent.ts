import { defineRule, removeReagentEdits } from './helpers';
import { unreadAddAliases } from '../syntax/ast';

export default defineRule({
  id: 'unused-reagent',
  severity: 'warning',
  category: 'structure',
  summary: 'A declared reagent is never added to the pot.',
  fixes: [{ title: 'Remove the declaration', safe: false }],
  check(ctx) {
    const { doc, model } = ctx;
    // An `add` line that does not read yet (`add stab portionw` while typing) still names its
    // reagents: they are not reported as unused meanwhile (the line has its own syntax error).
    const named = new Set<string>();
    // (Only lines with a reading problem can be such lines: a few, not the whole document.)
    for (const p of doc.problems) {
      const line = doc.lines[p.range.start.line];
      if (line?.meant === 'add' && line.block === 'step') for (const t of unreadAddAliases(line)) named.add(t.text);
    }
    // Only the reagent table is written so far (no `step`, no `add`): one warning that the
    // procedure is missing, not one per line of the table while it is being typed.
    const unused = model.reagents.filter((r) => r.added.length === 0 && !named.has(r.alias));
    if (unused.length > 1 && named.size === 0 && model.adds.length === 0 && !doc.statements.some((st) => st.kind === 'step')) {
      return [
        {
          range: unused[0].decl.alias.range,
          message: `No step adds any of the ${unused.length} declared reagents yet: write the procedure below the table (\`step\`, then \`add ${unused
            .slice(0, 3)
            .map((r) => r.alias)
            .join(', ')}${unused.length > 3 ? ', …' : ''}\` in the order they go in).`,
        },
      ];
    }
    // Removing the only amine, carbonyl or reductant would trade this warning for a
    // missing-component error: then the fix is to add it, which only the author can place.
    const perRole = new Map<string | undefined, number>();
    for (const r of model.reagents) perRole.set(r.role, (perRole.get(r.role) ?? 0) + 1);
    const sole = (r: (typeof model.reagents)[number]) =>
      (r.role === 'amine' || r.role === 'carbonyl' || r.role === 'reductant') && perRole.get(r.role) === 1;
    return unused.map((r) => ({
      range: r.decl.alias.range,
      message: `'${r.alias}' (${r.name}) is declared but no step adds it: add it in a step, or remove the line if it is not used.`,
      tags: ['unnecessary' as const],
      // Every declaration of the alias (a duplicate would otherwise take the first one's place).
      // (Worked out when asked for: removing the alias reads every `add` line of the document.)
      fixes: () =>
        sole(r)
          ? []
          : [
              {
                title: `Remove the declaration of '${r.alias}'`,
                // (The shared removal: it also keeps the last line's deletion apart from the one before it.)
                edits: removeReagentEdits(ctx, r),
                safe: false,
              },
            ],
    }));
  },
});
