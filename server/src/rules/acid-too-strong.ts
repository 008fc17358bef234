import { acidAt, acidName, amineWord, kbIs, NABH4, andList, basicNitrogens, deprotectedBy, laterDeprotectionSubject, replaceSolventEdit, baseInPot, declarationInsertLine, declarationText, defineRule, formatEquiv, freeAlias, lastReductantAddition, proseName, reductantName, replaceWithAcohFixes, setEquivEdits, strongAcidSalt, tooLittleDeprotections } from './helpers';
import type { Finding, RuleContext } from './types';
import type { Range, TextEdit } from '../types';
import type { Model, Reagent } from '../model/types';
import { findInPot } from '../model/model';

export default defineRule({
  id: 'acid-too-strong',
  severity: 'warning',
  category: 'chemistry',
  summary: 'A strong acid of ≥ 1.0 equiv (relative to the amine) is in the pot before the reductant: it protonates the amine instead of catalysing.',
  fixes: [
    { title: 'Replace the acid with AcOH', safe: false },
    { title: 'Free the deprotected amine with DIPEA before the carbonyl', safe: false },
    { title: 'Raise the base that goes in with the carbonyl to free the deprotected amine', safe: false },
  ],
  check(ctx) {
    const { model } = ctx;
    const amineEquiv = model.amineEquiv;
    // Without an amine there is nothing to protonate (missing-component says what is missing).
    if (!model.amine) return [];
    const seen = new Set<Reagent>();
    const out: Finding[] = [];
    // The pot only grows, so every acid that is in the pot at some reductant addition is in
    // it at the last one, and in the same first-seen order: walking that one pot gives the
    // same findings as walking the pot of each addition (which was quadratic).
    const last = lastReductantAddition(model);
    if (!last) return out;
    // A base in the pot (Et3N, DIPEA freeing an amine salt) takes up as much strong acid.
    let base = baseInPot(last.add);
    // First the acids to flag, then their fixes: the AcOH replacements share the 2.0 equiv
    // that catalyses (with NaBH3CN in the run, the same answer as cyanide-acid's).
    // What protonates the amine is the strong acid in the pot in all (TFA 0.6 + HCl 0.6 is
    // 1.2 equiv): every strong acid that brings some of it is reported once the total is 1.0.
    const flagged: { acid: Reagent; ratio: number }[] = [];
    const deprotections: { ratio: number; d: Deprotection; range: Range; subject: string }[] = [];
    let totalRatio = 0;
    // Acids set out to take a Boc group off but too little for it: protected-target tells their
    // story (a salt of the amine, the Boc group still on); here only strong acid left free on top.
    const tooLittle = tooLittleDeprotections(model);
    const excess: { acid: Reagent; ratio: number; carried: number; salt: number; nitrogens: number; amines: Reagent[] }[] = [];
    // What of `held` equiv of strong acid no base has taken up, per equiv of amine — by default
    // the run's amine, for a deprotection the amines it freed (the base in the pot is used up in
    // the order the acids are met: reagents, solvents, salts).
    const unbuffered = (held: number, per = amineEquiv): number => {
      const free = Math.max(0, held - base);
      base = Math.max(0, base - held);
      return per ? free / per : free;
    };
    findInPot(last.add, (acid) => {
      if (acid.role !== 'acid' || acid.acidStrength !== 'strong' || seen.has(acid) || acid.equiv === undefined) return false;
      seen.add(acid);
      // Too little to take the Boc group off: the acid makes the amine's salt, one acid per basic
      // nitrogen — like the hydrochloride of a one-nitrogen amine, Borch's buffered set-up, which
      // is not reported. Only acid beyond that salt, left in the pot (nothing concentrated off),
      // is a pH problem on top.
      const tl = tooLittle.get(acid);
      if (tl) {
        const amines = tl.amines.length > 0 ? tl.amines : [model.amine!];
        const { salt, per, nitrogens } = strongAcidSalt(amines);
        // An amine supplied as its salt (`1-Boc-1,4-diazepane hydrochloride`) has that salt filled
        // already: its acid counts first, and this one comes on top.
        const carried = amines.reduce((sum, a) => sum + (a.kb?.salt?.strong ? (a.equiv ?? 1) * a.kb.salt.acidEquiv : 0), 0);
        const ratio = unbuffered(tl.takenOff ? Math.min(acid.equiv, Math.max(0, salt - carried)) : acid.equiv, per);
        if (ratio + carried / per > salt / per + 1e-9) excess.push({ acid, ratio, carried: carried / per, salt: salt / per, nitrogens, amines });
        return false;
      }
      // The acid that took a Boc group off before any carbonyl came: what is left of it once the
      // pot is concentrated is the salt of the freed amine, one acid per basic nitrogen.
      // (More acid added to the same deprotection is part of it: once concentrated, the salt is
      // counted with the first acid, and nothing of this one stays.)
      const by = deprotectedBy(model, acid);
      const d = by && deprotection(model, by.amines);
      // (Isolated as the free base: the salt was neutralised, nothing of the acid is left.)
      const held = d?.freeBase ? 0 : d?.concentrated ? (by!.topUp ? 0 : Math.min(acid.equiv, d.salt)) : acid.equiv;
      const ratio = d ? unbuffered(held, d.equiv) : unbuffered(held);
      if (ratio <= 0) return false;
      // (Named as the substance, the solution once: `HCl (as 4 M HCl in dioxane) takes the Boc
      // group off …, its HCl salt`.)
      if (d) deprotections.push({ ratio, d, range: acid.equivQ?.range ?? acid.decl.name.range, subject: acidAt(acid, '') });
      else {
        totalRatio += ratio;
        flagged.push({ acid, ratio });
      }
      return false;
    });
    // The same for an acid in the solvent (`solvent DCM/TFA 4:1`): once that solvent is taken
    // off, the salt of the freed amine stays; while it is the solvent, the pot is strongly acidic.
    // (Amines deprotected together in it are one finding.)
    for (const r of model.amines) {
      const md = r.deprotection;
      if (!md?.solventAcid || md.amines[0] !== r || !findInPot(last.add, (x) => md.amines.includes(x))) continue;
      const d = deprotection(model, md.amines);
      const ratio = unbuffered(d.freeBase ? 0 : d.concentrated ? d.salt : Infinity, d.equiv);
      if (ratio > 0) deprotections.push({ ratio, d, range: md.solventAcid.token.range, subject: `${md.acidName} in the solvent` });
    }
    // A strong acid in the solvent of the reductive amination itself (`solvent DCM/TFA 4:1`, the
    // amine and the carbonyl in it, then the hydride), not one a deprotection took off: bulk acid.
    const deprotectionSolvents = new Set(model.amines.map((r) => r.deprotection?.solventAcid).filter(Boolean));
    for (const ra of model.reductantAdditions) {
      const sv = ra.add.solvent;
      const c = sv?.components.find((x) => x.kb?.role === 'acid' && x.kb.acidStrength === 'strong');
      if (!sv || !c || deprotectionSolvents.has(c) || out.some((f) => f.range === c.token.range)) continue;
      const other = sv.components.find((x) => x !== c && x.kb?.role === 'solvent');
      out.push({
        range: c.token.range,
        message: `${c.kb!.name} is part of the solvent (${sv.stmt.name.text}) when ${reductantName(ra.reductant)} goes in: a strong acid in bulk fully protonates ${amineWord(model.amine)}, which can no longer attack the carbonyl, and decomposes the hydride. Run the reductive amination in ${other?.kb?.name ?? 'DCE'} with AcOH (1–2 equiv) as the catalyst.`,
        fixes: [{ title: `Use ${other?.kb?.name ?? 'DCE'} as the solvent`, edits: [replaceSolventEdit(ctx, sv, other?.token.text ?? 'DCE')], safe: false }],
      });
    }
    for (const { ratio, d, range, subject } of deprotections) {
      if (ratio < 1.0) continue;
      // (`4 M HCl in dioxane` takes the Boc group off; what stays is HCl, as the amine's HCl salt.)
      const name = d.acidName;
      const several = d.names.length > 1;
      // (After an `isolate` the acid meets the product of the earlier reaction, Boc group and all:
      // that is what loses it, and its salt what is taken out.)
      const left = d.isolated
        ? d.product
          ? `what is isolated after it is the freed ${several ? 'amines as their' : 'amine as its'} ${name} ${several ? 'salts' : 'salt'}`
          : several ? `the amines isolated after it are their ${name} salts` : `the amine isolated after it is its ${name} salt`
        : d.concentrated
        ? `${d.acid ? 'concentrating takes off the excess' : 'taking the solvent off removes the excess'} but leaves ${several ? `the freed amines as their ${name} salts` : `the freed amine as its ${name} salt`}`
        : d.acid
          ? `the excess is still in the pot when the carbonyl goes in`
          : `the carbonyl goes in while it is still the solvent`;
      const who = several ? 'each amine' : amineWord(d.amines[0]);
      const perAmine = Number.isFinite(ratio) ? `${formatEquiv(ratio)} equiv of ${name} per amine ${protonation(ratio, d.nitrogens, who)}` : `That much ${name} ${protonation(Infinity, d.nitrogens, who)}`;
      const salt = several ? 'the salts' : 'the salt';
      // A base that goes in with the carbonyl already frees part of it: more of that one, not a second base.
      const inPot = baseWithCarbonyl(model, d);
      const remedy = d.concentrated
        ? inPot
          ? `Free ${salt} before the carbonyl goes in: ${formatEquiv(ratio * d.equiv)} equiv more of ${inPot.kb?.name ?? proseName(inPot)} (${formatEquiv(inPot.equiv! + ratio * d.equiv)} equiv in all), then AcOH (1–2 equiv) as the catalyst.`
          : `Free ${salt} before the carbonyl goes in: Et3N or DIPEA (${formatEquiv(ratio * d.equiv)} equiv), then AcOH (1–2 equiv) as the catalyst.`
        : `Concentrate first (co-evaporate with toluene or DCM), then free ${salt} with Et3N or DIPEA (${formatEquiv(d.salt)} equiv) before the carbonyl, and catalyse with AcOH (1–2 equiv).`;
      out.push({
        range,
        message: `${subject} takes the Boc ${several ? 'groups' : 'group'} off ${d.product ?? andList(d.names)}, and ${left}. ${perAmine} ${remedy}`,
        fixes: [inPot && d.concentrated ? raiseBaseFix(ctx, inPot, inPot.equiv! + ratio * d.equiv, several) : freeWithBaseFix(ctx, d)],
      });
    }
    for (const { acid, ratio, carried, salt, nitrogens, amines } of excess) {
      // (`TFA at 1.0 equiv per amine, on top of the HCl 1-Boc-1,4-diazepane hydrochloride brings (1.0 equiv),`)
      const salts = [...new Set(amines.filter((a) => a.kb?.salt?.strong).map((a) => `the ${a.kb!.salt!.acid} ${proseName(a)} brings`))];
      const onTop = carried > 0 ? `, on top of ${andList(salts)} (${formatEquiv(carried)} equiv),` : '';
      out.push({
        range: acid.equivQ?.range ?? acid.decl.name.range,
        message: `${beyondSalt(acidAt(acid, ` at ${formatEquiv(ratio)} equiv per amine${onTop}`), ratio + carried, salt, nitrogens, amines, carried > 0 ? ', and none of this acid is taken off before the carbonyl goes in' : ', and none of it is taken off before the carbonyl goes in')} Concentrate before the carbonyl goes in (co-evaporate with toluene or DCM): what stays is the salt.`,
      });
    }
    // An amine salt brings its acid with it. One acid on a one-nitrogen amine (a Boc-diazepane
    // hydrochloride) is Borch's conditions: the salt buffers the pot near pH 5–6, as it should.
    // But a diamine carrying an acid on each nitrogen (`1,4-diazepane·2HCl`, about pH 4) with
    // no base to take it up is fully protonated, as written-out HCl would leave it (guide Q1).
    const amine = model.amine;
    const basicN = Math.max(1, basicNitrogens(amine) ?? 2);
    findInPot(last.add, (r) => {
      if (!r.kb?.salt?.strong || seen.has(r)) return false;
      seen.add(r);
      const carried = (r.equiv ?? 1) * r.kb.salt.acidEquiv;
      const ratio = unbuffered(carried);
      const name = r.kb.salt.acid;
      if (basicN >= 2 && ratio < basicN) {
        // Freed only by a base that goes in after the imine was given its time, with NaBH4: during
        // that time the diamine was fully protonated and formed no imine, and NaBH4 meets the free
        // carbonyl. (With NaBH(OAc)3 or NaBH3CN the reduction only runs one-pot once the base is
        // in, which they tolerate: the lost time is not reported.)
        const late = kbIs(last.reductant, NABH4) ? lateBase(last.add) : undefined;
        const early = baseInPot(last.add) - (late?.equiv ?? 0);
        const before = Math.max(0, carried - early) / (amineEquiv || 1);
        if (late && before >= basicN) {
          const baseName = late.base.kb?.name ?? proseName(late.base);
          out.push({
            range: r.decl.name.range,
            message:
              `${r.kb.name} carries ${['one', 'two', 'three'][r.kb.salt.acidEquiv - 1] ?? r.kb.salt.acidEquiv} ${name} per molecule, and the ${baseName} that frees it goes in only ${minutesText(late.minutes)} after the carbonyl: until then ${amineWord(amine)} is fully protonated and forms no imine, ` +
              `so ${reductantName(last.reductant)} meets the aldehyde or ketone still free and reduces much of it to the alcohol. Add the ${baseName} with the amine salt, before the carbonyl, so that the imine forms before ${reductantName(last.reductant)} goes in.`,
          });
        }
        return false;
      }
      if (basicN < 2) return false;
      const taken = baseInPot(last.add) > 0;
      out.push({
        range: r.decl.name.range,
        message: `${r.kb.name} carries ${['one', 'two', 'three'][r.kb.salt.acidEquiv - 1] ?? r.kb.salt.acidEquiv} ${name} per molecule, and ${taken ? 'the base in the pot frees only part of it' : 'no base frees it'}. ${formatEquiv(ratio)} equiv of ${name} per amine ${protonation(ratio, basicN, amineWord(amine))} Add Et3N or DIPEA (1 equiv per ${name}) with it, or NaOAc to buffer it with AcOH.`,
      });
      return false;
    });
    // An amine with one basic nitrogen (1-Boc-1,4-diazepane) takes one strong acid up as its salt —
    // the pot of its hydrochloride, Borch's buffered set-up (not reported above): only acid beyond
    // that salt is free, as for a deprotection's acid. (A diamine's salt with one acid per basic
    // nitrogen is the fully protonated one: there every equivalent counts.)
    // (An amine supplied as that salt, `1-Boc-1,4-diazepane hydrochloride`, has it filled already.)
    const one = strongAcidSalt([model.amine]);
    const salt = one.nitrogens === 1 && !model.amine.kb?.salt?.strong ? one.salt / one.per : 0;
    if (flagged.length === 0 || totalRatio < 1.0 || totalRatio <= salt + 1e-9) return out;
    const replace = replaceWithAcohFixes(ctx, flagged.map((f) => f.acid));
    const inAll = flagged.length > 1 ? ` (${formatEquiv(totalRatio)} equiv of strong acid per amine in all: ${flagged.map((f) => acidName(f.acid)).join(' + ')})` : '';
    for (const { acid, ratio } of flagged) {
      const subject = `${acidName(acid)} at ${formatEquiv(ratio)} equiv per amine${inAll}`;
      out.push({
        range: acid.equivQ?.range ?? acid.decl.name.range,
        message: `${salt > 0 ? beyondSalt(subject, totalRatio, salt, one.nitrogens, [model.amine]) : `${subject} ${protonation(totalRatio, basicNitrogens(model.amine), amineWord(model.amine))}`} Use a weak acid such as AcOH (1–2 equiv).`,
        fixes: [{ ...replace.get(acid)!, safe: false }],
      });
    }
    return out;
  },
});

interface Deprotection {
  /** The Boc-protected amines the acid met before any carbonyl (two lots, or two amines, in one pot). */
  amines: Reagent[];
  /** Their names, each once (two lots of one amine are one name). */
  names: string[];
  /** Their equiv in all. */
  equiv: number;
  /** The equiv of acid their salts hold once the excess is gone: one per basic nitrogen of each. */
  salt: number;
  /** The acid added for it, if it was a reagent (not the solvent). */
  acid?: Reagent;
  /** The acid as a substance (`TFA`, `HCl`). */
  acidName: string;
  /** Basic nitrogens of an amine (or of the isolated product) once the Boc group is off (of the one with most). */
  nitrogens: number;
  /** The excess acid is gone when the carbonyl goes in (a `concentrate` or `isolate`, or the acid solvent replaced). */
  concentrated: boolean;
  /** It went with an `isolate`: the amine was taken out as its salt. */
  isolated?: boolean;
  /** …as the free base, the `isolate` says: no acid left. */
  freeBase?: boolean;
  /** The event index of the first carbonyl addition after the acid. */
  carbonylAt: number;
  /** After an `isolate`: the isolated product the acid deprotects, as the message names it. */
  product?: string;
}

/** What the rule needs of the amines' deprotection (the model's `deprotection`, which they must have). */
function deprotection(model: Model, amines: Reagent[]): Deprotection {
  const d = amines[0].deprotection!;
  const product = laterDeprotectionSubject(model, amines, 'Boc', d.add);
  const nitrogens = (a: Reagent) => (basicNitrogens(a) ?? 1) + (a.protected ? 1 : 0);
  return {
    amines,
    names: [...new Set(amines.map(proseName))],
    equiv: amines.reduce((s, a) => s + (a.equiv ?? 1), 0),
    salt: amines.reduce((s, a) => s + nitrogens(a) * (a.equiv ?? 1), 0),
    acid: d.acid,
    acidName: d.acidName,
    nitrogens: Math.max(...amines.map(nitrogens)),
    concentrated: d.concentrated,
    isolated: d.isolated,
    freeBase: d.freeBase,
    carbonylAt: d.carbonylAt,
    ...(product ? { product } : {}),
  };
}

/**
 * Declare DIPEA (one per basic nitrogen of the freed amine) — or take the base the table
 * declares and no step adds — and add it on a line of its own before the carbonyl's `add`,
 * after a `concentrate` inserted there when none is written.
 */
function freeWithBaseFix(ctx: RuleContext, d: Deprotection): { title: string; edits: TextEdit[]; safe: false } {
  const declared = unusedBase(ctx.model);
  // (The base the table declares, by its own name: `Et3N`, `K2CO3`.)
  const name = declared ? (declared.kb?.name ?? proseName(declared)) : 'DIPEA';
  return { title: `Free the deprotected ${d.names.length > 1 ? 'amines' : 'amine'} with ${name} before the carbonyl`, edits: freeWithBaseEdits(ctx, d), safe: false };
}

/**
 * The one base (Et3N, DIPEA; not an amine salt) in the pot when the carbonyl after a deprotection goes
 * in, with its equiv written: too little of it to free the salt is raised, rather than a second base
 * declared beside it. (Two bases, or one with no equiv: the usual fix.)
 */
function baseWithCarbonyl(model: Model, d: Deprotection): Reagent | undefined {
  const add = model.events[d.carbonylAt];
  if (add?.type !== 'add') return undefined;
  const bases: Reagent[] = [];
  // (Added after the acid: a base in the pot before it went into the deprotection.)
  const from = d.amines[0].deprotection!.add.index;
  findInPot(add, (r) => {
    if (r.role === 'base' && !r.kb?.salt && r.added.some((a) => a.index > from)) bases.push(r);
    return false;
  });
  return bases.length === 1 && bases[0].equiv !== undefined ? bases[0] : undefined;
}

function raiseBaseFix(ctx: RuleContext, base: Reagent, equiv: number, several: boolean): { title: string; edits: TextEdit[]; safe: false } {
  return {
    title: `Raise '${base.alias}' (${base.kb?.name ?? proseName(base)}) to ${formatEquiv(equiv)} equiv to free the deprotected ${several ? 'amines' : 'amine'}`,
    edits: setEquivEdits(ctx, base, equiv),
    safe: false,
  };
}

/**
 * A base (Et3N, DIPEA; not an amine salt) that first goes in after time has passed since the amine
 * met the carbonyl — with or just before the reductant — and how long after; the first such, with
 * its equiv (1 when none is written).
 */
function lateBase(add: import('../model/types').AddEvent): { base: Reagent; equiv: number; minutes: number } | undefined {
  let out: { base: Reagent; equiv: number; minutes: number } | undefined;
  findInPot(add, (r) => {
    const first = r.added[0];
    if (r.role === 'base' && !r.kb?.salt && first && (first.minutesSinceMeet ?? 0) > 0) {
      out = { base: r, equiv: r.equiv ?? 1, minutes: first.minutesSinceMeet! };
      return true;
    }
    return false;
  });
  return out;
}

/** `30 min`, `1 h`, `1.5 h`, `16 h`. */
function minutesText(m: number): string {
  return m < 60 ? `${Math.round(m)} min` : `${formatEquiv(m / 60).replace(/\.0$/, '')} h`;
}

/** A base the table declares and no step adds (not an amine salt). */
function unusedBase(model: Model): Reagent | undefined {
  return model.reagents.find((r) => r.role === 'base' && !r.kb?.salt && r.added.length === 0);
}

function freeWithBaseEdits(ctx: RuleContext, d: Deprotection): TextEdit[] {
  const { model, edits } = ctx;
  const declared = unusedBase(model);
  const alias = declared?.alias ?? freeAlias(model, 'dipea');
  const add = model.events[d.carbonylAt];
  // Concentrated here, the residue is taken up again: in the solvent of the reaction, unless
  // that is the acid solvent itself (then DCE, which suits NaBH(OAc)3).
  const s = model.solventAt(d.carbonylAt);
  const acidic = !s || s.components.some((c) => c.kb?.role === 'acid');
  const solvent = acidic ? 'DCE' : [s.stmt.name.text, s.stmt.ratio?.text, s.stmt.amount && !s.stmt.amount.invalid ? s.stmt.amount.raw : undefined].filter(Boolean).join(' ');
  const lines = d.concentrated ? [`add ${alias}`] : ['concentrate', `solvent ${solvent}`, `add ${alias}`];
  const out = [edits.insertLinesBefore(add.stmt.line, lines)];
  const need = d.salt;
  if (!declared) {
    const at = declarationInsertLine(model);
    out.unshift(edits.insertLinesAfter(at, [declarationText(ctx, at, alias, `DIPEA ${formatEquiv(need)} equiv`)], at >= 0 ? at : undefined));
  } else if (declared.equiv === undefined || declared.equiv < need - 1e-9) {
    // Declared with less than one per basic nitrogen (`DIPEA 0.5 equiv`): raised to free the salt.
    out.unshift(...setEquivEdits(ctx, declared, need));
  }
  return out;
}

/**
 * Strong acid beyond the salt of `amines` (`salt` equiv per amine, one acid per basic nitrogen):
 * `SUBJECT is more than AMINE takes up as its salt (…)WHEN: the 0.5 equiv left over is free strong
 * acid, which …` — for a deprotection's acid and a catalyst's alike.
 */
function beyondSalt(subject: string, ratio: number, salt: number, nitrogens: number, amines: readonly Reagent[], when = ''): string {
  const names = andList([...new Set(amines.map(proseName))]);
  const several = amines.length > 1;
  return (
    `${subject} is more than ${names} ${several ? 'take' : 'takes'} up as ${several ? 'their salts' : 'its salt'} (one acid per basic nitrogen: ${formatEquiv(salt)} equiv)${when}: ` +
    `the ${formatEquiv(ratio - salt)} equiv left over is free strong acid, which ${protonation(ratio, nitrogens, several ? 'each amine' : amineWord(amines[0]))}`
  );
}

/**
 * What that much strong acid does to the diazepane: one equivalent per basic nitrogen
 * protonates it fully (pH below 4); less leaves some nitrogens free, but as ammonium salts
 * most of the amine is no longer nucleophilic.
 */
function protonation(ratio: number, basicN: number | undefined, amine: string): string {
  const n = Math.max(1, basicN ?? 2);
  if (ratio >= n) return `pushes the pH below 4: ${amine} is fully protonated and can no longer attack the carbonyl.`;
  const taken = ['one', 'two', 'three', 'four'][Math.floor(ratio) - 1] ?? String(Math.floor(ratio));
  return `is taken up by ${amine}: it protonates ${taken} of its ${n} nitrogens, which leaves a less nucleophilic amine and no free acid to catalyse iminium formation.`;
}
