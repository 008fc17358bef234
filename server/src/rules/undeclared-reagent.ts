import { declarationInsertLine, defineRule } from './helpers';
import { REAGENT_ATTRIBUTES } from '../syntax/keywords';
import type { Finding } from './types';
import { levenshtein } from '../kb';

export default defineRule({
  id: 'undeclared-reagent',
  severity: 'error',
  category: 'structure',
  summary: '`add` names an alias that no `reagent` line declares.',
  fixes: [{ title: 'Declare the reagent', safe: false }],
  check({ doc, model, edits }) {
    const out: Finding[] = [];
    const at = declarationInsertLine(model);
    for (const st of doc.statements) {
      if (st.kind !== 'add') continue;
      const seen = new Set<string>(); // an alias repeated in one `add` is reported once
      for (const a of st.aliases) {
        if (model.byAlias.has(a.text) || seen.has(a.text)) continue;
        seen.add(a.text);
        // An alias such as `role` or `mw` is an attribute word: as an unquoted NAME it would end the name.
        const name = (REAGENT_ATTRIBUTES as readonly string[]).includes(a.text.toLowerCase()) ? `"${a.text}"` : a.text;
        // A declared alias in another letter case (`STAB` for `stab`; aliases keep their case)
        // or one edit away is most likely what was meant: offered first.
        const near = [...model.byAlias.keys()].filter((k) => k.toLowerCase() === a.text.toLowerCase() || levenshtein(k.toLowerCase(), a.text.toLowerCase(), 1) <= 1);
        out.push({
          range: a.range,
          message:
            `'${a.text}' is added here but never declared` +
            (near.length ? `; did you mean ${near.map((k) => `'${k}'`).join(' or ')}? (Aliases are case-sensitive.)` : `: add a line \`reagent ${a.text} = NAME 1.0 equiv\` to the reagent table so its role and amount are known.`),
          fixes: [
            ...near.map((k, i) => ({ title: `Change to '${k}'`, edits: [edits.replace(a.range, k)], safe: false, preferred: i === 0 })),
            {
              title: `Declare '${a.text}' as a reagent`,
              edits: [edits.insertLinesAfter(at, [`reagent ${a.text} = ${name} 1.0 equiv`], at >= 0 ? at : undefined)],
              safe: false,
            },
          ],
        });
      }
    }
    return out;
  },
});
