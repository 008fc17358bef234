/**
 * The reliability properties of the engine and the input generators, shared by the long
 * fuzz run (`npm run fuzz` → test/fuzz/run.ts) and its short version in
 * test/unit/reliability.test.ts.
 *
 * Every check works on the text an editor or the CLI hands to the engine: BOM-less (the
 * CLI strips it with `stripBom`, VS Code never sends it), anything else allowed — NUL,
 * lone surrogates, U+FFFD from invalid UTF-8, CR/LF/CRLF mixes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, applyEdits, fixAll, stripBom, type Analysis } from '../../server/src/engine';
import { editsOverlap, lineStarts, offsetAt } from '../../server/src/edits';
import { parse } from '../../server/src/syntax/parser';
import { print } from '../../server/src/syntax/print';
import { formatDocument } from '../../server/src/features/format';
import { hover } from '../../server/src/features/hover';
import { completion } from '../../server/src/features/completion';
import { documentSymbols } from '../../server/src/features/symbols';
import { foldingRanges } from '../../server/src/features/folding';
import { inlayHints } from '../../server/src/features/inlayHints';
import { codeActions, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import { definition, prepareRename, references, rename } from '../../server/src/features/navigation';
import {
  ADD_MANNER_SPELLINGS,
  ALL_KEYWORDS,
  KEYWORD_ALIASES,
  MODE_VALUES,
  MONITOR_METHODS,
  PURIFY_METHODS,
  REAGENT_ATTRIBUTES,
  TARGET_VALUES,
} from '../../server/src/syntax/keywords';
import { RT_SPELLINGS, UNIT_SPELLINGS } from '../../server/src/syntax/units';
import { ROLES } from '../../server/src/syntax/ast';
import { KB } from '../../server/src/kb/data';
import type { Position, Range, TextEdit } from '../../server/src/types';

export const ROOT = join(__dirname, '..', '..');

// =========================================================================================
// Corpus: every sample and every ```rxn block of the rule pages

export interface Seed {
  name: string;
  text: string;
}

export function corpus(): Seed[] {
  const out: Seed[] = [];
  const sdir = join(ROOT, 'samples');
  for (const f of readdirSync(sdir).filter((f) => f.endsWith('.rxn')).sort()) {
    out.push({ name: `samples/${f}`, text: readFileSync(join(sdir, f), 'utf8') });
  }
  const rdir = join(ROOT, 'docs', 'rules');
  for (const f of readdirSync(rdir).filter((f) => f.endsWith('.md')).sort()) {
    const page = readFileSync(join(rdir, f), 'utf8');
    const re = /```rxn\r?\n([\s\S]*?)```/g;
    let m: RegExpExecArray | null;
    let k = 0;
    while ((m = re.exec(page))) out.push({ name: `docs/rules/${f} #${++k}`, text: m[1] });
  }
  return out;
}

// =========================================================================================
// Vocabulary for token soups: the grammar's own lists

const KB_NAMES: string[] = [...new Set(KB.flatMap((e) => [e.name, ...e.synonyms]))];
const UNITS: string[] = Object.keys(UNIT_SPELLINGS);
const KEYWORDS: string[] = [...ALL_KEYWORDS, ...Object.keys(KEYWORD_ALIASES)];
const WORDS: string[] = [
  ...REAGENT_ATTRIBUTES,
  ...ROLES,
  ...Object.keys(TARGET_VALUES),
  ...Object.keys(MODE_VALUES),
  ...Object.keys(ADD_MANNER_SPELLINGS),
  ...MONITOR_METHODS,
  ...PURIFY_METHODS,
  ...RT_SPELLINGS,
  'in', 'portions', 'at', 'to', 'for', 'by', 'over', 'overnight', 'o/n', 'reflux', 'imine', 'x3', '×', '3x', 'x', 'sat.',
  'aq.', 'brine', 'NaHCO3', 'Et3N', 'through', 'celite', 'limiting',
];
const ALIASES = ['a', 'ald', 'stab', 'amine', 'diazepane', 'acid', 'acoh', 'ms', 'X', '_b', 'k-2', 'Ald', 'r1'];
const PUNCT = ['"', '#', '=', ',', '/', '+', '%', ':', '-', '.', '(', ')', '--', '# rxn-disable-next-line', '# rxn-disable', '"🧪 µL °C Å"'];
const ODD = ['µ', '°', 'Å', 'μ', 'º', '℃', '🧪', '😀', '\u00a0', '\u2212', '\u2013', '\u0000', '\ufffd', '\ud83d', '\udca9', '\ufeff', '\u2028', '\t'];
export const EOLS = ['\n', '\r\n', '\r'];

/** A number as a chemist (or a cat on the keyboard) might write it. */
const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 1000 }).map(String),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 999 })).map(([a, b]) => `${a},${b}`), // decimal comma / thousands
  fc.nat({ max: 999 }).map((b) => `.${b}`),
  fc.integer({ min: -300, max: -1 }).map(String),
  fc.tuple(fc.nat({ max: 9 }), fc.integer({ min: -30, max: 30 })).map(([a, e]) => `${a}e${e}`),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}-${b}`), // ranges
  fc.constantFrom('0', '-0', '+1', '\u22125', '1e400', '1e-400', '9:1', '95:5', '1,500', '1,4', '1,4,5', '00.0', '4Å'),
);

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 3, arbitrary: fc.constantFrom(...KB_NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...ALIASES) },
  { weight: 4, arbitrary: numberText },
  { weight: 2, arbitrary: fc.tuple(numberText, fc.constantFrom(...UNITS)).map(([n, u]) => n + u) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
);

const sep = fc.constantFrom(' ', ' ', ' ', '', '  ', ', ', '\t', ' = ');

/** One line of a token soup: usually a keyword first, then words. */
const soupLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '  ', '\t', ' \u00a0'),
    fc.option(fc.constantFrom(...KEYWORDS, 'REAGENT', 'Stir', 'ADD', 'stri', 'reagnet', 'workup'), { freq: 5 }),
    fc.array(fc.tuple(sep, word), { maxLength: 10 }),
    fc.option(fc.tuple(fc.constantFrom('#', '  # ', '# rxn-disable-next-line ', '# rxn-disable '), fc.constantFrom('', 'note', 'missing-acid', 'unknown-rule, x', '🧪 µL')), { freq: 5 }),
  )
  .map(([indent, kw, rest, comment]) => {
    let s = indent + (kw ?? '');
    for (const [sp, w] of rest) s += (s.length ? sp : '') + w;
    if (comment) s += comment[0] + comment[1];
    return s;
  });

export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(soupLine, fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n')), { maxLength: 30 })
  .map((ls) => ls.map(([l, e]) => l + e).join(''));

/** Random bytes (with fragments of real text) decoded as UTF-8 with replacement, as the CLI reads a file. */
const FRAGMENTS: Uint8Array[] = [
  ...['\n', '\r\n', '\r', '\0', 'µ', '°C', 'Å', '🧪', '😀', '#', '"', ' ', 'reagent a = ', 'step\n', 'add a, b\n', 'workup\n', '1,5 mL', ' equiv'].map(
    (s) => new Uint8Array(Buffer.from(s, 'utf8')),
  ),
  new Uint8Array([0xef, 0xbb, 0xbf]), // a BOM (in the middle it is a character)
  new Uint8Array([0xc2]), // truncated sequences
  new Uint8Array([0xf0, 0x9f]),
  new Uint8Array([0xed, 0xa0, 0x80]), // an encoded surrogate (invalid UTF-8)
  new Uint8Array([0xff, 0xfe]),
];
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
export const utf8Bytes: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.uint8Array({ maxLength: 12 }), fc.constantFrom(...FRAGMENTS), fc.uint8Array({ minLength: 1, maxLength: 3 }).map((b) => b.map((x) => x & 0x7f))), {
    maxLength: 60,
  })
  .map((chunks) => {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const all = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) {
      all.set(c, o);
      o += c.length;
    }
    return decoder.decode(all);
  });

/** Random UTF-16 code units (lone surrogates included) mixed with line breaks and grammar words. */
export const utf16Units: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) },
      { weight: 2, arbitrary: fc.constantFrom(0xd800, 0xdbff, 0xdc00, 0xdfff, 0xd83e, 0xdde1, 0, 10, 13, 32, 34, 35, 0xfeff, 0x2028).map((u) => String.fromCharCode(u)) },
      { weight: 2, arbitrary: word },
      { weight: 1, arbitrary: fc.constantFrom(...EOLS) },
    ),
    { maxLength: 80 },
  )
  .map((a) => a.join(''));

// -----------------------------------------------------------------------------------------
// Mutations of real protocols

export type Mutation =
  | { op: 'deleteLine' | 'duplicateLine'; at: number }
  | { op: 'swapLines'; at: number; with: number }
  | { op: 'deleteChar' | 'duplicateChar' | 'swapChars'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'flipEol'; at: number }
  | { op: 'allCrlf' | 'allLf' | 'allCr' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constantFrom('deleteChar' as const, 'duplicateChar' as const, 'swapChars' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(word, fc.constantFrom(...ODD, ...EOLS, ...PUNCT), fc.string({ unit: 'binary', maxLength: 3 })) }),
  fc.record({ op: fc.constant('flipEol' as const), at: fc.nat() }),
  fc.record({ op: fc.constantFrom('allCrlf' as const, 'allLf' as const, 'allCr' as const) }),
);

/** Splits keeping the line endings: [text, eol, text, eol, …, text]. */
function splitKeep(text: string): { lines: string[]; eols: string[] } {
  const lines: string[] = [];
  const eols: string[] = [];
  const re = /\r\n|\r|\n/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lines.push(text.slice(last, m.index));
    eols.push(m[0]);
    last = m.index + m[0].length;
  }
  lines.push(text.slice(last));
  return { lines, eols };
}

function join2(lines: string[], eols: string[]): string {
  let s = '';
  for (let i = 0; i < lines.length; i++) s += lines[i] + (i < lines.length - 1 ? eols[i] ?? '\n' : '');
  return s;
}

export function mutate(text: string, ms: readonly Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const { lines, eols } = splitKeep(t);
    switch (m.op) {
      case 'deleteLine': {
        const i = m.at % lines.length;
        lines.splice(i, 1);
        eols.splice(Math.min(i, eols.length - 1), 1);
        if (lines.length === 0) lines.push('');
        t = join2(lines, eols);
        break;
      }
      case 'duplicateLine': {
        const i = m.at % lines.length;
        lines.splice(i, 0, lines[i]);
        eols.splice(i, 0, eols[i] ?? '\n');
        t = join2(lines, eols);
        break;
      }
      case 'swapLines': {
        const i = m.at % lines.length;
        const j = m.with % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
        t = join2(lines, eols);
        break;
      }
      case 'flipEol': {
        if (eols.length === 0) break;
        const i = m.at % eols.length;
        eols[i] = eols[i] === '\r\n' ? '\n' : eols[i] === '\n' ? '\r\n' : '\n';
        t = join2(lines, eols);
        break;
      }
      case 'allCrlf':
      case 'allLf':
      case 'allCr':
        t = t.replace(/\r\n|\r|\n/g, m.op === 'allCrlf' ? '\r\n' : m.op === 'allLf' ? '\n' : '\r');
        break;
      default: {
        if (t.length === 0) {
          if (m.op === 'insert') t = m.text;
          break;
        }
        const i = m.at % t.length;
        if (m.op === 'deleteChar') t = t.slice(0, i) + t.slice(i + 1);
        else if (m.op === 'duplicateChar') t = t.slice(0, i + 1) + t.slice(i);
        else if (m.op === 'swapChars') t = i + 1 < t.length ? t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2) : t;
        else if (m.op === 'insert') t = t.slice(0, i) + m.text + t.slice(i);
      }
    }
  }
  return t;
}

export function mutatedCorpus(seeds: readonly Seed[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([i, ms]) => mutate(seeds[i].text, ms));
}

// -----------------------------------------------------------------------------------------
// Hostile edits (session 19): what a paste from a PDF, a chat or a notebook export does to a
// protocol, and what a careless script does — lookalike characters, invisible characters,
// a very long line, thousands of aliases, a step block repeated hundreds of times, a file cut
// in the middle of a surrogate pair, a BOM, NUL bytes, every line ending kind mixed.

/** Characters and what they are mistaken for (Cyrillic and Greek letters, full-width forms, dashes, spaces, quotes). */
export const LOOKALIKES: Readonly<Record<string, readonly string[]>> = {
  a: ['\u0430', '\u03b1', '\uff41'],
  c: ['\u0441', '\u03f2'],
  e: ['\u0435', '\u212e'],
  i: ['\u0456', '\u0131', '\u2170'],
  o: ['\u043e', '\u03bf', '0'],
  p: ['\u0440', '\u03c1'],
  x: ['\u0445', '\u00d7', '\u2715'],
  y: ['\u0443'],
  l: ['1', 'I', '\u01c0', '\u217c'],
  A: ['\u0410', '\u0391'],
  B: ['\u0412', '\u0392'],
  C: ['\u0421', '\u216d'],
  H: ['\u041d', '\u0397'],
  M: ['\u041c', '\u039c'],
  N: ['\u039d'],
  O: ['\u041e', '0', '\u039f'],
  S: ['\u0405'],
  T: ['\u0422', '\u03a4'],
  '0': ['O', '\uff10', '\u0660'],
  '1': ['l', 'I', '\uff11', '\u0661', '\u00b9'],
  '2': ['\uff12', '\u00b2', '\u2082'],
  '3': ['\uff13', '\u00b3', '\u2083'],
  '5': ['\uff15'],
  '-': ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\ufe63', '\uff0d', '\u00ad'],
  ' ': ['\u00a0', '\u2009', '\u202f', '\u3000', '\u200b', '\u2007', '\u180e'],
  '"': ['\u201c', '\u201d', '\u201e', '\uff02', "''"],
  ',': ['\uff0c', '\u060c', '\u201a', '\u3001'],
  '.': ['\u3002', '\u2024', '\uff0e', '\u00b7'],
  '=': ['\uff1d', '\u2261', '\ua78a'],
  '#': ['\uff03', '\u266f'],
  ':': ['\u2236', '\uff1a', '\u02d0'],
  '/': ['\u2044', '\u2215', '\uff0f'],
  '(': ['\uff08', '\u2768'],
  ')': ['\uff09', '\u2769'],
  '%': ['\uff05', '\u2030'],
  '\u00b5': ['\u03bc', 'u'],
  '\u00b0': ['\u00ba', '\u02da', '\u2070', '\u2218'],
  '\u00c5': ['\u212b', 'A\u030a'],
};

/** Characters an editor does not show: zero-width, direction marks, soft hyphen, a BOM mid-text, NUL. */
export const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202e', '\u2066', '\u0000', '\u0000\u0000\u0000', '\u034f', '\ufe0f'];

export type HostileMutation =
  | { op: 'lookalike'; at: number; pick: number; all: boolean }
  | { op: 'invisible'; at: number; pick: number }
  | { op: 'longLine'; at: number; times: number; how: 'repeat' | 'spaces' | 'word' | 'comment' }
  | { op: 'manyAliases'; count: number; used: boolean }
  | { op: 'repeatStep'; at: number; times: number }
  | { op: 'truncate'; at: number }
  | { op: 'bom' }
  | { op: 'nulSpaces'; at: number }
  | { op: 'setEol'; at: number; eol: string }
  | { op: 'upperLine'; at: number }
  | { op: 'reindent'; at: number; indent: string }
  | { op: 'loneSurrogate'; at: number; unit: number };

/** Mostly small counts, sometimes hundreds or thousands: large inputs are slow to check. */
const count = (small: number, large: number) => fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: small }) }, { weight: 1, arbitrary: fc.integer({ min: small, max: large }) });

export const hostileMutation: fc.Arbitrary<HostileMutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('lookalike' as const), at: fc.nat(), pick: fc.nat(), all: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('invisible' as const), at: fc.nat(), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('longLine' as const), at: fc.nat(), times: count(50, 3000), how: fc.constantFrom('repeat' as const, 'spaces' as const, 'word' as const, 'comment' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('manyAliases' as const), count: count(40, 3000), used: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeatStep' as const), at: fc.nat(), times: count(10, 300) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('bom' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nulSpaces' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('setEol' as const), at: fc.nat(), eol: fc.constantFrom('\n', '\r\n', '\r', '\r\r\n', '\n\r') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('upperLine' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reindent' as const), at: fc.nat(), indent: fc.constantFrom('', '\t', '\t\t', '        ', '\u00a0\u00a0', ' \t ', '\u3000') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('loneSurrogate' as const), at: fc.nat(), unit: fc.constantFrom(0xd800, 0xdbff, 0xdc00, 0xdfff, 0xd83e) }) },
);

const KB_FOR_ALIASES = KB_NAMES.filter((n) => /^[\x21-\x7e]+$/.test(n) && !n.includes('"') && !n.includes('#'));

export function mutateHostile(text: string, ms: readonly HostileMutation[]): string {
  let t = text;
  for (const m of ms) {
    const { lines, eols } = splitKeep(t);
    const li = (at: number) => at % lines.length;
    switch (m.op) {
      case 'lookalike': {
        const spots: number[] = [];
        for (let i = 0; i < t.length; i++) if (Object.prototype.hasOwnProperty.call(LOOKALIKES, t[i])) spots.push(i);
        if (spots.length === 0) break;
        const i = spots[m.at % spots.length];
        const alts = LOOKALIKES[t[i]];
        const alt = alts[m.pick % alts.length];
        // `all`: every occurrence of that character on the line (a whole pasted line).
        if (m.all) {
          const ls = t.lastIndexOf('\n', i) + 1;
          let le = t.indexOf('\n', i);
          if (le < 0) le = t.length;
          t = t.slice(0, ls) + t.slice(ls, le).split(t[i]).join(alt) + t.slice(le);
        } else t = t.slice(0, i) + alt + t.slice(i + 1);
        break;
      }
      case 'invisible': {
        const i = t.length ? m.at % (t.length + 1) : 0;
        t = t.slice(0, i) + INVISIBLES[m.pick % INVISIBLES.length] + t.slice(i);
        break;
      }
      case 'longLine': {
        const i = li(m.at);
        const l = lines[i];
        if (m.how === 'repeat') lines[i] = Array(Math.min(m.times, 400)).fill(l.trim() || 'x').join(' ');
        else if (m.how === 'spaces') lines[i] = l.replace(/ /, ' '.repeat(m.times * 10));
        else if (m.how === 'word') lines[i] = l.replace(/[A-Za-z]/, (c) => c.repeat(m.times * 10));
        else lines[i] = l + '  # ' + 'long comment '.repeat(m.times);
        t = join2(lines, eols);
        break;
      }
      case 'manyAliases': {
        const eol = /\r\n/.test(t) ? '\r\n' : '\n';
        let decl = '';
        const names: string[] = [];
        for (let k = 0; k < m.count; k++) {
          names.push(`r${k}`);
          decl += `reagent r${k} = ${KB_FOR_ALIASES[k % KB_FOR_ALIASES.length]} 0.1 equiv${eol}`;
        }
        const add = m.used ? `  add ${names.join(', ')}${eol}` : '';
        const st = /^[ \t]*step\b[^\r\n]*(\r\n|\r|\n|$)/m.exec(t);
        if (!st) t = t + eol + decl + 'step' + eol + add;
        else {
          const after = st.index + st[0].length;
          t = t.slice(0, st.index) + decl + t.slice(st.index, after) + (st[1] ? '' : eol) + add + t.slice(after);
        }
        break;
      }
      case 'repeatStep': {
        const steps = lines.map((l, k) => (/^\s*step\b/.test(l) ? k : -1)).filter((k) => k >= 0);
        if (steps.length === 0) break;
        const s = steps[m.at % steps.length];
        let e = s + 1;
        while (e < lines.length && !/^\s*(step|workup)\b/.test(lines[e])) e++;
        const offset = (k: number) => {
          let o = 0;
          for (let j = 0; j < k; j++) o += lines[j].length + (eols[j]?.length ?? 0);
          return o;
        };
        const from = offset(s);
        const to = offset(e);
        let block = t.slice(from, to);
        if (e === lines.length) block += eols[eols.length - 1] ?? '\n';
        t = t.slice(0, to) + (e === lines.length ? eols[eols.length - 1] ?? '\n' : '') + block.repeat(m.times);
        if (e < lines.length) t += join2(lines.slice(e), eols.slice(e));
        break;
      }
      case 'truncate':
        t = t.slice(0, t.length ? m.at % (t.length + 1) : 0);
        break;
      case 'bom':
        t = '\ufeff' + t;
        break;
      case 'nulSpaces': {
        const i = li(m.at);
        lines[i] = lines[i].replace(/ /g, '\u0000');
        t = join2(lines, eols);
        break;
      }
      case 'setEol':
        if (eols.length) {
          eols[m.at % eols.length] = m.eol;
          t = join2(lines, eols);
        }
        break;
      case 'upperLine': {
        const i = li(m.at);
        lines[i] = lines[i].toUpperCase();
        t = join2(lines, eols);
        break;
      }
      case 'reindent': {
        const i = li(m.at);
        lines[i] = m.indent + lines[i].replace(/^[ \t]+/, '');
        t = join2(lines, eols);
        break;
      }
      case 'loneSurrogate': {
        const i = t.length ? m.at % (t.length + 1) : 0;
        t = t.slice(0, i) + String.fromCharCode(m.unit) + t.slice(i);
        break;
      }
    }
  }
  return t;
}

/** Samples and rule examples after hostile edits, mixed with the ordinary mutations. */
export function hostileCorpus(seeds: readonly Seed[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(fc.oneof(hostileMutation.map((h) => ({ h })), mutation.map((o) => ({ o }))), { minLength: 1, maxLength: 5 }))
    .map(([i, ms]) => ms.reduce((t, m) => ('h' in m ? mutateHostile(t, [m.h]) : mutate(t, [m.o])), seeds[i].text));
}

// =========================================================================================
// Properties

export const PROPERTIES = [
  'analyze never throws',
  'diagnostic ranges inside the document',
  'every fix applies cleanly',
  'fixAll terminates and is idempotent',
  'formatting is idempotent and changes only whitespace',
  'editor features do not throw, ranges in range',
  'reusing the previous version gives the same analysis',
] as const;
export type PropertyName = (typeof PROPERTIES)[number];

export class PropertyFailure extends Error {
  constructor(readonly property: PropertyName, message: string) {
    super(`[${property}] ${message}`);
  }
}

/** The lines of a text as the spec defines them (ends: \r\n, \n, lone \r). */
export function textLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function inRange(lines: readonly string[], r: Range | undefined): boolean {
  if (!r || !r.start || !r.end) return false;
  const ok = (p: Position) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  if (!ok(r.start) || !ok(r.end)) return false;
  return r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
}

function show(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Comment texts (after `#`, trailing whitespace removed) as a sorted multiset. */
export function comments(text: string): string[] {
  return parse(text)
    .lines.filter((l) => l.comment)
    .map((l) => l.comment!.text.replace(/\s+$/, ''))
    .sort();
}

/** The text of the comment a range lies in (as `comments` gives it), if it lies in one. */
export function commentUnder(a: Analysis, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string | undefined {
  const c = a.doc.lines[r.start.line]?.comment;
  if (!c || r.end.line !== r.start.line || r.start.character < c.range.start.character || r.end.character > c.range.end.character) return undefined;
  return c.text.replace(/\s+$/, '');
}

/** A sorted multiset without one copy of `x` (unchanged when x is undefined or absent). */
function withoutOne(list: readonly string[], x: string | undefined): string[] {
  const i = x === undefined ? -1 : list.indexOf(x);
  return i < 0 ? [...list] : [...list.slice(0, i), ...list.slice(i + 1)];
}

/** Is every element of `small` (a sorted multiset) also in `big`, with multiplicity? */
function subMultiset(small: readonly string[], big: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of big) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const s of small) {
    const n = counts.get(s) ?? 0;
    if (n === 0) return s;
    counts.set(s, n - 1);
  }
  return undefined;
}

/** Indices of the lines with a `syntax-error`. */
function errorLineSet(a: Analysis): Set<number> {
  const ls = new Set<number>();
  for (const d of a.diagnostics) if (d.rule === 'syntax-error') ls.add(d.range.start.line);
  return ls;
}

/**
 * The lines an edit set touches, before (in the old text) and after (in the new text):
 * the other lines correspond one to one, in order.
 */
export function touchedLines(text: string, edits: readonly TextEdit[]): { before: Set<number>; after: Set<number> } {
  const starts = lineStarts(text);
  const sorted = edits
    .map((e) => ({ e, s: offsetAt(text, starts, e.range.start), t: offsetAt(text, starts, e.range.end) }))
    .sort((x, y) => x.s - y.s || x.t - y.t)
    .map((x) => x.e);
  const before = new Set<number>();
  const after = new Set<number>();
  let delta = 0; // lines added so far
  for (const e of sorted) {
    const l0 = e.range.start.line;
    const l1 = e.range.end.line;
    for (let l = l0; l <= l1; l++) before.add(l);
    const added = textLines(e.newText).length - 1;
    for (let l = l0; l <= l0 + added; l++) after.add(l + delta);
    delta += added - (l1 - l0);
  }
  return { before, after };
}

/**
 * A syntax error the fix introduced: on a line it did not touch that was fine before, or
 * more error lines among the touched ones than before. Undefined when there is none.
 */
function newSyntaxError(a: Analysis, b: Analysis, text: string, edits: readonly TextEdit[]): string | undefined {
  const { before, after } = touchedLines(text, edits);
  const e0 = errorLineSet(a);
  const e1 = errorLineSet(b);
  const untouched0 = a.doc.lines.filter((l) => !before.has(l.index));
  const untouched1 = b.doc.lines.filter((l) => !after.has(l.index));
  if (untouched0.length === untouched1.length) {
    for (let i = 0; i < untouched0.length; i++) {
      if (e1.has(untouched1[i].index) && !e0.has(untouched0[i].index)) return `line ${untouched1[i].index + 1} ${JSON.stringify(untouched1[i].text)} (untouched)`;
    }
  } else {
    return `the untouched lines do not correspond (${untouched0.length} before, ${untouched1.length} after)`;
  }
  const n0 = [...before].filter((l) => e0.has(l)).length;
  const t1 = [...after].filter((l) => e1.has(l));
  if (t1.length > n0) return `line ${t1[0] + 1} ${JSON.stringify(b.doc.lines[t1[0]]?.text)} (edited)`;
  return undefined;
}

/** Trimmed texts of the lines with a `syntax-error`, sorted. */
function syntaxErrorLines(a: Analysis): string[] {
  const ls = new Set<number>();
  for (const d of a.diagnostics) if (d.rule === 'syntax-error') ls.add(d.range.start.line);
  return [...ls].map((i) => a.doc.lines[i]?.text.trim() ?? '').sort();
}

function noThrow<T>(property: PropertyName, what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new PropertyFailure(property, `${what} threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

function fail(property: PropertyName, message: string): never {
  throw new PropertyFailure(property, message);
}

/** Same whitespace definition as the property: any JS \s (includes the Unicode spaces and U+FEFF). */
export function nonWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface CheckInput {
  text: string;
  /** Raw numbers, mapped onto positions of the document (line, character). */
  positions: readonly (readonly [number, number])[];
}

// ---------------------------------------------------------------------------------------

export function checkAnalyze(text: string): Analysis {
  const ruleErrors: string[] = [];
  const a = noThrow('analyze never throws', 'analyze', () => analyze(text, { onRuleError: (id, e) => ruleErrors.push(`${id}: ${e instanceof Error ? e.stack : String(e)}`) }));
  if (ruleErrors.length) fail('analyze never throws', `a rule threw (caught by the engine): ${ruleErrors[0]}`);
  return a;
}

export function checkRanges(text: string, a: Analysis): void {
  const lines = textLines(text);
  if (a.doc.lines.length !== lines.length) fail('diagnostic ranges inside the document', `the document has ${lines.length} lines, the parser read ${a.doc.lines.length}`);
  for (const d of a.diagnostics) {
    if (!inRange(lines, d.range)) fail('diagnostic ranges inside the document', `${d.rule} range ${show(d.range)} is outside the text`);
    for (const f of d.fixes)
      for (const e of f.edits)
        if (!inRange(lines, e.range)) fail('diagnostic ranges inside the document', `${d.rule} fix "${f.title}" edits ${show(e.range)}, outside the text`);
  }
}

export const MAX_FIXES_CHECKED = 40;

export function checkFixes(text: string, a: Analysis): void {
  const P: PropertyName = 'every fix applies cleanly';
  const beforeComments = comments(text);
  // Each fix is applied and the result analysed again: on a document with thousands of fixes
  // (thousands of unused reagents) that is minutes, so a spread of MAX_FIXES_CHECKED of them
  // is checked (the first, the last and evenly between).
  const all = a.diagnostics.flatMap((d) => d.fixes.map((f) => ({ d, f })));
  const step = Math.max(1, (all.length - 1) / (MAX_FIXES_CHECKED - 1));
  const picked = all.length <= MAX_FIXES_CHECKED ? all : [...new Set(Array.from({ length: MAX_FIXES_CHECKED }, (_, k) => Math.round(k * step)))].map((k) => all[k]);
  for (const { d, f } of picked) {
    {
      const label = `${d.rule} fix "${f.title}" (line ${d.range.start.line})`;
      for (let i = 0; i < f.edits.length; i++)
        for (let j = i + 1; j < f.edits.length; j++)
          if (editsOverlap([f.edits[i]], [f.edits[j]])) fail(P, `${label}: edits ${show(f.edits[i].range)} and ${show(f.edits[j].range)} overlap`);
      const after = noThrow(P, `applying ${label}`, () => applyEdits(text, f.edits));
      if (after === text) fail(P, `${label} changes nothing`);
      const b = noThrow(P, `analyze after ${label}`, () => analyze(after));
      const newError = newSyntaxError(a, b, text, f.edits);
      if (newError !== undefined) fail(P, `${label} leaves a new syntax error: ${newError}; result:\n${JSON.stringify(after)}`);
      // (A diagnostic on a comment — a misspelt rule id in `# rxn-disable …` — may have a fix
      // that rewrites that comment, and only that one.)
      const lost = subMultiset(withoutOne(beforeComments, commentUnder(a, d.range)), comments(after));
      if (lost !== undefined) fail(P, `${label} loses the comment #${JSON.stringify(lost)}`);
      checkEols(P, label, text, after);
    }
  }
}

/** A fix must not introduce a line ending the file does not use: a pure-CRLF, LF or lone-CR file stays so. */
function checkEols(P: PropertyName, label: string, before: string, after: string): void {
  const kinds = (t: string) => ({ crlf: /\r\n/.test(t), lf: /(^|[^\r])\n/.test(t), cr: /\r(?!\n)/.test(t) });
  const k0 = kinds(before);
  const k1 = kinds(after);
  if (k0.crlf && !k0.lf && !k0.cr && (k1.lf || k1.cr)) fail(P, `${label} puts a bare line ending into a CRLF file`);
  if (k0.lf && !k0.crlf && !k0.cr && (k1.crlf || k1.cr)) fail(P, `${label} puts a CR into an LF file`);
  if (k0.cr && !k0.crlf && !k0.lf && (k1.crlf || k1.lf)) fail(P, `${label} puts an LF into a file with lone-CR line endings`);
}

export function checkFixAll(text: string, a: Analysis): void {
  const P: PropertyName = 'fixAll terminates and is idempotent';
  const r = noThrow(P, 'fixAll', () => fixAll(text));
  const again = noThrow(P, 'fixAll (second run)', () => fixAll(r.text));
  if (again.text !== r.text) fail(P, `fixAll is not idempotent: a second run changes\n${JSON.stringify(r.text)}\ninto\n${JSON.stringify(again.text)} (first run: ${r.passes} passes)`);
  const lost = subMultiset(comments(text), comments(r.text));
  if (lost !== undefined) fail(P, `fixAll loses the comment #${JSON.stringify(lost)}`);
  const n0 = syntaxErrorLines(a).length;
  const n1 = syntaxErrorLines(r.analysis).length;
  if (n1 > n0) fail(P, `fixAll leaves more lines with a syntax error (${n0} → ${n1}): ${JSON.stringify(r.text)}`);
  checkEols(P, 'fixAll', text, r.text);
  // The editor's "fix all" source action is one minimal edit that gives the same text.
  const actions = noThrow(P, 'codeActions(source.fixAll)', () => codeActions(a, 'file:///f.rxn', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [FIX_ALL_KIND]));
  const action = actions.find((x) => x.kind === FIX_ALL_KIND);
  if (r.text === text) {
    if (action) fail(P, 'a "fix all" action is offered although fixAll changes nothing');
  } else {
    const edits = action?.edit?.changes?.['file:///f.rxn'];
    if (!edits) fail(P, 'fixAll changes the text but no "fix all" action is offered');
    if (applyEdits(text, edits as TextEdit[]) !== r.text) fail(P, 'the "fix all" action edit does not give fixAll\'s text');
  }
}

export function checkFormat(text: string, a: Analysis): void {
  const P: PropertyName = 'formatting is idempotent and changes only whitespace';
  const once = noThrow(P, 'print', () => print(a.doc));
  const twice = noThrow(P, 'print (second run)', () => print(parse(once)));
  if (twice !== once) fail(P, `formatting is not idempotent:\n${JSON.stringify(once)}\n→\n${JSON.stringify(twice)}`);
  if (nonWhitespace(once) !== nonWhitespace(text)) fail(P, `formatting changed more than whitespace:\n${JSON.stringify(text)}\n→\n${JSON.stringify(once)}`);
  const c0 = comments(text);
  const c1 = comments(once);
  if (c0.join('\u0001') !== c1.join('\u0001')) fail(P, `formatting changed the comments: ${JSON.stringify(c0)} → ${JSON.stringify(c1)}`);
  // Statements stay statements: the formatter must not turn a valid line into an invalid one.
  const b = parse(once);
  const kinds0 = a.doc.statements.map((s) => s.kind).join(',');
  const kinds1 = b.statements.map((s) => s.kind).join(',');
  if (kinds0 !== kinds1) fail(P, `formatting changed what the lines mean: [${kinds0}] → [${kinds1}]`);
  const edits = noThrow(P, 'formatDocument', () => formatDocument(a.doc));
  const applied = applyEdits(text, edits as TextEdit[]);
  if (applied !== once && !(edits.length === 0 && once === text)) fail(P, 'formatDocument edit does not give the formatted text');
}

/** Whether `inner` lies within `outer` (ends included). */
function within(outer: Range, inner: Range): boolean {
  const le = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

export function checkFeatures(text: string, a: Analysis, positions: CheckInput['positions']): void {
  const P: PropertyName = 'editor features do not throw, ranges in range';
  const lines = textLines(text);
  const need = (what: string, r: Range | undefined) => {
    if (!inRange(lines, r)) fail(P, `${what} returned range ${r ? show(r) : String(r)} outside the text`);
  };
  const syms = noThrow(P, 'documentSymbols', () => documentSymbols(a.doc));
  const walk = (ss: typeof syms) => {
    for (const s of ss) {
      need(`symbol ${s.name}`, s.range);
      need(`symbol ${s.name} selection`, s.selectionRange);
      // VS Code drops the whole outline when a selection range is not inside its symbol's range.
      if (!within(s.range, s.selectionRange)) fail(P, `symbol ${s.name}: selection ${show(s.selectionRange)} outside its range ${show(s.range)}`);
      for (const c of s.children ?? []) if (!within(s.range, c.range)) fail(P, `symbol ${c.name} outside its parent ${s.name}`);
      walk(s.children ?? []);
    }
  };
  walk(syms);
  for (const f of noThrow(P, 'foldingRanges', () => foldingRanges(a.doc)))
    if (!(f.startLine >= 0 && f.endLine < lines.length && f.startLine <= f.endLine)) fail(P, `folding range ${f.startLine}-${f.endLine} outside the text`);
  for (const h of noThrow(P, 'inlayHints', () => inlayHints(a))) need('inlay hint', { start: h.position, end: h.position });
  for (const [rl, rc] of positions) {
    const line = rl % lines.length;
    const p = { line, character: rc % (lines[line].length + 1) };
    const at = `${p.line}:${p.character}`;
    const h = noThrow(P, `hover at ${at}`, () => hover(a, p, { structures: false }));
    if (h?.range) {
      need(`hover at ${at}`, h.range);
      // The range a hover highlights holds the position it was asked for.
      if (!within(h.range, { start: p, end: p })) fail(P, `hover at ${at} highlights ${show(h.range)}, which does not hold the cursor`);
    }
    for (const item of noThrow(P, `completion at ${at}`, () => completion(a, p))) {
      const e = item.textEdit as { range?: Range; insert?: Range; replace?: Range } | undefined;
      if (e?.range) need(`completion "${item.label}" at ${at}`, e.range);
      if (e?.insert) need(`completion "${item.label}" at ${at}`, e.insert);
      if (e?.replace) need(`completion "${item.label}" at ${at}`, e.replace);
      for (const x of item.additionalTextEdits ?? []) need(`completion "${item.label}" extra edit at ${at}`, x.range);
    }
    const d = noThrow(P, `definition at ${at}`, () => definition(a, p));
    if (d) need(`definition at ${at}`, d);
    for (const r of noThrow(P, `references at ${at}`, () => references(a, p, true))) need(`references at ${at}`, r);
    const pr = noThrow(P, `prepareRename at ${at}`, () => prepareRename(a, p));
    if (pr) need(`prepareRename at ${at}`, pr.range);
    const rn = noThrow(P, `rename at ${at}`, () => rename(a, p, 'renamed_1'));
    if (Array.isArray(rn)) {
      for (const e of rn) need(`rename at ${at}`, e.range);
      if (rn.length) noThrow(P, `analyze after rename at ${at}`, () => analyze(applyEdits(text, rn)));
    }
    const end = { line: Math.min(lines.length - 1, line + 1), character: 0 };
    const actions = noThrow(P, `codeActions at ${at}`, () => codeActions(a, 'file:///f.rxn', { start: p, end: end.line > p.line ? end : p }, ['quickfix']));
    for (const act of actions) {
      const edits = act.edit?.changes?.['file:///f.rxn'] ?? [];
      for (const e of edits) need(`code action "${act.title}" at ${at}`, e.range);
      if (edits.length) noThrow(P, `analyze after code action "${act.title}"`, () => analyze(applyEdits(text, edits as TextEdit[])));
    }
  }
}

/**
 * The language server parses a new version reusing the previous version's tree (only the
 * lines an edit touched are read again). Three previous versions of the text, one edit
 * away at a random place — a character more, a character less, a line break more — must
 * each lead to the same tree and the same diagnostics and fixes as an analysis from scratch.
 */
export function checkReuse(text: string, a: Analysis, positions: CheckInput['positions']): void {
  const P: PropertyName = 'reusing the previous version gives the same analysis';
  const expected = JSON.stringify({ doc: a.doc, diagnostics: a.diagnostics });
  const k = (positions[0]?.[0] ?? 0) % (text.length + 1);
  const previous = [text.slice(0, k) + 'x' + text.slice(k), text.slice(0, k) + text.slice(k + 1), text.slice(0, k) + '\n' + text.slice(k)];
  for (const [i, before] of previous.entries()) {
    const reused = noThrow(P, 'analyze with reuse', () => analyze(text, { reuse: analyze(before).doc }));
    if (JSON.stringify({ doc: reused.doc, diagnostics: reused.diagnostics }) !== expected)
      fail(P, `after ${['inserting a character', 'deleting a character', 'inserting a line break'][i]} at offset ${k} of the previous version, the analysis reusing its tree differs from a fresh one`);
  }
}

/** The properties checked on an analysed input, in order (after 'analyze never throws'). */
function propertyChecks(text: string, a: Analysis, input: CheckInput): [PropertyName, () => void][] {
  return [
    ['diagnostic ranges inside the document', () => checkRanges(text, a)],
    ['every fix applies cleanly', () => checkFixes(text, a)],
    ['fixAll terminates and is idempotent', () => checkFixAll(text, a)],
    ['formatting is idempotent and changes only whitespace', () => checkFormat(text, a)],
    ['editor features do not throw, ranges in range', () => checkFeatures(text, a, input.positions)],
    ['reusing the previous version gives the same analysis', () => checkReuse(text, a, input.positions)],
  ];
}

/** Every property on one input. Throws a PropertyFailure for the first property that fails. */
export function checkAll(input: CheckInput, only?: PropertyName): void {
  const text = stripBom(input.text).text;
  const a = checkAnalyze(text);
  for (const [name, f] of propertyChecks(text, a, input)) if (!only || only === name) f();
}

/** Runs every property and reports each one's outcome (for counting). */
export function checkEach(input: CheckInput): Map<PropertyName, PropertyFailure | undefined> {
  const out = new Map<PropertyName, PropertyFailure | undefined>();
  const text = stripBom(input.text).text;
  let a: Analysis;
  try {
    a = checkAnalyze(text);
    out.set('analyze never throws', undefined);
  } catch (e) {
    out.set('analyze never throws', asFailure('analyze never throws', e));
    return out;
  }
  for (const [name, f] of propertyChecks(text, a, input)) {
    try {
      f();
      out.set(name, undefined);
    } catch (e) {
      out.set(name, asFailure(name, e));
    }
  }
  return out;
}

function asFailure(p: PropertyName, e: unknown): PropertyFailure {
  if (e instanceof PropertyFailure) return e;
  return new PropertyFailure(p, `the check itself threw: ${e instanceof Error ? e.stack : String(e)}`);
}

// =========================================================================================
// Generators as named inputs

const positions = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 3, maxLength: 3 });

export interface Generator {
  name: string;
  /** Share of the total runs. */
  weight: number;
  arbitrary: fc.Arbitrary<CheckInput>;
}

export function generators(seeds: readonly Seed[] = corpus()): Generator[] {
  const withPositions = (a: fc.Arbitrary<string>) => fc.tuple(a, positions).map(([text, ps]): CheckInput => ({ text, positions: ps }));
  return [
    { name: 'random bytes decoded as UTF-8', weight: 20, arbitrary: withPositions(utf8Bytes) },
    { name: 'random UTF-16 code units', weight: 15, arbitrary: withPositions(utf16Units) },
    { name: 'token soups of the grammar', weight: 30, arbitrary: withPositions(tokenSoup) },
    { name: 'mutated samples and rule examples', weight: 35, arbitrary: withPositions(mutatedCorpus(seeds)) },
    { name: 'mutated samples, hostile edits', weight: 15, arbitrary: withPositions(hostileCorpus(seeds)) },
  ];
}
