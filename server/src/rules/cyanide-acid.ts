import { acidAt, andList, baseInPot, CYANO, defineRule, deprotectedBy, formatEquiv, hydrideInRun, kbIs, onlyOnResin, proseName, replaceWithAcohFixes, strongAcidSalt, tooLittleDeprotections } from './helpers';
import type { Finding } from './types';
import type { Model, Reagent } from '../model/types';
import { findInPot } from '../model/model';
import { classifyWorkup } from '../kb';

/** Strong mineral or organic acids as written in a work-up step. */
const STRONG_ACID = /(?<![a-z0-9])(?:hcl|hydrochloric|h2so4|sulfuric|sulphuric|khso4|tfa|trifluoroacetic)(?![a-z0-9])/i;

export default defineRule({
  id: 'cyanide-acid',
  severity: 'error',
  category: 'chemistry',
  summary: 'NaBH3CN and a strong acid in the same run: hydrogen cyanide can be released.',
  fixes: [{ title: 'Replace the acid with AcOH', safe: true }],
  check(ctx) {
    const { model } = ctx;
    if (!model.reagents.some((r) => kbIs(r, CYANO) && r.added.length > 0)) return [];
    const out: Finding[] = [];
    // The acid must meet the cyanoborohydride: not one used in another stage (an `isolate`
    // between them), nor one that took a Boc group off and was concentrated off before the
    // reductive amination (what stays is the freed amine's salt, as in Borch's conditions) — nor
    // one set out to take it off, too little for that (protected-target's), and concentrated off:
    // what stays is the salt of the amine that kept its Boc group.
    const cyanoStages = new Set(model.reagents.filter((r) => kbIs(r, CYANO)).flatMap((r) => r.added.map((a) => a.stage)));
    const deprotecting = (acid: Reagent) => deprotectedBy(model, acid)?.amines[0].deprotection;
    const tooLittle = tooLittleDeprotections(model);
    const strong = model.reagents.filter(
      (r) =>
        r.role === 'acid' &&
        r.acidStrength === 'strong' &&
        r.added.some((a) => cyanoStages.has(a.stage)) &&
        !deprotecting(r)?.concentrated &&
        !tooLittle.get(r)?.takenOff,
    );
    const replace = replaceWithAcohFixes(ctx);
    // `NaBH3CN`, or the resin that carries it when that is what the run uses (`PS-BH3CN (NaBH3CN on a resin)`).
    const cyano = hydrideInRun(model, CYANO);
    // The last NaBH3CN addition of each stage: an acid added after it, once the reduction has had
    // its time, is no catalyst (a Boc removal on the product, most often) — swapping it for AcOH
    // would undo what it is there for.
    const lastCyano = new Map<number, number>();
    for (const r of model.reagents) if (kbIs(r, CYANO)) for (const a of r.added) lastCyano.set(a.stage, Math.max(lastCyano.get(a.stage) ?? -1, a.index));
    const afterReduction = (acid: Reagent): boolean => {
      const ev = acid.added[0];
      const last = lastCyano.get(ev.stage);
      if (last === undefined || ev.index <= last) return false;
      for (let i = last + 1; i < ev.index; i++) {
        const e = model.events[i];
        if (e.type === 'time' && e.minutes > 0) return true;
      }
      return false;
    };
    for (const acid of strong) {
      if (afterReduction(acid)) {
        out.push({
          range: acid.decl.name.range,
          message: `${acid.name} goes in after the ${cyano} reduction, into a pot that still holds the leftover cyanoborohydride: the strong acid releases hydrogen cyanide gas. Work the reaction up first (quench with 1 M NaOH, extract) or \`isolate\` the product, then add the acid (to take a Boc group off, say).`,
        });
        continue;
      }
      // A deprotection that was not concentrated: replacing its acid by AcOH would leave the Boc
      // group on. Concentrating it off is the remedy (acid-too-strong offers the edit).
      if (deprotecting(acid)) {
        out.push({
          range: acid.decl.name.range,
          message: `${acid.name} takes the Boc group off, but nothing takes the excess off before ${cyano} goes in: the strong acid left in the pot protonates the cyanoborohydride and can release hydrogen cyanide gas. Concentrate (co-evaporate with toluene or DCM) after the deprotection, and free the salt with Et3N or DIPEA before the reductive amination.`,
        });
        continue;
      }
      // Set out to take a Boc group off but too little for it, and not taken off: protected-target
      // says what to do (2 equiv or more, or no acid step), so no AcOH swap here — it would leave
      // the Boc group on as well. What stays of it is the amine's salt (one acid per basic
      // nitrogen, no HCN risk, as after a `concentrate`); only acid beyond that, which no base
      // takes up, is free strong acid that meets the cyanoborohydride (as acid-too-strong judges).
      const tl = tooLittle.get(acid);
      if (tl) {
        const amines = tl.amines.length > 0 ? tl.amines : model.amine ? [model.amine] : [];
        // (The pot at the first NaBH3CN addition after the acid in its stage, else at any there.)
        const inStage = model.reagents
          .filter((r) => kbIs(r, CYANO))
          .flatMap((r) => r.added)
          .filter((a) => a.stage === acid.added[0].stage)
          .sort((a, b) => a.index - b.index);
        const meets = inStage.find((a) => a.index > acid.added[0].index) ?? inStage[inStage.length - 1];
        if (amines.length === 0 || acid.equiv === undefined || !meets) continue;
        const { salt, per } = strongAcidSalt(amines);
        const left = Math.max(0, acid.equiv - baseInPot(meets)) / per;
        if (left <= salt / per + 1e-9) continue;
        const names = andList([...new Set(amines.map(proseName))]);
        const several = amines.length > 1;
        out.push({
          range: acid.decl.name.range,
          message:
            `${acidAt(acid, ` at ${formatEquiv(left)} equiv per amine`)} is too little to take the Boc group off (see protected-target) but more than ${names} ${several ? 'take' : 'takes'} up as ${several ? 'their salts' : 'its salt'} (one acid per basic nitrogen: ${formatEquiv(salt / per)} equiv), and nothing takes it off before ${cyano} goes in: ` +
            `the ${formatEquiv(left - salt / per)} equiv left over is free strong acid, which protonates the cyanoborohydride and can release hydrogen cyanide gas. Concentrate (co-evaporate with toluene or DCM) before the reductive amination: what stays is the salt.`,
        });
        continue;
      }
      const fix = replace.get(acid)!;
      out.push({
        range: acid.decl.name.range,
        message: takenUpAsSalt(model, acid, strong, cyano) ?? `${acid.name} with ${cyano}: a strong acid protonates the cyanoborohydride and can release hydrogen cyanide gas. Use AcOH to keep the pH between 4 and 7.`,
        fixes: [{ title: fix.title, edits: fix.edits, safe: true }],
      });
    }
    // The work-up is part of the run: a strong-acid quench, or acid before the mixture has been
    // made basic, meets the leftover cyanoborohydride and cyanide.
    // A cyanoborohydride that is only ever on a resin leaves with the resin at a work-up `filter`:
    // an acid wash of the filtrate meets no cyanide (the spent resin is the waste to treat).
    const resinOnly = onlyOnResin(model, CYANO);
    for (const st of model.workup) {
      if ((st.kind === 'quench' || st.kind === 'basify') && classifyWorkup(st.name.text).has('basic')) break;
      if (st.kind === 'filter' && resinOnly) break;
      if (st.kind !== 'quench' && st.kind !== 'acidify' && st.kind !== 'wash') continue;
      if (!STRONG_ACID.test(st.name.text)) continue;
      out.push({
        range: st.name.range,
        message: `${st.name.text} in the work-up of a ${cyano === CYANO ? 'NaBH3CN' : cyano} run, before it has been made basic, releases hydrogen cyanide from the leftover reagent. Quench with 1 M NaOH first, in a fume hood, and keep the aqueous waste above pH 10 (at the pH of NaHCO3, about 8.3, most cyanide is still HCN).`,
        fixes:
          st.kind === 'quench'
            ? [{ title: 'Quench with 1 M NaOH instead', edits: [ctx.edits.replace(st.name.range, '1 M NaOH')], safe: false }]
            : [],
      });
    }
    return out;
  },
});

/**
 * A strong acid the amines in the pot could take up entirely as their salt (one acid per basic
 * nitrogen, with the acid their own salts bring and every strong acid of the stage counted, less
 * what a base takes) and still keep a diamine partly free: `1,4-diazepane 3.0 equiv` with `HCl 1.0
 * equiv`, or 1.0 equiv on 1-Boc-1,4-diazepane, Borch's buffered set-up once mixed. Still reported (the spec's trigger is any strong acid beside NaBH3CN, and a slip in the
 * amount or the order has no margin), but the message says so instead of claiming the pot is
 * strongly acidic. Undefined when the acid goes beyond that salt, or the amounts are not known.
 */
function takenUpAsSalt(model: Model, acid: Reagent, strong: readonly Reagent[], cyano: string): string | undefined {
  const ev = acid.added[0];
  if (!ev || acid.equiv === undefined) return undefined;
  // The pot when the cyanoborohydride of that stage goes in (else at the acid's own addition).
  const cyanoAdds = model.reagents.filter((r) => kbIs(r, CYANO)).flatMap((r) => r.added).filter((a) => a.stage === ev.stage).sort((a, b) => a.index - b.index);
  const at = cyanoAdds.find((a) => a.index > ev.index) ?? ev;
  const amines: Reagent[] = [];
  const acids: Reagent[] = [];
  findInPot(at, (r) => {
    if (r.role === 'amine') amines.push(r);
    if (strong.includes(r)) acids.push(r);
    return false;
  });
  if (!acids.includes(acid)) acids.push(acid);
  if (amines.length === 0 || acids.some((a) => a.equiv === undefined)) return undefined;
  const { salt, per, nitrogens } = strongAcidSalt(amines);
  const carried = amines.reduce((sum, a) => sum + (a.kb?.salt?.strong ? (a.equiv ?? 1) * a.kb.salt.acidEquiv : 0), 0);
  const total = acids.reduce((sum, a) => sum + a.equiv!, 0) + carried - baseInPot(at);
  // (A diamine with an acid on each nitrogen is fully protonated, about pH 4 — its dihydrochloride,
  // which acid-too-strong reports: not the buffered pot. One acid on a one-nitrogen amine is.)
  if (nitrogens >= 2 ? total / per >= nitrogens - 1e-9 : total > salt + 1e-9) return undefined;
  const names = andList([...new Set(amines.map(proseName))]);
  const several = amines.length > 1;
  const substance = acid.kb?.name ?? acid.name;
  // (An amine hydrochloride is what Borch's buffered set-up weighs in; a catalyst's salt is nothing to buy.)
  const hcl = /^HCl$/i.test(substance);
  const held = hcl ? "the amine's hydrochloride, as in Borch's buffered set-up" : `the amine's ${substance} salt`;
  return (
    `${acid.name} with ${cyano}: ${formatEquiv(acid.equiv / per)} equiv per amine is within what ${names} ${several ? 'take' : 'takes'} up as ${several ? 'their salts' : 'its salt'} (one acid per basic nitrogen: ${formatEquiv(salt / per)} equiv), so once mixed it is held as ${held}, not as free acid. ` +
    `But a strong acid charged on its own has no margin: before it has met the amine, or if the amount is off, it protonates the cyanoborohydride and can release hydrogen cyanide gas. Use AcOH to keep the pH between 4 and 7${hcl ? ', or weigh the amine in as its hydrochloride, a solid that brings no free acid' : ''}.`
  );
}
