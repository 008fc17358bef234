/**
 * The keywords of the `.rxn` language, per block, and the fixed words statements accept.
 * The parser, completion, hover and the TextMate grammar all read these lists.
 * Keywords are matched case-insensitively; the lists hold the canonical lower-case form.
 */
import type { Block, Degree, Role } from './ast';
import { ROLES } from './ast';
import { equalsWord } from './lexer';

export const HEADER_KEYWORDS = ['protocol', 'target', 'scale', 'mode'] as const;
export const DECLARATION_KEYWORDS = ['reagent', 'solvent'] as const;
export const BLOCK_KEYWORDS = ['step', 'workup'] as const;

/** Statements of a `step` block (besides `reagent`, `step` and `workup`). */
export const STEP_KEYWORDS = [
  'add',
  'solvent',
  'stir',
  'wait',
  'heat',
  'cool',
  'reflux',
  'monitor',
  'concentrate',
  'filter',
  'isolate',
  'note',
] as const;

/** Statements of the `workup` block. */
export const WORKUP_KEYWORDS = [
  'quench',
  'basify',
  'acidify',
  'extract',
  'wash',
  'dry',
  'filter',
  'concentrate',
  'purify',
  'crystallize',
  'salt',
  'note',
] as const;

/** Other spellings accepted for a keyword (lower case) → the keyword. */
export const KEYWORD_ALIASES: Readonly<Record<string, string>> = {
  'work-up': 'workup',
  crystallise: 'crystallize',
  // `warm to rt` after an addition at 0 °C: a temperature change, as `heat to`.
  warm: 'heat',
  // A plate or a vial block is shaken, not stirred: `shake 16 h at rt`.
  shake: 'stir',
  // Process write-ups: a mixture is aged (held, stirred) for a time, and solvent is evaporated.
  age: 'stir',
  evaporate: 'concentrate',
};

/** Every keyword, canonical spelling. */
export const ALL_KEYWORDS: readonly string[] = [
  ...new Set<string>([...HEADER_KEYWORDS, ...DECLARATION_KEYWORDS, ...BLOCK_KEYWORDS, ...STEP_KEYWORDS, ...WORKUP_KEYWORDS]),
];

/** Header keywords plus the declarations and block starts allowed before the first step. */
export const HEADER_BLOCK_KEYWORDS: readonly string[] = [...HEADER_KEYWORDS, 'reagent', 'solvent', 'note', 'step', 'workup'];
/** What may start a line inside a step. */
export const STEP_BLOCK_KEYWORDS: readonly string[] = [...STEP_KEYWORDS, 'reagent', 'step', 'workup'];
/** What may start a line inside the work-up. */
export const WORKUP_BLOCK_KEYWORDS: readonly string[] = [...WORKUP_KEYWORDS];

/** The keywords that may start a line in a block (what completion offers at the start of a line). */
export function keywordsForBlock(block: Block): readonly string[] {
  return block === 'header' ? HEADER_BLOCK_KEYWORDS : block === 'step' ? STEP_BLOCK_KEYWORDS : WORKUP_BLOCK_KEYWORDS;
}

/** Canonical keyword for a word as written (case-insensitive, aliases resolved), or undefined. */
export function canonicalKeyword(word: string): string | undefined {
  if (word.length > 16) return undefined;
  const low = word.toLowerCase();
  if (KEYWORD_SET.has(low)) return low;
  return KEYWORD_ALIASES[low];
}
const KEYWORD_SET = new Set(ALL_KEYWORDS);

/** Keyword spellings (canonical and aliases) grouped by length, for allocation-free matching. */
const BY_LENGTH: [string, string][][] = [];
for (const [spelling, keyword] of [...ALL_KEYWORDS.map((k) => [k, k] as [string, string]), ...Object.entries(KEYWORD_ALIASES)]) {
  (BY_LENGTH[spelling.length] ??= []).push([spelling, keyword]);
}

/** The canonical keyword written at s[start, end) (case-insensitive, aliases resolved), or undefined. */
export function keywordAt(s: string, start: number, end: number): string | undefined {
  const list = BY_LENGTH[end - start];
  if (!list) return undefined;
  for (const [spelling, keyword] of list) if (equalsWord(s, start, end, spelling)) return keyword;
  return undefined;
}

/** Attribute keywords of a `reagent` line. */
export const REAGENT_ATTRIBUTES = ['role', 'smiles', 'mw', 'density', 'limiting'] as const;
export type ReagentAttribute = (typeof REAGENT_ATTRIBUTES)[number];

/** The roles a `role` attribute accepts. */
export const ROLE_VALUES: readonly Role[] = ROLES;


/** Manner words of `add` (`in N portions` is the third form). */
export const ADD_MANNERS = ['portionwise', 'dropwise'] as const;
/** Spellings of the manner words (lower case) → manner. */
export const ADD_MANNER_SPELLINGS: Readonly<Record<string, 'portionwise' | 'dropwise'>> = {
  portionwise: 'portionwise',
  'portion-wise': 'portionwise',
  dropwise: 'dropwise',
  'drop-wise': 'dropwise',
};

/**
 * Words that start what follows the list of an `add` (`add x portionwise`, `at 0 °C`, `in 3
 * portions`): an alias spelled like one would not read as the first of a list, so none may be
 * declared (the parser reports it; rename refuses it). `over` and `portions` read as aliases.
 */
export const ADD_WORDS: ReadonlySet<string> = new Set([...Object.keys(ADD_MANNER_SPELLINGS), 'in', 'at']);

/** `target` values (lower case) → degree of alkylation. */
export const TARGET_VALUES: Readonly<Record<string, Degree>> = {
  mono: 'mono',
  'mono-alkylation': 'mono',
  monoalkylation: 'mono',
  di: 'di',
  'di-alkylation': 'di',
  dialkylation: 'di',
  tri: 'tri',
  'tri-alkylation': 'tri',
  trialkylation: 'tri',
  // As papers say it: `mono-N-alkylation`, `N,N'-dialkylation`, `bis-alkylation`.
  'mono-n-alkylation': 'mono',
  'di-n-alkylation': 'di',
  "n,n'-dialkylation": 'di',
  'n,n′-dialkylation': 'di',
  bis: 'di',
  'bis-alkylation': 'di',
  bisalkylation: 'di',
  'tri-n-alkylation': 'tri',
  tris: 'tri',
  'tris-alkylation': 'tri',
};
/** The canonical `target` values, for completion. */
export const TARGET_CANONICAL: readonly Degree[] = ['mono', 'di', 'tri'];

/** `mode` values (lower case; two-word forms joined by one space) → mode. */
export const MODE_VALUES: Readonly<Record<string, 'one-pot' | 'two-step'>> = {
  'one-pot': 'one-pot',
  onepot: 'one-pot',
  'one pot': 'one-pot',
  direct: 'one-pot',
  'two-step': 'two-step',
  twostep: 'two-step',
  'two step': 'two-step',
  indirect: 'two-step',
  stepwise: 'two-step',
};
export const MODE_CANONICAL: readonly ('one-pot' | 'two-step')[] = ['one-pot', 'two-step'];

/** Analytical methods `monitor` suggests (any single word is accepted). */
export const MONITOR_METHODS = ['TLC', 'LCMS', 'NMR', 'IR', 'HPLC', 'GCMS'] as const;
/** Stationary phases / methods `purify` suggests (any single word is accepted). */
export const PURIFY_METHODS = ['silica', 'column', 'alumina', 'C18', 'prep-HPLC'] as const;

/** Joining words some statements accept before their value. */
export const TEMPERATURE_INTRO = 'at';
export const DURATION_INTRO = 'for';

/** The syntax of every statement, one line each (for completion details and hover). */
export const KEYWORD_SYNTAX: Readonly<Record<string, string>> = {
  protocol: 'protocol "TITLE"',
  target: 'target mono | di | tri',
  scale: 'scale N mmol',
  mode: 'mode one-pot | two-step',
  reagent: 'reagent ALIAS = NAME [QUANTITY {, QUANTITY}] [role ROLE] [smiles "SMILES"] [mw N] [density N] [limiting]',
  solvent: 'solvent NAME[/NAME…] [RATIO] [CONCENTRATION | VOLUME]',
  step: 'step ["TITLE"]',
  workup: 'workup',
  add: 'add ALIAS {, ALIAS} [portionwise | dropwise | in N portions] [over TIME] [at TEMP]',
  stir: 'stir TIME [at TEMP]',
  wait: 'wait TIME',
  heat: 'heat to TEMP [for TIME]',
  cool: 'cool to TEMP',
  reflux: 'reflux [TIME]',
  monitor: 'monitor TLC | LCMS | NMR | IR | HPLC | GCMS [for WHAT]',
  concentrate: 'concentrate',
  filter: 'filter',
  isolate: 'isolate NAME',
  note: 'note "TEXT"',
  quench: 'quench NAME',
  basify: 'basify NAME',
  acidify: 'acidify NAME',
  extract: 'extract NAME [xN]',
  wash: 'wash NAME',
  dry: 'dry NAME',
  purify: 'purify METHOD [ELUENT] [+ N% MODIFIER]',
  crystallize: 'crystallize NAME',
  salt: 'salt NAME',
};
