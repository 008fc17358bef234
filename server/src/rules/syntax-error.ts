import { defineRule } from './helpers';
import { smilesProblem } from '../kb/chem';
import type { Finding } from './types';

/**
 * Surfaces the parser's `syntax-error` problems, with the misspelled-keyword fix; and a
 * `smiles "…"` that openchemlib cannot read (its formula, weight and groups would be
 * silently unknown otherwise). Only a protocol with SMILES loads openchemlib.
 */
export default defineRule({
  id: 'syntax-error',
  severity: 'error',
  category: 'structure',
  summary: 'A line matches no statement of the language (misspelled keyword, missing part, statement in the wrong block), or a SMILES cannot be read.',
  fixes: [{ title: 'Change the misspelled keyword', safe: true }],
  check({ doc, model, edits }) {
    const out: Finding[] = doc.problems
      .filter((p) => p.rule === 'syntax-error')
      .map((p) => ({
        range: p.range,
        message: p.message,
        fixes: p.replacement ? [{ title: p.replacement.title, edits: [edits.replace(p.range, p.replacement.text.replace(/\n/g, doc.eol))], safe: !p.replacement.unsafe }] : [],
      }));
    for (const r of model.reagents) {
      const token = r.decl.smiles;
      if (!token) continue;
      const why = smilesProblem(token.text);
      if (why === undefined) continue;
      out.push({
        range: token.range,
        message: `The SMILES of '${r.alias}' cannot be read (${why}), so its formula, molecular weight and functional groups are unknown${r.decl.mw ? '' : ': no mass or volume can be computed for it'}. Correct it, or remove it and give \`mw\` and \`role\`.`,
      });
    }
    return out;
  },
});
