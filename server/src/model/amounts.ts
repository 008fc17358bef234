/**
 * The amounts calculator: from `scale`, equiv, MW and density to mmol, mass and volume,
 * and the solvent volume from its concentration. Used by `rxn amounts`, hover cards,
 * inlay hints and the `amount-mismatch` rule.
 */
import type { Model, Reagent } from './types';
import type { Quantity } from '../syntax/ast';

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
  /** Declaration line (0-based). */
  line: number;
}

export interface SolventRow {
  name: string;
  /** mol/L as declared */
  concentrationM?: number;
  /** mL: declared, or scale (mmol) / concentration (M) */
  volumeMl?: number;
  line: number;
}

export interface AmountsTable {
  scaleMmol?: number;
  /** The alias of the `limiting` reagent the scale comes from, when there is no `scale` line. */
  scaleFrom?: string;
  rows: AmountRow[];
  solvent?: SolventRow;
}

/** mmol of a reagent: written mmol, else equiv × scale, else mass / MW, else volume × molarity or × density / MW. */
export function reagentMmol(r: Reagent, scaleMmol: number | undefined): number | undefined {
  for (const q of [r.mmolQ, r.equivQ, r.massQ, r.volumeQ]) {
    if (!q || q.invalid) continue;
    const mmol = quantityMmol(q, r, scaleMmol);
    if (mmol !== undefined) return mmol;
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
      return r.mw ? (toGrams(q.value, q.unit) * 1000) / r.mw : undefined;
    case 'volume': {
      const molarity = solutionMolarity(r);
      if (molarity !== undefined) return toMl(q.value, q.unit) * molarity;
      return r.mw && r.density ? (toMl(q.value, q.unit) * r.density * 1000) / r.mw : undefined;
    }
    default:
      return undefined;
  }
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

/** `1 M`, `1.0 mol/L` in a name (after a space, bracket or comma). */
const MOLAR = /(?:^|[\s(,])(\d+(?:\.\d+)?|\.\d+)\s?(?:M|mol\/[Ll])(?=[\s),]|$)/g;
/** The same, or a normality (`4N`), which for HCl is the molarity. */
const MOLAR_OR_NORMAL = /(?:^|[\s(,])(\d+(?:\.\d+)?|\.\d+)\s?(?:M|N|mol\/[Ll])(?=[\s),]|$)/g;

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
  // The knowledge base's figure is for its own strength: formalin's 13.4 M is 37 %, not a
  // `formaldehyde (16% in H2O)`; another percentage gives no molarity at all.
  const pct = /(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?\s*(?:wt\.?\s*)?%/.exec(r.name);
  if (r.kb?.molarity !== undefined && pct && Math.abs(Number(pct[1]) - 37) > 1.5) return undefined;
  return r.kb?.molarity;
}

export function amountsTable(model: Model): AmountsTable {
  const scaleMmol = model.scale?.mmol;
  const rows: AmountRow[] = model.reagents.map((r) => {
    const mmol = r.mmol;
    // A solution is measured by volume: `4 M HCl in dioxane`, formalin (13.4 M).
    const molarity = solutionMolarity(r);
    let massG = molarity === undefined && mmol !== undefined && r.mw ? (mmol * r.mw) / 1000 : undefined;
    let volumeMl = molarity !== undefined && mmol !== undefined ? mmol / molarity : massG !== undefined && r.density ? massG / r.density : undefined;
    // What was written stands when nothing can be computed (sieves, a catalyst without MW).
    if (massG === undefined && r.massQ && !r.massQ.invalid) massG = toGrams(r.massQ.value, r.massQ.unit);
    if (volumeMl === undefined && r.volumeQ && !r.volumeQ.invalid) volumeMl = toMl(r.volumeQ.value, r.volumeQ.unit);
    return {
      alias: r.alias,
      name: r.kb?.name ?? r.name,
      role: r.role,
      equiv: r.equiv,
      mmol,
      mw: r.mw,
      massG,
      volumeMl,
      density: r.density,
      line: r.decl.line,
    };
  });
  let solvent: SolventRow | undefined;
  const s = model.topSolvent ?? model.solvents[0];
  if (s) {
    const amount = s.stmt.amount && !s.stmt.amount.invalid ? s.stmt.amount : undefined;
    let concentrationM: number | undefined;
    let volumeMl: number | undefined;
    if (amount?.kind === 'concentration') {
      concentrationM = amount.unit === 'mM' ? amount.value / 1000 : amount.value;
      if (scaleMmol !== undefined && concentrationM > 0) volumeMl = scaleMmol / concentrationM;
    } else if (amount?.kind === 'volume') {
      volumeMl = toMl(amount.value, amount.unit);
    }
    solvent = { name: s.stmt.name.text, concentrationM, volumeMl, line: s.stmt.line };
  }
  const scaleFrom = model.scale?.limiting?.alias;
  return { scaleMmol, ...(scaleFrom !== undefined ? { scaleFrom } : {}), rows, solvent };
}
