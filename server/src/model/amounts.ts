/**
 * The amounts calculator: from `scale`, equiv, MW and density to mmol, mass and volume,
 * and the solvent volume from its concentration. Used by `rxn amounts`, hover cards,
 * inlay hints and the `amount-mismatch` rule.
 */
import type { Model, Reagent, SolventState } from './types';
import type { Quantity } from '../syntax/ast';
import { isHydrogenationId, isSolutionName, lookupById, percentInName, resinName } from '../kb';

export interface AmountRow {
  alias: string;
  name: string;
  role?: string;
  equiv?: number;
  mmol?: number;
  /** g/mol */
  mw?: number;
  /** grams */
  massG?: number;
  /** millilitres (liquids with a known density) */
  volumeMl?: number;
  /** g/mL */
  density?: number;
  /** The purity written after the name (0.95), or a solution's strength by weight (0.40), when the mass is corrected for it. */
  purity?: number;
  /** The name says it is a solution (the mass and volume are of the solution). */
  solution?: boolean;
  /** mol/L of a reagent used as a solution (`4 M HCl in dioxane`, formalin). */
  molarity?: number;
  /** Pd or Pt on carbon: the metal's share by weight (`Pd/C, 10%` → 0.10); the mass is of the catalyst, the MW and mmol the metal's. */
  loading?: number;
  /** With `loading`: which metal the MW and mmol are of. */
  metal?: 'Pd' | 'Pt';
  /** Pd or Pt on carbon sold wet: the water's share of the catalyst weighed (0.50); the mass is of the wet catalyst. */
  water?: number;
  /** Pd or Pt on carbon: the mmol of metal in a mass written beside an equiv that asks for another mass. */
  loadingWrittenMmol?: number;
  /** Added in one `add … in N portions` line: N (each portion is the mass or volume over N). */
  portions?: number;
  /** A charge by weight (`10% Pd/C 10 wt%`): the percentage of the substrate's mass (10). */
  wtPercent?: number;
  /** With `wtPercent`: the alias of the substrate whose mass it is a share of (see `wtSubstrate`). */
  wtOf?: string;
  /** With `wtPercent`: the substrate's mass in grams (the pure substance: its mmol × MW, else the mass written). */
  wtOfMassG?: number;
  /** With `wtPercent` and a mass written as well: the mass the percentage asks for (`massG` is the one written). */
  wtMassG?: number;
  /** Which written quantity the mmol (or, for a charge by weight, the mass) come from. */
  from?: 'equiv' | 'amount' | 'mass' | 'volume' | 'wt%';
  /** Why a mass or volume to measure cannot be given, when it cannot. */
  note?: string;
  /** Declaration line (0-based). */
  line: number;
}

export interface SolventRow {
  name: string;
  /** mol/L as declared */
  concentrationM?: number;
  /** mL: declared, or scale (mmol) / concentration (M), or relative volume × the limiting reagent's g */
  volumeMl?: number;
  /** Volumes relative to the limiting reagent as declared (`10 vol`: mL per g), and that reagent's alias. */
  relVolume?: number;
  relTo?: string;
  line: number;
}

export interface AmountsTable {
  scaleMmol?: number;
  /** The alias of the reagent the scale comes from, when there is no `scale` line: the one marked `limiting`, else one read from the amounts (`scaleHow`). */
  scaleFrom?: string;
  /** How a scale without a `scale` line or `limiting` reagent was read: a reagent's equiv beside its amount, or the amine or carbonyl in shortage. */
  scaleHow?: 'equiv' | 'shortage';
  /** A `scale` line that gives no mmol (`scale 1.00 g`), as written. */
  unreadScale?: string;
  rows: AmountRow[];
  /** The reaction's solvent: the one before the first step, else the first declared. */
  solvent?: SolventRow;
  /** Every `solvent` line, in order (a step may change the solvent: DCM for a deprotection, then DCE). */
  solvents: SolventRow[];
}

/**
 * mmol of a reagent: equiv × scale, else the mmol written, else mass / MW, else volume ×
 * molarity or × density / MW. The equiv comes first, as in `amount-mismatch`'s fix (the
 * others are made to agree with it), so a row never reads "1.0 equiv · 10.0 mmol" at 5 mmol.
 */
export function reagentMmol(r: Reagent, scaleMmol: number | undefined): number | undefined {
  return mmolSource(r, scaleMmol)?.mmol;
}

/** The reagent's mmol and the written quantity it comes from (see `reagentMmol`). */
export function mmolSource(r: Reagent, scaleMmol: number | undefined): { mmol: number; from: Quantity } | undefined {
  for (const q of [r.equivQ, r.mmolQ, r.massQ, r.volumeQ]) {
    if (!q || q.invalid) continue;
    const mmol = quantityMmol(q, r, scaleMmol);
    if (mmol !== undefined) return { mmol, from: q };
  }
  return undefined;
}

/**
 * The mmol one quantity of a reagent stands for, if it can be computed: equiv × scale, an
 * amount as written, a mass over the MW, a volume times the molarity of a solution (`4 M HCl
 * in dioxane 1.25 mL`) or, for a neat liquid, times its density over the MW.
 */
export function quantityMmol(q: Quantity, r: Reagent, scaleMmol: number | undefined): number | undefined {
  switch (q.kind) {
    case 'equiv':
      return scaleMmol !== undefined ? q.value * scaleMmol : undefined;
    case 'amount':
      return toMmol(q.value, q.unit);
    case 'mass':
      // What is weighed holds `purity` of the substance (`STAB, 95%`).
      return r.mw && !soldAsSolution(r) ? (toGrams(q.value, q.unit) * 1000 * (r.purity ?? 1)) / r.mw : undefined;
    case 'volume': {
      const molarity = solutionMolarity(r);
      if (molarity !== undefined) return toMl(q.value, q.unit) * molarity;
      return r.mw && r.density ? (toMl(q.value, q.unit) * r.density * 1000 * (r.purity ?? 1)) / r.mw : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Grams to weigh for `mmol` of a reagent: the pure substance's mass over the purity written
 * after its name (`STAB, 95%`). None for a solution, which is measured by volume.
 */
export function gramsFor(r: Reagent, mmol: number): number | undefined {
  // (A solution by molarity is measured by volume; with its strength by weight (formalin's 37 %), it can be weighed too.)
  if (!r.mw || (solutionMolarity(r) !== undefined && r.purity === undefined) || soldAsSolution(r) || isGas(r)) return undefined;
  return (mmol * r.mw) / 1000 / (r.purity ?? 1);
}

/**
 * A reagent the knowledge base knows only as solutions (HCl): no mass to weigh unless the
 * name says its strength or an `mw` attribute says otherwise.
 */
function soldAsSolution(r: Reagent): boolean {
  return r.kb?.state === 'solution' && r.decl.mw === undefined && r.purity === undefined;
}

/** A gas (formaldehyde's monomer): not weighed, unless an `mw` attribute says the line means something that is. */
function isGas(r: Reagent): boolean {
  return r.kb?.state === 'gas' && r.decl.mw === undefined;
}

/** Millilitres to measure for `mmol`: a solution by its molarity, a neat liquid by its density. */
export function millilitresFor(r: Reagent, mmol: number): number | undefined {
  const molarity = solutionMolarity(r);
  if (molarity !== undefined) return mmol / molarity;
  const g = gramsFor(r, mmol);
  return g !== undefined && r.density ? g / r.density : undefined;
}

export function toMmol(value: number, unit: string): number {
  switch (unit) {
    case 'mol':
      return value * 1000;
    case 'µmol':
      return value / 1000;
    default:
      return value;
  }
}

export function toGrams(value: number, unit: string): number {
  switch (unit) {
    case 'mg':
      return value / 1000;
    case 'kg':
      return value * 1000;
    default:
      return value;
  }
}

export function toMl(value: number, unit: string): number {
  switch (unit) {
    case 'µL':
      return value / 1000;
    case 'L':
      return value * 1000;
    default:
      return value;
  }
}

/** A concentration in mol/L (`200 mM` is 0.2 M). */
export function toMolar(value: number, unit: string): number {
  return unit === 'mM' ? value / 1000 : value;
}

/** `1 M`, `1.0 mol/L` in a name (after a space, bracket or comma). */
const MOLAR = /(?:^|[\s(,])(\d+(?:\.\d+)?|\.\d+)\s?(?:M|mol\/[Ll])(?=[\s),]|\/(?!\d)|$)/g;
/** The same, or a normality (`4N`), which for HCl is the molarity. */
const MOLAR_OR_NORMAL = /(?:^|[\s(,])(\d+(?:\.\d+)?|\.\d+)\s?(?:M|N|mol\/[Ll])(?=[\s),]|\/(?!\d)|$)/g;

/** The concentration (mol/L) of a reagent used as a solution: from its name (`4 M HCl in dioxane`, `NaBH3CN (1 M in THF)`), else the knowledge base. */
export function solutionMolarity(r: Reagent): number | undefined {
  // `4 M HCl in dioxane`, `NaBH3CN (1 M in THF)`, `HCl, 2.0 M in Et2O`, `STAB (1M)`.
  // Normality (`4N HCl`) is molarity for a monoprotic acid such as HCl, and only for it.
  const re = r.kb?.id === 'hcl' ? MOLAR_OR_NORMAL : MOLAR;
  re.lastIndex = 0;
  for (let m = re.exec(r.name); m; m = re.exec(r.name)) {
    // `(12 wt. % in 14 M NaOH)`: a molarity after `in` is the solvent's, not the reagent's.
    if (/\bin\s*$/i.test(r.name.slice(0, m.index + 1))) continue;
    const v = Number(m[1]);
    if (v > 0) return v;
  }
  // Concentrated hydrochloric acid, as sold: 37 % by weight, about 12 M (d 1.18).
  if (r.kb?.id === 'hcl' && (/^\s*(?:conc\.?|concentrated)\s/i.test(r.name) || (r.purity !== undefined && Math.abs(r.purity - 0.37) <= 0.015))) return 12;
  // The knowledge base's figure is for its own strength: formalin's 13.4 M is 37 %, not a
  // `formaldehyde (16% in H2O)`, glyoxylic acid's 9.06 M is 50 %; another percentage gives no molarity at all.
  const pct = percentInName(r.name);
  const own = r.kb?.strength !== undefined ? r.kb.strength * 100 : 37;
  if (r.kb?.molarity !== undefined && pct !== undefined && Math.abs(pct - own) > 1.5) return undefined;
  return r.kb?.molarity;
}

/**
 * For a substance most bottles of which are a hydrate (TsOH → TsOH·H2O): which MW the mass
 * is for, and the name to write for the other — unless the name or an `mw` already says.
 */
function hydrateNote(r: Reagent, massG: number | undefined): string | undefined {
  const hydrate = r.kb?.commonHydrate ? lookupById(r.kb.commonHydrate) : undefined;
  if (!hydrate?.mw || massG === undefined || r.decl.mw !== undefined || /anhyd|hydrate|h2o/i.test(r.name)) return undefined;
  return `the mass is of anhydrous ${r.kb!.name} (${r.kb!.mw!.toFixed(2)} g/mol); it is often sold as ${hydrate.name} (${hydrate.mw.toFixed(2)} g/mol): write \`${hydrate.name}\` if that is what you weigh`;
}

/** A resin-bound reagent weighed by its loading: what the MW column means for it. */
function resinNote(r: Reagent): string | undefined {
  if (!r.kb?.loading || r.decl.mw !== undefined) return undefined;
  return `a resin at ${r.kb.loading} mmol/g: the MW is the mass of resin per mol of hydride (1000 ÷ loading)`;
}

/** Why no mass or volume to measure can be computed for a reagent (for the amounts table's notes). */
function missingNote(r: Reagent, mmol: number | undefined, scaleMmol: number | undefined): string | undefined {
  if (r.role === 'dehydrating' || (isHydrogenationId(r.kb?.id) && !r.mw)) return undefined; // weighed by eye or as a loading, not by stoichiometry
  if (mmol === undefined) {
    // (Without a scale, the table's closing line says so once for every row.)
    if (r.equivQ && !r.equivQ.invalid && scaleMmol === undefined) return undefined;
    if (r.volumeQ && !r.volumeQ.invalid && !r.massQ && !r.mmolQ) {
      if (isSolutionName(r.name)) return 'a solution of unknown strength: write its molarity (`1 M in THF`) to turn the volume into mmol';
      if (!r.density) return r.kb?.state === 'solid' ? 'a solid given by volume: give a mass' : 'no density known: add `density N` (g/mL)';
    }
    if (!r.mw && r.kb?.supportOf && r.massQ) return `a resin: write its loading in the name (\`${r.kb.name} (2.0 mmol/g)\`, from the label) to turn the mass into mmol`;
    if (!r.mw && (r.massQ || r.volumeQ)) return 'no molecular weight: add `mw N` or a `smiles "…"`';
    return undefined;
  }
  if (r.kb?.id === 'formaldehyde' && isGas(r))
    return 'formaldehyde is a gas: name the form you use — `formalin` (measured by volume, about 75 µL per mmol) or `paraformaldehyde` (weighed per CH2O unit, 30.03 g/mol)';
  if (isGas(r)) return `${r.kb!.name} is a gas: it is not weighed`;
  if (isSolutionName(r.name)) return 'a solution of unknown molarity: write it in the name (`4 M HCl in dioxane`) to get the volume to measure';
  if (r.kb?.state === 'solution') return `${r.kb.name} is used as a solution: write its strength in the name (\`4 M ${r.kb.name} in dioxane\`) to get the volume to measure`;
  if (!r.mw && r.kb?.supportOf) return `a resin: write its loading in the name (\`${r.kb.name} (2.0 mmol/g)\`, from the label) to get the mass to weigh`;
  if (!r.mw) return 'no molecular weight: add `mw N` or a `smiles "…"` to get the mass to weigh';
  return undefined;
}

/** A reagent added all at once by one `add … in N portions` line: N (two or more). */
function portionsOf(r: Reagent): { portions?: number } {
  if (r.added.length !== 1) return {};
  const m = r.added[0].stmt.manner;
  return m?.kind === 'portions' && m.count !== undefined && Number.isInteger(m.count) && m.count >= 2 ? { portions: m.count } : {};
}

/** g/mol of palladium, for the mass of Pd/C that holds a mol % of it. */
export const PD_MW = 106.42;
/** g/mol of platinum, for the mass of Pt/C that holds a mol % of it. */
export const PT_MW = 195.08;
/** g/mol of the metal a supported catalyst is dosed by. */
export const METAL_MW: Readonly<Record<'Pd' | 'Pt', number>> = { Pd: PD_MW, Pt: PT_MW };

// A percentage next to what it is of: the water of a wet catalyst (`50% wet`, `water, 50%`), the
// palladium's loading (`10% Pd`, `Pd/C, 10%`). Built once: amountsTable runs for every hint and hover.
const PCT = String.raw`(\d+(?:\.\d+)?)\s*(?:wt\.?\s*)?%`;
const PD_WATER_BEFORE = new RegExp(PCT + String.raw`\s*(?:wet|water|h2o|moisture)`, 'i');
const PD_WATER_AFTER = new RegExp(String.raw`(?:wet|water|h2o)\s*[,:(]?\s*` + PCT, 'i');
const PD_LOADING_BEFORE = new RegExp(PCT + String.raw`\s*(?:pd\b|palladium)`, 'i');
const PD_LOADING_AFTER = new RegExp(String.raw`(?:pd\s*[/-]\s*c|(?:pd|palladium) on (?:carbon|charcoal|c\b))\s*[,(]?\s*` + PCT + String.raw`(?!\s*(?:wet|water|h2o|moisture))`, 'i');
const PT_LOADING_BEFORE = new RegExp(PCT + String.raw`\s*(?:pt\b|platinum)`, 'i');
const PT_LOADING_AFTER = new RegExp(String.raw`(?:pt\s*[/-]\s*c|(?:pt|platinum) on (?:carbon|charcoal|c\b))\s*[,(]?\s*` + PCT + String.raw`(?!\s*(?:wet|water|h2o|moisture))`, 'i');

/**
 * Pd or Pt on carbon with its loading in the name (`Pd/C, 10%`, `10% Pd/C`, `Pd/C (50% water, 10% Pd)`,
 * `5% Pt/C`): the metal, its share of the dry catalyst, and the water of a wet one (`10% Pd/C, 50% wet`), as
 * fractions; `unread` when the name has percentages but says neither clearly (or says "wet"
 * without how much). Pd(OH)2/C's percentage is given sometimes as Pd, sometimes as Pd(OH)2,
 * so it gets no mass (it is weighed as the chemist's catalogue says); PtO2 is weighed as itself.
 */
function metalLoading(r: Reagent): { metal: 'Pd' | 'Pt'; loading?: number; water: number; unread?: string } | undefined {
  let metal: 'Pd' | 'Pt';
  if (r.kb?.id === 'h2-pdc' && !/pd\s*\(\s*oh\s*\)|hydroxide|pearlman/i.test(r.name) && /pd\s*[/-]\s*c\b|\bpd on c|palladium on/i.test(r.name)) metal = 'Pd';
  else if (r.kb?.id === 'h2-ptc' && /pt\s*[/-]\s*c\b|\bpt on c|platinum on/i.test(r.name)) metal = 'Pt';
  else return undefined;
  const [before, after] = metal === 'Pd' ? [PD_LOADING_BEFORE, PD_LOADING_AFTER] : [PT_LOADING_BEFORE, PT_LOADING_AFTER];
  const water = PD_WATER_BEFORE.exec(r.name) ?? PD_WATER_AFTER.exec(r.name);
  const loading = before.exec(r.name) ?? after.exec(r.name);
  const w = water ? Number(water[1]) / 100 : 0;
  const l = loading ? Number(loading[1]) / 100 : undefined;
  const wetUnsaid = !water && /\bwet\b/i.test(r.name);
  if (l === undefined || !(l > 0 && l <= 0.3) || !(w >= 0 && w < 0.9) || wetUnsaid) {
    if (!/%/.test(r.name) && !wetUnsaid) return undefined;
    const c = `${metal}/C`;
    return { metal, water: w, unread: wetUnsaid ? `a wet catalyst: write how much water it holds (\`10% ${c}, 50% wet\`) to get the mass to weigh` : `write the loading next to ${metal} (\`10% ${c}\`, \`${c}, 10%\`) to get the mass to weigh` };
  }
  return { metal, loading: l, water: w };
}

/**
 * A `solvent` line's concentration and the volume it comes to at this scale (`0.2 M` at 5 mmol: 25 mL),
 * or its volume as written; volumes relative to the limiting reagent (`10 vol`) come to that many mL
 * per g of it, when `substrateG` (its mass) is known.
 */
export function solventVolume(s: SolventState, scaleMmol: number | undefined, substrateG?: number): { concentrationM?: number; volumeMl?: number; relVolume?: number } {
  const amount = s.stmt.amount && !s.stmt.amount.invalid ? s.stmt.amount : undefined;
  if (amount?.kind === 'relvolume') return { relVolume: amount.value, ...(substrateG !== undefined && substrateG > 0 ? { volumeMl: amount.value * substrateG } : {}) };
  if (amount?.kind === 'concentration') {
    const concentrationM = toMolar(amount.value, amount.unit);
    return { concentrationM, volumeMl: scaleMmol !== undefined && concentrationM > 0 ? scaleMmol / concentrationM : undefined };
  }
  if (amount?.kind === 'volume') return { volumeMl: toMl(amount.value, amount.unit) };
  return {};
}

/**
 * The substrate a charge by weight (`10 wt%`) is a share of: the reagent marked `limiting`, else
 * the amine or carbonyl at the fewest equivalents (the limiting one: the carbonyl under a
 * diazepane in excess, the diazepane under 2.5 equiv of aldehyde), the amine on a tie (the
 * diazepane the protocol is about: Boc-diazepane and aldehyde both at 1.0 equiv).
 */
export function wtSubstrate(model: Model, r?: Reagent): Reagent | undefined {
  const marked = model.reagents.find((x) => x.limiting && x !== r);
  if (marked) return marked;
  let best: Reagent | undefined;
  for (const x of model.reagents) {
    if (x === r || (x.role !== 'amine' && x.role !== 'carbonyl') || x.equiv === undefined || !(x.equiv > 0)) continue;
    if (!best || x.equiv < best.equiv! - 1e-9 || (Math.abs(x.equiv - best.equiv!) <= 1e-9 && x.role === 'amine' && best.role !== 'amine')) best = x;
  }
  return best;
}

export function amountsTable(model: Model): AmountsTable {
  const scaleMmol = model.scale?.mmol;
  const first = model.reagents.map((r) => amountRow(model, r, scaleMmol));
  // A charge by weight of the substrate: its mass once the substrate's is known.
  const rows = model.reagents.map((r, i) => {
    const q = r.wtPercentQ;
    if (!q) return first[i];
    const of = wtSubstrate(model, r);
    const ofRow = of ? first[model.reagents.indexOf(of)] : undefined;
    const ofMass = of && ofRow ? substanceMassG(of, ofRow) : undefined;
    const wt = ofMass !== undefined ? (q.value / 100) * ofMass : undefined;
    const row = amountRow(model, r, scaleMmol, wt);
    const note = !of
      ? `${plain(q.value)} wt % of what? No amine or carbonyl has an amount here: mark the substrate \`limiting\`, or write the mass to weigh`
      : ofMass === undefined
        ? `${plain(q.value)} wt % of ${of.alias}, whose mass is not known (${of.mw ? 'it has no amount' : 'no molecular weight: add `mw N` or a `smiles "…"` to it'}), so the mass to weigh cannot be worked out — or write it beside the percentage (\`${plain(q.value)} wt%, 50 mg\`)`
        : undefined;
    return {
      ...row,
      wtPercent: q.value,
      ...(of ? { wtOf: of.alias } : {}),
      ...(ofMass !== undefined ? { wtOfMassG: ofMass } : {}),
      ...(note ? { note: row.note ? `${note}; ${row.note}` : note } : {}),
    };
  });
  // Volumes relative to the limiting reagent (`10 vol`): mL per g of the substrate a charge by weight is of.
  const relTo = model.solvents.some((s) => s.stmt.amount?.kind === 'relvolume') ? wtSubstrate(model) : undefined;
  const relRow = relTo ? rows[model.reagents.indexOf(relTo)] : undefined;
  const relG = relTo && relRow ? substanceMassG(relTo, relRow) : undefined;
  const solvents = model.solvents.map((s): SolventRow => {
    const v = solventVolume(s, scaleMmol, relG);
    return { name: s.stmt.name.text, ...v, ...(v.relVolume !== undefined && relTo ? { relTo: relTo.alias } : {}), line: s.stmt.line };
  });
  const top = model.topSolvent ?? model.solvents[0];
  const solvent = top ? solvents[model.solvents.indexOf(top)] : undefined;
  const scaleFrom = (model.scale?.limiting ?? model.scale?.from)?.alias;
  const scaleHow = model.scale?.limiting ? undefined : model.scale?.how;
  const scaleLine = scaleMmol === undefined ? model.doc.statements.find((st) => st.kind === 'scale') : undefined;
  const unreadScale = scaleLine ? model.doc.lines[scaleLine.line].text.slice(scaleLine.range.start.character, scaleLine.range.end.character) : undefined;
  return { scaleMmol, ...(scaleFrom !== undefined ? { scaleFrom } : {}), ...(scaleHow ? { scaleHow } : {}), ...(unreadScale !== undefined ? { unreadScale } : {}), rows, solvent, solvents };
}

/**
 * Where 1.0 equiv comes from when no `scale` line gives it, as words to follow the mmol
 * (`, from 'ald', the reagent in shortage`); empty with a `scale` line. The CLI's header and
 * the editor's hints say it alike.
 */
export function scaleWhence(t: Pick<AmountsTable, 'scaleFrom' | 'scaleHow'>): string {
  if (t.scaleFrom === undefined) return '';
  if (t.scaleHow === 'equiv') return `, from '${t.scaleFrom}' and its equiv`;
  if (t.scaleHow === 'shortage') return `, from '${t.scaleFrom}', the reagent in shortage`;
  return `, from the limiting reagent '${t.scaleFrom}'`;
}

const finite = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x);

/**
 * The mass in g that volumes relative to the limiting reagent (`10 vol`) are measured against: that
 * reagent's own mass at this scale, if known.
 */
export function relativeVolumeBasisG(model: Model, of: Reagent): number | undefined {
  const row = amountRow(model, of, model.scale?.mmol);
  return substanceMassG(of, row);
}

/** A reagent's own mass in g from its row (not a solution's, nor a purity-corrected weighing), if known. */
function substanceMassG(of: Reagent, ofRow: AmountRow): number | undefined {
  return finite(ofRow.mmol) && of.mw && !soldAsSolution(of) && !isGas(of) ? (ofRow.mmol * of.mw) / 1000 : of.massQ && !of.massQ.invalid && !ofRow.solution ? toGrams(of.massQ.value, of.massQ.unit) : undefined;
}
/** At most three significant figures, no trailing zeros. */
const plain = (x: number): string => String(Number(x.toPrecision(3)));

/**
 * One reagent's row. `wtMassG`: the mass a charge by weight (`10 wt%`) asks for, when the
 * substrate's mass is known: it is what is weighed unless a mass is written beside it.
 */
function amountRow(model: Model, r: Reagent, scaleMmol: number | undefined, wtMassG?: number): AmountRow {
  {
    const source = mmolSource(r, scaleMmol);
    let mmol = r.mmol;
    let equiv = r.equiv;
    let from = source?.from.kind as AmountRow['from'];
    // A solution is measured by volume: `4 M HCl in dioxane`, formalin (13.4 M).
    const molarity = solutionMolarity(r);
    let massG = mmol !== undefined ? gramsFor(r, mmol) : undefined;
    let volumeMl = mmol !== undefined ? millilitresFor(r, mmol) : undefined;
    // Pd/C or Pt/C with its loading: the mol % of metal (its equiv) and the mass of catalyst that holds it.
    const pd = metalLoading(r);
    const loading = pd?.loading;
    const written = r.massQ && !r.massQ.invalid ? toGrams(r.massQ.value, r.massQ.unit) : undefined;
    // A charge by weight stands for a weighed mass when no mass and no mmol are written.
    const byWeight = wtMassG !== undefined && written === undefined && mmol === undefined;
    const weighed = written ?? (byWeight ? wtMassG : undefined);
    let loadingWritten: number | undefined;
    if (loading !== undefined) {
      // Metal per gram weighed: the loading of the dry catalyst, less the water of a wet one.
      const share = loading * (1 - pd!.water);
      const metalMw = METAL_MW[pd!.metal];
      if (mmol === undefined && weighed !== undefined) {
        mmol = (weighed * 1000 * share) / metalMw;
        equiv = scaleMmol ? mmol / scaleMmol : undefined;
        from = byWeight ? 'wt%' : 'mass';
      }
      if (mmol !== undefined) {
        massG = (mmol * metalMw) / 1000 / share;
        // A mass written beside an equiv that says otherwise: what it holds.
        if (weighed !== undefined && Math.abs(weighed - massG) > 0.05 * massG) loadingWritten = (weighed * 1000 * share) / metalMw;
      }
    }
    const computed = massG !== undefined || volumeMl !== undefined;
    // What was written stands when nothing can be computed (sieves, a catalyst without MW); so
    // does a charge by weight of the substrate (`4Å sieves 100 wt%`, `Pd/C 10 wt%` with no loading).
    if (massG === undefined && r.massQ && !r.massQ.invalid) massG = toGrams(r.massQ.value, r.massQ.unit);
    if (massG === undefined && byWeight) {
      massG = wtMassG;
      from ??= 'wt%';
    }
    if (volumeMl === undefined && r.volumeQ && !r.volumeQ.invalid) volumeMl = toMl(r.volumeQ.value, r.volumeQ.unit);
    // A name with a note (`STAB, 95%`) or a strength (`HCl 4N in dioxane`) is shown as written:
    // the bottle to take is part of what to measure.
    const solution = isSolutionName(r.name) || r.kb?.state === 'solution';
    // (So is a bare `H2`: the knowledge base reads it as H2, Pd/C, but the catalyst may be declared apart, e.g. PtO2.)
    const bareH2 = r.kb?.id === 'h2-pdc' && !/pd|palladium|pearlman/i.test(r.name);
    const asWritten = r.kb && (r.purity !== undefined || molarity !== undefined || solution || pd !== undefined || bareH2);
    return {
      alias: r.alias,
      // (A resin by the name written, `PS-STAB`, not the entry's MP-triacetoxyborohydride: the loading is in the notes.)
      name: asWritten || !r.kb ? r.name : r.kb.supportOf ? resinName(r.name) : r.kb.name,
      role: r.role,
      equiv,
      mmol,
      mw: loading !== undefined && mmol !== undefined ? METAL_MW[pd!.metal] : r.mw,
      massG,
      volumeMl,
      density: r.density,
      purity: r.purity,
      solution: solution || undefined,
      molarity,
      ...(loading !== undefined && mmol !== undefined ? { loading, metal: pd!.metal, ...(pd!.water ? { water: pd!.water } : {}) } : {}),
      ...portionsOf(r),
      ...(loadingWritten !== undefined ? { loadingWrittenMmol: loadingWritten } : {}),
      // A mass written beside a charge by weight that asks for another (more than 5 % apart).
      ...(wtMassG !== undefined && !byWeight && massG !== undefined && Math.abs(wtMassG - massG) > 0.05 * wtMassG ? { wtMassG } : {}),
      from,
      note: pd?.unread ?? (computed ? (resinNote(r) ?? hydrateNote(r, massG)) : missingNote(r, mmol, scaleMmol)),
      line: r.decl.line,
    };
  }
}
