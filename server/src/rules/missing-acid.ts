import { ACOH, acidPresent, aliasToken, CYANO, declarationInsertLine, defineRule, freeAlias, kbIs, STAB } from './helpers';
import { findInPot } from '../model/model';
import type { Finding, RuleContext } from './types';
import type { Reagent, ReductantAddition } from '../model/types';
import type { TextEdit } from '../types';

/**
 * The acid to add: a weak acid declared in the table but never added (the author's own, by
 * its alias), else a new `reagent acoh = AcOH 1.0 equiv`.
 */
function acidToAdd(ctx: RuleContext): { alias: string; declared?: Reagent } {
  const declared = ctx.model.reagents.find((r) => r.role === 'acid' && r.acidStrength !== 'strong' && r.added.length === 0);
  return declared ? { alias: declared.alias, declared } : { alias: freeAlias(ctx.model, 'acoh') };
}

function addAcidEdits(ctx: RuleContext, ra: ReductantAddition, acid: { alias: string; declared?: Reagent }): TextEdit[] {
  const { model, edits } = ctx;
  const alias = acid.alias;
  const out: TextEdit[] = [];
  if (!acid.declared) {
    const at = declarationInsertLine(model);
    out.push(edits.insertLinesAfter(at, [`reagent ${alias} = ${ACOH} 1.0 equiv`], at >= 0 ? at : undefined));
  }
  // Right after the carbonyl's add; within that add when the reductant goes in with it.
  const carbonylAdd = model.adds.find((a) => a.index <= ra.add.index && a.reagents.some((r) => r.role === 'carbonyl'));
  if (!carbonylAdd) out.push(edits.insertLinesBefore(ra.add.stmt.line, [`add ${alias}`]));
  else if (carbonylAdd === ra.add) {
    const carbonylToken = carbonylAdd.stmt.aliases.find((t) => model.byAlias.get(t.text)?.role === 'carbonyl')!;
    out.push(edits.replace({ start: carbonylToken.range.end, end: carbonylToken.range.end }, `, ${alias}`));
  } else out.push(edits.insertLinesAfter(carbonylAdd.stmt.line, [`add ${alias}`], carbonylAdd.stmt.line));
  return out;
}

/** Whether an `add` up to this one names an alias the table does not declare (it may be the acid). */
function undeclaredInPot(ctx: RuleContext, ra: ReductantAddition): boolean {
  for (const st of ctx.doc.statements) {
    if (st.line > ra.add.stmt.line) break;
    if (st.kind === 'add' && st.aliases.some((a) => !ctx.model.byAlias.has(a.text))) return true;
  }
  return false;
}

export default defineRule({
  id: 'missing-acid',
  severity: 'warning',
  category: 'chemistry',
  summary: 'NaBH(OAc)3 or NaBH3CN is used without an acid to catalyse imine formation.',
  fixes: [{ title: 'Add 1.0 equiv AcOH after the carbonyl', safe: true }],
  check(ctx) {
    const out: Finding[] = [];
    for (const ra of ctx.model.reductantAdditions) {
      if (!kbIs(ra.reductant, STAB, CYANO)) continue;
      if (acidPresent(ra.add)) continue;
      // Ti(OiPr)4 or Ti(OEt)4 (the titanium method) activates the carbonyl as a Lewis acid: no AcOH needed.
      if (findInPot(ra.add, (r) => r.kb?.id === 'ti-oipr4' || r.kb?.id === 'ti-oet4')) continue;
      const acid = acidToAdd(ctx);
      out.push({
        range: aliasToken(ra.add.stmt, ra.reductant).range,
        message: `No acid is in the pot when ${ra.reductant.kb!.name} goes in. Imine and iminium formation are acid-catalysed, and these mild hydrides reduce the iminium, not the neutral imine: 1–2 equiv of AcOH usually speeds the reaction up a lot.`,
        fixes: [
          {
            title: acid.declared ? `Add '${acid.alias}' (${acid.declared.name}, declared but never added) right after the carbonyl` : 'Add 1.0 equiv AcOH right after the carbonyl',
            edits: addAcidEdits(ctx, ra, acid),
            // An undeclared alias in the pot may be the acid: then adding one more is not safe.
            safe: !undeclaredInPot(ctx, ra),
          },
        ],
      });
    }
    return out;
  },
});
