import { closeNames } from '../kb';
import { defineRule, orList } from './helpers';
import type { Finding } from './types';
import type { Token } from '../syntax/ast';
import type { KbEntry } from '../kb/types';
import type { EditHelpers } from './types';

/** One fix per close knowledge-base name; on a solvent line only what can be a solvent, solvents first. */
function suggestions(token: Token, edits: EditHelpers, solvent = false) {
  // On a solvent line only what can be a solvent (a solvent, or a liquid with a boiling point such as AcOH).
  const canBeSolvent = (e: KbEntry) => e.role === 'solvent' || (e.state === 'liquid' && e.boilingPointC !== undefined);
  return closeNames(token.text, 3, solvent ? (e) => e.role === 'solvent' : (e) => e.role !== 'solvent', solvent ? canBeSolvent : undefined).map((name) => ({
    title: `Change to '${name}'`,
    edits: [edits.replace(token.range, name)],
    safe: false,
  }));
}

/** " Did you mean 'a', 'b' or 'c'?" naming the names the fixes write, or nothing without a fix. */
function didYouMean(fixes: readonly { title: string }[]): string {
  return fixes.length ? ` Did you mean ${orList(fixes.map((f) => f.title.replace(/^Change to /, '')))}?` : '';
}

export default defineRule({
  id: 'unknown-reagent',
  severity: 'warning',
  category: 'structure',
  summary: 'A reagent or solvent name is not in the knowledge base and no role can be inferred.',
  fixes: [{ title: 'Change to a close knowledge-base name (one fix per candidate)', safe: false }],
  check({ model, edits }) {
    const out: Finding[] = [];
    for (const r of model.reagents) {
      if (r.kb || r.role) continue;
      const fixes = suggestions(r.decl.name, edits);
      out.push({
        range: r.decl.name.range,
        message:
          `'${r.name}' is not in the knowledge base and its role cannot be inferred, so no chemistry check can use it.` +
          didYouMean(fixes) +
          (fixes.length ? ' Otherwise add' : ' Add') + ` \`role ROLE\` (and \`smiles "…"\` or \`mw\`) to the declaration.`,
        fixes,
      });
    }
    for (const s of model.solvents) {
      for (const c of s.components) {
        if (c.kb) continue;
        const fixes = suggestions(c.token, edits, true);
        out.push({
          range: c.token.range,
          message:
            `Solvent '${c.token.text}' is not in the knowledge base: whether it is protic, and what it does to the reductant, cannot be checked.` +
            didYouMean(fixes),
          fixes,
        });
      }
    }
    return out;
  },
});
