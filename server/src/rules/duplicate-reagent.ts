import type { ReagentStmt } from '../syntax/ast';
import { defineRule } from './helpers';

export default defineRule({
  id: 'duplicate-reagent',
  severity: 'error',
  category: 'structure',
  summary: 'An alias is declared twice; the second declaration is flagged.',
  fixes: [
    { title: 'Remove the duplicate line', safe: false },
    { title: 'Rename this one to a free alias', safe: false },
  ],
  check({ doc, model, edits }) {
    /** The whole line as written, blanks collapsed (a comment on it included: removing the line removes that too). */
    const written = (st: ReagentStmt): string => doc.lines[st.line].text.replace(/\s+/g, ' ').trim();
    /** `stab2`, `stab3`…: the first that no line declares or adds (`stab1` would read as the first lot). */
    const taken = new Set<string>([...model.byAlias.keys(), ...model.undeclared.map((u) => u.alias.text)]);
    const freeAlias = (alias: string): string => {
      const stem = alias.replace(/\d+$/, '') || alias;
      let k = 2;
      while (taken.has(`${stem}${k}`)) k++;
      return `${stem}${k}`;
    };
    return model.duplicateDecls.map((d) => {
      const first = model.byAlias.get(d.alias.text);
      // The same line written twice (a row pasted twice): removing it loses nothing, so it is
      // offered (as a quick fix: not in the spec's safe list). A line that says something else is the chemist's to rename or remove.
      const same = first !== undefined && first.decl.line !== d.line && written(first.decl) === written(d);
      const free = same ? '' : freeAlias(d.alias.text);
      return {
        range: d.alias.range,
        message: same
          ? `'${d.alias.text}' is already declared on line ${first.decl.line + 1}, with the same text: this line repeats it and can go.`
          : `'${d.alias.text}' is already declared on line ${(first?.decl.line ?? 0) + 1}; each alias names one reagent. Rename this one or remove the duplicate line.`,
        // The checker reads the first declaration: this one does nothing (drawn faded).
        tags: ['unnecessary' as const],
        related: first ? [{ range: first.decl.range, message: `'${d.alias.text}' is first declared here (${first.name})` }] : [],
        // A line that says something else: the two choices the message names, offered (never safe):
        // rename this one to a free alias (the `add` lines keep meaning the first), or remove it.
        fixes: same
          ? [{ title: `Remove the duplicate line ${d.line + 1} (the same as line ${first.decl.line + 1})`, edits: [edits.deleteLine(d.line)], safe: false }]
          : [
              { title: `Rename this one to '${free}' (the add lines keep '${d.alias.text}' of line ${(first?.decl.line ?? 0) + 1})`, edits: [edits.replace(d.alias.range, free)], safe: false },
              { title: `Remove line ${d.line + 1} ('${d.alias.text}' = ${d.name.text})`, edits: [edits.deleteLine(d.line)], safe: false },
            ],
      };
    });
  },
});
