/**
 * Builds the meaning of a parsed protocol: reagents (roles, amounts, functional groups)
 * and the timeline (what is in the pot when, one-pot vs two-step, temperatures, solvent).
 * Pure and total: any Document, however broken, gives a Model.
 */
import { unreadAddAliases } from '../syntax/ast';
import type { AddStmt, Document, Line, Quantity, ReagentStmt, Role, SolventStmt, Statement, StepStmt, Temperature } from '../syntax/ast';
import type { FunctionalGroups, KbEntry } from '../kb/types';
import { lookup, isAqueousName, isHydrogenationId, isSolutionName, memoised, purityOf, strengthOf, withoutNote } from '../kb';
import { canonicalKey, formulaAndWeight, groupsFromSmiles } from '../kb/chem';
import { reagentMmol, toMmol } from './amounts';
import type { AddEvent, Deprotection, Model, Reagent, ReductantAddition, SolventComponent, SolventState, TemperatureEvent, TimelineEvent } from './types';

const ROOM_TEMPERATURE = 20;
/** `reflux` in an unknown solvent: above the 50 °C threshold of the guide. */
const UNKNOWN_REFLUX = 80;
/** Statements that let time pass (also when their line could not be read). */
const TIME_PASSES: ReadonlySet<string> = new Set(['stir', 'wait', 'heat', 'reflux']);

export function buildModel(doc: Document): Model {
  const model: Model = {
    doc,
    reagents: [],
    byAlias: new Map(),
    duplicateDecls: [],
    solvents: [],
    events: [],
    adds: [],
    undeclared: [],
    reductantAdditions: [],
    temperatures: [],
    amines: [],
    carbonyls: [],
    reductants: [],
    acids: [],
    workup: [],
    solventAt: () => undefined,
  };

  // Header: the first occurrence of each header line counts.
  for (const st of doc.statements) {
    switch (st.kind) {
      case 'protocol':
        model.protocol ??= st;
        break;
      case 'target':
        model.target ??= { stmt: st, degree: st.degree };
        break;
      case 'scale':
        if (!model.scale && !st.quantity.invalid && st.quantity.kind === 'amount')
          model.scale = { stmt: st, mmol: toMmol(st.quantity.value, st.quantity.unit) };
        break;
      case 'mode':
        model.mode ??= st;
        break;
    }
  }

  for (const st of doc.statements) {
    if (st.kind !== 'reagent') continue;
    if (model.byAlias.has(st.alias.text)) {
      model.duplicateDecls.push(st);
      continue;
    }
    const r = makeReagent(st, model.scale?.mmol);
    model.reagents.push(r);
    model.byAlias.set(r.alias, r);
  }
  // No (usable) `scale` line: the reagent marked `limiting` says what 1.0 equiv is, when its
  // amount is known; the other reagents' mmol and equiv follow from it.
  if (!model.scale) {
    const lim = model.reagents.find((r) => r.limiting && r.mmol !== undefined && r.mmol > 0);
    if (lim) {
      const equiv = lim.equivQ && !lim.equivQ.invalid && lim.equivQ.value > 0 ? lim.equivQ.value : 1;
      const scaleMmol = lim.mmol! / equiv;
      if (Number.isFinite(scaleMmol) && scaleMmol > 0) {
        model.scale = { mmol: scaleMmol, limiting: lim };
        applyScale(model, scaleMmol);
      }
    }
  }
  // No `scale` line and nothing marked `limiting`: the amounts weighed still say what 1.0 equiv is.
  if (!model.scale && !model.reagents.some((r) => r.limiting) && !doc.statements.some((st) => st.kind === 'scale')) {
    const found = scaleFromAmounts(model.reagents);
    if (found) {
      model.scale = { mmol: found.mmol, from: found.from, how: found.how };
      applyScale(model, found.mmol);
    }
  }
  for (const r of model.reagents) {
    if (r.role === 'amine') model.amines.push(r);
    else if (r.role === 'carbonyl') model.carbonyls.push(r);
    else if (r.role === 'reductant') model.reductants.push(r);
    else if (r.role === 'acid') model.acids.push(r);
  }

  buildTimeline(model);
  deprotections(model);
  mainAmine(model);
  // The first reaction is the first stage from the amine's on where a carbonyl goes in: a stage
  // before it that only deprotects (`add boc, tfa` … `isolate`) leaves the next one the first.
  const amineStage = model.amine?.added[0]?.stage ?? 0;
  let firstStage = Infinity;
  for (const c of model.carbonyls) for (const a of c.added) if (a.stage >= amineStage && a.stage < firstStage) firstStage = a.stage;
  if (firstStage === Infinity) firstStage = amineStage;
  for (const r of model.reagents) if (r.added.length > 0 && r.added[0].stage > firstStage && r !== model.amine) r.laterStage = true;
  return model;
}

/** Every reagent's mmol and equiv at a scale that did not come from a `scale` line. */
function applyScale(model: Model, scaleMmol: number): void {
  for (const r of model.reagents) {
    r.mmol ??= reagentMmol(r, scaleMmol);
    if (r.equiv === undefined && r.mmol !== undefined) r.equiv = derivedEquiv(r.mmol, scaleMmol);
  }
}

/** Roles whose amounts are stoichiometric (a catalyst's or a drying agent's are not). */
const STOICHIOMETRIC: ReadonlySet<Role | undefined> = new Set<Role | undefined>(['amine', 'carbonyl', 'reductant', 'acid', 'base']);

/**
 * What 1.0 equiv is when neither a `scale` line nor a `limiting` reagent says so, as a chemist
 * reads a page of weighed amounts: a reagent written with both its equiv and an amount
 * (`benzaldehyde 1.0 equiv, 5.36 mL`: 1.0 equiv is 50 mmol) — the amine or carbonyl first —
 * else, when no amine or carbonyl has an equiv, the amine or carbonyl at the fewest mmol (the
 * limiting reagent: the aldehyde under a diazepane in excess). Not when the result puts a
 * weighed reagent a unit slip away (below 0.01 or above 100 equiv): a mistyped amount must not
 * become the measure of every other line.
 */
function scaleFromAmounts(reagents: readonly Reagent[]): { mmol: number; from: Reagent; how: 'equiv' | 'shortage' } | undefined {
  const weighed = (r: Reagent) => r.mmol !== undefined && Number.isFinite(r.mmol) && r.mmol > 0;
  const counts = (r: Reagent) => STOICHIOMETRIC.has(r.role) && !isHydrogenationId(r.kb?.id) && !r.wtPercentQ;
  const substrate = (r: Reagent) => r.role === 'amine' || r.role === 'carbonyl';
  const both = (r: Reagent) => counts(r) && weighed(r) && !!r.equivQ && !r.equivQ.invalid && r.equivQ.value > 0;
  let found: { mmol: number; from: Reagent; how: 'equiv' | 'shortage' } | undefined;
  const withEquiv = reagents.find((r) => substrate(r) && both(r)) ?? reagents.find(both);
  if (withEquiv) found = { mmol: withEquiv.mmol! / withEquiv.equivQ!.value, from: withEquiv, how: 'equiv' };
  else if (!reagents.some((r) => substrate(r) && r.equivQ)) {
    let least: Reagent | undefined;
    for (const r of reagents) if (substrate(r) && weighed(r) && (!least || r.mmol! < least.mmol!)) least = r;
    if (least) found = { mmol: least.mmol!, from: least, how: 'shortage' };
  }
  if (!found || !Number.isFinite(found.mmol) || !(found.mmol > 0)) return undefined;
  for (const r of reagents) {
    if (!counts(r) || !weighed(r)) continue;
    const equiv = r.mmol! / found.mmol;
    if (equiv < 0.01 || equiv > 100) return undefined;
  }
  return found;
}

/**
 * Which compound a reagent is, whatever it is called: the knowledge-base entry (an amine's
 * salt is the amine: `1,4-diazepane·2HCl` is weighed differently but brings the same amine),
 * formaldehyde in any of its forms (gas, formalin, paraformaldehyde), else the molecule its
 * SMILES draws, else its name without a note. `byStructure` compares structures first (a known
 * name and the same molecule drawn are one), when a SMILES was written anyway.
 */
export function compoundKey(r: Reagent, byStructure = false): string {
  const id = r.kb?.id;
  if (id === 'formalin' || id === 'paraformaldehyde' || id === 'formaldehyde') return 'formaldehyde';
  if (byStructure) {
    const smiles = r.smiles ?? r.kb?.smiles;
    const k = smiles && canonicalKey(smiles);
    if (k) return k;
  }
  if (id) return id.split('.')[0];
  if (r.smiles && !byStructure) return `smiles:${canonicalKey(r.smiles) ?? r.smiles}`;
  return `name:${withoutNote(r.name).toLowerCase()}`;
}

/** An `isolate` name that says the amine was taken out as the free base (its salt neutralised by a basic wash). */
const FREE_BASE = /\bfree[- ]?bas(?:e|ed)\b|\bfree amine\b|\bneutrali[sz]ed\b|\b(?:NaOH|NaHCO3|Na2CO3|K2CO3|KOH|basic)\b[^)]*\b(?:wash|washed|work-?up|extraction|extracted)\b/i;

/** A protecting group that a strong acid takes off. */
export const ACID_LABILE = /\bboc\b|boc-|butoxycarbonyl|tert-butyl .*carboxylate/i;

/**
 * `Reagent.deprotection`: a strong acid added to a pot holding a Boc-protected amine (or in the
 * solvent it goes into), with no carbonyl of that stage in it yet and a carbonyl added
 * afterwards, is there to take the Boc group off — given time before the carbonyl (a `stir`, a
 * `concentrate` or an `isolate`), and 2 equiv or more per amine (less is a salt or a catalyst:
 * `deprotectionTooLittle`). Every Boc amine in the pot then loses its group, and the 2 equiv are
 * counted per amine of them all. Likewise H2 over palladium takes the Cbz group off every
 * Cbz-protected amine in its pot. Before the amine's first alkylation it is then counted as unprotected.
 */
function deprotections(model: Model): void {
  const isBoc = (r: Reagent) => r.role === 'amine' && r.protected && !r.deprotection && ACID_LABILE.test(r.kb?.name ?? r.name);
  // Where a strong acid meets the amine: its own first `add`, or the first `add` into a solvent
  // that holds one (`solvent DCM/TFA 4:1`, then `add boc`).
  const sources: { ev: AddEvent; acid?: Reagent; component?: SolventComponent }[] = [];
  for (const acid of model.acids) if (acid.acidStrength === 'strong' && acid.added[0]) sources.push({ ev: acid.added[0], acid });
  const acidSolvents = new Set<SolventState>();
  // The pot is read in full at the first `add` into such a solvent; after that only what each
  // `add` brings is new (reading the whole pot at every `add` was quadratic in the lines).
  const read = new Set<SolventState>();
  for (const ev of model.adds) {
    const s = ev.solvent;
    if (!s || acidSolvents.has(s)) continue;
    const component = s.components.find((c) => c.kb?.role === 'acid' && c.kb.acidStrength === 'strong');
    if (!component) continue;
    const first = !read.has(s);
    read.add(s);
    if (!(first ? findInPot(ev, isBoc) : ev.reagents.some(isBoc))) continue;
    acidSolvents.add(s);
    sources.push({ ev, component });
  }
  // The isolated product taken up in an acid solvent with nothing added to it (`isolate …`, then
  // `solvent DCM/TFA 4:1`, `stir 2 h`, `concentrate`): the acid meets the pot's Boc amines at the
  // `solvent` line itself — what the stage before it left, as a later stage's product when an
  // `isolate` comes between. (An acid solvent that an `add` goes into is read above.)
  let lastAdd: AddEvent | undefined;
  let isolates = 0;
  for (const e of model.events) {
    if (e.type === 'add') {
      lastAdd = e;
      isolates = 0;
      continue;
    }
    if (e.type === 'other' && e.stmt.kind === 'isolate') isolates++;
    if (e.type !== 'solvent' || !lastAdd || acidSolvents.has(e.solvent) || read.has(e.solvent)) continue;
    const component = e.solvent.components.find((c) => c.kb?.role === 'acid' && c.kb.acidStrength === 'strong');
    if (!component) continue;
    const ev: AddEvent = { stmt: lastAdd.stmt, step: lastAdd.step, stage: lastAdd.stage + isolates, index: e.index, reagents: [], before: [...lastAdd.before, ...lastAdd.reagents], solvent: e.solvent };
    if (!findInPot(ev, isBoc)) continue;
    acidSolvents.add(e.solvent);
    sources.push({ ev, component });
  }
  sources.sort((a, b) => a.ev.index - b.ev.index);
  for (const { ev, acid, component } of sources) {
    // Every Boc amine in the pot at that moment (two lots, or a Boc-diazepane and a
    // Boc-piperazine): one charge of acid takes the group off all of them.
    const found = new Set<Reagent>();
    let carbonylInStage = false;
    const topUps = new Set<Deprotection>();
    findInPot(ev, (r) => {
      if (isBoc(r)) found.add(r);
      // More acid for a deprotection under way (`add tfa2` when it is slow): part of it.
      const d = r.deprotection;
      if (acid && d?.group === 'Boc' && d.add.index < ev.index && ev.index < d.carbonylAt) topUps.add(d);
      if (carbonylOfStage(r, ev)) carbonylInStage = true;
      return false;
    });
    const bocs = [...found];
    if (topUps.size > 0 && acid && bocs.length === 0) {
      for (const d of topUps) (d.moreAcids ??= []).push(acid);
      continue;
    }
    if (bocs.length === 0 || carbonylInStage) continue;
    const carbonylAt = nextCarbonylAt(model, ev.index);
    if (carbonylAt === Infinity) continue;
    // It takes time (an hour or two at rt) and is usually followed by concentrating (a change
    // of solvent after an acid solvent means it was taken off).
    // (An `isolate` takes the excess off as well: what is isolated is the freed amine's salt.)
    let isolated = false;
    let freeBase = false;
    let concentrated = !!component && model.solventAt(carbonylAt) !== ev.solvent;
    let minutes = 0;
    // A `filter` with nothing insoluble added in the stage to filter off (no catalyst, resin, sieves or
    // drying agent) collects what came out of the acid: the amine's salt (HCl in dioxane or ether
    // precipitates it), the excess acid going with the filtrate — as an `isolate` of the salt.
    const solidInStage = (): boolean =>
      !!findInPot(ev, (r) => r.added.some((a) => a.stage === ev.stage) && (r.role === 'dehydrating' || r.role === 'catalyst' || !!r.kb?.supportOf || isHydrogenationId(r.kb?.id)));
    for (let i = ev.index + 1; i < carbonylAt; i++) {
      const e = model.events[i];
      if (e.type === 'time' && e.minutes > 0) minutes += e.minutes;
      else if (e.type === 'other' && (e.stmt.kind === 'isolate' || (e.stmt.kind === 'filter' && !solidInStage()))) {
        isolated = concentrated = true;
        // `isolate "… (free base, after a 1 M NaOH wash)"`: the salt was neutralised on the way out.
        if (e.stmt.kind === 'isolate' && FREE_BASE.test(e.stmt.name.text)) freeBase = true;
      }
      else if (e.type === 'other' && e.stmt.kind === 'concentrate') concentrated = true;
    }
    if (!concentrated && minutes <= 0) continue;
    // Set out as a deprotection, but with too little acid to take the Boc groups off (`TFA 2 µL`
    // for 2 mL): 2 equiv per amine, of all the Boc amines it meets. The groups stay on, and
    // protected-target says why — when the step is plainly a deprotection: the acid taken off
    // (a `concentrate` or `isolate`) before the carbonyl, or an hour or more with the amine. A
    // few minutes with a little strong acid can be a catalyst stirred in first.
    const withEquiv = bocs.filter((b) => b.equiv !== undefined);
    const amineTotal = withEquiv.reduce((s, b) => s + b.equiv!, 0);
    if (acid?.equiv !== undefined && withEquiv.length > 0 && acid.equiv < 2 * amineTotal) {
      if (concentrated || minutes >= 60) for (const b of bocs) b.deprotectionTooLittle ??= acid;
      continue;
    }
    const acidName = acid ? (acid.kb?.name ?? withoutNote(acid.name)) : component!.kb!.name;
    takeOff(bocs, { ...(acid ? { acid } : { solventAcid: component }), acidName, group: 'Boc', amines: bocs, add: ev, concentrated, ...(isolated ? { isolated } : {}), ...(freeBase ? { freeBase } : {}), carbonylAt });
  }
  // A Cbz group comes off by hydrogenolysis: H2 over palladium in a pot holding the Cbz-protected
  // amines (or their isolated products) and no carbonyl of that stage, with time before the next
  // carbonyl goes in — every Cbz amine in that pot, as for the Boc amines above. (With the carbonyl
  // in the pot it is a reductive amination that loses the Cbz group on the way: h2-reducible-group
  // says so.)
  for (const h2 of model.reductants) {
    const ev = h2.added[0];
    if (!ev || h2.kb?.id !== 'h2-pdc') continue;
    const found = new Set<Reagent>();
    let carbonylInStage = false;
    findInPot(ev, (r) => {
      if (r.role === 'amine' && r.protected && !r.deprotection && r.groups.cbz) found.add(r);
      if (carbonylOfStage(r, ev)) carbonylInStage = true;
      return false;
    });
    const cbzs = [...found];
    if (cbzs.length === 0 || carbonylInStage) continue;
    const carbonylAt = nextCarbonylAt(model, ev.index);
    if (carbonylAt === Infinity) continue;
    let timed = false;
    for (let i = ev.index + 1; i < carbonylAt && !timed; i++) {
      const e = model.events[i];
      timed = e.type === 'time' && e.minutes > 0;
    }
    if (!timed) continue;
    // The H2 and its catalyst declared apart (`pd = 20% Pd(OH)2/C`, `h2 = H2 (50 psi)`): one
    // hydrogenation, the other line part of this removal — added in its stage, before the carbonyl.
    const partners = model.reductants.filter(
      (r) => r !== h2 && isHydrogenationId(r.kb?.id) && r.added.length > 0 && r.added.every((a) => a.stage === ev.stage && a.index < carbonylAt),
    );
    takeOff(cbzs, { acid: h2, ...(partners.length ? { moreAcids: partners } : {}), acidName: 'H2', group: 'Cbz', amines: cbzs, add: ev, concentrated: true, carbonylAt });
    // It reduces no iminium: not the run's reductant addition (one-pot or two-step, `mode`).
    model.reductantAdditions = model.reductantAdditions.filter((ra) => ra.reductant !== h2 && !partners.includes(ra.reductant));
  }
}

/** A carbonyl added in the stage of `ev`, by then: the pot is a reductive amination, not a deprotection. */
function carbonylOfStage(r: Reagent, ev: AddEvent): boolean {
  return r.role === 'carbonyl' && r.added.some((a) => a.stage === ev.stage && a.index <= ev.index);
}

/**
 * The protecting group comes off every amine of `amines` (the Boc amines one acid charge meets, the
 * Cbz amines one hydrogenolysis reaches): in the amine's own stage it counts as unprotected from
 * then on (one more free N–H); in a later stage it is the isolated product that is deprotected.
 */
function takeOff(amines: Reagent[], d: Omit<Deprotection, 'later'>): void {
  for (const r of amines) {
    const later = d.add.stage > (r.added[0]?.stage ?? 0);
    r.deprotection = { ...d, later };
    if (!later) {
      r.protected = false;
      if (r.freeNH !== undefined) r.freeNH += 1;
    }
  }
}

/** The event index of the first carbonyl addition after event `index` (Infinity when none follows). */
function nextCarbonylAt(model: Model, index: number): number {
  let at = Infinity;
  for (const c of model.carbonyls) for (const a of c.added) if (a.index > index && a.index < at) at = a.index;
  return at;
}

/** `model.amine` and `model.amineEquiv` (see their docs); needs the timeline's `added` lists. */
function mainAmine(model: Model): void {
  const added = model.amines.filter((a) => a.added.length > 0);
  const pool = added.length > 0 ? added : model.amines;
  let best: Reagent | undefined;
  let bestRank = -1;
  for (const a of pool) {
    const rank = (/azepan/i.test(a.kb?.name ?? a.name) ? 100 : 0) + (a.protected ? 0 : 10) + Math.min(9, a.freeNH ?? 0);
    if (rank > bestRank) [best, bestRank] = [a, rank];
  }
  model.amine = best;
  if (!best || best.equiv === undefined) return;
  // Lots of one compound (`compoundKey`) with the same free N–H — never a protected lot.
  const key = compoundKey(best);
  const same = (a: Reagent) => compoundKey(a) === key && a.protected === best!.protected && (a.freeNH ?? -1) === (best!.freeNH ?? -1);
  let total = 0;
  for (const a of pool) if (same(a)) total += a.equiv ?? 0;
  model.amineEquiv = total;
}

// ---------------------------------------------------------------------------------------
// Reagents

function firstOfKind(qs: Quantity[], kind: Quantity['kind']): Quantity | undefined {
  return qs.find((q) => q.kind === kind && !q.invalid);
}

/**
 * What a reagent's name alone says (the knowledge-base entry, the name without its notes, the
 * guesses from the name): nothing from the rest of the line or of the protocol. Memoised by the
 * name (`memoised`, a bounded cache): a protocol names the same reagents on many lines, and
 * every keystroke builds the model again. Read-only: `groups` is copied into each reagent.
 */
interface NameFacts {
  kb?: KbEntry;
  /** `withoutNote(name)`: what the name-based guesses read. */
  bare: string;
  /** Functional groups from the knowledge base, else the name (used when no SMILES gives them). */
  groups: Readonly<FunctionalGroups>;
  /** `roleFromName(bare)`, for a name the knowledge base does not know. */
  roleByName?: Role;
  solution: boolean;
  /** The strength of a solution (by name, else the knowledge base's), for a solution. */
  strength?: number;
  purity?: number;
  protected: boolean;
  /** A diazepane or homopiperazine by name: its free N–H by `diazepaneFreeNH` (for an amine the knowledge base has no count for). */
  diazepaneNH?: number;
  /** `strengthFromName(name)` (read for an acid the knowledge base has no strength for). */
  strengthByName?: 'weak' | 'strong';
  aqueous: boolean;
}

const nameFacts: (name: string) => NameFacts = memoised((name) => {
  const kb = lookup(name);
  // What the name-based guesses read: the name without a note after it (`, 97%`, `(glacial)`).
  const bare = withoutNote(name);
  // A solution (`benzaldehyde in DCE 10 mL`, `AcOH, 10% in DCM`) is not the neat substance:
  // its volume or mass says nothing about mmol without a molarity (amounts.ts reads that).
  const solution = isSolutionName(name);
  const isProtected = !!kb?.protected || PROTECTED_NAME.test(name);
  return {
    kb,
    bare,
    groups: groupsFromKbOrName(kb, bare),
    roleByName: kb ? undefined : roleFromName(bare),
    solution,
    // A solution by weight (`acetaldehyde 40%`): a mass of it is that share of the substance, so
    // its MW applies with the strength as the fraction (a volume still needs a molarity).
    // (Formalin is a solution by name alone: 37 % unless the name says otherwise.)
    strength: solution || kb?.state === 'solution' ? (strengthOf(name) ?? kb?.strength) : undefined,
    purity: purityOf(name),
    protected: isProtected,
    diazepaneNH: /diazepan|homopiperazin/i.test(name) ? diazepaneFreeNH(bare, isProtected) : undefined,
    strengthByName: strengthFromName(name),
    aqueous: isAqueousName(name) || kb?.id === 'water',
  };
});

function makeReagent(decl: ReagentStmt, scaleMmol: number | undefined): Reagent {
  const name = decl.name.text;
  const facts = nameFacts(name);
  const { kb, solution, strength } = facts;
  const smiles = decl.smiles?.text || undefined;
  const fromSmiles = smiles ? groupsFromSmiles(smiles) : undefined;
  const groups: FunctionalGroups = fromSmiles ?? { ...facts.groups };

  let role: Role | undefined;
  let roleSource: Reagent['roleSource'];
  if (decl.role) {
    role = decl.role.role;
    roleSource = 'attribute';
  } else if (kb && kb.role !== 'solvent') {
    role = kb.role;
    roleSource = 'kb';
  } else if (!kb && fromSmiles && (fromSmiles.aldehyde || fromSmiles.ketone)) {
    role = 'carbonyl';
    roleSource = 'smiles';
  } else if (!kb && fromSmiles && fromSmiles.freeNH > 0) {
    role = 'amine';
    roleSource = 'smiles';
  } else if (!kb) {
    role = facts.roleByName;
    if (role) roleSource = 'name';
  }

  let mw = decl.mw?.value ?? (solution && strength === undefined ? undefined : kb?.mw);
  if (mw === undefined && smiles && !solution) mw = formulaAndWeight(smiles)?.mw;
  const density = decl.density?.value ?? (solution ? undefined : kb?.density);
  const purity = strength ?? facts.purity;

  const isProtected = facts.protected;
  let freeNH = kb?.freeNH ?? (fromSmiles ? fromSmiles.freeNH : undefined);
  if (freeNH === undefined && role === 'amine') freeNH = facts.diazepaneNH;

  const r: Reagent = {
    alias: decl.alias.text,
    decl,
    name,
    kb,
    role,
    roleSource,
    equivQ: firstOfKind(decl.quantities, 'equiv'),
    mmolQ: firstOfKind(decl.quantities, 'amount'),
    massQ: firstOfKind(decl.quantities, 'mass'),
    volumeQ: firstOfKind(decl.quantities, 'volume'),
    wtPercentQ: decl.quantities.find((q) => q.unit === 'wt%' && !q.invalid),
    mw,
    density,
    purity: purity !== undefined && purity < 1 ? purity : undefined,
    smiles,
    groups,
    freeNH,
    protected: isProtected,
    acidStrength: kb?.acidStrength ?? (role === 'acid' ? facts.strengthByName : undefined),
    aqueous: facts.aqueous,
    limiting: !!decl.limiting,
    added: [],
  };
  r.mmol = reagentMmol(r, scaleMmol);
  r.equiv = r.equivQ ? r.equivQ.value : r.mmol !== undefined && scaleMmol ? derivedEquiv(r.mmol, scaleMmol) : undefined;
  return r;
}

/**
 * Equivalents worked out from a weighed amount, without the float noise of the division
 * (466.268 mg of NaBH(OAc)3 at 1.1 mmol is 2.0 equiv, not 1.9999999999999996): the rules
 * compare them with `<=` and `>=`, and an exact 2.0 must read as 2.0.
 */
function derivedEquiv(mmol: number, scaleMmol: number): number {
  return Number((mmol / scaleMmol).toPrecision(12));
}

/**
 * A protecting group named in a reagent name (abbreviated or spelled out), or the carbamate in
 * IUPAC form: `tert-butyl 4-(pyridin-2-yl)-1,4-diazepane-1-carboxylate` is a Boc-protected amine.
 */
const PROTECTED_NAME =
  /\b(boc|cbz|fmoc|tosyl|ts)\b|boc-|cbz-|fmoc-|butoxycarbonyl|benzyloxycarbonyl|fluorenylmethoxycarbonyl|\b(?:tert-butyl|t-butyl|benzyl) .*(?:diazepane|piperazine)-[14]-carboxylate\b/i;

/**
 * Free N–H of a diazepane known only by its name: 2 for 1,4-diazepane, 3 for DAZA
 * (1,4-diazepan-6-amine), less one for each ring nitrogen (position 1 or 4) that carries a
 * substituent — `1-benzyl-1,4-diazepane` has 1, `1,4-dimethyl-1,4-diazepane` none; a
 * substituent on a carbon (`6-methyl-`) changes nothing. Locants inside brackets belong to
 * the substituent (`1-(4-fluorophenyl)-`: only the 1 counts). A ring nitrogen named in a
 * suffix (`1,4-diazepane-1-carbaldehyde`) counts too.
 */
export function diazepaneFreeNH(name: string, isProtected: boolean): number {
  const low = name.toLowerCase();
  const ring = /(?:1,4-)?diazepan|homopiperazin/.exec(low);
  // DAZA: 1,4-diazepan-6-amine, also named from its amino group (`6-amino-1,4-diazepane`).
  const total = /diazepan-6-amine|\bdaza\b|6-amino-(?:1,4-)?diazepan/.test(low) ? 3 : 2;
  const prefix = ring ? low.slice(0, ring.index) : '';
  const onN = new Set<string>();
  let depth = 0;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (i === 0 || /[-\s(]/.test(prefix[i - 1]))) {
      // A locant list at this level: `1-`, `1,4-`, `n-`, `n,n'-`, `n1-`, `n4-`.
      const m = /^((?:n?\d+'?|n'?)(?:,(?:n?\d+'?|n'?))*)-/.exec(prefix.slice(i));
      if (!m) continue;
      for (const loc of m[1].split(',')) {
        if (/^n?[14]$/.test(loc)) onN.add(loc.replace('n', ''));
        else if (loc === 'n' || loc === "n'") onN.add(loc === 'n' ? '1' : '4');
      }
      i += m[0].length - 1;
    }
  }
  // A suffix on a ring nitrogen: `1,4-diazepane-1-carbaldehyde`, `…-1-carboxylate`.
  const suffix = ring ? /^(?:e|-6-amine)?-(\d(?:,\d)*)-[a-z]/.exec(low.slice(ring.index + ring[0].length)) : null;
  if (suffix) for (const loc of suffix[1].split(',')) if (loc === '1' || loc === '4') onN.add(loc);
  const substituted = Math.max(onN.size, isProtected ? 1 : 0);
  return Math.max(0, total - substituted);
}

/** Functional groups from the knowledge base, else from the name (`bare`: without its notes). */
function groupsFromKbOrName(kb: KbEntry | undefined, bare: string): FunctionalGroups {
  const g = kb?.groups ?? {};
  const n = bare.toLowerCase();
  return {
    aldehyde: g.aldehyde ?? (!kb && (/(aldehyde|carbaldehyde|al)$/.test(lastWord(n)) || CHO_SHORTHAND.test(lastWord(bare)) || carbonylPrefix(n) === 'aldehyde')),
    ketone: g.ketone ?? (!kb && ((/one$/.test(lastWord(n)) && !/(aldehyde)/.test(n)) || carbonylPrefix(n) === 'ketone' || ketoneShorthand(lastWord(bare)))),
    nitro: g.nitro ?? /nitro/.test(n),
    alkene: g.alkene ?? /vinyl|allyl|cinnam|acryl|styr/.test(n),
    alkyne: g.alkyne ?? /propargyl|ethynyl|ynyl\b|yn-|ynal/.test(n),
    // `4-(benzyloxy)benzaldehyde`, `4-OBn-benzaldehyde`, `BnO-…`, `O-benzyl …`, a benzyl ester (`benzyl 4-oxopiperidine-1-carboxylate`).
    oBenzyl: g.oBenzyl ?? /benzyloxy|(?:^|[^a-z])(?:o-benzyl|obn|bno)(?![a-z])|benzyl ether|(?:^|\s)benzyl \S*ate\b/.test(n),
    // A benzyl on a ring nitrogen of a saturated amine named by its locant (`1-benzyl-1,4-diazepane`,
    // `1-benzylpiperidin-4-one`, `4-benzylmorpholine`), or `N-benzyl`/`N-Bn`; not `4-benzylpiperidine` (on carbon).
    nBenzyl: g.nBenzyl ?? nBenzylFromName(n),
    // `1-Cbz-4-piperidone`, `N-Z-…`, `benzyloxycarbonyl`, or a benzyl ester of a ring nitrogen (`benzyl 4-oxopiperidine-1-carboxylate`).
    cbz: g.cbz ?? CBZ_NAME.test(n),
    // A halogen or CN on a named aromatic ring (`4-bromobenzaldehyde`, `5-bromothiophene-2-carbaldehyde`,
    // `4-Br-benzaldehyde`, `2-iodobenzaldehyde`, `4-formylbenzonitrile`, `4-CN-benzaldehyde`). A knowledge-base
    // entry says itself (a SMILES-less one has no such group): NaBH3CN, `NaBH3(CN)` and MeCN are no aryl nitriles.
    arylBr: g.arylBr ?? (!kb && aromaticName(n) && /bromo(?!methyl|ethyl|acet)|(?:^|[^a-z0-9])br(?![a-z0-9])/.test(n)),
    arylI: g.arylI ?? (!kb && aromaticName(n) && /iodo(?!methyl|ethyl|acet)/.test(n)),
    nitrile: g.nitrile ?? (!kb && /nitrile|(?:^|[^a-z])cyano(?!bor|trihydro)|(?:^|[^a-z0-9])cn(?![a-z0-9])/.test(n)),
    freeNH: kb?.freeNH ?? g.freeNH ?? 0,
  };
}

const CBZ_NAME = /(?<![a-z])(?:cbz|z-|benzyloxycarbonyl)|benzyl \S*(?:azetidin|pyrrolidin|piperidin|piperazin|morpholin|azepan|diazepan)\S*-\d-carboxylate/;

/** A benzyl on a ring nitrogen, by name: `N-benzyl…`, `1-benzyl-…piperidine`, `4-Bn-…diazepane` (built once: the model runs on every keystroke). */
const N_BENZYL_NAMES = [
  /(?:^|[^a-z0-9])n-(?:benzyl(?!oxy)|bn(?![a-z]))/,
  ...(
    [
      ['1', 'diazepan|homopiperazin|piperazin|piperid|pyrrolid|azetid|azepan'],
      ['4', 'diazepan|homopiperazin|piperazin|morpholin'],
    ] as const
  ).map(([locants, ring]) => new RegExp(String.raw`(?:^|[^a-z0-9])(?:${locants})-(?:benzyl(?!oxy)|bn(?![a-z]))[^]*(?:${ring})`)),
];
/** A name that carries an aromatic ring: benzene, phenyl, a heteroarene, naphthalene and the like. */
function aromaticName(n: string): boolean {
  return /benz|phenyl|aryl|anis|tolu|xyl|salicyl|vanill|naphth|pyrid|pyrimid|pyrazin|(?:pyrrol|pyrazol|imidazol|thiazol|oxazol)(?!idin)|indol|indazol|quinol|thiophen|thienyl|(?<!hydro)furan|furfur|furyl/.test(n);
}

function nBenzylFromName(n: string): boolean {
  return N_BENZYL_NAMES.some((re) => re.test(n));
}

function lastWord(n: string): string {
  const words = n.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/**
 * The spec's name heuristics for a reagent that is neither in the knowledge base nor has a
 * role or SMILES; `bare` is the name without its notes (`withoutNote`).
 */
export function roleFromName(bare: string): Role | undefined {
  const w = lastWord(bare.toLowerCase()).replace(/[^a-z0-9-]+$/, '');
  if (/(aldehyde|carbaldehyde|carboxaldehyde|one|al)$/.test(w)) return 'carbonyl';
  // An aldehyde written as notebooks write its formula, R–CHO (`2-PyCHO`, `cPrCHO`, `thiophene-2-CHO`).
  if (CHO_SHORTHAND.test(lastWord(bare))) return 'carbonyl';
  // A ketone written the same way, R–COMe or R–COEt (`4-FC6H4COMe`, `3-PyCOMe`; `PhCOMe` itself is
  // acetophenone, in the knowledge base).
  if (ketoneShorthand(lastWord(bare))) return 'carbonyl';
  if (/(amine|azepane|piperazine)$/.test(w)) return 'amine';
  // The carbonyl named as a prefix on a ring carbon of an ester or carbamate, as building blocks are
  // (`tert-butyl 4-formylpiperidine-1-carboxylate`, `tert-butyl 3-oxopyrrolidine-1-carboxylate`,
  // `methyl 4-formylbenzoate`, `3-acetylpyridine`).
  if (carbonylPrefix(bare.toLowerCase())) return 'carbonyl';
  // A diazepane or piperazine whose ring nitrogen is a Boc or Cbz carbamate, named in IUPAC form
  // (`tert-butyl 4-(4-chlorobenzyl)-1,4-diazepane-1-carboxylate`): the amine of a deprotection
  // followed by a reductive amination, though the name ends in `-carboxylate`. Not a lactam or an
  // aldehyde on the ring (`5-oxo-`, `4-formyl-`), which is no amine to alkylate.
  if (CARBAMATE_AMINE_NAME.test(bare) && !/oxo|formyl/i.test(bare)) return 'amine';
  // A diazepane or piperazine with an ester, amide, nitrile or alcohol on a ring carbon
  // (`methyl 1,4-diazepane-6-carboxylate`, `1,4-diazepan-6-ol`): its ring nitrogens are as free as
  // the parent's, though the name ends in the carbon's suffix. Not on a ring nitrogen (1 or 4:
  // a carbamate, above) and not a lactam (`5-oxo-`).
  if (C_SUFFIX_AMINE_NAME.test(bare) && !/oxo|formyl/i.test(bare)) return 'amine';
  // An unsubstituted diazepane or piperazine hung on a chain by one ring nitrogen, named after the
  // chain (`methyl 3-(1,4-diazepan-1-yl)propanoate`, `2-(1,4-diazepan-1-yl)ethanol`): its other ring
  // nitrogen is a free N–H. A carbonyl on the chain was caught above by the last word.
  if (N_YL_AMINE_NAME.test(bare)) return 'amine';
  return undefined;
}

/**
 * The end of an aldehyde's formula as notebooks write it, after the group it is on: `2-PyCHO`,
 * `cPrCHO`, `iBuCHO`, `thiophene-2-CHO` (capital CHO, as written; `HCHO` is formaldehyde, in the
 * knowledge base).
 */
const CHO_SHORTHAND = /[A-Za-z0-9)\]]-?CHO$/;

/**
 * The end of a methyl or ethyl ketone's formula as notebooks write it, after the group the carbonyl
 * is on: `4-FC6H4COMe`, `3-PyCOMe`, `ArC(O)Et`. Not after N or O: `NHCOMe` is an acetamide and
 * `OCOMe` an acetate.
 */
function ketoneShorthand(word: string): boolean {
  return /[A-Za-z0-9)\]]-?C(?:O|\(O\)|\(=O\))(?:Me|Et|CH3)$/.test(word) && !/(?:N|NH|O)-?C(?:O|\(O\)|\(=O\))(?:Me|Et|CH3)$/.test(word);
}

/**
 * Rings a carbonyl prefix can stand on, with the positions of their ring heteroatoms (a formyl or
 * acetyl there is an amide: `1-formylpiperidine`, `4-acetylpiperazine`) and, for `oxo`, the
 * positions next to one (a lactam or lactone: `2-oxopyrrolidine`, `5-oxo-1,4-diazepane`).
 * Aromatic rings with a nitrogen take no `oxo` (a pyridone). Not a diazepane or piperazine: a
 * carbonyl on a ring carbon of one (`tert-butyl 6-oxo-1,4-diazepane-1-carboxylate`) leaves a free
 * ring N–H, and whether it is the amine or the carbonyl of the run is the author's to say (`role`).
 */
const PREFIX_RINGS: { re: RegExp; hetero: number[]; nextToHetero: number[] | 'none' }[] = [
  { re: /^azetidin/, hetero: [1], nextToHetero: [2, 4] },
  { re: /^pyrrolidin/, hetero: [1], nextToHetero: [2, 5] },
  { re: /^piperidin/, hetero: [1], nextToHetero: [2, 6] },
  { re: /^morpholin/, hetero: [1, 4], nextToHetero: [2, 3, 5, 6] },
  { re: /^azepan/, hetero: [1], nextToHetero: [2, 7] },
  { re: /^(?:oxan|tetrahydro-2h-pyran|tetrahydropyran)/, hetero: [1], nextToHetero: [2, 6] },
  { re: /^(?:oxolan|tetrahydrofuran)/, hetero: [1], nextToHetero: [2, 5] },
  { re: /^cyclo(?:propan|butan|pentan|hexan|heptan)/, hetero: [], nextToHetero: [] },
  { re: /^(?:benz|phenyl)/, hetero: [], nextToHetero: 'none' },
  { re: /^(?:pyridin|quinolin|pyrimidin|indol|pyrrol|imidazol|pyrazol|thiazol|oxazol)/, hetero: [1], nextToHetero: 'none' },
  { re: /^(?:thiophen|furan)/, hetero: [1], nextToHetero: 'none' },
];

/**
 * An aldehyde or ketone named as a prefix on a ring carbon (`4-formylpiperidine`, `3-oxoazetidine`,
 * `4-acetylbenzonitrile`, `3-acetylpyridine`): which one, else undefined. Only a numbered prefix
 * directly on a ring the table knows, not on a heteroatom (an amide) nor, for `oxo`, next to one
 * (a lactam or lactone); the name must not also say amine, which the amine heuristics read.
 */
function carbonylPrefix(low: string): 'aldehyde' | 'ketone' | undefined {
  const m = /(?:^|[\s(-])(\d+)-(formyl|acetyl|oxo)-?((?:1,4-)?[a-z][a-z0-9-]*)/.exec(low);
  if (!m) return undefined;
  const locant = Number(m[1]);
  const ring = PREFIX_RINGS.find((r) => r.re.test(m[3]));
  if (!ring || ring.hetero.includes(locant)) return undefined;
  if (m[2] === 'oxo') {
    if (ring.nextToHetero === 'none' || ring.nextToHetero.includes(locant)) return undefined;
    return 'ketone';
  }
  return m[2] === 'formyl' ? 'aldehyde' : 'ketone';
}

const N_YL_AMINE_NAME = /\((?:1,4-diazepan|homopiperazin|piperazin)-1-yl\)/i;

const C_SUFFIX_AMINE_NAME = /(?:1,4-diazepan|homopiperazin|piperazin)e?-[23567](?:,[23567])*-(?:di)?(?:carboxylate|carboxamide|carbonitrile|carboxylic acid|ol)$/i;

const CARBAMATE_AMINE_NAME = /\b(?:tert-butyl|t-butyl|benzyl) .*(?:diazepane|homopiperazine|piperazine)-[14]-carboxylate$/i;

function strengthFromName(name: string): 'weak' | 'strong' | undefined {
  if (/\b(hcl|tfa|h2so4|tsoh|msoh|hbr|triflic|sulfonic|sulfuric|hydrochloric)\b/i.test(name)) return 'strong';
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Solvents

export function solventState(stmt: SolventStmt): SolventState {
  const parts = stmt.parts.length ? stmt.parts : [stmt.name];
  const components: SolventComponent[] = [];
  let protic = false;
  let bp: number | undefined;
  for (const token of parts) {
    const facts = solventFacts(token.text);
    components.push({ token, kb: facts.kb });
    if (facts.protic) protic = true;
    const b = facts.kb?.boilingPointC;
    if (b !== undefined) bp = bp === undefined ? b : Math.min(bp, b);
  }
  return { stmt, components, protic, boilingPointC: bp };
}

/** What a solvent's name alone says (knowledge-base entry, protic), memoised by the name as `nameFacts` is. */
const solventFacts: (name: string) => { kb?: KbEntry; protic: boolean } = memoised((name) => {
  const kb = lookup(name);
  return { kb, protic: !!kb?.protic || isProticName(name) };
});

function isProticName(n: string): boolean {
  return /^(meoh|etoh|iproh|i-proh|isopropanol|methanol|ethanol|water|h2o|2-propanol|propan-2-ol|n-buoh|buoh)$/i.test(n.trim());
}

// ---------------------------------------------------------------------------------------
// Timeline

function effectiveCelsius(t: Temperature, solvent: SolventState | undefined): number | undefined {
  if (t.word === 'reflux') return solvent?.boilingPointC ?? UNKNOWN_REFLUX;
  return t.high ?? t.celsius;
}

function buildTimeline(model: Model): void {
  const { doc } = model;
  const pot = new Set<Reagent>();
  /** The pot's reagents in the order they went in (the order of `[...pot]`); it only grows. */
  const potOrder: Reagent[] = [];
  let clock = 0; // minutes since the first step began
  let meetTime: number | undefined;
  let stage = 0; // `isolate` lines so far
  let solvent: SolventState | undefined;
  let currentStep: StepStmt | undefined;
  const solventByEvent: (SolventState | undefined)[] = [];
  const pendingReductants: ReductantAddition[] = [];

  // Whether an amine and a carbonyl are in the pot, kept up to date as reagents go in
  // (asking the whole pot at every addition was quadratic when they never meet).
  let amineIn = false;
  let carbonylIn = false;
  const push = (e: TimelineEvent) => {
    model.events.push(e);
    solventByEvent.push(solvent);
  };
  const setTemperature = (stmt: Statement, temperature: Temperature | undefined) => {
    if (!temperature) return;
    const ev: TemperatureEvent = {
      stmt,
      temperature,
      celsius: effectiveCelsius(temperature, solvent),
      afterMeet: meetTime !== undefined,
      solvent,
    };
    model.temperatures.push(ev);
  };
  let celsiusNow: number | undefined = ROOM_TEMPERATURE;

  for (const line of doc.lines) {
    const st = line.statement ?? unreadAdd(model, line);
    if (!st) {
      // A `stir`, `wait`, `heat` or `reflux` that could not be read (`stir 2 hrz`, `stri 2 h`)
      // still lets time pass: without it a typo would make the next reductant look one-pot.
      if (line.invalid && line.block === 'step' && line.meant && TIME_PASSES.has(line.meant)) clock += 1;
    } else visit(line, st);
    // The statements after `then` (`add acid, then stir 5 min`), in order, after the first: one
    // that does not read still lets time pass when it was meant to (`then stir 2 hrz`).
    for (const part of line.then ?? []) {
      if (part.statement) visit(line, part.statement);
      else if (line.block === 'step' && part.meant && TIME_PASSES.has(part.meant)) clock += 1;
    }
  }
  model.solventAt = (i: number) => (i >= 0 && i < solventByEvent.length ? solventByEvent[i] : solvent);

  function visit(line: Line, st: Statement): void {
    if (line.block === 'workup') {
      if (st.kind === 'workup') model.workupStmt = st;
      else model.workup.push(st);
      if (st.kind === 'add') undeclaredOf(model, st);
      return;
    }
    if (st.kind === 'workup') {
      model.workupStmt = st;
      return;
    }
    const index = model.events.length;
    switch (st.kind) {
      case 'step':
        currentStep = st;
        break;
      case 'solvent': {
        const s = solventState(st);
        model.solvents.push(s);
        if (line.block === 'header') {
          model.topSolvent ??= s;
          if (solvent === undefined || model.topSolvent === s) solvent = s;
        } else {
          solvent = s;
          push({ type: 'solvent', stmt: st, solvent: s, index });
        }
        break;
      }
      case 'add': {
        if (line.block !== 'step') {
          undeclaredOf(model, st);
          break;
        }
        const ev = addEvent(model, st, currentStep, index, potOrder, solvent);
        ev.stage = stage;
        const metBefore = meetTime !== undefined;
        for (const r of ev.reagents) {
          if (pot.has(r)) continue;
          pot.add(r);
          potOrder.push(r);
          if (r.role === 'amine') amineIn = true;
          else if (r.role === 'carbonyl') carbonylIn = true;
        }
        if (!metBefore && amineIn && carbonylIn) meetTime = clock;
        ev.minutesSinceMeet = meetTime !== undefined ? clock - meetTime : undefined;
        if (st.temperature) {
          setTemperature(st, st.temperature);
          celsiusNow = effectiveCelsius(st.temperature, solvent);
        }
        ev.celsius = celsiusNow;
        push(timelineAdd(ev));
        model.adds.push(ev);
        for (const r of ev.reagents) {
          r.added.push(ev);
          if (r.role !== 'reductant') continue;
          const ra: ReductantAddition = { reductant: r, add: ev, onePot: meetTime !== undefined && clock === meetTime };
          model.reductantAdditions.push(ra);
          if (meetTime === undefined) pendingReductants.push(ra);
        }
        // A reductant already in the pot when the amine meets the carbonyl: one-pot too.
        if (!metBefore && meetTime !== undefined) {
          for (const ra of pendingReductants) ra.onePot = true;
          pendingReductants.length = 0;
        }
        // `add … over 30 min`: the reagents are in from the start of the addition, and the
        // time passes after it (a reductant added next is not one-pot any more).
        if (st.duration && st.duration.minutes > 0 && Number.isFinite(st.duration.minutes)) {
          clock += st.duration.minutes;
          push({ type: 'time', stmt: st, minutes: st.duration.minutes, index: model.events.length });
        }
        break;
      }
      case 'stir':
      case 'wait':
      case 'reflux':
      case 'heat': {
        let minutes = 0;
        if (st.kind === 'stir' || st.kind === 'wait') minutes = st.duration.minutes;
        // Without a time, `reflux` and `heat to` still let time pass (bringing a pot to a
        // temperature takes a while): a nominal minute, so what follows is not one-pot.
        else minutes = st.duration ? st.duration.minutes : 1;
        if (st.kind === 'stir') setTemperature(st, st.temperature);
        if (st.kind === 'heat') setTemperature(st, st.temperature);
        if (st.kind === 'reflux')
          setTemperature(st, { word: 'reflux', raw: st.keyword.text, range: st.keyword.range });
        if (st.kind === 'stir') celsiusNow = st.temperature ? effectiveCelsius(st.temperature, solvent) : celsiusNow;
        if (st.kind === 'heat') celsiusNow = effectiveCelsius(st.temperature, solvent);
        if (st.kind === 'reflux') celsiusNow = solvent?.boilingPointC ?? UNKNOWN_REFLUX;
        if (minutes > 0 && Number.isFinite(minutes)) {
          clock += minutes;
          push({ type: 'time', stmt: st, minutes, index });
        } else push({ type: 'other', stmt: st, index });
        break;
      }
      case 'cool':
        setTemperature(st, st.temperature);
        celsiusNow = effectiveCelsius(st.temperature, solvent);
        // (`cool to 0 °C over 10 min`: the cooling takes that long.)
        if (st.duration && st.duration.minutes > 0 && Number.isFinite(st.duration.minutes)) {
          clock += st.duration.minutes;
          push({ type: 'time', stmt: st, minutes: st.duration.minutes, index });
        } else push({ type: 'other', stmt: st, index });
        break;
      case 'monitor':
        // `monitor NMR for imine` once the amine met the carbonyl: the author waited for the
        // imine and checked it (guide Q1) — time passed, a nominal minute as for `heat to`
        // without a time, so a reductant added next is a two-step addition.
        if (line.block === 'step' && meetTime !== undefined && st.forWhat && /imine|iminium/i.test(st.forWhat.text)) {
          clock += 1;
          push({ type: 'time', stmt: st, minutes: 1, index });
          break;
        }
        if (line.block === 'step') push({ type: 'other', stmt: st, index });
        break;
      case 'isolate':
        // The product is taken out: what is added next is a new reaction on it.
        if (line.block === 'step') {
          stage++;
          push({ type: 'other', stmt: st, index });
          // The isolated product is an amine that has met no carbonyl yet: a carbonyl added
          // next meets it then (NaBH4 added with formalin for an N-methylation is one-pot).
          if (meetTime !== undefined) {
            meetTime = undefined;
            carbonylIn = false;
            pendingReductants.length = 0;
          }
        }
        break;
      case 'concentrate':
      case 'filter':
      case 'note':
        if (line.block === 'step') push({ type: 'other', stmt: st, index });
        break;
      default:
        break;
    }
  }
}

/**
 * An `add` in a step that could not be read (`add acid, then stir 5 min`, `add stab dropwse`):
 * the reagents its alias list names still go in — the line has its `syntax-error`, and
 * without them a false `missing-acid` (or one-pot, or stoichiometry) diagnostic would follow.
 * Only the declared aliases count (`then` above is no reagent, and an undeclared word on a
 * line that does not read is not reported twice); nothing else of the line is read.
 */
function unreadAdd(model: Model, line: Line): AddStmt | undefined {
  if (!line.invalid || line.meant !== 'add' || line.block !== 'step') return undefined;
  const aliases = unreadAddAliases(line).filter((t) => model.byAlias.has(t.text));
  if (aliases.length === 0) return undefined;
  const end = line.comment ? line.comment.range.start.character : line.text.length;
  let e = end;
  while (e > line.indent && /\s/.test(line.text[e - 1])) e--;
  let k = line.indent;
  while (k < e && /[A-Za-z-]/.test(line.text[k])) k++;
  const at = (c: number) => ({ line: line.index, character: c });
  return {
    kind: 'add',
    line: line.index,
    keyword: { text: line.text.slice(line.indent, k), range: { start: at(line.indent), end: at(k) } },
    range: { start: at(line.indent), end: at(e) },
    aliases,
  };
}

/**
 * The aliases of an `add` outside the steps that no `reagent` line declares (`model.undeclared`).
 * (The parser makes no such statement today — `add` there is a syntax error —, but the list is
 * meant to hold every `add` statement's, whatever the parser does.)
 */
function undeclaredOf(model: Model, stmt: AddStmt): void {
  for (const a of stmt.aliases) if (!model.byAlias.has(a.text)) model.undeclared.push({ stmt, alias: a });
}

function addEvent(
  model: Model,
  stmt: AddStmt,
  step: StepStmt | undefined,
  index: number,
  potOrder: Reagent[],
  solvent: SolventState | undefined,
): AddEvent {
  const reagents: Reagent[] = [];
  for (const a of stmt.aliases) {
    const r = model.byAlias.get(a.text);
    if (!r) model.undeclared.push({ stmt, alias: a });
    else if (!reagents.includes(r)) reagents.push(r);
  }
  return new PotAddEvent(stmt, step, index, reagents, solvent, { order: potOrder, n: potOrder.length });
}

// ---------------------------------------------------------------------------------------
// The pot before an add, without copying it at every add
//
// The pot only grows, so what is in it before an add is always a prefix of one list (the
// reagents in the order they went in). Copying that prefix into every AddEvent made a
// protocol with many reagents and many adds quadratic in time and memory. Instead an
// AddEvent keeps (privately) the shared list and the prefix length; `before` is a getter
// that copies the prefix on first use and keeps the copy, and the rules walk the prefix in
// place with `findInPot`.

interface PotView {
  order: Reagent[];
  n: number;
  copy?: Reagent[];
}

class PotAddEvent implements AddEvent {
  stmt: AddStmt;
  step?: StepStmt;
  index: number;
  reagents: Reagent[];
  solvent?: SolventState;
  celsius?: number;
  minutesSinceMeet?: number;
  stage = 0;
  #pot: PotView;

  constructor(stmt: AddStmt, step: StepStmt | undefined, index: number, reagents: Reagent[], solvent: SolventState | undefined, pot: PotView) {
    this.stmt = stmt;
    this.step = step;
    this.index = index;
    this.reagents = reagents;
    this.solvent = solvent;
    this.#pot = pot;
  }

  /** Reagents already in the pot before this add (a copy made on first use, then kept). */
  get before(): Reagent[] {
    return (this.#pot.copy ??= this.#pot.order.slice(0, this.#pot.n));
  }

  set before(value: Reagent[]) {
    this.#pot = { order: value, n: value.length, copy: value };
  }

  static view(add: AddEvent): PotView | undefined {
    return #pot in add ? (add as PotAddEvent).#pot : undefined;
  }
}

/** The timeline's copy of an add event (what `{ ...ev, type: 'add' }` was), sharing its pot. */
class TimelinePotAddEvent extends PotAddEvent {
  readonly type = 'add' as const;
}

function timelineAdd(ev: AddEvent): TimelineEvent {
  const copy = new TimelinePotAddEvent(ev.stmt, ev.step, ev.index, ev.reagents, ev.solvent, PotAddEvent.view(ev)!);
  copy.minutesSinceMeet = ev.minutesSinceMeet;
  copy.celsius = ev.celsius;
  copy.stage = ev.stage;
  return copy;
}

/**
 * Whether `r` is in the pot at `add` (already in it, or going in with it), without walking the
 * pot: the pot only grows, so `r` is in it before `add` exactly when its first addition comes
 * earlier. (An AddEvent not made by `buildModel` is read through its `before` array.)
 */
export function potHolds(add: AddEvent, r: Reagent): boolean {
  if (add.reagents.includes(r)) return true;
  if (!PotAddEvent.view(add)) return add.before.includes(r);
  const first = r.added[0];
  return first !== undefined && first.index < add.index;
}

/**
 * The first reagent, in the order of `[...add.before, ...add.reagents]`, for which `pred`
 * holds; without copying the pot. Works on any AddEvent (one not made by `buildModel` is
 * read through its `before` array).
 */
export function findInPot(add: AddEvent, pred: (r: Reagent) => boolean): Reagent | undefined {
  const view = PotAddEvent.view(add);
  if (view) {
    for (let i = 0; i < view.n; i++) if (pred(view.order[i])) return view.order[i];
  } else {
    for (const r of add.before) if (pred(r)) return r;
  }
  for (const r of add.reagents) if (pred(r)) return r;
  return undefined;
}
