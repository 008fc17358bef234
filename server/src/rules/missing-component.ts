import { closeNames, lookup } from '../kb';
import { andList, defineRule } from './helpers';
import { range } from '../types';
import type { Finding } from './types';
import type { Reagent } from '../model/types';

const ROLE_NOUN = { amine: 'an amine', carbonyl: 'a carbonyl', reductant: 'a reductant' } as const;

const WHAT = {
  amine: 'an amine (the diazepane)',
  carbonyl: 'a carbonyl (the aldehyde or ketone)',
  reductant: 'a reductant (e.g. NaBH(OAc)3)',
} as const;

export default defineRule({
  id: 'missing-component',
  severity: 'error',
  category: 'structure',
  summary: 'No amine, no carbonyl or no reductant is declared.',
  fixes: [{ title: "Give a reagent whose role is unknown that role (one fix per such reagent)", safe: false }],
  check({ doc, model, edits }) {
    // A new, empty file (or one with only comments so far) is not yet a protocol with parts
    // missing: three errors before the first key is typed help no one.
    if (!doc.lines.some((l) => l.statement || l.invalid)) return [];
    // Without a `protocol` line: the first line with a statement (or one that could not be
    // read), not a comment above it, so that "disable for this line" (a comment inserted
    // above) keeps pointing at the line the diagnostic is on. Line 1 of an empty file.
    const first = doc.lines.find((l) => l.statement || l.invalid) ?? doc.lines[0];
    const where = model.protocol ? model.protocol.keyword.range : lineRange(first?.index ?? 0, first?.text ?? '', first?.comment?.range.start.character);
    const out: Finding[] = [];
    // Reagents the checker could not place (not in the knowledge base, no role from a SMILES or
    // the name): the missing partner is often one of them (PhSiH3, a Hantzsch ester, a resin-bound
    // borohydride, a salt form the knowledge base does not know), so name them and offer the role.
    const missing = (['amine', 'carbonyl', 'reductant'] as const).filter((role) => !model.reagents.some((r) => r.role === role));
    // (The usual protocol has all three: nothing to say, and no name to look up at each keystroke.)
    if (missing.length === 0) return [];
    const unplaced = model.reagents.filter((r) => !r.kb && !r.role);
    // A name one slip from a knowledge-base entry (`isonicotinaldehye`, `sodium triacetoxyborohyride`)
    // is that entry misspelled: it belongs to the role of the entry only. Offering `role amine` for
    // a misspelled NaBH(OAc)3 is no help; correcting the name is.
    const typoOf = new Map<Reagent, { name: string; role: string }>();
    for (const r of unplaced) {
      const name = closeNames(r.decl.name.text, 3, (e) => e.role !== 'solvent', (e) => e.role !== 'solvent')[0];
      const role = name === undefined ? undefined : lookup(name)?.role;
      if (name !== undefined && role !== undefined) typoOf.set(r, { name, role });
    }
    for (const role of missing) {
      const typos = unplaced.filter((r) => typoOf.get(r)?.role === role);
      const open = unplaced.filter((r) => !typoOf.has(r));
      const named = open.map((r) => `'${r.name}' (line ${r.decl.line + 1})`);
      const misspelt = typos.map((r) => `'${r.name}' (line ${r.decl.line + 1}) is not in the knowledge base but is close to '${typoOf.get(r)!.name}', ${ROLE_NOUN[role]}: if that is what you meant, correct the name.`);
      const hint = named.length === 0
        ? (misspelt.length ? '' : `Declare it, or give a reagent \`role ${role}\`.`)
        : `${andList(named)} ${named.length === 1 ? 'is' : 'are'} not in the knowledge base and ${named.length === 1 ? 'has' : 'have'} no role: if ${named.length === 1 ? 'it is' : 'one of them is'} the ${role}, add \`role ${role}\` to ${named.length === 1 ? 'its' : 'that'} line; otherwise declare the ${role}.`;
      out.push({
        range: where,
        related: [
          ...typos.map((r) => ({ range: r.decl.name.range, message: `'${r.name}': close to '${typoOf.get(r)!.name}', ${ROLE_NOUN[role]}` })),
          ...open.map((r) => ({ range: r.decl.name.range, message: `'${r.name}': not in the knowledge base, and no role` })),
        ],
        message: `No reagent with the role ${role} is declared: a reductive amination needs ${WHAT[role]}. ${[...misspelt, hint].filter(Boolean).join(' ')}`,
        fixes: [
          ...typos.map((r) => ({
            title: `Change '${r.name}' to '${typoOf.get(r)!.name}'`,
            edits: [edits.replace(r.decl.name.range, typoOf.get(r)!.name)],
            safe: false,
          })),
          ...open.map((r) => giveRole(r, role, edits)),
        ],
      });
    }
    return out;
  },
});

/** A line's text without its indentation and trailing comment (which starts at `commentAt`). */
function lineRange(line: number, text: string, commentAt?: number) {
  const content = commentAt === undefined ? text : text.slice(0, commentAt);
  const start = content.length - content.trimStart().length;
  return range(line, start, Math.max(start, content.trimEnd().length));
}

/** `role ROLE` appended to a reagent's declaration (after its amounts and other attributes, before a comment). */
function giveRole(r: Reagent, role: string, edits: import('./types').EditHelpers) {
  const end = r.decl.range.end;
  return {
    title: `Give '${r.alias}' (${r.name}) the role ${role}`,
    edits: [edits.replace({ start: end, end }, ` role ${role}`)],
    safe: false,
  };
}
