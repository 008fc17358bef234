/**
 * Units of the `.rxn` language: how each spelling is read, its canonical form, its kind,
 * and how to convert it to the base unit of its kind (mmol, g, mL, M, min, °C).
 * Shared by the parser, the model, completion and the grammar.
 */
import type { UnitKind } from './ast';

export interface UnitDef {
  /** Canonical spelling (the `unit` of a Quantity). */
  unit: string;
  kind: UnitKind;
  /** Multiply a value in this unit by `factor` to get the base unit of its kind (temperatures: see `toCelsius`). */
  factor: number;
}

/** The base unit of every kind: model amounts are computed in these. */
export const BASE_UNITS: Readonly<Record<UnitKind, string>> = {
  equiv: 'equiv',
  amount: 'mmol',
  mass: 'g',
  volume: 'mL',
  concentration: 'M',
  relvolume: 'vol',
  percent: '%',
  time: 'min',
  temperature: '°C',
};

/** Canonical units (µ is U+00B5), with their kind and the factor to the base unit. */
export const UNITS: readonly UnitDef[] = [
  { unit: 'equiv', kind: 'equiv', factor: 1 },
  { unit: 'mmol', kind: 'amount', factor: 1 },
  { unit: 'mol', kind: 'amount', factor: 1000 },
  { unit: 'µmol', kind: 'amount', factor: 0.001 },
  { unit: 'mg', kind: 'mass', factor: 0.001 },
  { unit: 'g', kind: 'mass', factor: 1 },
  { unit: 'kg', kind: 'mass', factor: 1000 },
  { unit: 'µL', kind: 'volume', factor: 0.001 },
  { unit: 'mL', kind: 'volume', factor: 1 },
  { unit: 'L', kind: 'volume', factor: 1000 },
  { unit: 'M', kind: 'concentration', factor: 1 },
  { unit: 'mM', kind: 'concentration', factor: 0.001 },
  // Volumes relative to the limiting reagent (`solvent DCM 10 vol`): mL per g of it, L per kg.
  { unit: 'vol', kind: 'relvolume', factor: 1 },
  { unit: '%', kind: 'percent', factor: 1 },
  // A charge by weight of the substrate (`10% Pd/C 10 wt%`): a percentage that ends a reagent name.
  { unit: 'wt%', kind: 'percent', factor: 1 },
  { unit: 's', kind: 'time', factor: 1 / 60 },
  { unit: 'min', kind: 'time', factor: 1 },
  { unit: 'h', kind: 'time', factor: 60 },
  { unit: 'd', kind: 'time', factor: 1440 },
  { unit: '°C', kind: 'temperature', factor: 1 },
  { unit: 'K', kind: 'temperature', factor: 1 },
  { unit: '°F', kind: 'temperature', factor: 1 },
];

/**
 * Units of a kind rxn measures but at a magnitude it does not write (`15900 µg`, `5 nmol`),
 * or a spelling that is not a unit here (`gr`): the unit to write instead and the factor
 * to it, so the message can say what the amount is (`15900 µg is 15.9 mg`) rather than
 * suggest the unit three letters away (`mg`, 1000 times more).
 */
export const OTHER_MAGNITUDES: Readonly<Record<string, { unit: string; kind: UnitKind; factor: number; unsafe?: true }>> = {
  'µg': { unit: 'mg', kind: 'mass', factor: 1e-3 },
  'μg': { unit: 'mg', kind: 'mass', factor: 1e-3 },
  ug: { unit: 'mg', kind: 'mass', factor: 1e-3 },
  mcg: { unit: 'mg', kind: 'mass', factor: 1e-3 },
  ng: { unit: 'mg', kind: 'mass', factor: 1e-6 },
  // (`gr` is also the grain, 64.8 mg: the fix is offered, not applied by "Fix all".)
  gr: { unit: 'g', kind: 'mass', factor: 1, unsafe: true },
  gm: { unit: 'g', kind: 'mass', factor: 1, unsafe: true },
  nmol: { unit: 'µmol', kind: 'amount', factor: 1e-3 },
  pmol: { unit: 'µmol', kind: 'amount', factor: 1e-6 },
  kmol: { unit: 'mol', kind: 'amount', factor: 1e3 },
  nl: { unit: 'µL', kind: 'volume', factor: 1e-3 },
  nL: { unit: 'µL', kind: 'volume', factor: 1e-3 },
  dl: { unit: 'mL', kind: 'volume', factor: 100 },
  dL: { unit: 'mL', kind: 'volume', factor: 100 },
  cl: { unit: 'mL', kind: 'volume', factor: 10 },
  cL: { unit: 'mL', kind: 'volume', factor: 10 },
};

/**
 * Time units rxn does not take (lower case): days in one (weeks), or undefined where there is
 * no exact number of days (months, years), so the message can say what to write.
 */
export const OTHER_TIME_UNITS: Readonly<Record<string, { days?: number }>> = {
  week: { days: 7 },
  weeks: { days: 7 },
  wk: { days: 7 },
  wks: { days: 7 },
  month: {},
  months: {},
  year: {},
  years: {},
  yr: {},
  yrs: {},
};

/** Canonical units of each kind, in the order completion should offer them. */
export const CANONICAL_UNITS: Readonly<Record<UnitKind, readonly string[]>> = {
  equiv: ['equiv'],
  amount: ['mmol', 'mol', 'µmol'],
  mass: ['mg', 'g', 'kg'],
  volume: ['mL', 'µL', 'L'],
  concentration: ['M', 'mM'],
  relvolume: ['vol'],
  percent: ['%'],
  time: ['min', 'h', 's', 'd'],
  temperature: ['°C', 'K'],
};

/**
 * Every accepted spelling → canonical unit. Matched exactly first; then, for spellings
 * whose lower-case form is unambiguous, case-insensitively (so `ML`, `Equiv`, `MIN` work,
 * but `M` and `mM` stay distinct).
 */
export const UNIT_SPELLINGS: Readonly<Record<string, string>> = {
  equiv: 'equiv',
  'equiv.': 'equiv',
  equivs: 'equiv',
  eq: 'equiv',
  'eq.': 'equiv',
  equivalent: 'equiv',
  equivalents: 'equiv',
  mmol: 'mmol',
  mol: 'mol',
  'µmol': 'µmol', // U+00B5 micro sign
  'μmol': 'µmol', // U+03BC Greek mu
  umol: 'µmol',
  mg: 'mg',
  g: 'g',
  kg: 'kg',
  'µL': 'µL',
  'μL': 'µL',
  // (`mc` for micro, as US labels write it: `mcL`)
  mcL: 'µL',
  uL: 'µL',
  'µl': 'µL',
  'μl': 'µL',
  ul: 'µL',
  mL: 'mL',
  ml: 'mL',
  L: 'L',
  l: 'L',
  M: 'M',
  mM: 'mM',
  vol: 'vol',
  'vol.': 'vol',
  vols: 'vol',
  'vols.': 'vol',
  volumes: 'vol',
  V: 'vol',
  // (the same ratio spelled out: litres per kg, or mL per g, of the limiting reagent)
  'L/kg': 'vol',
  'l/kg': 'vol',
  'mL/g': 'vol',
  'ml/g': 'vol',
  '%': '%',
  'wt%': 'wt%',
  'wt.%': 'wt%',
  s: 's',
  sec: 's',
  secs: 's',
  'sec.': 's',
  'secs.': 's',
  second: 's',
  seconds: 's',
  min: 'min',
  mins: 'min',
  'min.': 'min',
  'mins.': 'min',
  minute: 'min',
  minutes: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  // (abbreviated with a period in the middle of a line: `stir 2 hr. at rt`)
  'hr.': 'h',
  'hrs.': 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  '°C': '°C',
  'ºC': '°C', // masculine ordinal indicator, a common look-alike of the degree sign
  '℃': '°C',
  // (ASCII spellings of the degree sign in notebooks: `0 oC`, `25 degC`; `deg C` apart is read by the parser.)
  oC: '°C',
  degC: '°C',
  'deg.C': '°C',
  C: '°C',
  K: 'K',
  '°F': '°F',
  F: '°F',
};

const BY_UNIT = new Map<string, UnitDef>(UNITS.map((u) => [u.unit, u]));
const EXACT = new Map<string, UnitDef>();
const FOLDED = new Map<string, UnitDef | null>();
for (const [spelling, canonical] of Object.entries(UNIT_SPELLINGS)) {
  const def = BY_UNIT.get(canonical)!;
  EXACT.set(spelling, def);
  const low = spelling.toLowerCase();
  const prev = FOLDED.get(low);
  if (prev === undefined) FOLDED.set(low, def);
  else if (prev !== null && prev.unit !== def.unit) FOLDED.set(low, null); // ambiguous (m vs M…)
}
// `m`/`mm` would be ambiguous between molar and milli-something: never fold them.
FOLDED.set('m', null);
FOLDED.set('mm', null);
// A bare temperature letter in lower case (`40 k`, `40 c`) is more likely a slip than a
// unit: `40 k` read as kelvin would be −233 °C. Written as `K`, `C`, `°C`, `°c` it is read.
FOLDED.set('k', null);
FOLDED.set('c', null);
FOLDED.set('f', null);
// Relative volumes as process write-ups give them: `10 V`, `10 vol`; not a lower-case `v` alone.
FOLDED.set('v', null);

/** The unit a spelling stands for, or undefined when it is not a unit. */
export function lookupUnit(text: string): UnitDef | undefined {
  const exact = EXACT.get(text);
  if (exact) return exact;
  if (text.length > 16) return undefined;
  return FOLDED.get(text.toLowerCase()) ?? undefined;
}

/**
 * A one-letter unit written in the wrong case (`0.2 m` for M, `40 k` for K): the unit it
 * stands for, which the parser reports ("did you mean M?") or, where the case does not
 * matter to the reading, treats as that unit.
 */
export function caseSlipUnit(text: string): UnitDef | undefined {
  return text.length === 1 ? lookupUnit(text.toUpperCase()) : undefined;
}

/** Every spelling in lower case (for "looks like a misspelled unit" checks). */
export const UNIT_SPELLINGS_LOWER: readonly string[] = [...new Set(Object.keys(UNIT_SPELLINGS).map((s) => s.toLowerCase()))];

/** `overnight` in minutes (16 h). */
export const OVERNIGHT_MINUTES = 960;
/** Words that stand for a duration without a number. */
export const DURATION_WORDS: Readonly<Record<string, number>> = {
  overnight: OVERNIGHT_MINUTES,
  'o/n': OVERNIGHT_MINUTES,
  // (notebook spellings of the same)
  'o.n.': OVERNIGHT_MINUTES,
  'o.n': OVERNIGHT_MINUTES,
  'over-night': OVERNIGHT_MINUTES,
};

/** Room temperature (`rt`, `room temperature`) in °C. */
export const ROOM_TEMPERATURE = { low: 20, high: 25 } as const;
/** Words that stand for a temperature. */
export const TEMPERATURE_WORDS: readonly string[] = ['rt', 'room temperature', 'reflux'];
/** Spellings of room temperature accepted by the parser (lower case; multi-word ones separated by one space). */
export const RT_SPELLINGS: readonly string[] = ['rt', 'r.t.', 'r.t', 'ambient', 'room temperature', 'room temp', 'room temp.', 'ambient temperature'];

export const ABSOLUTE_ZERO_C = -273.15;

/** Converts a value in a canonical unit to the base unit of its kind; undefined for an unknown unit. */
export function toBaseUnit(value: number, unit: string): number | undefined {
  const def = BY_UNIT.get(unit) ?? lookupUnit(unit);
  if (!def) return undefined;
  if (def.kind === 'temperature') return toCelsius(value, def.unit);
  return value * def.factor;
}

/** °C from a value in °C, K or °F. */
export function toCelsius(value: number, unit: string): number {
  if (unit === 'K') return value - 273.15;
  if (unit === '°F') return ((value - 32) * 5) / 9;
  return value;
}

/** A noun phrase for a kind, for messages ("a volume", "a time"). */
export const KIND_NOUNS: Readonly<Record<UnitKind, string>> = {
  equiv: 'equivalents',
  amount: 'an amount',
  mass: 'a mass',
  volume: 'a volume',
  concentration: 'a concentration',
  relvolume: 'volumes relative to the limiting reagent',
  percent: 'a percentage',
  time: 'a time',
  temperature: 'a temperature',
};
