/**
 * Characters that look like the ASCII letters of a keyword but are not: Cyrillic and Greek
 * letters, full-width forms, and characters an editor does not show at all (a zero-width
 * space, a soft hyphen, a direction mark). A statement word pasted from a chat, a PDF or a
 * word processor can hold one; the line then looks right and does not parse, so the message
 * must say which character it is.
 */

/** Letters of other scripts drawn like a Latin one (lower and upper case). */
const LOOKALIKE: Readonly<Record<string, string>> = {
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x', '\u0456': 'i', '\u0458': 'j', '\u0455': 's', '\u04bb': 'h', '\u0501': 'd',
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O', '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X', '\u0406': 'I', '\u0405': 'S', '\u0408': 'J',
  '\u03b1': 'a', '\u03bf': 'o', '\u03c1': 'p', '\u03b9': 'i', '\u03ba': 'k', '\u03bd': 'v', '\u03c5': 'u', '\u0131': 'i',
  '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039a': 'K', '\u039c': 'M', '\u039d': 'N', '\u039f': 'O', '\u03a1': 'P', '\u03a4': 'T', '\u03a5': 'Y', '\u03a7': 'X',
};

/** Characters with no width (or drawn as nothing) inside a word. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff]/g;

/**
 * The word as the ASCII it looks like: full-width and other compatibility forms folded
 * (NFKC: `ｓｔｉｒ`, `ⅼ`), Cyrillic and Greek lookalikes replaced, invisible characters dropped.
 * Undefined when that changes nothing, or when the result is not plain ASCII letters and dashes.
 */
export function asciiLookalike(word: string): string | undefined {
  let out = '';
  for (const ch of word.replace(INVISIBLE, '')) out += LOOKALIKE[ch] ?? ch.normalize('NFKC');
  return out !== word && /^[A-Za-z][A-Za-z-]*$/.test(out) ? out : undefined;
}

/**
 * What in `word` is not what it looks like, for a message: `'і' is U+0456, not the Latin
 * 'i'`, or `it holds an invisible character, U+200B`. Empty when there is nothing to say.
 */
export function hiddenCharacters(word: string): string {
  const parts: string[] = [];
  const invisible = new Set<string>();
  const wide = [...word].filter(isFullWidth);
  if (wide.length > 1) parts.push(`it is written in full-width characters, ${uPlus(wide[0])}…`);
  for (const ch of word) {
    if (ch.replace(INVISIBLE, '') === '') {
      invisible.add(ch);
      continue;
    }
    if (wide.length > 1 && isFullWidth(ch)) continue;
    const latin = asciiLookalike(ch);
    if (latin !== undefined && !parts.some((p) => p.startsWith(`'${ch}'`)) && parts.length < 3) parts.push(`'${ch}' is ${uPlus(ch)}, not the Latin '${latin}'`);
  }
  if (invisible.size) parts.push(`it holds an invisible character, ${[...invisible].map(uPlus).join(', ')}`);
  return parts.join('; ');
}

/**
 * Text typed with an input method in full-width mode (`ＳＴＡＢ`, `ａｍｉｎｅ`, `ｂｏｃ，　ａｃｉｄ`) as the
 * ASCII it looks like, with what it was, for a message: the full-width forms folded, the
 * full-width space U+3000 a space. Undefined when there is no full-width form in it.
 */
export function asciiFullWidth(text: string): { text: string; why: string } | undefined {
  let out = '';
  const wide: string[] = [];
  let wideSpace = false;
  for (const ch of text) {
    if (isFullWidth(ch)) {
      wide.push(ch);
      out += String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    } else if (IDEOGRAPHIC[ch]) {
      wide.push(ch);
      out += IDEOGRAPHIC[ch];
    } else if (ch === '\u3000') {
      wideSpace = true;
      out += ' ';
    } else out += ch;
  }
  if (!wide.length) return undefined;
  if (wide.length === 1) {
    const w = wide[0];
    return { text: out, why: `'${w}' is ${uPlus(w)}, ${IDEOGRAPHIC[w] ? `an ideographic ${IDEOGRAPHIC[w] === '.' ? 'full stop' : 'comma'}, not '${IDEOGRAPHIC[w]}'` : `a full-width '${out.charAt(text.indexOf(w))}'`}` };
  }
  return { text: out, why: `it is written in full-width characters (${uPlus(wide[0])}…)${wideSpace ? ', the space between them too (U+3000)' : ''}` };
}

/** The full stop and comma of Japanese and Chinese text (`。`, `、`), as an input method types them after a word. */
const IDEOGRAPHIC: Readonly<Record<string, string>> = { '\u3002': '.', '\u3001': ',' };

/** A full-width form of an ASCII character (U+FF01–U+FF5E: `ｓ`, `１`, `．`). */
export function isFullWidth(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xff01 && c <= 0xff5e;
}

function uPlus(ch: string): string {
  return 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/** Dots drawn like a decimal point when written between digits (`1·0`). */
const DOTS = new Set(['\u00b7', '\u2219', '\u22c5', '\u2024']);

/**
 * One character of an amount as the ASCII it looks like: a full-width form (`１`, `ｍ`), a
 * Roman numeral drawn as a letter (`ⅼ`, U+217C), a Cyrillic or Greek lookalike (`і`), or a
 * middle dot between digits for the decimal point. Undefined when it is not one of those.
 */
function amountChar(word: string, i: number): string | undefined {
  const ch = word[i];
  const c = ch.charCodeAt(0);
  if (isFullWidth(ch)) return String.fromCharCode(c - 0xfee0);
  if (c >= 0x2160 && c <= 0x217f) {
    const n = ch.normalize('NFKC');
    return n.length === 1 ? n : undefined;
  }
  if (DOTS.has(ch)) {
    const digit = (k: number) => k >= 0 && k < word.length && /[0-9\uff10-\uff19]/.test(word[k]);
    return digit(i - 1) && digit(i + 1) ? '.' : undefined;
  }
  return LOOKALIKE[ch];
}

/**
 * A word of an amount (`１.0`, `1·0`, `equіv`, `mmoⅼ`) as the ASCII it looks like, character
 * for character (so it has the same length), with what was not what it looked like, for a
 * message. Undefined when nothing in it is a lookalike, or when a character other than ASCII
 * is left (µ, °, ℃ are read as they are).
 */
export function asciiAmount(word: string): { text: string; why: string } | undefined {
  let text = '';
  const why: string[] = [];
  const wide: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch.charCodeAt(0) < 128 || KEPT.has(ch)) {
      text += ch;
      continue;
    }
    const a = amountChar(word, i);
    if (a === undefined || a.charCodeAt(0) >= 128) return undefined;
    text += a;
    const fullWidth = isFullWidth(ch);
    if (fullWidth) wide.push(ch);
    const said = DOTS.has(ch)
      ? `'${ch}' is ${uPlus(ch)}, a raised dot, not the decimal point`
      : fullWidth
        ? `'${ch}' is ${uPlus(ch)}, a full-width '${a}'`
        : `'${ch}' is ${uPlus(ch)}, not the ${/[0-9]/.test(a) ? 'digit' : 'Latin'} '${a}'`;
    if (!why.includes(said)) why.push(said);
  }
  if (!why.length) return undefined;
  // (A word typed in full width is said so once, not letter by letter.)
  const parts = wide.length > 1 ? [`it is written in full-width characters (${uPlus(wide[0])}…)`, ...why.filter((w) => !/, a full-width '/.test(w))] : why;
  return { text, why: parts.length > 3 ? parts.slice(0, 3).join('; ') + '; and more' : parts.join('; ') };
}

/** Characters other than ASCII that units are written with, and read as they are. */
const KEPT = new Set(['\u00b0', '\u00ba', '\u00b5', '\u03bc', '\u2103']);
