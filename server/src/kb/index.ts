/**
 * The knowledge base's public API: name lookup (with light normalisation), close-name
 * suggestions, and the work-up vocabulary. Nothing here loads openchemlib (see ./chem).
 */
import { KB, LABELLED, SUPPORTED } from './data';
import type { KbEntry, WorkupClass } from './types';

export { KB, LABELLED, SUPPORTED };

/** Knowledge-base ids of catalytic hydrogenation (H2 over Pd/C or Pd(OH)2/C, Pt/C, PtO2): the reductant is the hydrogen, the amount written a catalyst loading. */
export const HYDROGENATION_IDS: ReadonlySet<string> = new Set(['h2-pdc', 'h2-ptc', 'h2-pto2']);
export function isHydrogenationId(id: string | undefined): boolean {
  return id !== undefined && HYDROGENATION_IDS.has(id);
}
export type { KbEntry, WorkupClass, FunctionalGroups, KbRole } from './types';

// ---------------------------------------------------------------------------------------
// Normalisation

const SUBSCRIPTS: Record<string, string> = {
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
  // Superscript letters of ChemDraw names: `Ti(OⁱPr)₄`, `ⁱPr₂NEt`, `ᵗBuOH`.
  'ⁱ': 'i', 'ⁿ': 'n', 'ᵗ': 't', 'ˢ': 's',
};

/**
 * The key a name is matched by: lower case, Unicode subscript digits → digits, superscript
 * letters (ⁱPr) → letters, µ/μ → u,
 * Å (letter or Ångström sign) → a ("4 Å" → "4a"), any dash or minus → "-", hydrate dots
 * (·, •, ∙) → ".", whitespace collapsed, no spaces around "/" or ",".
 */
export function normalizeName(name: string): string {
  let s = name.normalize('NFC');
  s = s.replace(/[₀-₉ⁱⁿᵗˢ]/g, (c) => SUBSCRIPTS[c] ?? c);
  s = s.toLowerCase();
  s = s.replace(/[µμ]/g, 'u');
  s = s.replace(/[åÅ\u212B]/g, 'a');
  s = s.replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g, '-');
  s = s.replace(/[·•∙⋅]/g, '.');
  s = s.replace(/[\u2018\u2019\u2032]/g, "'");
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/\s*\/\s*/g, '/');
  s = s.replace(/\s*,\s*/g, ',');
  s = s.replace(/(\d) a(?![a-z0-9])/g, '$1a'); // "4 a" (from "4 Å") → "4a"
  return s;
}

const byKey = new Map<string, KbEntry>();
const byId = new Map<string, KbEntry>();
/** Every (display string, entry) pair: names first, then synonyms, in KB order. */
const allNames: { text: string; key: string; entry: KbEntry }[] = [];

for (const e of KB) {
  if (byId.has(e.id)) throw new Error(`knowledge base: duplicate id ${e.id}`);
  byId.set(e.id, e);
}
for (const e of [...KB, ...LABELLED, ...SUPPORTED]) {
  for (const text of [e.name, ...e.synonyms]) {
    const key = normalizeName(text);
    const prev = byKey.get(key);
    if (prev && prev !== e) throw new Error(`knowledge base: '${text}' names both ${prev.id} and ${e.id}`);
    byKey.set(key, e);
    allNames.push({ text, key, entry: e });
  }
}

// ---------------------------------------------------------------------------------------
// Lookup

/** Bounded memo caches: emptied when full, so a long session cannot grow them without limit. */
const MEMO_LIMIT = 2000;
function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
}

/**
 * `fn` memoised by the name it is asked about (in a bounded cache): the knowledge base never
 * changes, a protocol names the same reagents and solvents on many lines, and every keystroke
 * re-analyses the whole text.
 */
export function memoised<V>(fn: (name: string) => V): (name: string) => V {
  const cache = new Map<string, V>();
  return (name) => {
    if (cache.has(name)) return cache.get(name)!;
    const value = fn(name);
    remember(cache, name, value);
    return value;
  };
}

/** Words that describe the grade or handling of a reagent, not what it is. */
const GRADE_PREFIX =
  /^(?:dry|anhydrous|anhyd\.?|glacial|neat|fresh|freshly distilled|distilled|degassed|absolute|abs\.?|reagent-grade|extra dry|activated|powdered|flame-dried|oven-dried)\s+/i;
/** The same kind of words after the name, as supplier catalogues write them: `methanol, anhydrous`, `NaBH4 pellets`. */
const GRADE_SUFFIX =
  /(?:\s*,\s*|\s+)(?:dry|anhydrous|anhyd\.?|glacial|neat|absolute|abs\.?|extra dry|reagent[- ]grade|acs(?: reagent)?(?: grade)?|hplc grade|puriss\.?(?: p\.a\.)?|pellets|powder|powdered|granular|granules|crystalline|stabili[sz]ed|activated|reagentplus®?|inhibitor-free|redistilled|purified|for synthesis|extra pure|technical(?: grade)?|sure\/seal™?)$/i;
/** Words or figures that say the reagent is a solution (kept only for acids and formaldehyde). */
const SOLUTION_PREFIX =
  /^(?:aq\.?|aqueous|sat\.?|saturated|conc\.?|concentrated|dil\.?|dilute|\d*\.?\d+\s*(?:m|n|mol\/l|%|wt\s*%|wt\.\s*%|% w\/w|% w\/v))\s+/;
const SOLUTION_SUFFIX = /\s*(?:\(aq\.?\)|,?\s*aq\.?|,?\s*aqueous|\s+solution|,?\s*(?:\d*\.?\d+\s*(?:m|n|%|wt\s*%)\s+)?in (?:water|h2o|d2o)|\(\d*\.?\d+\s*m\)|\(\d*\.?\d+\s*(?:%|wt\s*%) in (?:water|h2o|d2o)\))$/;

/** `NAME stock (0.5 M, DCE)`, `NAME (0.5m/dce)`, `NAME stock (0.5 M in DCE)` (a normalised key): name, strength, solvent. */
const STOCK = /^(.+?)(?:\s+stock(?:\s+solution)?)?\s*\(\s*(\d*\.?\d+\s*mm?)\s*(?:(?:[,/;]|\s+in\s+)\s*([^(),/;]+?))?\s*\)$/;
/** A stock's name as the solution it is (`benzaldehyde stock (0.5 m, dce)` → `benzaldehyde (0.5 m in dce)`), or undefined. */
function stockAsSolution(key: string): string | undefined {
  const stock = STOCK.exec(key);
  return stock ? `${stock[1]} (${stock[2]}${stock[3] ? ` in ${stock[3]}` : ''})` : undefined;
}
/** A stereodescriptor at the start of a name or of one of its words, with its hyphen (normalised key: lower case). */
const STEREO = /(^|[\s(])(?:\((?:\d*[rs]|[rs]\/[rs]|[rs],[rs]|\d*[rs],\d*[rs]|\+\/-|±|\+|-|e|z)\)|rac|rel)-(?=[a-z0-9(])/g;

/**
 * The knowledge-base entry for a reagent or solvent name (case-insensitive, on the name
 * and its synonyms). Also tolerated: a grade word in front ("dry THF", "glacial AcOH",
 * "anhydrous DCE"), and, for acids and formaldehyde only, a solution marker such as
 * "aq. HCl", "1 M HCl", "conc. H2SO4", "formaldehyde (37% in water)".
 */
export const lookup: (name: string) => KbEntry | undefined = memoised((name) => {
  const entry = lookupUncached(name);
  return entry?.supportOf ? withLoading(entry, name) : entry;
});

function lookupUncached(name: string): KbEntry | undefined {
  let key = normalizeName(name.replace(/^"(.*)"$/, '$1'));
  if (!key) return undefined;
  const exact = byKey.get(key);
  if (exact) return exact;

  // A stereodescriptor (`(R)-2-methyl-1,4-diazepane`, `tert-butyl (S)-3-methyl-…`, `(±)-`, `rac-`,
  // `(2R)-`, `(R,S)-`): the same compound to every rule (its weight, role and N–H), so the entry
  // without it.
  const unstereo = key.replace(STEREO, '$1');
  if (unstereo !== key && unstereo) return lookupUncached(unstereo);

  // A library stock as written beside a plate map (`benzaldehyde stock (0.5 M, DCE)`,
  // `benzaldehyde (0.5M/DCE)`, `… stock solution (0.5 M in DCE)`): the solution `… (0.5 M in DCE)`.
  const as = stockAsSolution(key);
  if (as !== undefined && as !== key) return lookupUncached(as);

  // Grade words: any entry.
  let stripped = key;
  while (GRADE_PREFIX.test(stripped)) stripped = stripped.replace(GRADE_PREFIX, '');
  if (stripped !== key) {
    const e = byKey.get(stripped);
    if (e) return e;
    key = stripped;
  }

  // Solution markers: only where a solution of the substance is meaningful.
  let sol = key;
  for (let i = 0; i < 4; i++) {
    const next = sol.replace(SOLUTION_PREFIX, '').replace(SOLUTION_SUFFIX, '').trim();
    if (next === sol) break;
    sol = next;
  }
  if (sol !== key && sol) {
    // What is left may carry a note of its own: `formaldehyde, 37% aq.` is `formaldehyde, 37%`.
    const e = byKey.get(sol) ?? lookupUncached(sol);
    if (e?.role === 'acid') return e;
    if (e?.id === 'formaldehyde' || e?.id === 'formalin') return formalinFor(e);
    if (e?.id.startsWith('glyoxylic-acid')) return byId.get('glyoxylic-acid-aq');
  }

  // Palladium on carbon as the bottle says it: `10% Pd/C`, `Pd/C (10 wt%)`, `H2 (1 atm), Pd/C`,
  // `20% Pd(OH)2/C` (Pearlman's catalyst, the same reductant to the rules).
  // (`Pd on carbon`, `Pd on C` as well.)
  if (/(?:^|[^a-z])pd(?:\(oh\)2)?(?:[/-]c| on c)(?![a-z])|(?:^|[^a-z])pd(?:\(oh\)2)? on (?:carbon|charcoal)|palladium (?:hydroxide )?on (?:carbon|charcoal)|pearlman/.test(key)) return byId.get('h2-pdc');
  // Platinum: on carbon (`H2, 5% Pt/C`, `Pt on carbon`), or as PtO2, Adams' catalyst (reduced to platinum black in the flask).
  if (/(?:^|[^a-z])pt(?:[/-]c| on c)(?![a-z])|(?:^|[^a-z])pt on (?:carbon|charcoal)|platinum on (?:carbon|charcoal)/.test(key)) return byId.get('h2-ptc');
  if (/(?:^|[^a-z])pto2(?![a-z0-9])|adams'? catalyst|platinum(?: ?\(iv\))? (?:di)?oxide/.test(key)) return byId.get('h2-pto2');

  // A solution of a known substance: `NaBH3CN (1 M in THF)`, `HCl 4N in 1,4-dioxane`,
  // `formaldehyde solution, 37 wt. % in H2O`. The substance, never the solvent.
  const solution = solutionOf(key);
  if (solution) {
    const e = lookupUncached(solution.substance);
    if (e && (e.id === 'formaldehyde' || e.id === 'formalin') && solution.aqueous) return formalinFor(e);
    // `glyoxylic acid (50 wt% in H2O)`: the aqueous solution (its molarity and density), whatever the figure's spelling.
    if (e && e.id.startsWith('glyoxylic-acid') && solution.aqueous) return byId.get('glyoxylic-acid-aq');
    if (e && e.role !== 'solvent') return e;
  }

  // A resin with its loading at the end (`PS-STAB, 2.0 mmol/g`, `MP-BH3CN 2.4 mmol/g`,
  // `PS-BH3CN (2.4 mmol/g)`): the resin (its loading is read by `withLoading`).
  const resin = byKey.get(key.replace(RESIN_LOADING, ''));
  if (resin?.supportOf) return resin;

  // A note after the name, as on a bottle or in a notebook: a purity (`STAB, 97%`), a grade or
  // handling in brackets (`acetic acid (glacial)`, `DCE (anhydrous)`), or an abbreviation
  // (`sodium triacetoxyborohydride (STAB)`): the name without it, else the abbreviation.
  const note = trailingNote(key);
  if (note) {
    // `1,4-diazepane (2HCl)`: the salt of a known amine; never the acid itself.
    const salt = note.inner !== undefined ? saltOf(`${note.base} ${note.inner}`) : undefined;
    if (salt) return salt;
    const base = lookupUncached(note.base);
    // `1,4-diazepane (N-Boc)`: a protecting group in the note of an amine changes the compound
    // (one N–H fewer): not the entry of the free amine. (Only an amine's: `(E/Z)`, `(lot Z-17)`.)
    if (base?.role === 'amine' && note.inner !== undefined && /(?:^|[^a-z])(?:n-)?(?:boc|cbz|fmoc)(?![a-z])/i.test(note.inner)) return undefined;
    // `formaldehyde, 37%`: a percentage on formaldehyde is formalin, not the gas.
    if (base && note.percent && (base.id === 'formaldehyde' || base.id === 'formalin')) return formalinFor(base);
    if (base) return base;
    if (note.inner !== undefined) {
      // An abbreviation of the same reagent (`(STAB)`), but not an acid, base or solvent
      // named beside an unknown name (`4-fluorobenzylamine (HCl)`, `aldehyde (THF)`).
      const abbr = /\d|%/.test(note.inner) ? undefined : lookupUncached(note.inner);
      if (abbr && abbr.role !== 'acid' && abbr.role !== 'solvent' && abbr.role !== 'base') return abbr;
    }
    return undefined;
  }

  // An aldehyde stored as its bisulfite adduct: `phenylacetaldehyde sodium bisulfite adduct`.
  const adduct = bisulfiteAdductOf(key);
  if (adduct) return adduct;
  // An amine as its salt: `1,4-diazepane dihydrochloride`, `homopiperazine·2HCl`, `DAZA 3HCl`.
  return saltOf(key);
}

/** A resin's loading as its name gives it: `(2.2 mmol/g)`, `, 1.9 mmol/g`, `2.0 mmol g-1`, `loading 2.2 mmol/g`. */
const LOADING = /(\d*\.?\d+)\s*mmol\s*(?:\/\s*g|g-1|g⁻¹|per g(?:ram)?)(?![a-z])/i;
const loadingCache = new Map<string, KbEntry>();
/** A resin's loading at the end of its name: `, 2.4 mmol/g`, ` (2.2 mmol/g)`, `loading 2.0 mmol g-1`. */
const RESIN_LOADING = /(?:\s*,\s*|\s+)\(?\s*(?:loading\s*)?\d*\.?\d+\s*mmol\s*(?:\/\s*g|g-1|g⁻¹|per g(?:ram)?)\s*\)?$/i;

/**
 * A resin-bound reagent with the loading its name gives: the entry with `loading` and, as the mass
 * of resin that carries one mol of the reagent, `mw` = 1000 ÷ loading (so equiv, mmol and mg agree
 * as for any reagent). Without a loading, the entry as it is (no MW: the amounts say what is missing).
 */
function withLoading(e: KbEntry, name: string): KbEntry {
  const m = LOADING.exec(name);
  const loading = m ? Number(m[1]) : NaN;
  if (!(loading > 0 && loading < 20)) return e;
  const id = `${e.name}@${loading}`;
  let out = loadingCache.get(id);
  if (!out) remember(loadingCache, id, (out = { ...e, loading, mw: Math.round((1000 / loading) * 100) / 100 }));
  return out;
}

/** Formaldehyde in water: formalin, or for formaldehyde-d2 (in D2O) its labelled solution. */
function formalinFor(e: KbEntry): KbEntry | undefined {
  return e.labelOf ? byKey.get(normalizeName('formaldehyde-d2 solution')) : byId.get('formalin');
}

/** A concentration as written on a solution: `1 M`, `4N`, `1.0 mol/L`, `37 wt. %`, `36.5-38%`, `10% w/v`. */
const CONCENTRATION = String.raw`\d*\.?\d+(?:\s*-\s*\d*\.?\d+)?\s*(?:m|n|mol\/l|wt\.?\s*%|%(?:\s*w\/[wv])?)`;
/**
 * `aq.` / `aqueous` after a strength, as catalogues and papers write it (`glyoxylic acid, 50 % aq.`,
 * `formaldehyde (37 wt% aq.)`, `acetaldehyde 40% aqueous solution`): the same as `in water`.
 */
const AQ_WORD = String.raw`(aq\.?|aqueous)(?:\s+solution)?`;
/**
 * What a stock is made up as: a solution (`0.5 M stock in DCE`, `0.5 M stock solution in DCE`), or for an
 * insoluble solid dosed by volume (NaBH(OAc)3 on a plate) a slurry or suspension.
 */
const CARRIER = String.raw`(?:(?:stock\s+)?(?:solution|slurry|suspension)|stock)`;
/** `BASE (CONC in SOLVENT)`, `BASE (CONC aq.)`, `BASE (CONC)`, `BASE (in SOLVENT)` at the end of a name. */
const SOLUTION_BRACKET = new RegExp(String.raw`^(.+?)\s*\(\s*(${CONCENTRATION})?\s*(?:(?:${CARRIER}\s+)?in\s+([^()]+?)|${AQ_WORD})?\s*\)$`, 'i');
/** `BASE[,] [CONC] in SOLVENT` or `BASE[,] CONC` at the end of a name. */
const SOLUTION_TAIL = new RegExp(String.raw`^(.+?)(?:\s*,\s*|\s+)(?:(${CONCENTRATION})\s*)?(?:(?:${CARRIER}\s+)?in\s+(.+)|${AQ_WORD})?$`, 'i');
const WATER_WORDS: ReadonlySet<string> = new Set(['water', 'h2o', 'd2o', 'aq', 'aq.']);
const ETHER_WORDS: ReadonlySet<string> = new Set(['ether', 'et2o', 'diethyl ether']);

/**
 * A name that says it is a solution of something: the substance (without a trailing
 * `solution`), and whether the solvent is water (or a percentage, which means formalin for
 * formaldehyde). Only when the solvent, if named, is a solvent of the knowledge base (or
 * water, ether), so that `4-fluorobenzylamine in situ` or a name with " in " inside it is
 * not cut.
 */
function solutionOf(key: string): { substance: string; aqueous: boolean; solvent?: string } | undefined {
  if (key.length > NOTE_MAX) return undefined;
  const m = SOLUTION_BRACKET.exec(key) ?? SOLUTION_TAIL.exec(key);
  if (!m) return undefined;
  const solventText = m[3] ?? (m[4] !== undefined ? 'water' : undefined);
  if (m[2] === undefined && solventText === undefined) return undefined;
  // A bare percentage with no solvent is a purity (`homopiperazine, 98%`, `STAB (95%)`), not a
  // strength — except on an acid below 90 % or formaldehyde, sold as aqueous solutions (`HCl, 37%`).
  if (solventText === undefined && /%/.test(m[2]!)) {
    // (Below 90 %: `TFA, 99%`, `sulfuric acid, 95-98%` are purities of the acid itself.)
    const e = byKey.get(m[1].replace(/(?:\s*,\s*|\s+)solution$/i, '').trim()) ?? lookup(m[1]);
    const pct = parseFloat(m[2]!);
    // Below 70 % on a liquid it is no purity anyone sells: a strength (`acetaldehyde 40%`, an
    // aqueous solution) or a catalyst loading (`Pd/C, 10%`). On a solid it stays a purity
    // (`NaBH(OAc)3 65%`, technical grade).
    // Glyoxylic acid is sold as the solid monohydrate (≥ 98 %) or as a 50 wt% solution in water:
    // `glyoxylic acid 50%` is that solution, not a half-pure solid.
    if (!((e?.role === 'acid' && pct < 90) || e?.id === 'formaldehyde' || e?.id === 'formalin' || (pct < 70 && e?.state !== 'solid') || (pct < 90 && e?.id.startsWith('glyoxylic-acid')))) return undefined;
  }
  const solvent = solventText !== undefined ? normalizeName(solventText) : undefined;
  if (solvent !== undefined && !WATER_WORDS.has(solvent) && !ETHER_WORDS.has(solvent) && byKey.get(solvent)?.role !== 'solvent') return undefined;
  const substance = m[1].replace(/(?:\s*,\s*|\s+)solution$/i, '').trim();
  if (!substance) return undefined;
  const aqueous = solvent !== undefined ? WATER_WORDS.has(solvent) : m[2] !== undefined && m[2].includes('%');
  return { substance, aqueous, solvent };
}

/**
 * The alcohol a reagent is dissolved in, when its name says so (`1-Boc-1,4-diazepane (0.5 M in
 * MeOH)`, `isobutyraldehyde, 2.0 M solution in MeOH`, `HCl (1.25 M in EtOH)`): the knowledge
 * base's name of that protic solvent (not water, which `isAqueousName` covers), else undefined.
 */
export const alcoholSolutionOf: (name: string) => string | undefined = memoised(alcoholSolutionUncached);

function alcoholSolutionUncached(name: string): string | undefined {
  let k = normalizeName(name.replace(/^"(.*)"$/, '$1'));
  for (let i = 0; i < 4 && k; i++) {
    const sol = solutionOf(k);
    if (sol?.solvent !== undefined) {
      const e = byKey.get(sol.solvent);
      return e?.role === 'solvent' && e.protic && e.id !== 'water' ? e.name : undefined;
    }
    const note = trailingNote(k);
    if (!note) return undefined;
    k = note.base.trimEnd();
  }
  return undefined;
}

/**
 * Whether a name says the reagent is a solution (`benzaldehyde in DCE`, `AcOH, 10% in DCM`,
 * `NaBH3CN (1 M in THF)`, `aq. HCl`, `2 M HCl`): then the substance's own density and
 * molecular weight do not turn a volume or a mass of it into mmol — only a molarity does.
 */
export const isSolutionName: (name: string) => boolean = memoised(isSolutionUncached);

function isSolutionUncached(name: string): boolean {
  const key = normalizeName(name.replace(/^"(.*)"$/, '$1'));
  if (!key || key.length > NOTE_MAX) return false;
  // Concentrated sulfuric acid is the 95–98 % acid itself: its density and MW apply as they are.
  if (CONC_SULFURIC.test(key)) return false;
  if (SOLUTION_PREFIX.test(key) || SOLUTION_SUFFIX.test(key)) return true;
  const stock = stockAsSolution(key);
  if (stock && solutionOf(stock)) return true;
  for (let k = key, i = 0; i < 4; i++) {
    if (solutionOf(k)) return true;
    const note = trailingNote(k);
    if (!note) return false;
    k = note.base.trimEnd();
  }
  return false;
}

const CONC_SULFURIC = /^(?:conc\.?|concentrated)\s+(?:h2so4|sulfuric acid|sulphuric acid)$/;

/** Longer than this, a name is not read for notes (a pasted paragraph is not a reagent name). */
const NOTE_MAX = 200;
const BRACKET_NOTE = /\s+\(([^()]*)\)\s*$/;
const PERCENT_NOTE = /(?:\s*,\s*|\s+)[≥>]?\s*\d+(?:\.\d+)?\s*(?:wt\.?\s*)?%\s*$/;
/**
 * A CAS registry number after the name, as ELN exports and reagent tables give it: in square
 * brackets (`homopiperazine [505-66-8]`, `[CAS 99-91-2]`), or after a comma with `CAS` before it
 * (`…, CAS 99-91-2`). (In round brackets it is a note like any other.) The number's shape only
 * (2–7 digits, 2, 1): a locant bracket of a name (`pyrido[2,3-d]`) never has it.
 */
const CAS_NOTE = /(?:\s*,\s*|\s+)(?:\[\s*(?:cas(?:[- ]?(?:no\.?|#|rn|number))?\s*[:#]?\s*)?\d{2,7}-\d{2}-\d\s*\]|cas(?:[- ]?(?:no\.?|#|rn|number))?\s*[:#]?\s*\d{2,7}-\d{2}-\d)\s*$/i;
/** A bracket that says what the substance is dissolved in, or how concentrated: not a note. */
const SOLUTION_NOTE = /\d\s*(?:m|mm|n|mol\/l)\b|\bin\s+[a-z]/i;

/**
 * The last note on a name, if any: a bracket `(…)` after a space (not one giving a
 * concentration or a solvent, `(1 M in THF)`), or a purity `, 97%` / ` 97 %`.
 */
function trailingNote(name: string): { base: string; inner?: string; percent: boolean } | undefined {
  if (name.length > NOTE_MAX) return undefined;
  const b = BRACKET_NOTE.exec(name) ?? nestedBracket(name);
  if (b) return b.index > 0 && !SOLUTION_NOTE.test(b[1]) ? { base: name.slice(0, b.index), inner: b[1].trim(), percent: b[1].includes('%') } : undefined;
  const p = PERCENT_NOTE.exec(name);
  if (p && p.index > 0) return { base: name.slice(0, p.index), percent: true };
  const cas = CAS_NOTE.exec(name);
  if (cas && cas.index > 0) return { base: name.slice(0, cas.index), percent: false };
  const g = GRADE_SUFFIX.exec(name) ?? AMOUNT_WORDS.exec(name);
  return g && g.index > 0 ? { base: name.slice(0, g.index), percent: false } : undefined;
}

/** An amount said in words after the name, as a notebook doses a catalyst: `AcOH cat.`, `AcOH, a few drops`, `TFA 2 drops`. */
const AMOUNT_WORDS = /(?:\s*,\s*|\s+)(?:cat\.?|catalytic(?: amount)?|(?:a\s+)?(?:few|couple(?: of)?|several)\s+drops|(?:\d{1,2}|one|two|three|a)\s+drops?|(?:a\s+)?trace)$/i;

/**
 * A last bracket after a space that holds brackets itself (`sodium triacetoxyborohydride
 * (NaBH(OAc)3)`), found by matching brackets from the end; shaped like a RegExp match.
 */
function nestedBracket(name: string): { index: number; 1: string } | undefined {
  const end = name.trimEnd().length - 1;
  if (end < 0 || name.charCodeAt(end) !== 41) return undefined;
  let depth = 0;
  for (let i = end; i >= 0; i--) {
    const c = name.charCodeAt(i);
    if (c === 41) depth++;
    else if (c === 40 && --depth === 0) {
      let start = i;
      while (start > 0 && /\s/.test(name[start - 1])) start--;
      return start < i && start > 0 ? { index: start, 1: name.slice(i + 1, end) } : undefined;
    }
  }
  return undefined;
}

/** A resin-bound reagent's name as written, without its loading and other notes: `PS-BH3CN (2.4 mmol/g)` → `PS-BH3CN`. */
export function resinName(name: string): string {
  const bare = name.replace(/^"(.*)"$/, '$1').trim().replace(RESIN_LOADING, '');
  return (withoutNote(bare) || bare).replace(RESIN_LOADING, '');
}

/** The name without its trailing notes (see `lookup`): what the name-based guesses should read. */
export const withoutNote: (name: string) => string = memoised(withoutNoteUncached);

function withoutNoteUncached(name: string): string {
  let out = name.trimEnd();
  for (;;) {
    const note = trailingNote(out);
    if (note) {
      out = note.base.trimEnd();
      continue;
    }
    // `4-fluorobenzylamine (1 M in THF)`: the substance is what the name-based guesses read.
    const solution = solutionOf(out);
    if (!solution) return out;
    out = solution.substance;
  }
}

/** A purity as a note says it: `95%`, `≥ 97 %`, `>98 wt%` (not a range, not a solution's strength). */
const PURITY = /^[≥>]?\s*(\d+(?:\.\d+)?)\s*(?:wt\.?\s*)?%$/;

/**
 * The purity a name gives in a note (`STAB, 95%`, `NaBH(OAc)3 (95%)`, `homopiperazine, ≥98%`),
 * as a fraction, when the name is not a solution (`HCl, 37%` is a strength, not a purity).
 * The mass to weigh is the pure substance's over it.
 */
export const purityOf: (name: string) => number | undefined = memoised(purityUncached);

function purityUncached(name: string): number | undefined {
  if (isSolutionName(name)) return undefined;
  let out = name.trimEnd();
  for (let i = 0; i < 4; i++) {
    const note = trailingNote(out);
    if (!note) return undefined;
    const text = note.inner ?? out.slice(note.base.length).replace(/^[\s,]+/, '');
    const m = PURITY.exec(text.trim());
    if (m) {
      // (A loading or a strength is not a purity: see solutionOf.)
      const v = Number(m[1]);
      return v > 0 && v <= 100 && !isHydrogenationId(lookup(name)?.id) ? v / 100 : undefined;
    }
    out = note.base.trimEnd();
  }
  return undefined;
}

/**
 * The strength by weight a solution's name gives (`acetaldehyde 40%`, `HCl, 37%`,
 * `formaldehyde (16% in H2O)`, `AcOH, 10 wt% in DCM`), as a fraction: a mass of it holds that
 * share of the substance. Not a `% w/v`, and not for a name that is no solution.
 */
export const strengthOf: (name: string) => number | undefined = memoised(strengthUncached);

function strengthUncached(name: string): number | undefined {
  if (!isSolutionName(name) || isHydrogenationId(lookup(name)?.id)) return undefined;
  const v = percentInName(name);
  return v !== undefined && v > 0 && v < 100 ? v / 100 : undefined;
}

/** A percentage as names write it: `40%`, `37 wt%`, `35-40 wt. %` (a range gives its lower figure). */
const PERCENT_FIGURE = String.raw`(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?\s*(?:wt\.?\s*)?%`;
const PERCENT_IN_NAME = new RegExp(String.raw`(?:^|[\s,(])${PERCENT_FIGURE}(?!\s*w\/v)`, 'i');
const PERCENT_AT_END = new RegExp(String.raw`(?:^|[\s,(])${PERCENT_FIGURE}\s*\)?\s*$`, 'i');

/**
 * The first percentage a name gives (`acetaldehyde 40%`, `formaldehyde (16% in H2O)`), not a
 * `% w/v`; with `atEnd`, only one that ends the name (`acetaldehyde, 40 wt%`, not
 * `acetaldehyde 5 wt% in THF`). What it is of — a purity, a strength, a loading — is the
 * caller's to say.
 */
export function percentInName(name: string, atEnd = false): number | undefined {
  const m = (atEnd ? PERCENT_AT_END : PERCENT_IN_NAME).exec(name);
  return m ? Number(m[1]) : undefined;
}

/**
 * Salt suffixes: how many equivalents of which acid (HCl, HBr, TFA) the name carries. Also after a
 * comma, as ELN exports and CAS-style names write it (`1,4-diazepane, 2HCl`, `homopiperazine,
 * dihydrochloride`), and after an `x` or `×` typed for the raised dot (`homopiperazine x 2HCl`).
 */
const SALT = /^(.*?)(?:\s*[.·,]\s*|\s+[x×]\s*|\s+)(?:(di|bis|tri|tris)?(hydrochloride|hydrobromide|trifluoroacetate)|(\d)?\s*(hcl|hbr|tfa)(?:\s+salt)?)(?:\s+salt)?$/;
// (MWs of the acids from their SMILES with openchemlib, kept to four decimals: rounded to two,
// three HBr or three TFA drifted more than 0.01 from the salt's own formula weight.)
const SALT_ACIDS: Record<string, { mw: number; label: string }> = {
  hydrochloride: { mw: 36.4609, label: 'HCl' },
  hcl: { mw: 36.4609, label: 'HCl' },
  hydrobromide: { mw: 80.9119, label: 'HBr' },
  hbr: { mw: 80.9119, label: 'HBr' },
  trifluoroacetate: { mw: 114.0219, label: 'TFA' },
  tfa: { mw: 114.0219, label: 'TFA' },
};
const saltCache = new Map<string, KbEntry>();

/**
 * The entry for an amine salt: the free amine's, with the salt's molecular weight (what you
 * weigh) and a note that as many equivalents of base free it. Only for amines.
 */
function saltOf(key: string): KbEntry | undefined {
  const organic = organicSaltOf(key);
  if (organic) return organic;
  const m = SALT.exec(key);
  if (!m) return undefined;
  const base = byKey.get(m[1].trim());
  if (!base || base.role !== 'amine') return undefined;
  const n = m[2] ? (m[2].startsWith('tri') ? 3 : 2) : m[4] ? Number(m[4]) : 1;
  const acid = SALT_ACIDS[m[3] ?? m[5]];
  if (!(n >= 1 && n <= 4) || !acid) return undefined;
  const id = `${base.id}.${n}${acid.label.toLowerCase()}`;
  let e = saltCache.get(id);
  if (!e) {
    const salt = n === 1 ? acid.label : `${n}${acid.label}`;
    e = {
      ...base,
      id,
      name: `${base.name}·${salt}`,
      synonyms: [],
      roleDetail: `${base.roleDetail ?? 'amine'}, as its ${salt} salt: ${n} equiv of a base such as Et3N or DIPEA frees it`,
      formula: undefined,
      smiles: undefined,
      mw: base.mw !== undefined ? Math.round((base.mw + n * acid.mw) * 100) / 100 : undefined,
      density: undefined,
      state: 'solid',
      salt: { acidEquiv: n, acid: acid.label, strong: true },
    };
    saltCache.set(id, e);
  }
  return e;
}

/**
 * Salts of an amine with an organic acid, as amines are sold and crystallised, each with how many
 * protons one molecule of the acid gives and whether it is strong enough to count as a strong acid.
 * - Dicarboxylic acids: `… oxalate` (one acid per amine), `… hemioxalate` (one per two amines),
 *   `… dioxalate` / `bis(oxalate)` (two); fumarate and maleate the same way. Each acid gives two
 *   protons, so it takes two equivalents of base to free the amine. Their anions are weak bases
 *   (oxalate and fumarate a little less basic than acetate, maleate a little more): the salt used as such leaves the
 *   pot weakly acidic, like an amine with AcOH, so it counts as the acid of the imine formation and
 *   not as a strong acid.
 * - Sulfonic acids: `… tosylate` (`p-toluenesulfonate`, `4-methylbenzenesulfonate`), `… mesylate`
 *   (`methanesulfonate`), `… besylate` (`benzenesulfonate`), with `di`/`bis(…)`/`tri`, or `·2TsOH`.
 *   One proton each, from an acid as strong as HCl: such a salt counts as a hydrochloride does.
 * (MWs of the acids from their SMILES with openchemlib: oxalic acid 90.0339, fumaric and maleic acid
 * 116.07, TsOH 172.20, MsOH 96.11, PhSO3H 158.17; kept to four decimals so that the salt's sum
 * rounds as the salt's own formula does.)
 */
const ORGANIC_ACID_SALTS: readonly { words: string; anion: string; acid: string; mw: number; protons: number; strong: boolean }[] = [
  { words: 'oxalate', anion: 'oxalate', acid: 'oxalic acid', mw: 90.0339, protons: 2, strong: false },
  { words: '(?:hydrogen )?fumarate', anion: 'fumarate', acid: 'fumaric acid', mw: 116.0718, protons: 2, strong: false },
  { words: '(?:hydrogen )?maleate', anion: 'maleate', acid: 'maleic acid', mw: 116.0718, protons: 2, strong: false },
  { words: 'tosylate|(?:p-|4-)?toluenesulfonate|4-methylbenzenesulfonate|p-tsoh|tsoh|ptsa', anion: 'tosylate', acid: 'TsOH', mw: 172.2035, protons: 1, strong: true },
  { words: 'mesylate|methanesulfonate|msoh', anion: 'mesylate', acid: 'MsOH', mw: 96.1058, protons: 1, strong: true },
  { words: 'besylate|benzenesulfonate|phso3h', anion: 'besylate', acid: 'PhSO3H', mw: 158.177, protons: 1, strong: true },
];
/** `AMINE[ ·.]PREFIX ANION [salt]`: `… ditosylate`, `… bis(4-methylbenzenesulfonate)`, `…·2TsOH`, `… hemifumarate`. */
const ORGANIC_SALT = new RegExp(
  String.raw`^(.*?)(?:\s*[.·]\s*|\s+)(hemi|mono|di|bis|tri|tris|[1-3])?[\s-]*\(?(` + ORGANIC_ACID_SALTS.map((k) => k.words).join('|') + String.raw`)\)?(?:\s+salt)?$`,
);
const ORGANIC_SALT_WORDS = ORGANIC_ACID_SALTS.map((k) => new RegExp(`^(?:${k.words})$`));
const SALT_RATIO: Record<string, number> = { hemi: 0.5, mono: 1, di: 2, bis: 2, tri: 3, tris: 3, '1': 1, '2': 2, '3': 3 };

function organicSaltOf(key: string): KbEntry | undefined {
  const m = ORGANIC_SALT.exec(key);
  if (!m) return undefined;
  const kind = ORGANIC_ACID_SALTS[ORGANIC_SALT_WORDS.findIndex((re) => re.test(m[3]))];
  const base = byKey.get(m[1].trim());
  if (!base || base.role !== 'amine') return undefined;
  const molecules = m[2] ? SALT_RATIO[m[2]] : 1;
  // Half a sulfonic acid per amine is no salt anyone sells.
  if (molecules === 0.5 && kind.protons === 1) return undefined;
  const word = `${molecules === 0.5 ? 'hemi' : molecules === 2 ? 'di' : molecules === 3 ? 'tri' : ''}${kind.anion}`;
  const id = `${base.id}.${word}`;
  let e = saltCache.get(id);
  if (!e) {
    const protons = kind.protons * molecules;
    const per = molecules === 0.5 ? `one ${kind.acid} per two amines` : `${['one', 'two', 'three'][molecules - 1]} ${kind.acid}${molecules > 1 && !kind.strong ? 's' : ''} per amine`;
    e = {
      ...base,
      id,
      name: `${base.name} ${word}`,
      synonyms: [],
      roleDetail: `${base.roleDetail ?? 'amine'}, as its ${word} (${per}): ${protons} equiv of a base such as Et3N or DIPEA frees it`,
      formula: undefined,
      smiles: undefined,
      mw: base.mw !== undefined ? Math.round((base.mw + molecules * kind.mw) * 100) / 100 : undefined,
      density: undefined,
      state: 'solid',
      salt: { acidEquiv: protons, acid: kind.acid, strong: kind.strong },
    };
    saltCache.set(id, e);
  }
  return e;
}

/**
 * A carbonyl stored as its sodium bisulfite adduct (`phenylacetaldehyde sodium bisulfite adduct`,
 * `… bisulfite addition compound`, `… NaHSO3 adduct`): the α-hydroxy sulfonate salt, a stable solid
 * that gives the carbonyl back in solution. It is that carbonyl to the rules, weighed as carbonyl +
 * NaHSO3 (104.06 g/mol, openchemlib).
 */
const BISULFITE = /^(.*?)(?:\s*[.·,]\s*|\s+)(?:sodium\s+)?(?:bisulfite|bisulphite|hydrogen ?sulfite|hydrogensulfite|nahso3)\s+(?:adduct|addition (?:compound|product)|salt)$/;
const NAHSO3_MW = 104.0609;
function bisulfiteAdductOf(key: string): KbEntry | undefined {
  const m = BISULFITE.exec(key);
  if (!m) return undefined;
  const base = byKey.get(m[1].trim());
  if (!base || base.role !== 'carbonyl' || base.mw === undefined || base.state === 'solution') return undefined;
  const id = `${base.id}.bisulfite`;
  let e = saltCache.get(id);
  if (!e) {
    e = {
      ...base,
      id,
      name: `${base.name} sodium bisulfite adduct`,
      synonyms: [],
      roleDetail: `${base.roleDetail ?? 'carbonyl'}, as its sodium bisulfite adduct: it gives the carbonyl back in solution, faster with a base or water present`,
      formula: undefined,
      smiles: undefined,
      mw: Math.round((base.mw + NAHSO3_MW) * 100) / 100,
      density: undefined,
      state: 'solid',
      commonHydrate: undefined,
    };
    saltCache.set(id, e);
  }
  return e;
}

export function lookupById(id: string): KbEntry | undefined {
  return byId.get(id);
}

// ---------------------------------------------------------------------------------------
// Close names (for "did you mean")

/**
 * Edit distance: insertions, deletions, substitutions and swaps of two neighbouring
 * characters ("TFH" → "THF") each count one (optimal string alignment). Gives up, returning
 * max + 1, once it must exceed `max`.
 */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A swap reaches back two rows, so give up only when this row and the last are both over.
    if (rowMin > max && i > 1 && prevMin > max) return max + 1;
    prevMin = rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length];
}

/** A molecular formula as written (`Na2CO3`, `BH3·THF`, `NaBH(OAc)3`): element symbols, digits, brackets and dots only. */
const FORMULA = /^(?:[A-Z][a-z]?|\d+|[()[\]·.])+$/;

/** Whether two names differ only by a leading locant or isomer prefix (`vanillin` / `o-vanillin`, `4-piperidone` / `3-piperidone`). */
function isomerOf(a: string, b: string): boolean {
  const bare = (x: string) => x.replace(ISOMER_PREFIX, '');
  return a !== b && bare(a) === bare(b);
}
const ISOMER_PREFIX = /^(?:(?:[omp]|n|\d+(?:,\d+)*|tert|sec|iso|neo|cis|trans|[ezrs])-)+/;

/** Substituent words of a systematic name: one swapped for another is another compound. */
const SUBSTITUENT = /trifluoromethyl|dimethylamino|methylenedioxy|methoxy|ethoxy|benzyloxy|hydroxy|methyl|ethyl|propyl|butyl|benzyl|phenyl|acetyl|formyl|fluoro|chloro|bromo|iodo|nitro|cyano|amino/g;

/**
 * Whether two names differ only by substituent words in place of others, and perhaps a locant
 * (`3-fluorobenzaldehyde` / `3-chlorobenzaldehyde`, `4-ethylbenzaldehyde` / `p-methylbenzaldehyde`).
 */
function substituentSwapOf(a: string, b: string): boolean {
  const skeleton = (x: string) => x.replace(ISOMER_PREFIX, '').replace(SUBSTITUENT, '\u0000');
  return a !== b && skeleton(a) === skeleton(b);
}

/**
 * A name with its locants, isomer prefixes and substituent words blanked: two names with the same
 * skeleton are isomers or analogues of each other (`pyridine-4-…` / `pyridine-3-carboxaldehyde`,
 * `4-fluoro…` / `4-chlorobenzaldehyde`).
 */
function skeletonOf(x: string): string {
  return x
    .replace(ISOMER_PREFIX, '')
    .replace(SUBSTITUENT, '\u0000')
    .replace(/\d+(?:,\d+)*/g, '#')
    .replace(/(?<![a-z])[omp]-/g, '#-');
}

/** The class a name's ending gives a compound: an alcohol (`-ol`, `… alcohol`), a carbonyl (`-al`, `-one`, `aldehyde`) or an amine (`-ine`, `-amine`). */
function suffixClass(x: string): 'alcohol' | 'carbonyl' | 'amine' | undefined {
  if (/(?:ol|alcohol)$/.test(x)) return 'alcohol';
  if (/(?:al|one|aldehyde)$/.test(x)) return 'carbonyl';
  if (/ine$/.test(x)) return 'amine';
  return undefined;
}

/**
 * Names whose endings put them in different classes are different compounds, not misspellings
 * of each other: `cyclobutanol` is not cyclobutanone, `4-benzylpiperidine` not 1-benzyl-4-piperidone.
 */
function otherClass(a: string, b: string): boolean {
  const ca = suffixClass(a);
  const cb = suffixClass(b);
  return ca !== undefined && cb !== undefined && ca !== cb;
}

/**
 * Whether two names are two acids: `… X acid` and `… Y acid`, whose identity is the word before
 * `acid`, more than a slip apart in that word (one edit; two in a word of nine letters or more).
 * The shared ` acid` makes a whole name look close — `formic acid` is three edits from `tosic
 * acid` (TsOH), `boric acid` two, `lactic acid` two from `acetic acid` — but `formic` is not a
 * typo of `tosic`: offering a strong acid, or AcOH, for another acid changes the chemistry.
 */
function otherAcid(a: string, b: string): boolean {
  const word = (x: string) => / ?([^ ]+) acid$/.exec(x)?.[1];
  const wa = word(a);
  const wb = word(b);
  if (wa === undefined || wb === undefined || wa === wb) return false;
  return levenshtein(wa, wb, 3) > (Math.max(wa.length, wb.length) >= 9 ? 2 : 1);
}

/**
 * Knowledge-base names whose name or a synonym is within `maxDistance` edits of
 * `name` (case-insensitive, after `normalizeName`), closest first — among equally close
 * ones, those `prefer` picks (the solvents, for a solvent line) first — each entry once,
 * under its spelling (name or synonym, as the knowledge base writes it) closest to `name`. Names of two characters or fewer get no suggestions. Names of up to five characters
 * (abbreviations, formulas) get at most one edit, longer ones at most half their length, so
 * "DCX" suggests DCE and DCM rather than every three-letter abbreviation in the base; a swap
 * of two neighbouring letters is one edit, so "TFH" still finds THF and "DMC" DCM.
 */
export function closeNames(name: string, maxDistance = 3, prefer?: (e: KbEntry) => boolean, only?: (e: KbEntry) => boolean): string[] {
  const key = normalizeName(name);
  if (key.length <= 2) return [];
  // Up to 5 characters (abbreviations, formulas) one edit: `PPTS` is two from `PTSA` (TsOH, a
  // strong acid) and must not be offered for it.
  // A formula (`Na2CO3`, `BH3·THF`: a digit, no space) one edit too: a letter and a digit
  // more make another compound (`Na2SO4`).
  const formula = /\d/.test(name) && FORMULA.test(name.trim());
  const limit = Math.min(maxDistance, key.length <= 5 || formula ? 1 : Math.floor(key.length / 2));
  const best = new Map<KbEntry, { d: number; key: string; text: string }>();
  for (const n of allNames) {
    if (only && !only(n.entry)) continue;
    const d = levenshtein(key, n.key, limit);
    if (d > limit) continue;
    // `vanillin` is not `o-vanillin`: a name that differs only by a locant or an isomer prefix is another compound.
    if (isomerOf(key, n.key)) continue;
    // Nor is `3-fluorobenzaldehyde` 3-chlorobenzaldehyde, `cyclobutanol` cyclobutanone, or `4-benzylpiperidine` 1-benzyl-4-piperidone.
    if (substituentSwapOf(key, n.key) || otherClass(key, n.key)) continue;
    // Nor is `formic acid` TsOH (via `tosic acid`), `lactic acid` AcOH or `oxalic acid` glyoxylic acid.
    if (otherAcid(key, n.key)) continue;
    const prev = best.get(n.entry);
    if (prev === undefined || d < prev.d) best.set(n.entry, { d, key: n.key, text: n.text });
  }
  const order = new Map(KB.map((e, i) => [e, i]));
  const rank = (e: KbEntry) => (prefer && prefer(e) ? 0 : 1);
  const sorted = [...best.entries()].sort((x, y) => x[1].d - y[1].d || rank(x[0]) - rank(y[0]) || order.get(x[0])! - order.get(y[0])!);
  // A typo of one isomer (`4-chlorobenzaldehyd`) is not offered the others, farther only by a
  // locant or a substituent (3- and 2-chlorobenzaldehyde, 4-fluorobenzaldehyde).
  return sorted
    .filter(([, m]) => !sorted.some(([, k]) => k.d < m.d && skeletonOf(k.key) === skeletonOf(m.key)))
    // The spelling the name is closest to, as the knowledge base writes it: `homopiperazien` is
    // offered `homopiperazine` (a synonym of 1,4-diazepane), not the name it was not trying to write.
    .map(([, m]) => m.text);
}

// ---------------------------------------------------------------------------------------
// Work-up vocabulary

/** A term matched on "word" boundaries: not preceded or followed by a letter or digit. */
function term(source: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'i');
}

const BASIC = term(
  [
    'nahco3', 'na2co3', 'k2co3', 'khco3', 'cs2co3', 'naoh', 'koh', 'lioh', 'nh4oh',
    'bicarb(?:onate)?', 'sodium (?:hydrogen )?carbonate', 'potassium (?:hydrogen )?carbonate',
    'sodium hydroxide', 'potassium hydroxide', 'ammonium hydroxide',
    'aq\\.? ?base', 'aqueous base', 'aq\\.? ammonia', 'aqueous ammonia', 'ammonia', 'nh3',
  ].join('|'),
);
const ACIDIC = term(
  [
    'hcl', 'hydrochloric(?: acid)?', 'citric(?: acid)?', 'nh4cl', 'ammonium chloride', 'khso4',
    'potassium (?:bisulfate|hydrogen ?sulfate)', 'h2so4', 'sulfuric acid', 'tartaric acid',
    'aq\\.? ?acid', 'aqueous acid', 'dil(?:\\.|ute)? acid',
  ].join('|'),
);
const BRINE = term('brine|sat(?:\\.|urated)? (?:aq\\.? )?nacl|nacl');
const WATER = term('water|h2o');
const DRYING = term('na2so4|mgso4|sodium sulfate|sodium sulphate|magnesium sulfate|magnesium sulphate');
const SILICA_WORD = term('silica(?: gel)?|sio2|prep(?:arative)?[- ]?tlc|ptlc');
const COLUMN_WORD = term('column|flash|chromatography|chromatographed|chromatograph');
const OTHER_PHASE = term('alumina|al2o3|c18|c8|rp|reverse[d]?[- ]phase|hplc|prep[- ]?hplc|scx');
const AMINE_SILICA = term('(?:nh2|amino|amine)[- ]?(?:functionali[sz]ed[- ])?silica|kp-nh');
const MODIFIER = term(
  'et3n|net3|tea|triethylamine|nh3|nh4oh|ammonia|ammonium hydroxide|deactivated|dipea|ipr2net|diea',
);

/**
 * The work-up classes named anywhere in a free-text work-up argument (`sat. NaHCO3`,
 * `1 M HCl`, `silica DCM/MeOH 95:5 + 1% Et3N`…). One text can belong to several classes:
 * `NH4OH` is both a base and an amine modifier; a silica column is both `silica` and
 * `stationary-phase`. "column", "flash" and "chromatography" mean silica unless another
 * phase (alumina, C18, reverse phase, HPLC, SCX) is named.
 */
export function classifyWorkup(text: string): Set<WorkupClass> {
  const t = text.replace(/[₀-₉]/g, (c) => SUBSCRIPTS[c] ?? c).replace(/\s+/g, ' ');
  const out = new Set<WorkupClass>();
  if (BASIC.test(t)) out.add('basic');
  if (ACIDIC.test(t)) out.add('acidic');
  if (BRINE.test(t)) out.add('brine');
  if (WATER.test(t)) out.add('water');
  if (DRYING.test(t)) out.add('drying');
  const otherPhase = OTHER_PHASE.test(t);
  if (SILICA_WORD.test(t) || (COLUMN_WORD.test(t) && !otherPhase)) out.add('silica');
  if (out.has('silica') || otherPhase || COLUMN_WORD.test(t)) out.add('stationary-phase');
  if (MODIFIER.test(t) || AMINE_SILICA.test(t)) out.add('amine-modifier');
  return out;
}

// ---------------------------------------------------------------------------------------
// Aqueous reagents

const AQUEOUS = [
  /(?<![a-z0-9])aq(?![a-z0-9])\.?/i, // aq, aq., (aq)
  /(?<![a-z])aqueous(?![a-z])/i,
  /(?<![a-z])formalin(?![a-z])/i,
  /(?<![a-z])in (?:water|h2o|d2o)(?![a-z0-9])/i,
  /(?<![a-z])solution in water(?![a-z])/i,
  /(?<![a-z])hydrochloric acid(?![a-z])/i,
  /(?<![a-z])ammonium hydroxide(?![a-z])/i,
  // Concentrated or diluted mineral acids are water solutions (conc. HCl is 37 %, 63 % water):
  // `conc. HCl`, `37% HCl`, `dilute HCl`, `2 N HCl`, `1 M HCl` — not `4 M HCl in dioxane`, and
  // not concentrated sulfuric acid, which is 95–98 % acid (and itself a drying agent).
  /^\s*(?:conc\.?|concentrated)\s*(?:hcl|hbr|hno3|h3po4|hydrobromic acid|nitric acid|phosphoric acid)\s*$/i,
  /^\s*(?:dil\.?|dilute|\d+(?:\.\d+)?\s*(?:%|n|m|wt\s*%))\s*(?:hcl|h2so4|hbr|hno3|h3po4|sulfuric acid|sulphuric acid|hydrobromic acid|nitric acid|phosphoric acid)\s*$/i,
  /^\s*(?:water|h2o|d2o|deuterium oxide|heavy water|deioni[sz]ed water|di water|distilled water)\s*$/i,
];

/** A name that starts with a mineral acid (its strength may follow). */
const MINERAL_ACID_FIRST = /^\s*(?:hcl|h2so4|hbr|hno3|h3po4|hydrochloric acid|sulfuric acid|sulphuric acid|hydrobromic acid|nitric acid|phosphoric acid)\b/i;

/**
 * True when a reagent's name says it brings water into the pot: `aq.`, `aqueous`,
 * `formalin`, `… in water` / `in H2O` (e.g. `37% in water`), hydrochloric acid,
 * ammonium hydroxide, or water itself. Also true for any name that resolves to the
 * formalin entry (e.g. "37% formaldehyde").
 */
export const isAqueousName: (name: string) => boolean = memoised(isAqueousUncached);

function isAqueousUncached(name: string): boolean {
  const t = name.replace(/[₀-₉]/g, (c) => SUBSCRIPTS[c] ?? c);
  // A bare strength in percent (`acetaldehyde 40%`) is how aqueous solutions are sold; not an
  // acid's, which may be in dioxane or ether as often as in water (`HCl, 37%` is caught above).
  const pct = percentInName(t, true);
  return (
    AQUEOUS.some((re) => re.test(t)) ||
    lookup(name)?.id === 'formalin' ||
    // A mineral acid with its strength after the name (`HCl, 37%`, `HCl (37%)`): the rest is
    // water — below 90 % for sulfuric acid, which is sold at 95–98 %.
    (pct !== undefined && MINERAL_ACID_FIRST.test(t) && (pct < 90 || !/h2so4|sulf|sulph/i.test(t))) ||
    (pct !== undefined && pct < 70 && isSolutionName(name) && lookup(name)?.role !== 'acid' && !isHydrogenationId(lookup(name)?.id))
  );
}
