/** Building blocks shared by rule files: edits that rewrite reagent lines and solvents. */
import type { Document, Line, Quantity, Statement, Token, WorkupNameStmt } from '../syntax/ast';
import type { Model, Reagent, ReductantAddition, SolventState } from '../model/types';
import type { RuleContext } from './types';
import type { Range, TextEdit } from '../types';
import { arylCarbonyl } from '../kb/chem';
import { alcoholSolutionOf, classifyWorkup, isHydrogenationId, isSolutionName, levenshtein, lookup, lookupById, resinName, withoutNote } from '../kb';
import { gramsFor, millilitresFor, quantityMmol as reagentMmolOf, reagentMmol, solventVolume, toMl } from '../model/amounts';
import { ACID_LABILE, compoundKey, findInPot } from '../model/model';
import { addListTokens } from '../syntax/ast';
import { aliasRenameEdits, keepColumn } from '../edits';
import { ADD_MANNERS } from '../syntax/keywords';

/** A number the way a chemist writes an equivalent: 1.0, 1.5, 2.5, 0.75, 12. */
export function formatEquiv(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '?' : n > 0 ? '> 1e308' : '< -1e308'; // an overflowing amount: never "Infinity"
  const r = Math.round(n * 100) / 100;
  if (!Number.isFinite(r)) return String(Number(n.toPrecision(3))); // 1e308 equiv: not "Infinity"
  // Below 0.1 equiv (a catalyst, a trace of acid) two decimals would round 0.005 to 0.01 or
  // show 0.0: keep two significant figures instead (0.005, 0.015, 0.0001).
  if (n !== 0 && Math.abs(n) < 0.1) return String(Number(n.toPrecision(2)));
  if (Number.isInteger(r)) return r.toFixed(1);
  return String(r);
}

/**
 * Equivalents a chemist measured for a round figure come out a hair off it (601 mg of
 * Boc-diazepane at 3 mmol is 1.0003 equiv; 1.15 mL of AcOH at 10 mmol is 2.01): within 1 % they
 * are that figure, as the messages would print them. The one tolerance of every equiv comparison.
 */
export const EQUIV_TOLERANCE = 0.01;

/** `equiv` reaches `wanted`, within EQUIV_TOLERANCE. */
export function reachesEquiv(equiv: number, wanted: number): boolean {
  return equiv >= wanted * (1 - EQUIV_TOLERANCE);
}

/** `equiv` goes beyond `most`, by more than EQUIV_TOLERANCE. */
export function exceedsEquiv(equiv: number, most: number): boolean {
  return equiv > most * (1 + EQUIV_TOLERANCE);
}

/** A quantity with 3 significant figures (mmol, g, mL, mg, µL). */
export function formatSig(n: number, digits = 3): string {
  if (!Number.isFinite(n) || n === 0) return String(n);
  const mag = Math.floor(Math.log10(Math.abs(n)));
  const decimals = Math.max(0, digits - 1 - mag);
  return n.toFixed(Math.min(decimals, 6));
}

/** The small units a chemist moves up from once a figure reaches a thousand of them. */
const MOVE_UP: Readonly<Record<string, string>> = { µg: 'mg', mg: 'g', µL: 'mL', µmol: 'mmol' };

/**
 * A mass, volume or amount to 3 significant figures in the unit written, or in the next larger
 * one once it reaches a thousand (`3179 mg` → `3.18 g`, `1250 µL` → `1.25 mL`), as a chemist
 * would write it: `unit` is set only when it changes.
 */
export function sigInUnit(v: number, unit: string): { value: string; unit?: string } {
  const up = MOVE_UP[unit];
  const rounded = Number(formatSig(v));
  if (up !== undefined && Number.isFinite(v) && Math.abs(rounded) >= 1000) return { value: formatSig(rounded / 1000), unit: up };
  return { value: formatSig(v) };
}

/** The edits that write `v` (in `q`'s unit) into quantity `q`: its number, and its unit when `sigInUnit` moves it up. */
function quantityValueEdits(ctx: RuleContext, q: Quantity, v: number): TextEdit[] {
  const t = sigInUnit(v, q.unit);
  const edits = [ctx.edits.replace(q.valueRange, t.value)];
  if (t.unit !== undefined) edits.push(ctx.edits.replace(q.unitRange, t.unit));
  return edits;
}

/** `q`'s new text for `v` in its unit: `3.18 g` for 3179 mg. */
function quantityText(q: Quantity, v: number, unitText = q.unitText): string {
  const t = sigInUnit(v, q.unit);
  return `${t.value} ${t.unit ?? unitText}`;
}

/**
 * Edits that set a reagent's equiv to `equiv` and keep its other quantities in agreement
 * (mmol from scale, mass from MW, volume from density) where they can be computed. Where no
 * equiv quantity is written, one is inserted after the name.
 */
export function setEquivEdits(ctx: RuleContext, r: Reagent, equiv: number): TextEdit[] {
  const scale = ctx.model.scale?.mmol;
  const edits: TextEdit[] = [];
  const eq = r.decl.quantities.find((q) => q.kind === 'equiv');
  // A page of weighed amounts whose scale is the reagent in shortage (no `scale` line, no equiv
  // on the amines and carbonyls): the new amount is written as the others are, in g or mL.
  if (!eq && scale !== undefined && ctx.model.scale?.how === 'shortage') {
    const mmol = equiv * scale;
    for (const q of r.decl.quantities) {
      if (q.invalid) continue;
      const v = convertFromMmol(q, mmol, r);
      if (v !== undefined) edits.push(...quantityValueEdits(ctx, q, v));
    }
    if (edits.length > 0) return edits;
  }
  if (eq) edits.push(ctx.edits.replace(eq.valueRange, formatEquiv(equiv)));
  else if (r.decl.quantities.length > 0) {
    // Before the first quantity, as one more column entry: `3.0 equiv, 15.0 mmol`.
    const first = r.decl.quantities[0].range.start;
    edits.push(ctx.edits.replace(emptyAt(first.line, first.character), `${formatEquiv(equiv)} equiv, `));
  } else edits.push(ctx.edits.replace(emptyAt(r.decl.name.range.end.line, nameEnd(r)), ` ${formatEquiv(equiv)} equiv`));
  if (scale === undefined) {
    // No scale: the amounts written beside the equiv were weighed for it (`1.0 equiv, 501 mg`),
    // so they grow with it — 3.0 equiv is three times the mass, not the same 501 mg.
    const old = eq && !eq.invalid ? eq.value : undefined;
    if (old === undefined || !(old > 0)) return edits;
    for (const q of r.decl.quantities) {
      if (q === eq || q.invalid) continue;
      const v = (q.value * equiv) / old;
      if (Number.isFinite(v)) edits.push(...(q.kind === 'equiv' ? [ctx.edits.replace(q.valueRange, formatSig(v))] : quantityValueEdits(ctx, q, v)));
    }
    return edits;
  }
  const mmol = equiv * scale;
  for (const q of r.decl.quantities) {
    if (q === eq || q.invalid) continue;
    const v = convertFromMmol(q, mmol, r);
    if (v !== undefined) edits.push(...quantityValueEdits(ctx, q, v));
  }
  return edits;
}

/**
 * Edits that raise (or lower) the amine to `equiv`, and — when it is a salt (`…·2HCl`), or
 * becomes one in a Boc deprotection (the model's `deprotection`), freed by a base — the base
 * with it, in the same proportion: tripling the dihydrochloride and leaving the Et3N would free
 * only a third of it (the proportion of all its lots, when other lines bring more of it). `title` is what to add to a fix's title.
 */
export function setAmineEquivEdits(ctx: RuleContext, amine: Reagent, equiv: number): { edits: TextEdit[]; title: string } {
  const edits = setEquivEdits(ctx, amine, equiv);
  const old = amine.equiv;
  if (!(amine.kb?.salt || amine.deprotection?.group === 'Boc') || old === undefined || !(old > 0) || Math.abs(equiv - old) < 1e-9) return { edits, title: '' };
  const bases = counted(ctx.model.reagents.filter((r) => r.role === 'base')).filter((r) => r.equiv !== undefined && r.equiv > 0);
  // The base frees every lot of the amine that needs it (two Boc lots deprotected together): it
  // follows their total, of which this line is a part.
  const freed = (r: Reagent) => !!(r.kb?.salt || r.deprotection?.group === 'Boc');
  const key = compoundKey(amine);
  const total = ctx.model.amines.filter((r) => r.equiv !== undefined && freed(r) && r.protected === amine.protected && compoundKey(r) === key).reduce((s, r) => s + r.equiv!, 0);
  const parts: string[] = [];
  for (const b of bases) {
    const next = Number(formatEquiv((b.equiv! * (total - old + equiv)) / total));
    edits.push(...setEquivEdits(ctx, b, next));
    parts.push(`'${b.alias}' to ${formatEquiv(next)} equiv`);
  }
  return { edits, title: parts.length ? ` and ${parts.join(', ')} (to free the salt)` : '' };
}

function nameEnd(r: Reagent): number {
  // After the closing quote of a quoted name.
  return r.decl.name.range.end.character + (r.decl.quoted ? 1 : 0);
}

function emptyAt(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

/** The value `q` should have (in its own unit) for `mmol` of reagent `r`, if computable. */
export function convertFromMmol(q: Quantity, mmol: number, r: Reagent): number | undefined {
  switch (q.kind) {
    case 'amount':
      return q.unit === 'mol' ? mmol / 1000 : q.unit === 'µmol' ? mmol * 1000 : mmol;
    case 'mass': {
      // The same figure as the amounts table (the purity counted).
      const g = gramsFor(r, mmol);
      if (g === undefined) return undefined;
      return q.unit === 'mg' ? g * 1000 : q.unit === 'kg' ? g / 1000 : g;
    }
    case 'volume': {
      // A solution is measured by its molarity (`NaBH3CN (1 M in THF)`, formalin), else a neat liquid by its density.
      const ml = millilitresFor(r, mmol);
      if (ml === undefined) return undefined;
      return q.unit === 'µL' ? ml * 1000 : q.unit === 'L' ? ml / 1000 : ml;
    }
    default:
      return undefined;
  }
}

/**
 * Puts another substance in a reagent's place (same alias), e.g. NaBH4 → NaBH(OAc)3.
 * Only what does not depend on the substance is kept as written: equivalents, amounts in
 * mmol, the `role` and `limiting` attributes. A written mass or volume is recomputed for the
 * new substance (same mmol, its molecular weight and density from the knowledge base), else
 * dropped; concentrations, percentages and the old substance's `mw`, `density` and `smiles`
 * are dropped. A line left without any amount gets the equivalents it had (derived from its
 * mass or volume), else `fallbackEquiv`. With `equiv`, that many equivalents replace every
 * amount on the line (recomputed from the scale). The comment after the statement is not touched.
 */
export function renameReagentEdit(ctx: RuleContext, r: Reagent, newName: string, fallbackEquiv?: number, equivAtMost?: number, equiv?: number): TextEdit {
  const decl = r.decl;
  const line = decl.name.range.start.line;
  const lineText = ctx.doc.lines[line].text;
  const start = decl.name.range.start.character - (decl.quoted ? 1 : 0);
  const afterName = nameEnd(r);
  const end = Math.max(afterName, decl.range.end.character);
  const entry = lookup(newName);
  let mmol = reagentMmol(r, ctx.model.scale?.mmol);
  // 20 equiv of TFA does not become 20 equiv of AcOH: the new substance gets at most
  // `equivAtMost`, and every amount on the line shrinks with it.
  const factor = equivAtMost !== undefined && r.equiv !== undefined && r.equiv > equivAtMost ? equivAtMost / r.equiv : 1;
  if (mmol !== undefined) mmol *= factor;
  // The new substance as amounts see it: its own name and entry (no molarity of the old name's solution).
  const target: Reagent = { ...r, name: newName, kb: entry, mw: entry?.mw, density: entry?.density, purity: undefined };
  const kept: string[] = [];
  if (equiv !== undefined) {
    // An amount that means something else for the new substance (a catalyst loading of H2 over
    // Pd/C is no measure of a hydride): `equiv` replaces every amount on the line.
    kept.push(`${formatEquiv(equiv)} equiv`);
    const scale = ctx.model.scale?.mmol;
    if (scale !== undefined)
      for (const q of decl.quantities) {
        if (q.invalid || q.kind === 'equiv') continue;
        const v = convertFromMmol(q, equiv * scale, target);
        if (v !== undefined) kept.push(quantityText(q, v));
      }
  } else {
    for (const q of decl.quantities) {
      if (factor !== 1 && !q.invalid && q.kind === 'equiv') kept.push(`${formatEquiv(q.value * factor)} ${q.unitText}`);
      else if (factor !== 1 && !q.invalid && q.kind === 'amount' && mmol !== undefined) kept.push(quantityText(q, convertFromMmol(q, mmol, target)!));
      else if (q.kind === 'equiv' || q.kind === 'amount') kept.push(q.raw);
      else if ((q.kind === 'mass' || q.kind === 'volume') && !q.invalid && mmol !== undefined) {
        const v = convertFromMmol(q, mmol, target);
        if (v !== undefined) kept.push(quantityText(q, v, q.unit));
      }
    }
    if (!decl.quantities.some((q) => q.kind === 'equiv' || q.kind === 'amount')) {
      // Nothing substance-independent was written: say how much in equivalents.
      const had = r.equiv !== undefined ? r.equiv * factor : kept.length === 0 ? fallbackEquiv : undefined;
      if (had !== undefined && Number.isFinite(had) && had > 0) kept.unshift(`${formatEquiv(had)} equiv`);
    }
  }
  const attrs: string[] = [];
  if (decl.role) attrs.push(`role ${decl.role.value.text}`);
  if (decl.limiting) attrs.push(decl.limiting.text);
  const rest = [kept.join(', '), ...attrs].filter((x) => x !== '').join(' ');
  // Keep the column the author left between the name and what follows it (a reagent table):
  // a run of spaces grows or shrinks with the name, so the amounts stay where they were.
  let gap = ' ';
  if (end > afterName) {
    let g = afterName;
    while (g < end && (lineText.charCodeAt(g) === 32 || lineText.charCodeAt(g) === 9)) g++;
    if (g > afterName) gap = lineText.slice(afterName, g);
    gap = keepColumn(gap, afterName - start, displayLength(decl.quoted, newName));
  }
  const name = decl.quoted || /^\s|\s$/.test(newName) ? `"${newName}"` : newName;
  return ctx.edits.replace(
    { start: { line, character: start }, end: { line, character: end } },
    rest ? `${name}${gap}${rest}` : name,
  );
}

/**
 * Edits that turn reagent `r` into `newName` (see `renameReagentEdit`) and, when its alias
 * names the old substance (`tfa`, `nabh4`, `h2`: the alias itself is a name of what it was),
 * give it a new alias from `aliasBase` on its declaration and every `add` line — so that the
 * procedure does not go on saying `add tfa` for what is now AcOH. Other aliases (`acid`,
 * `red`, `r3`) still fit and are kept.
 */
export function switchReagentEdits(
  ctx: RuleContext,
  r: Reagent,
  newName: string,
  aliasBase: string,
  options: { fallbackEquiv?: number; equivAtMost?: number; equiv?: number } = {},
): TextEdit[] {
  const edits = [renameReagentEdit(ctx, r, newName, options.fallbackEquiv, options.equivAtMost, options.equiv)];
  // (`h2` names any hydrogenation: H2 over Pt/C or PtO2 as well as over Pd/C.)
  const named = lookup(r.alias)?.id;
  const namesOld = named === r.kb?.id || (isHydrogenationId(named) && isHydrogenation(r));
  if (!r.kb || !namesOld || named === lookup(newName)?.id) return edits;
  // Declared twice: the other declaration keeps its substance, so the alias stays as well.
  if (ctx.model.duplicateDecls.some((d) => d.alias.text === r.alias)) return edits;
  // One new alias per reagent and analysis, whichever rule asks (cyanide-acid and
  // acid-too-strong both replace the same TFA: the same `acoh`, not `acoh` and `acoh2`).
  let mine = switchAliases.get(ctx.model);
  if (!mine) switchAliases.set(ctx.model, (mine = new Map()));
  let alias = mine.get(r);
  if (alias === undefined) mine.set(r, (alias = freeAlias(ctx.model, aliasBase)));
  edits.push(...aliasRenameEdits(ctx.doc, r.alias, alias));
  return edits;
}

/** The width of a name as written back (`"…"` when the old one was quoted or it has outer spaces). */
function displayLength(quoted: boolean, name: string): number {
  return name.length + (quoted || /^\s|\s$/.test(name) ? 2 : 0);
}

const switchAliases = new WeakMap<Model, Map<Reagent, string>>();

/** Replaces the whole solvent (all components of a mixture and its ratio) by `newName`. */
export function replaceSolventEdit(ctx: RuleContext, s: SolventState, newName: string): TextEdit {
  const start = s.stmt.name.range.start;
  const end = s.stmt.ratio ? s.stmt.ratio.range.end : s.stmt.name.range.end;
  return ctx.edits.replace({ start, end }, newName);
}

/** The display name of a knowledge-base entry by id (e.g. 'dce' → 'DCE'). */
export function kbName(id: string): string {
  return lookupById(id)?.name ?? id;
}

/**
 * The line after which a new declaration (`reagent`, top-level `solvent`) goes: after the
 * last `reagent` line of the table before the first step, else after the last header line,
 * else after the comments that open the file; -1 (the top of the file) when there is none.
 * A `reagent` line written inside a step does not pull the table's new lines into that step.
 */
export function declarationInsertLine(model: Model): number {
  const { doc } = model;
  // The table ends where the first step (or the work-up) begins; the header part is short.
  let tableEnd = doc.lines.length;
  for (const line of doc.lines) {
    if (line.block !== 'header') {
      tableEnd = line.index;
      break;
    }
  }
  // Every reagent statement is either a model reagent's declaration or a duplicate one, so
  // the table's last reagent line is the largest of their lines before the first step.
  let last = -1;
  for (const r of model.reagents) if (r.decl.line > last && r.decl.line < tableEnd) last = r.decl.line;
  for (const d of model.duplicateDecls) if (d.line > last && d.line < tableEnd) last = d.line;
  if (last >= 0) return last;
  for (const s of doc.statements) {
    if (s.line >= tableEnd) break;
    if (s.kind === 'protocol' || s.kind === 'target' || s.kind === 'scale' || s.kind === 'mode') last = s.line;
  }
  if (last >= 0) return last;
  // Nothing to follow: below the comment block that opens the file (its title, notes), not above it.
  for (const line of doc.lines) {
    if (line.statement || line.invalid || line.index >= tableEnd) break;
    if (line.comment) last = line.index;
  }
  return last;
}

/**
 * `reagent ALIAS = REST`, with its `=` in the column of the table's `=` when the table is
 * aligned on it (`reagent stab      = …`: every `reagent` line's `=` in one column, or the line
 * it follows padded before its `=`), else with single spaces.
 */
export function declarationText(ctx: RuleContext, after: number, alias: string, rest: string): string {
  const prev = after >= 0 ? ctx.doc.lines[after]?.statement : undefined;
  const eqColumn = (st: Statement | undefined): number | undefined => {
    if (st?.kind !== 'reagent') return undefined;
    const text = ctx.doc.lines[st.line].text;
    const eq = text.indexOf('=', st.alias.range.end.character);
    return eq > 0 && /^ *$/.test(text.slice(st.alias.range.end.character, eq)) ? eq - st.keyword.range.start.character : undefined;
  };
  if (prev?.kind === 'reagent') {
    const col = eqColumn(prev);
    const prevPadded = col !== undefined && col - 'reagent '.length - (prev.alias.range.end.character - prev.alias.range.start.character) > 1;
    // The whole table in one column (its longest alias has a single space before `=`).
    const cols = new Set(ctx.doc.statements.filter((st) => st.kind === 'reagent').map(eqColumn));
    const table = cols.size === 1 && ctx.doc.statements.filter((st) => st.kind === 'reagent').length > 1;
    if (col !== undefined && (prevPadded || table)) {
      const width = col - 'reagent '.length;
      return `reagent ${alias.padEnd(Math.max(width - 1, alias.length))} = ${rest}`;
    }
  }
  return `reagent ${alias} = ${rest}`;
}

/** A free alias, starting from `base` (acoh, acoh2, …). */
export function freeAlias(model: Model, base: string): string {
  const used = aliasesInUse(model);
  // The search resumes where the last one for this base stopped: the aliases in use only grow,
  // so none before it is free again (a fix per NaBH(OAc)3 addition of a protocol with thousands
  // of them, each asking from `acoh` on, was quadratic).
  let next = nextFree.get(model);
  if (!next) nextFree.set(model, (next = new Map()));
  let i = next.get(base) ?? 1;
  let alias = i === 1 ? base : base + i;
  while (model.byAlias.has(alias) || used.has(alias)) alias = base + ++i;
  next.set(base, i);
  // Handed out: another fix of the same analysis (two acids renamed to AcOH, a switch and
  // missing-acid in one "Fix all" pass) gets the next one, never the same alias twice.
  used.add(alias);
  return alias;
}

/** Per analysis and alias base: the number of the last alias `freeAlias` handed out (1: the base itself). */
const nextFree = new WeakMap<Model, Map<string, number>>();

/** Per analysis: the aliases named on `add` lines (declared or not, readable or not) and those handed out. */
const inUse = new WeakMap<Model, Set<string>>();
function aliasesInUse(model: Model): Set<string> {
  let used = inUse.get(model);
  if (!used) {
    used = new Set();
    for (const line of model.doc.lines) for (const t of addListTokens(line) ?? []) used.add(t.text);
    inUse.set(model, used);
  }
  return used;
}

/**
 * Per document: the `add` lines with their alias tokens, built once (several fixes of one
 * analysis each look for the lines that name what they remove). Readable `add` lines, and
 * those that do not read yet but list aliases (`add tfa dropwse`). Strict: a list read past an
 * item that is no alias (`add é, bb`) would lose that item.
 */
const addLists = new WeakMap<Document, { line: Line; tokens: readonly Token[] }[]>();
function addListLines(doc: Document): { line: Line; tokens: readonly Token[] }[] {
  let lines = addLists.get(doc);
  if (!lines) {
    lines = [];
    for (const line of doc.lines) {
      const tokens = addListTokens(line, true);
      if (tokens) lines.push({ line, tokens });
    }
    addLists.set(doc, lines);
  }
  return lines;
}

/** The range of a statement's keyword, the usual place to flag a statement. */
export function keywordRange(st: Statement): Range {
  return st.keyword.range;
}

/** Reagents by role that were actually added to the pot. */
export function addedWithRole(model: Model, role: Reagent['role']): Reagent[] {
  return model.reagents.filter((r) => r.role === role && r.added.length > 0);
}

/**
 * A reagent of the run dosed as a solution in an alcohol (`amine (0.5 M in MeOH)`): a switch to
 * NaBH(OAc)3 would leave that alcohol in its pot (a `stab-protic-solvent` error), so the switches
 * are not offered then.
 */
export function alcoholSolutionInRun(model: Model): Reagent | undefined {
  return model.reagents.find((r) => r.added.length > 0 && r.role !== 'reductant' && alcoholSolutionOf(r.name) !== undefined);
}

/** Is this reagent NaBH(OAc)3 / NaBH3CN / NaBH4 / H2, Pd/C (by knowledge-base id)? */
export function isKb(r: Reagent | undefined, ...ids: string[]): boolean {
  return !!r?.kb && ids.includes(r.kb.id);
}

/** Fills in the conventional doc path of a rule. */
export function defineRule(rule: Omit<import('./types').Rule, 'docs'>): import('./types').Rule {
  return { ...rule, docs: `docs/rules/${rule.id}.md` };
}

// ---------------------------------------------------------------------------------------
// Reagent identities (by the knowledge base's canonical names, which the spec fixes).

/**
 * The carbonyl's C=O sits on an aromatic ring: from the protocol's own SMILES (openchemlib, loaded
 * for that SMILES anyway), else the knowledge base's `arylCarbonyl` flag (so that a protocol without
 * SMILES never loads openchemlib), else what `byName` says of the name.
 */
export function arylCarbonylOf(r: Reagent, byName: (name: string) => boolean = () => false): boolean {
  if (r.smiles) return arylCarbonyl(r.smiles);
  if (r.kb?.smiles) return r.kb.arylCarbonyl === true;
  return byName(r.name);
}

export const STAB = 'NaBH(OAc)3';
export const CYANO = 'NaBH3CN';
export const NABH4 = 'NaBH4';
export const ACOH = 'AcOH';

export function kbIs(r: Reagent | undefined, ...names: string[]): boolean {
  // A deuterium-labelled form (NaBD4, NaBD3CN, CD3OD), a resin-bound one (MP-triacetoxyborohydride)
  // or another salt of the same ion (Me4NBH(OAc)3) is its parent to the chemistry.
  const parent = r?.kb?.labelOf ?? r?.kb?.supportOf ?? r?.kb?.actsAs;
  return !!r?.kb && (names.includes(r.kb.name) || (parent !== undefined && names.includes(parent)));
}

/** Catalytic hydrogenation: H2 over Pd/C (or Pd(OH)2/C), Pt/C or PtO2 — or the bare `H2` of one. */
export function isHydrogenation(r: Reagent | undefined): boolean {
  return isHydrogenationId(r?.kb?.id);
}

/**
 * The catalyst of a hydrogenation as messages name it — `Pd/C`, `Pd(OH)2/C`, `Pt/C` or `PtO2` —
 * from the first of these reagents that names one (`h2 = H2` with `cat = 5% Pt/C`: Pt/C); a bare
 * `H2` or `catalytic hydrogenation` names none, and is read as Pd/C.
 */
export function catalystName(rs: readonly Reagent[]): 'Pd/C' | 'Pd(OH)2/C' | 'Pt/C' | 'PtO2' {
  for (const r of rs) {
    if (r.kb?.id === 'h2-ptc') return 'Pt/C';
    if (r.kb?.id === 'h2-pto2') return 'PtO2';
    if (r.kb?.id === 'h2-pdc' && /pd\s*\(\s*oh\s*\)|hydroxide|pearlman/i.test(r.name)) return 'Pd(OH)2/C';
    if (r.kb?.id === 'h2-pdc' && /pd|palladium/i.test(r.name)) return 'Pd/C';
  }
  return 'Pd/C';
}

/** NaBH4, NaBH(OAc)3, NaBH3CN or any other boron hydride. */
export function isBorohydride(r: Reagent): boolean {
  if (r.role !== 'reductant') return false;
  if (isHydrogenation(r)) return false;
  return kbIs(r, STAB, CYANO, NABH4) || /BH|borohydride|borane/i.test(r.kb?.name ?? r.name);
}

/** The token of `r`'s alias in an `add` statement (or the add keyword). */
export function aliasToken(add: import('../syntax/ast').AddStmt, r: Reagent) {
  return add.aliases.find((a) => a.text === r.alias) ?? add.keyword;
}

/** The equiv quantity of a reagent (the place to flag stoichiometry), else its name. */
export function equivRange(r: Reagent): Range {
  return r.equivQ?.range ?? r.decl.name.range;
}

/** Is an acid in the pot (added before or with this add), or part of the solvent? */
export function acidPresent(add: import('../model/types').AddEvent, roles: readonly string[] = ['acid']): boolean {
  if (findInPot(add, (r) => r.role !== undefined && roles.includes(r.role))) return true;
  // Glyoxylic acid is the carbonyl and its own acid catalyst.
  if (roles.includes('acid') && findInPot(add, (r) => !!r.kb?.ownAcid)) return true;
  if (solventBrings(add, roles)) return true;
  // An amine deprotected in an acid solvent (`solvent DCM/TFA 4:1`) brings that acid along, as
  // TFA added as a reagent for the same deprotection would count.
  if (roles.includes('acid') && findInPot(add, (r) => !!r.deprotection?.solventAcid)) return true;
  return roles.includes('acid') && saltAcidInPot(add) > 0;
}

/** Whether the solvent in force at `add` has a component of one of `roles` (`solvent DCM/TFA 4:1`). */
export function solventBrings(add: import('../model/types').AddEvent, roles: readonly string[] = ['acid']): boolean {
  return !!add.solvent?.components.some((c) => c.kb?.role !== undefined && roles.includes(c.kb.role));
}

/**
 * The reagents that can make `acidPresent(add)` (roles `['acid']`) or `tiActivator(add)` true
 * through the pot, among those added: when none of them is in an addition's pot, only the
 * solvent can bring an acid (`solventBrings`), and the pot need not be walked. Sorted by first
 * addition, so that asking `potHolds` for each stops at the first one for a pot that has one.
 */
export function acidOrTiCandidates(model: Model): Reagent[] {
  const out = model.reagents.filter(
    (r) => r.added.length > 0 && (r.role === 'acid' || !!r.kb?.ownAcid || !!r.deprotection?.solventAcid || !!r.kb?.salt || r.kb?.id === 'ti-oipr4' || r.kb?.id === 'ti-oet4'),
  );
  return out.sort((a, b) => a.added[0].index - b.added[0].index);
}

/**
 * Equivalents of acid brought into the pot by amine salts (`…·HCl`) and not taken up by a
 * base (Et3N, DIPEA) in the pot: an amine hydrochloride used as such buffers the solution
 * to the weakly acidic pH that imine formation wants (the classic Borch conditions).
 */
export function saltAcidInPot(add: import('../model/types').AddEvent): number {
  let acid = 0;
  findInPot(add, (r) => {
    if (r.kb?.salt) acid += (r.equiv ?? 1) * r.kb.salt.acidEquiv;
    return false;
  });
  // NaOAc takes up the HCl but leaves AcOH behind: the pot stays weakly acidic.
  return acid > 0 ? Math.max(0, acid - baseInPot(add, false)) : 0;
}

/**
 * Equivalents of base (Et3N, DIPEA) in the pot at an addition. A base declared without an
 * amount counts as 1.0 equiv, as an amine salt without one does: it was put there to free
 * or take up about that much acid. The rules that weigh acid against base share this sum.
 * `weakAcidSalts: false` leaves out NaOAc and the like, which turn a strong acid into a weak one
 * rather than removing the acid.
 */
export function baseInPot(add: import('../model/types').AddEvent, weakAcidSalts = true): number {
  let base = 0;
  findInPot(add, (r) => {
    if (r.role === 'base' && !r.kb?.salt && (weakAcidSalts || !r.kb?.weakAcidSalt)) base += r.equiv ?? 1;
    return false;
  });
  return base;
}

/** The title of the fix preformImineEdits makes (in the rules' lists of fixes and on each finding). */
export const PREFORM_IMINE_TITLE = 'Pre-form the imine: stir 1 h at rt before the reductant';

/**
 * Edits that let time pass before a reductant addition: insert `stir 1 h at rt` before the
 * add; when the reductant shares its `add` with other reagents, split it out first.
 */
export function preformImineEdits(ctx: RuleContext, add: import('../syntax/ast').AddStmt, reductant: Reagent): TextEdit[] {
  const others = add.aliases.filter((a) => a.text !== reductant.alias);
  // A header that says one-pot would contradict the procedure the fix makes.
  const mode = ctx.model.mode?.mode === 'one-pot' ? [ctx.edits.replace(ctx.model.mode.value.range, 'two-step')] : [];
  if (others.length === 0) return [ctx.edits.insertLinesBefore(beforeCooling(ctx, add.line), ['stir 1 h at rt']), ...mode];
  const first = add.aliases[0];
  const last = add.aliases[add.aliases.length - 1];
  // How the addition was made (`portionwise at 0 °C`, `over 30 min`) is kept for the
  // reductant, whose addition it usually concerns; the amine and carbonyl go in plainly.
  const tail = ctx.doc.lines[add.line].text.slice(last.range.end.character, add.range.end.character);
  return [
    ctx.edits.replace({ start: first.range.start, end: add.range.end }, others.map((a) => a.text).join(', ')),
    ctx.edits.insertLinesAfter(add.line, ['stir 1 h at rt', `add ${reductant.alias}${tail}`], add.line),
    ...mode,
  ];
}

/**
 * The line a pre-formation stir goes before: the reductant's `add`, or the `cool` lines right
 * above it (`cool to 0 °C` for the NaBH4 addition), so the ice bath still comes after the
 * stir at room temperature and before the reductant.
 */
function beforeCooling(ctx: RuleContext, line: number): number {
  let at = line;
  for (let p = line - 1; p >= 0; p--) {
    const l = ctx.doc.lines[p];
    if (!l.statement) {
      if (l.invalid) break;
      continue; // blank or comment-only
    }
    if (l.statement.kind !== 'cool') break;
    at = p;
  }
  return at;
}

/**
 * The protic solvents a switch to NaBH(OAc)3 has to replace: those in force at any addition
 * of the reagent being switched, and any protic solvent switched to after its first addition
 * (the two cases `stab-protic-solvent` flags), so the switch does not trade one error for
 * another.
 */
export function proticSolventsFor(model: Model, adds: readonly import('../model/types').AddEvent[]): SolventState[] {
  const out = new Set<SolventState>();
  for (const ev of adds) if (ev.solvent?.protic) out.add(ev.solvent);
  if (adds.length > 0) {
    let first = adds[0].index;
    for (const ev of adds) if (ev.index < first) first = ev.index;
    for (const ev of model.events) if (ev.type === 'solvent' && ev.index > first && ev.solvent.protic) out.add(ev.solvent);
  }
  return [...out];
}

/**
 * `target mono` with an unprotected diazepane (two or more free N–H) that would not be in
 * excess over `carbonyl` and `reductant` equiv in total: the amine, the equiv it should have
 * (2 × the larger; `target` is what the amine's own line should say for that total) and
 * which of the two it is short of. Shared by mono-stoichiometry and by
 * fixes that raise the carbonyl or the reductant (they must not create that error).
 */
export function monoExcessShortfall(
  model: Model,
  carbonyl: number,
  reductant: number,
): { amine: Reagent; target: number; total: number; short: string[] } | undefined {
  const amine = model.amine;
  const equiv = model.amineEquiv;
  if (model.target?.degree !== 'mono' || !amine || amine.protected || (amine.freeNH ?? 0) < 2 || equiv === undefined || amine.equiv === undefined) return undefined;
  const short = [carbonyl > 0 && equiv <= carbonyl && 'the carbonyl', reductant > 0 && equiv <= reductant && 'the reductant'].filter(
    (x): x is string => !!x,
  );
  if (short.length === 0) return undefined;
  // `total` is what the diazepane should come to in all; `target` what this line should say
  // for that, when other lines bring lots of the same diazepane.
  const total = 2 * Math.max(carbonyl, reductant);
  return { amine, target: total - (equiv - amine.equiv), total, short };
}

/** How many N–H a target alkylates on each amine (and so how many it needs free). */
export const ALKYLATIONS = { mono: 1, di: 2, tri: 3 } as const;

/** Total equiv of the reagents that have one. */
export function sumEquiv(rs: readonly Reagent[]): number {
  return rs.reduce((s, r) => s + (r.equiv ?? 0), 0);
}

/**
 * The reagents of a role that count for stoichiometry: those an `add` puts in the pot; if
 * none of them is added (a protocol that is still only a reagent table), all declared ones.
 * A declared reagent that never goes in (unused-reagent) does not change the sums.
 */
export function counted(rs: readonly Reagent[]): Reagent[] {
  // (Not what goes in after an `isolate`: a second reaction, on the isolated product.)
  const added = rs.filter((r) => r.added.length > 0 && !r.laterStage);
  return added.length > 0 ? added : rs.filter((r) => !r.laterStage);
}

/**
 * The reductants whose equivalents are hydride equivalents: not H2 over Pd/C, Pt/C or PtO2, whose
 * written equiv (`Pd/C 0.1 equiv`, 10 mol%) is a catalyst loading — the reductant is the hydrogen.
 */
export function hydrideReductants(rs: readonly Reagent[]): Reagent[] {
  return counted(rs).filter((r) => !isHydrogenation(r));
}

/** A reagent that the procedure adds, but only after this reductant addition. */
export function addedOnlyAfter(r: Reagent, ra: ReductantAddition): boolean {
  return r.added.length > 0 && r.added.every((ev) => ev.index > ra.add.index);
}

/**
 * The acid to add: a weak acid declared in the table but never added (the author's own, by
 * its alias), else — given the reductant addition — the weak acid (a catalytic amount) the
 * procedure adds only after it, to be moved up (`late`), else a new `reagent acoh = AcOH 1.0 equiv`.
 */
/** Per analysis: the table's acids that are not strong, in table order (`acidToAdd`). */
const weakAcids = new WeakMap<Model, Reagent[]>();

export function acidToAdd(ctx: RuleContext, ra?: ReductantAddition): { alias: string; declared?: Reagent; late?: boolean } {
  // (The weak acids of the table, listed once per analysis: asked at every reductant addition
  // that has no acid, the whole table read twice each time was quadratic.)
  let weak = weakAcids.get(ctx.model);
  if (!weak) weakAcids.set(ctx.model, (weak = ctx.model.reagents.filter((r) => r.role === 'acid' && r.acidStrength !== 'strong')));
  const declared = weak.find((r) => r.added.length === 0);
  if (declared) return { alias: declared.alias, declared };
  // The weak acid the author adds, but only after this reductant: moved up, not doubled
  // (a second AcOH would then make acid-excess).
  // (Only a catalytic amount: 5 equiv of AcOH added after the hydride is a quench, not a catalyst.)
  const late = ra && weak.find((r) => addedOnlyAfter(r, ra) && (r.equiv === undefined || r.equiv <= 2.0));
  if (late) return { alias: late.alias, declared: late, late: true };
  return { alias: freeAlias(ctx.model, 'acoh') };
}

export function addAcidEdits(ctx: RuleContext, ra: ReductantAddition, acid: { alias: string; declared?: Reagent; late?: boolean }, declareAfter?: number): TextEdit[] {
  const { model, edits } = ctx;
  const alias = acid.alias;
  // An acid added too late leaves the line where it was added.
  const out: TextEdit[] = acid.late ? removeFromAddEdits(ctx, new Set([alias])) : [];
  if (!acid.declared) {
    const at = declareAfter ?? declarationInsertLine(model);
    out.push(edits.insertLinesAfter(at, [declarationText(ctx, at, alias, `${ACOH} 1.0 equiv`)], at >= 0 ? at : undefined));
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
export function undeclaredInPot(ctx: RuleContext, ra: ReductantAddition): boolean {
  for (const st of ctx.doc.statements) {
    if (st.line > ra.add.stmt.line) break;
    if (st.kind === 'add' && st.aliases.some((a) => !ctx.model.byAlias.has(a.text))) return true;
  }
  return false;
}

/** Ti(OiPr)4 or Ti(OEt)4 in the pot at this addition: the Lewis-acid activator of the titanium method. */
export function tiActivator(add: import('../model/types').AddEvent): boolean {
  return !!findInPot(add, (r) => r.kb?.id === 'ti-oipr4' || r.kb?.id === 'ti-oet4');
}

/** `a`, `a and b`, `a, b and c` (with `or`: `a, b or c`). */
function joinList(items: readonly string[], word: 'and' | 'or'): string {
  return items.length <= 2 ? items.join(` ${word} `) : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function andList(xs: readonly string[]): string {
  return joinList(xs, 'and');
}

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`. */
export function orList(items: readonly string[]): string {
  return joinList(items, 'or');
}

/** A reagent as a sentence names it: its name without a note (`4-nitrobenzaldehyde (98%)` → `4-nitrobenzaldehyde`). */
export function proseName(r: Reagent): string {
  return withoutNote(r.name) || r.name;
}

/**
 * A reductant as messages name it: the knowledge base's name (`NaBH(OAc)3`, `NaBD4`); one on a
 * resin by the name written, without its loading (`PS-BH3CN`, not the entry's MP-cyanoborohydride:
 * a gel or silica resin is another product than the macroporous one).
 */
export function reductantName(r: Reagent): string {
  if (r.kb?.supportOf) return resinName(r.name);
  return r.kb?.name ?? proseName(r);
}

/** The same, and for a resin what it carries: `PS-BH3CN (NaBH3CN on a resin)`, where a message speaks of the parent's chemistry. */
export function reductantOnResin(r: Reagent): string {
  return r.kb?.supportOf ? `${reductantName(r)} (${r.kb.supportOf} on a resin)` : reductantName(r);
}

/**
 * How messages name the reductants of one kind (`kind`, a canonical name: NaBH3CN) in a run:
 * the hydride itself, unless every one of them is on a resin — then that resin, with what it
 * carries (`PS-BH3CN (NaBH3CN on a resin)`).
 */
export function hydrideInRun(model: Model, kind: string): string {
  const rs = addedOfKind(model, kind);
  if (onResin(rs)) return reductantOnResin(rs[0]);
  // Another salt of the same ion (Me4NBH(OAc)3) when it is the only one used: its own name.
  return rs.length > 0 && rs.every((r) => r.kb?.actsAs && r.kb.name === rs[0].kb!.name) ? rs[0].kb!.name : kind;
}

/**
 * Whether the reductants of one kind (`kind`, a canonical name) added in the run are all on a
 * resin (and there is at least one): what a work-up `filter` then takes out with the resin.
 */
export function onlyOnResin(model: Model, kind: string): boolean {
  return onResin(addedOfKind(model, kind));
}

const addedOfKind = (model: Model, kind: string): Reagent[] => model.reagents.filter((r) => r.added.length > 0 && kbIs(r, kind));
const onResin = (rs: readonly Reagent[]): boolean => rs.length > 0 && rs.every((r) => r.kb?.supportOf);

/** An acid (or any substance) as prose names it: the knowledge base's name (`TFA`), else the name without its note; a solution keeps its name (`4 M HCl in dioxane`). */
export function acidName(r: Reagent): string {
  return r.kb && !isSolutionName(r.name) ? r.kb.name : withoutNote(r.name);
}

/**
 * An acid named by its amount, one name throughout: the substance (`HCl`, as in "an HCl salt"),
 * and a solution it comes as in brackets after the amount — `HCl at 1.0 equiv per amine (as 4 M
 * HCl in dioxane)`. `amount` is the text that follows the name (` at 1.0 equiv per amine`).
 */
export function acidAt(r: Reagent, amount: string): string {
  if (!r.kb || !isSolutionName(r.name)) return `${acidName(r)}${amount}`;
  // (`HCl (4 M in dioxane)` reads `HCl, 4 M in dioxane` inside the brackets.)
  const name = r.name.replace(/^"(.*)"$/, '$1').trim().replace(/^(.*\S)\s*\(([^()]*)\)$/, '$1, $2');
  return `${r.kb.name}${amount} (as ${name})`;
}

/** How messages name the amine: "the diazepane" when it is one, else its name (piperazine…). */
export function amineWord(r: Reagent): string {
  return /azepan|homopiperazin/i.test(r.kb?.name ?? r.name) ? 'the diazepane' : (r.kb?.name ?? withoutNote(r.name));
}

/**
 * Whether the run leaves acid in the pot for the work-up: an acid added or in the solvent, an
 * amine salt (its HCl), or NaBH(OAc)3 (each hydride it gives up leaves acetic acid behind).
 * After NaBH4 alone in methanol the mixture is basic, and the product is not protonated.
 */
export function acidUsed(model: Model): boolean {
  return acidSource(model) !== undefined;
}

/** Where the acid a work-up has to take up comes from: one added (an acid, an amine salt, an acid solvent), else only the AcOH that NaBH(OAc)3 releases. */
export function acidSource(model: Model): 'added' | 'stab' | undefined {
  if (model.reagents.some((r) => r.added.length > 0 && (r.role === 'acid' || !!r.kb?.salt || !!r.kb?.ownAcid)) || model.solvents.some((s) => s.components.some((c) => c.kb?.role === 'acid'))) return 'added';
  return model.reagents.some((r) => r.added.length > 0 && kbIs(r, STAB)) ? 'stab' : undefined;
}

/** Whether the work-up makes the mixture basic (quench, basify or wash with a base) before its first extraction. */
export function basicBeforeExtract(model: Model): boolean {
  return basicStatementsBeforeExtract(model).length > 0;
}

/** The work-up lines that make the mixture basic (quench, basify or wash with a base) before its first extraction. */
export function basicStatementsBeforeExtract(model: Model): WorkupNameStmt[] {
  const out: WorkupNameStmt[] = [];
  for (const st of model.workup) {
    if (st.kind === 'extract') break;
    if ((st.kind === 'quench' || st.kind === 'basify' || st.kind === 'wash') && classifyWorkup(st.name.text).has('basic')) out.push(st);
  }
  return out;
}

/** `quench WHAT` as the first line of the work-up, indented as its lines are. */
export function quenchEdit(ctx: RuleContext, workupStmt: Statement, what: string): TextEdit {
  const first = ctx.model.workup[0];
  const indent = first ? ctx.edits.indentOf(first.line) : '  ';
  return ctx.edits.insertLinesAfter(workupStmt.line, [`${indent}quench ${what}`]);
}

/**
 * Edits that take a reagent out of the protocol: its declaration goes, and its alias leaves
 * every `add` line (with the comma beside it); an `add` that named only it goes too.
 */
export function removeReagentEdits(ctx: RuleContext, removed: Reagent | readonly Reagent[]): TextEdit[] {
  const rs = Array.isArray(removed) ? (removed as readonly Reagent[]) : [removed as Reagent];
  const gone = new Set(rs.map((r) => r.alias));
  // Every declaration of the alias: a second `reagent tfa = …` would be left unused.
  const declLines = [...rs.map((r) => r.decl.line), ...ctx.model.duplicateDecls.filter((d) => gone.has(d.alias.text)).map((d) => d.line)];
  return lastLineApart(ctx, [...[...new Set(declLines)].map((l) => ctx.edits.deleteLine(l)), ...removeFromAddEdits(ctx, gone)]);
}

/**
 * Deleting the last line takes the line ending before it; when the line before it is deleted
 * too, that ending is already gone with it (the two edits would overlap): the last line is then
 * only emptied.
 */
function lastLineApart(ctx: RuleContext, edits: TextEdit[]): TextEdit[] {
  const last = ctx.doc.lines.length - 1;
  if (last < 1) return edits;
  const lastText = ctx.doc.lines[last].text;
  const takesEnding = (e: TextEdit) => e.range.end.line === last && e.range.end.character === lastText.length && e.range.start.line === last - 1;
  const i = edits.findIndex(takesEnding);
  if (i < 0) return edits;
  const covered = edits.some((e, j) => j !== i && e.range.end.line === last && e.range.end.character === 0 && e.range.start.line < last);
  if (!covered) return edits;
  const out = edits.slice();
  out[i] = { range: { start: { line: last, character: 0 }, end: { line: last, character: lastText.length } }, newText: '' };
  return out;
}

/** Edits that take the aliases `gone` out of every `add` line (the line goes when they are all it adds). */
export function removeFromAddEdits(ctx: RuleContext, gone: ReadonlySet<string>): TextEdit[] {
  const out: TextEdit[] = [];
  // Only the `add` lines (found once per document: several fixes of one analysis each ask).
  for (const { line, tokens } of addListLines(ctx.doc)) {
    if (!tokens.some((a) => gone.has(a.text))) continue;
    const st = line.statement;
    // The whole line goes only when the aliases removed are all it says: on a line that does
    // not read, the alias list may stop early (`add tfa ald2`: `ald2` is not one of them).
    const end = line.comment ? line.comment.range.start.character : line.text.length;
    // The list ends where the line does or how the addition is made begins (`add tfa dropwise
    // ovr 5 min`); another word (`add tfa ald2`, a comma forgotten) may be an alias.
    const rest = line.text.slice(tokens[tokens.length - 1].range.end.character, end).trim();
    const word = /^[A-Za-z]+/.exec(rest)?.[0].toLowerCase() ?? '';
    const listEnds = !!st || rest === '' || /^(?:in|at|over)\b/i.test(rest) || ADD_MANNERS.some((m) => levenshtein(word, m, 2) <= 2);
    if (tokens.every((a) => gone.has(a.text)) && listEnds) {
      out.push(ctx.edits.deleteLine(line.index));
      continue;
    }
    // Each run of removed aliases goes with the comma beside it: up to the next alias kept
    // (`add cat, h2` → `add h2`), or from the one kept before it at the end of the list
    // (`add h2, cat, cat2` → `add h2`). Runs are apart, so the edits never overlap.
    for (let i = 0; i < tokens.length; i++) {
      if (!gone.has(tokens[i].text)) continue;
      let j = i;
      while (j + 1 < tokens.length && gone.has(tokens[j + 1].text)) j++;
      const next = tokens[j + 1];
      const prev = tokens[i - 1];
      if (next) out.push(ctx.edits.replace({ start: tokens[i].range.start, end: next.range.start }, ''));
      else if (prev) out.push(ctx.edits.replace({ start: prev.range.end, end: tokens[j].range.end }, ''));
      else {
        // Alone in a list that goes on unread (`add tfa ald2`): the alias and the space after it.
        let e = tokens[j].range.end.character;
        while (e < end && (line.text[e] === ' ' || line.text[e] === '\t' || line.text[e] === ',')) e++;
        out.push(ctx.edits.replace({ start: tokens[i].range.start, end: { line: line.index, character: e } }, ''));
      }
      i = j;
    }
  }
  return out;
}

/**
 * The fixes that replace the run's strong acids by AcOH without its weak acid going over the
 * 1–2 equiv that catalyses. One answer per analysis, shared by cyanide-acid and
 * acid-too-strong: the strong acids in the order they first go in; each gets what is left of
 * 2.0 equiv after the weak acid in the pot when the reductant goes in and the acids before
 * it (so applying them all, as "Fix all" does, stays within 2.0). An acid removed instead is
 * one that weak acid already in the pot makes unnecessary (at least 1.5 equiv of it), or one
 * whose share is gone to the acids replaced before it — its title says which.
 */
export function replaceWithAcohFixes(ctx: RuleContext, only?: readonly Reagent[]): Map<Reagent, { title: string; edits: TextEdit[] }> {
  const { model } = ctx;
  // With NaBH3CN every strong acid of the run is replaced (cyanide-acid flags them all, and
  // acid-too-strong must agree with it); without, only those acid-too-strong flags.
  const cyanide = model.reagents.some((r) => kbIs(r, CYANO) && r.added.length > 0);
  const acids = (cyanide || !only ? model.reagents.filter((r) => r.role === 'acid' && r.acidStrength === 'strong' && r.added.length > 0) : [...only]).sort(
    (a, b) => firstAddIndex(a) - firstAddIndex(b),
  );
  const key = acids.map((a) => a.alias).join('\u0000');
  let memo = acohFixes.get(model);
  if (!memo) acohFixes.set(model, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  // Weak acid in the pot when the last reductant goes in (what acid-too-strong reads too);
  // AcOH added after it does not catalyse this reduction.
  const last = lastReductantAddition(model);
  const weak: Reagent[] = [];
  const isWeak = (r: Reagent) => r.role === 'acid' && r.acidStrength !== 'strong' && r.equiv !== undefined && !weak.includes(r);
  if (last)
    findInPot(last.add, (r) => {
      if (isWeak(r)) weak.push(r);
      return false;
    });
  else for (const r of model.reagents) if (isWeak(r) && r.added.length > 0) weak.push(r);
  const inPot = sumEquiv(weak);
  let budget = 2.0 - inPot;
  const replaced: Reagent[] = [];
  const out = new Map<Reagent, { title: string; edits: TextEdit[] }>();
  for (const a of acids) {
    // (At 1.5 equiv of AcOH in the pot exactly, a 0.5 equiv line beside it would serve no purpose.)
    if (budget <= 0.5 + 1e-9) {
      const why = inPot >= 1.5 ? 'enough AcOH is in the pot already' : `once ${replaced.map((x) => x.name).join(' and ')} ${replaced.length === 1 ? 'is' : 'are'} replaced by AcOH, that is acid enough`;
      out.set(a, { title: `Remove ${a.name} (${why})`, edits: removeReagentEdits(ctx, a) });
      continue;
    }
    const give = Math.min(a.equiv ?? 1.0, budget);
    budget -= give;
    replaced.push(a);
    out.set(a, { title: `Replace ${a.name} with AcOH`, edits: switchReagentEdits(ctx, a, ACOH, 'acoh', { fallbackEquiv: Math.min(1.0, give), equivAtMost: give }) });
  }
  memo.set(key, out);
  return out;
}
const acohFixes = new WeakMap<Model, Map<string, Map<Reagent, { title: string; edits: TextEdit[] }>>>();

/** The reductant addition that comes last in the timeline (the pot then holds all that went in before). */
export function lastReductantAddition(model: Model): ReductantAddition | undefined {
  let last: ReductantAddition | undefined;
  for (const ra of model.reductantAdditions) if (!last || ra.add.index >= last.add.index) last = ra;
  return last;
}

/** Where in the timeline a reagent first goes in (the index of its first addition; it must have one). */
export function firstAddIndex(r: Reagent): number {
  return Math.min(...r.added.map((ev) => ev.index));
}

/**
 * How much NaBH(OAc)3 a switch writes where the old reductant's amount says nothing of it (a
 * hydrogenation's catalyst loading, a line without an amount): 1.5 × the iminium that can form (the
 * carbonyl, capped by the N–H the target alkylates), 2.5 × the amine for `target di`, as
 * `reductant-short` and `di-stoichiometry` ask; 1.5 equiv when the amounts are not known.
 */
export function hydrideEquiv(model: Model): number {
  // As it will be written (`3.0`, not 2.99943): the checks that follow the switch read that.
  return Number(formatEquiv(hydrideEquivExact(model)));
}

function hydrideEquivExact(model: Model): number {
  if (model.target?.degree === 'di' && model.amineEquiv !== undefined) return 2.5 * model.amineEquiv;
  const demand = iminiumDemand(model);
  return demand <= 0 ? 1.5 : Math.max(1.5, 1.5 * demand);
}

/**
 * The product a route isolates for its second reaction, in equiv: one per equivalent of the
 * amine, at most the first reaction's carbonyl (homopiperazine 3.0 equiv with benzaldehyde
 * 1.0 equiv gives at most 1.0 equiv of the mono-benzyl product).
 */
export function isolatedProductEquiv(model: Model): number | undefined {
  const amine = model.amineEquiv;
  if (amine === undefined) return undefined;
  return Math.min(amine, sumEquiv(counted(model.carbonyls)) || amine);
}

/**
 * The amines whose Boc deprotection a strong acid is part of (the model's `deprotection`: its
 * acid, or more acid added to it; every Boc amine that was in the pot), and whether it is such a
 * top-up; looked up in a map built once per model (the rules that ask do so for every acid, on
 * every keystroke).
 */
export function deprotectedBy(model: Model, acid: Reagent): { amines: Reagent[]; topUp: boolean } | undefined {
  let map = deprotectionAcids.get(model);
  if (!map) {
    map = new Map();
    for (const amine of model.amines) {
      const d = amine.deprotection;
      if (!d) continue;
      if (d.acid && !map.has(d.acid)) map.set(d.acid, { amines: d.amines, topUp: false });
      for (const more of d.moreAcids ?? []) if (!map.has(more)) map.set(more, { amines: d.amines, topUp: true });
    }
    deprotectionAcids.set(model, map);
  }
  return map.get(acid);
}
const deprotectionAcids = new WeakMap<Model, Map<Reagent, { amines: Reagent[]; topUp: boolean }>>();

/**
 * Nitrogens a strong acid protonates: the ring's two (a tertiary one too: 1-methyl-1,4-diazepane
 * has one N–H but two basic nitrogens), less one carrying Boc or Cbz (a carbamate is not basic),
 * plus DAZA's amino group; for other amines, their free N–H.
 */
export function basicNitrogens(r: Reagent): number | undefined {
  const name = r.kb?.name ?? r.name;
  if (!/azepan|piperazin/i.test(name)) return r.freeNH;
  return 2 - (r.protected ? 1 : 0) + (r.kb?.id === 'daza' || /azepan-6-amine/i.test(name) ? 1 : 0);
}

/**
 * The salt `amines` make with a strong acid: one acid per basic nitrogen of each (at least one) —
 * `salt`, in equiv in all; `per`, the amines' equiv in all; `nitrogens`, the most of one amine.
 * On 1-Boc-1,4-diazepane, one basic nitrogen, 1.0 equiv of TFA is that salt (like its
 * hydrochloride, Borch's buffered set-up): only strong acid beyond it is free.
 */
export function strongAcidSalt(amines: readonly Reagent[]): { salt: number; per: number; nitrogens: number } {
  const n = (a: Reagent) => Math.max(1, basicNitrogens(a) ?? 1);
  return {
    salt: amines.reduce((sum, a) => sum + n(a) * (a.equiv ?? 1), 0),
    per: amines.reduce((sum, a) => sum + (a.equiv ?? 1), 0),
    nitrogens: Math.max(...amines.map(n)),
  };
}

/**
 * The acids that `protected-target` reports as a Boc deprotection set out with too little acid (the
 * model's `deprotectionTooLittle`): under `target mono`, every such acid on an amine that keeps its
 * Boc group; under `target di` or `tri`, the main amine's when it has too few free N–H for the target
 * (and no later deprotection frees it). For each: the Boc amines it met, and whether it was taken
 * off (`concentrate`, `isolate`) before the next carbonyl, which leaves only their salt. That finding
 * tells the story of such an acid (a salt, the Boc group still on); acid-too-strong reads it too.
 */
export function tooLittleDeprotections(model: Model): Map<Reagent, { amines: Reagent[]; takenOff: boolean }> {
  const hit = tooLittleMemo.get(model);
  if (hit) return hit;
  const out = new Map<Reagent, { amines: Reagent[]; takenOff: boolean }>();
  const t = model.target;
  const amine = model.amine;
  const acids =
    t?.degree === 'mono'
      ? model.acids.filter((acid) => model.amines.some((a) => a.deprotectionTooLittle === acid && a.protected && !a.deprotection))
      : t && amine?.deprotectionTooLittle && amine.protected && amine.freeNH !== undefined && amine.freeNH < ALKYLATIONS[t.degree] && !amine.deprotection?.later
        ? [amine.deprotectionTooLittle]
        : [];
  for (const acid of acids) {
    const amines = model.amines.filter((a) => a.deprotectionTooLittle === acid && (t?.degree !== 'mono' || (a.protected && !a.deprotection)));
    const ev = acid.added[0];
    let carbonylAt = Infinity;
    for (const c of model.carbonyls) for (const a of c.added) if (ev && a.index > ev.index && a.index < carbonylAt) carbonylAt = a.index;
    let takenOff = false;
    for (let i = (ev?.index ?? 0) + 1; i < Math.min(carbonylAt, model.events.length); i++) {
      const e = model.events[i];
      if (e.type === 'other' && (e.stmt.kind === 'concentrate' || e.stmt.kind === 'isolate')) takenOff = true;
    }
    out.set(acid, { amines, takenOff });
  }
  tooLittleMemo.set(model, out);
  return out;
}
const tooLittleMemo = new WeakMap<Model, Map<Reagent, { amines: Reagent[]; takenOff: boolean }>>();

/**
 * How many N–H of each amine the run alkylates: the target's degree, else all its free N–H.
 * A target the amine cannot reach (`target di` on an amine with one free N–H: `protected-target`
 * says so) counts what the amine can do, one alkylation per free N–H: the iminium that forms
 * is not doubled by the wrong target, so `stab-water` and `reductant-short` ask for no hydride
 * beyond it.
 */
export function alkylationsPerAmine(model: Model): number | undefined {
  if (!model.target) return model.amine?.freeNH;
  const want = ALKYLATIONS[model.target.degree];
  const amine = model.amine;
  // (As `protected-target` decides: not on the route that frees the protected N after an `isolate`.)
  if (amine?.freeNH !== undefined && amine.freeNH >= 1 && amine.freeNH < want && !amine.deprotection?.later) return amine.freeNH;
  return want;
}

/**
 * The iminium that can form, in equiv: the carbonyl (in all, this reaction's), capped by the
 * amine as well — the N–H the target alkylates (1.0 equiv of Boc-diazepane with 3.0 equiv of
 * formaldehyde forms 1.0 equiv; the excess carbonyl is left alone by the mild hydrides).
 */
export function iminiumDemand(model: Model): number {
  const carbonyl = sumEquiv(counted(model.carbonyls));
  const perAmine = alkylationsPerAmine(model);
  const cap = model.amineEquiv !== undefined && perAmine ? model.amineEquiv * perAmine : Infinity;
  return Math.min(carbonyl, cap);
}

/**
 * A switch of `r` to NaBH(OAc)3: the equiv a line without an amount gets (`hydrideEquiv`), and,
 * for mono-alkylation, the raise of the diazepane that keeps it in excess over that hydride
 * (else a mono-stoichiometry error follows the switch). Shared by the switching rules.
 */
export function switchAmount(model: Model, r: Reagent): { fallback: number; raise?: ReturnType<typeof monoExcessShortfall> } {
  const fallback = hydrideEquiv(model);
  if (r.equiv !== undefined) return { fallback };
  const hydrides = sumEquiv(hydrideReductants(model.reductants));
  return { fallback, raise: raiseToStayInExcess(model, hydrides, hydrides + fallback) };
}

/**
 * For mono-alkylation, the raise of the diazepane a fix that takes the hydride from `before`
 * to `after` equiv must bring with it (or a mono-stoichiometry error follows the fix); none
 * when the diazepane was short already (that error is its own rule's to fix).
 */
export function raiseToStayInExcess(model: Model, before: number, after: number): ReturnType<typeof monoExcessShortfall> {
  const carbonyl = sumEquiv(counted(model.carbonyls));
  return monoExcessShortfall(model, carbonyl, before) ? undefined : monoExcessShortfall(model, carbonyl, after);
}

/** The unit 1000× larger (and, by `SMALLER`, smaller) than a unit: the slips between them. */
export const LARGER: Readonly<Record<string, string>> = { µg: 'mg', mg: 'g', g: 'kg', µL: 'mL', mL: 'L', µmol: 'mmol', mmol: 'mol' };
export const SMALLER: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LARGER).map(([a, b]) => [b, a]));

/**
 * A lone amount that cannot be meant for this scale, and would be with the unit 1000× apart:
 * `benzaldehyde 534 mL` at 5 mmol is 1050 equiv; 534 µL is 1.05. (Solvents, drying agents,
 * catalysts, acids and the ketones run as co-solvents — acetone, MEK, 3-pentanone — can be used in bulk and are left alone.)
 */
/** Ketones cheap and volatile enough to be used in bulk, as reagent and co-solvent at once (knowledge-base ids). */
export const CO_SOLVENT_KETONES: ReadonlySet<string> = new Set(['acetone', 'mek', '3-pentanone']);

export function unitSlipOf(r: Reagent, q: Quantity, scale: number, model?: Model): { equiv: number; meant: string; fixedEquiv: number } | undefined {
  if (q.kind !== 'mass' && q.kind !== 'volume' && q.kind !== 'amount') return undefined;
  // An acid can be a co-solvent, but not in more volume than the reaction's solvent
  // (`AcOH 286 mL` in 25 mL of DCE at 5 mmol: 286 µL was meant).
  const bulkAcid = r.role === 'acid' && q.kind === 'volume' && model !== undefined && toMl(q.value, q.unit) > (solventMlBesides(model, r) ?? Infinity);
  if (r.role !== 'amine' && r.role !== 'carbonyl' && r.role !== 'reductant' && r.role !== 'base' && !bulkAcid) return undefined;
  if (isHydrogenation(r)) return undefined;
  const m = reagentMmolOf(q, r, scale);
  if (m === undefined || !(m > 0)) return undefined;
  const equiv = m / scale;
  // Far too much: not for a ketone that is also run as the co-solvent (acetone 10 mL at 1 mmol):
  // acetone, MEK and 3-pentanone only. Cyclobutanone, oxetan-3-one or a piperidone in bulk is a slip.
  const coSolvent = r.role === 'carbonyl' && CO_SOLVENT_KETONES.has(r.kb?.id ?? '');
  const meant = equiv > 100 && !coSolvent ? SMALLER[q.unit] : equiv < 0.002 ? LARGER[q.unit] : undefined;
  if (!meant) return undefined;
  const fixedEquiv = equiv > 100 ? equiv / 1000 : equiv * 1000;
  if (fixedEquiv < 0.2 || fixedEquiv > 10) return undefined;
  return { equiv, meant, fixedEquiv };
}

/**
 * The largest volume of solvent a `solvent` line gives (written, or from its concentration at
 * this scale); undefined when none is known or when `r` is itself one of the solvents.
 */
function solventMlBesides(model: Model, r: Reagent): number | undefined {
  let most: number | undefined;
  for (const s of model.solvents) {
    if (s.components.some((c) => (c.kb && c.kb === r.kb) || c.token.text.toLowerCase() === r.name.toLowerCase())) return undefined;
    const ml = solventVolume(s, model.scale?.mmol).volumeMl;
    if (ml !== undefined && (most === undefined || ml > most)) most = ml;
  }
  return most;
}

/**
 * The reagents whose lone amount is a unit slip (see `unitSlipOf`): the stoichiometry rules'
 * fixes computed from such an amount are not safe ("Fix all" would scale the diazepane to
 * 2,000 equiv after `benzaldehyde 534 mL`).
 */
export function slippedReagents(model: Model): ReadonlySet<Reagent> {
  let hit = slipped.get(model);
  if (!hit) {
    const scale = model.scale?.mmol;
    const out = new Set<Reagent>();
    if (scale !== undefined)
      for (const r of model.reagents) {
        const qs = r.decl.quantities.filter((q) => !q.invalid && q.kind !== 'percent');
        if (qs.length === 1 && unitSlipOf(r, qs[0], scale, model)) out.add(r);
      }
    slipped.set(model, (hit = out));
  }
  return hit;
}
const slipped = new WeakMap<Model, ReadonlySet<Reagent>>();


/** An `isolate` name that says which protected compound it is (`tert-butyl 4-benzyl-1,4-diazepane-1-carboxylate`, `1-Boc-4-benzyl-…`, `benzyl … carboxylate`, `N-Cbz-…`). */
const NAMES_GROUP = { Boc: ACID_LABILE, Cbz: /\bcbz\b|cbz-|\bz-|benzyloxycarbonyl|\bbenzyl .*carboxylate/i } as const;

/**
 * What a deprotection in a later stage works on, as a message names it (after an `isolate`, the
 * acid or the H2 meets the product of the earlier reaction, not the amine the table declares):
 * the `isolate` line's own name when it names the protected compound (`the isolated tert-butyl
 * 4-benzyl-1,4-diazepane-1-carboxylate`), else `the Boc-protected product isolated from the
 * earlier reaction (1-Boc-1,4-diazepane with benzaldehyde)`. Undefined when the group comes
 * off in the amine's own stage (then the amine is what it is taken off).
 */
export function laterDeprotectionSubject(model: Model, amines: readonly Reagent[], group: 'Boc' | 'Cbz', where: { index: number; stage: number }): string | undefined {
  if (amines.length === 0) return undefined;
  const stages = amines.map((a) => a.added[0]?.stage ?? 0);
  const at = where.index;
  if (stages.some((s) => s >= where.stage)) return undefined;
  const several = amines.length > 1 && new Set(amines.map(proseName)).size > 1;
  // The `isolate` that ends the amines' own stage: what it names is what was taken out.
  const first = Math.min(...amines.map((a) => a.added[0]?.index ?? 0));
  const isolate = model.events.find((e) => e.index > first && e.index < at && e.type === 'other' && e.stmt.kind === 'isolate');
  const named = isolate && isolate.stmt.kind === 'isolate' ? isolate.stmt.name.text.replace(/^"|"$/g, '').trim() : '';
  if (!several && named && NAMES_GROUP[group].test(named)) return `the isolated ${named}`;
  // The carbonyls of that stage: what the amines reacted with.
  const stage = Math.min(...stages);
  const carbonyls = [...new Set(model.carbonyls.filter((c) => c.added.some((a) => a.stage === stage && a.index < at)).map(proseName))];
  const names = andList([...new Set(amines.map(proseName))]);
  const made = carbonyls.length > 0 ? `${names} with ${andList(carbonyls)}` : names;
  return several
    ? `the ${group}-protected products isolated from the earlier reaction (${made})`
    : `the ${group}-protected product isolated from the earlier reaction (${made})`;
}
