import { counted, declarationInsertLine, declarationText, defineRule, freeAlias, isHydrogenation, isolatedProductEquiv, hydrideReductants, equivRange, formatEquiv, proseName, reachesEquiv, setEquivEdits, sumEquiv } from './helpers';
import type { Finding, RuleContext } from './types';
import type { AddEvent, Reagent } from '../model/types';
import type { TextEdit } from '../types';

export default defineRule({
  id: 'di-stoichiometry',
  severity: 'warning',
  category: 'chemistry',
  summary: '`target di` with the carbonyl or the reductant below 2.0 × the amine’s equiv (`target tri`: below 3.0 ×).',
  fixes: [
    { title: 'Raise each short reagent to 2.5 × the amine’s equiv (tri: 3.5 ×)', safe: false },
    { title: 'Tri: add a further round of carbonyl, then reductant, up to 3.5 × the amine’s equiv', safe: false },
  ],
  check(ctx) {
    const { model } = ctx;
    const amine = model.amine;
    const amineEquiv = model.amineEquiv;
    const degree = model.target?.degree;
    if ((degree !== 'di' && degree !== 'tri') || !amine || amineEquiv === undefined) return [];
    // A route that alkylates the free nitrogen, isolates, takes the Boc group off and alkylates
    // again puts one group on per stage: the first stage's carbonyl is not short of two.
    // So does one that alkylates the diazepane once (with it in excess), isolates the product
    // and alkylates that again (an N-methylation with formalin after a benzylation): a carbonyl
    // and a reductant after the `isolate` make the second group. What is checked then is that
    // second reaction: one carbonyl and one hydride per equivalent of the isolated product (at
    // most the first reaction's carbonyl, or the amine when that is less).
    const later = (rs: typeof model.carbonyls) => rs.filter((r) => r.laterStage && r.added.length > 0);
    if (amine.deprotection?.later || (later(model.carbonyls).length > 0 && later(model.reductants).length > 0)) {
      const product = isolatedProductEquiv(model)!;
      const out: Finding[] = [];
      for (const group of [later(model.carbonyls), later(model.reductants).filter((r) => !isHydrogenation(r))]) {
        const withEquiv = group.filter((r) => r.equiv !== undefined);
        if (withEquiv.length === 0) continue;
        const total = sumEquiv(withEquiv);
        if (reachesEquiv(total, product)) continue;
        const r = withEquiv[0];
        const raiseTo = 1.5 * product - (total - r.equiv!);
        const what = named(withEquiv);
        out.push({
          range: equivRange(r),
          message: `In the second reductive amination (after the \`isolate\`), ${what} should be at least ${formatEquiv(product)} equiv, one per equivalent of the isolated mono-alkylated product (${formatEquiv(product)} equiv at most); at ${formatEquiv(total)} equiv part of it stays mono-alkylated. About ${formatEquiv(1.5 * product)} equiv is typical.`,
          fixes: [{ title: `Raise '${r.alias}' to ${formatEquiv(raiseTo)} equiv`, edits: setEquivEdits(ctx, r, raiseTo), safe: false }],
        });
      }
      return out;
    }
    // `target tri` asks for three alkylations, one per N–H (DAZA); an amine with fewer is
    // protected-target's to report. (The spec names `di` only: `tri` is the same arithmetic.)
    // Likewise `target di` on an amine with one free N–H (1-Boc-1,4-diazepane): no amount of
    // carbonyl or hydride alkylates the protected nitrogen, so asking for 2.5 equiv would send the
    // chemist after the wrong remedy beside protected-target's error (the spec lists both).
    const n = degree === 'di' ? 2 : 3;
    if (n === 3 ? (amine.freeNH ?? 0) < 3 : amine.freeNH !== undefined && amine.freeNH < 2) return [];
    const need = n * amineEquiv;
    const target = (n + 0.5) * amineEquiv;
    const out: Finding[] = [];
    // For DAZA the missing amount goes in as a further round (carbonyl, time, reductant), the
    // way the tri-alkylation is run; the same fix for both roles when both are short.
    const round = n === 3 ? roundFix(ctx, need, target) : undefined;
    // What counts is the total of each role: a carbonyl or a reductant may be declared
    // twice, once per round of additions (as reductant-short and mono-stoichiometry count).
    for (const group of [counted(model.carbonyls), hydrideReductants(model.reductants)]) {
      const withEquiv = group.filter((r) => r.equiv !== undefined);
      if (withEquiv.length === 0) continue;
      const total = sumEquiv(withEquiv);
      if (total >= need) continue;
      const r = withEquiv[0];
      const others = total - r.equiv!;
      const raiseTo = target - others;
      const what = named(withEquiv);
      out.push({
        range: equivRange(r),
        message:
          n === 2
            ? `For di-alkylation both nitrogens must react, so ${what} should be at least ${formatEquiv(need)} equiv (2 × the amine's ${formatEquiv(amineEquiv)}); at ${formatEquiv(total)} equiv mono-alkylated product will remain. About ${formatEquiv(target)} equiv is typical.`
            : `For tri-alkylation all three nitrogens must react, so ${what} should be at least ${formatEquiv(need)} equiv (3 × the amine's ${formatEquiv(amineEquiv)}); at ${formatEquiv(total)} equiv mono- and di-alkylated products will remain. About ${formatEquiv(target)} equiv is typical.`,
        // With other lines of the role, the title says what the total comes to (1.7 alone would
        // read as short of the 2.0 the message asks for).
        fixes: [
          ...(round ? [{ ...round, safe: false, preferred: true }] : []),
          { title: `Raise '${r.alias}' to ${formatEquiv(raiseTo)} equiv${others > 0 ? ` (${formatEquiv(target)} equiv in all)` : ''}`, edits: setEquivEdits(ctx, r, raiseTo), safe: false, ...(round ? { preferred: false } : {}) },
        ],
      });
    }
    return out;
  },
});

/** The short reagents as a message names them: the one by name, several by alias with what they are in total. */
function named(rs: readonly Reagent[]): string {
  return rs.length === 1 ? proseName(rs[0]) : `${rs.map((x) => `'${x.alias}'`).join(' + ')} (${rs[0].role === 'carbonyl' ? 'the carbonyl' : 'the reductant'} in total)`;
}

/**
 * `target tri` short of carbonyl or of hydride: the rest as one more round at the end of the
 * reaction — the carbonyl (declared anew, as its own line), the pot's imine time, then the
 * reductant (declared anew), its stir — rather than a bigger first charge, which the first
 * reductant portion would partly take to the alcohol. The round's carbonyl brings the total
 * to 3.5 × the amine; its hydride does too, and is at least one per equivalent of that
 * carbonyl. Undefined when there is no added carbonyl and hydride to copy.
 */
function roundFix(ctx: RuleContext, need: number, target: number): { title: string; edits: TextEdit[] } | undefined {
  const { model, edits } = ctx;
  const carbonyls = counted(model.carbonyls).filter((r) => r.equiv !== undefined && r.added.length > 0);
  const hydrides = hydrideReductants(model.reductants).filter((r) => r.equiv !== undefined && r.added.length > 0);
  if (carbonyls.length === 0 || hydrides.length === 0) return undefined;
  const c = sumEquiv(counted(model.carbonyls).filter((r) => r.equiv !== undefined));
  const h = sumEquiv(hydrideReductants(model.reductants).filter((r) => r.equiv !== undefined));
  const moreCarbonyl = c < need ? target - c : 0;
  const moreHydride = Math.max(h < need ? target - h : 0, moreCarbonyl);
  if (moreHydride <= 0) return undefined;
  const lastOf = (rs: Reagent[]): AddEvent => rs.flatMap((r) => r.added).reduce((a, b) => (b.index > a.index ? b : a));
  const lastCarbonyl = lastOf(carbonyls);
  const lastHydride = lastOf(hydrides);
  const carbonyl = carbonyls.find((r) => r.added.includes(lastCarbonyl))!;
  const hydride = hydrides.find((r) => r.added.includes(lastHydride))!;
  const text = (st: { range: { start: { line: number; character: number }; end: { character: number } } }) =>
    ctx.doc.lines[st.range.start.line].text.slice(st.range.start.character, st.range.end.character);
  // The stirs to copy: the first after the carbonyl went in (the imine's time), the last after
  // the last hydride (the reduction's); the round goes in after that one.
  const stirAfter = (from: number, first: boolean) => {
    let found: (typeof model.events)[number] | undefined;
    for (let i = from + 1; i < model.events.length; i++) {
      const e = model.events[i];
      if (e.type !== 'time') {
        if (e.type === 'add' || found) break;
        continue;
      }
      if (e.stmt.kind === 'stir') found = e;
      if (found && first) break;
    }
    return found;
  };
  const firstCarbonyl = carbonyls.flatMap((r) => r.added).reduce((a, b) => (b.index < a.index ? b : a));
  const imineStir = stirAfter(firstCarbonyl.index, true);
  const reductionStir = stirAfter(lastHydride.index, false);
  const at = reductionStir?.stmt.line ?? lastHydride.stmt.line;
  // The reductant's manner as written (`portionwise`, `in 3 portions at 0 °C`).
  const hydrideTail = (() => {
    const st = lastHydride.stmt;
    const line = ctx.doc.lines[st.line].text;
    const end = Math.max(...st.aliases.map((t) => t.range.end.character));
    return line.slice(end, st.range.end.character);
  })();
  const declare = (r: Reagent, equiv: number) => {
    const d = r.decl;
    const name = d.quoted ? `"${d.name.text}"` : d.name.text;
    const extra = [d.role && `role ${d.role.value.text}`, d.smiles && `smiles "${d.smiles.text}"`, d.mw && `mw ${d.mw.token.text}`, d.density && `density ${d.density.token.text}`].filter(Boolean).join(' ');
    return `${name} ${formatEquiv(equiv)} equiv${extra ? ` ${extra}` : ''}`;
  };
  const cAlias = moreCarbonyl > 0 ? freeAlias(model, nextAlias(model, carbonyl)) : undefined;
  const hAlias = freeAlias(model, nextAlias(model, hydride));
  const decls: string[] = [];
  const declAt = declarationInsertLine(model);
  if (cAlias) decls.push(declarationText(ctx, declAt, cAlias, declare(carbonyl, moreCarbonyl)));
  decls.push(declarationText(ctx, declAt, hAlias, declare(hydride, moreHydride)));
  const lines = [
    ...(cAlias ? [`add ${cAlias}`, imineStir ? text(imineStir.stmt) : 'stir 1 h'] : []),
    `add ${hAlias}${hydrideTail}`,
    reductionStir ? text(reductionStir.stmt) : 'stir 16 h',
  ];
  const rounds = new Set(carbonyls.flatMap((r) => r.added.map((a) => a.index))).size + 1;
  const nth = ['second', 'third', 'fourth', 'fifth'][rounds - 2] ?? 'further';
  const what = [cAlias && `'${cAlias}' (${proseName(carbonyl)} ${formatEquiv(moreCarbonyl)} equiv)`, `'${hAlias}' (${proseName(hydride)} ${formatEquiv(moreHydride)} equiv)`].filter(Boolean).join(', then ');
  return {
    title: cAlias ? `Add a ${nth} round: ${what}` : `Add ${what} as a further portion`,
    edits: [edits.insertLinesAfter(declAt, decls, declAt >= 0 ? declAt : undefined), edits.insertLinesAfter(at, lines, at)],
  };
}

/**
 * The alias a further round of `r` is declared as: the next number when the table numbers its
 * rounds (`ovan1`, `ovan2` → `ovan3`), `r`'s alias with `2` after it (`ovan2`), or with `b`
 * when it ends in a digit of its own (`nabh4b`, not `nabh42`).
 */
function nextAlias(model: RuleContext['model'], r: Reagent): string {
  const m = /^(.*\D)(\d+)$/.exec(r.alias);
  if (!m) return `${r.alias}2`;
  const stem = m[1];
  const numbered = model.reagents.filter((x) => x.role === r.role && new RegExp(`^${stem.replace(/[^\w]/g, '\\$&')}\\d+$`).test(x.alias));
  if (numbered.length < 2) return `${r.alias}b`;
  return `${stem}${Math.max(...numbered.map((x) => Number(x.alias.slice(stem.length)))) + 1}`;
}
