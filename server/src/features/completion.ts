/**
 * Completion: what can be typed at the cursor. Decided from the text before the cursor
 * (the line being typed usually does not parse yet) and the block the line is in:
 * keywords at the start of a line, knowledge-base names after `reagent X =`, declared
 * aliases in an `add` list, units after a number, solvents, roles, rule ids in a
 * suppression comment, `target`/`mode` values, and work-up vocabulary.
 */
import type { CompletionItem, CompletionItemKind, InsertTextFormat as LspInsertTextFormat, TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../engine';
import { addListTokens, type Block, type Line, type ReagentStmt, type UnitKind } from '../syntax/ast';
import type { KbEntry } from '../kb/types';
import type { Position } from '../types';
import { KB, lookup } from '../kb';
import { rules } from '../rules';
import {
  ADD_MANNERS,
  ADD_WORDS,
  canonicalKeyword,
  HEADER_KEYWORDS,
  KEYWORD_SYNTAX,
  keywordsForBlock,
  MODE_CANONICAL,
  MONITOR_METHODS,
  PURIFY_METHODS,
  REAGENT_ATTRIBUTES,
  ROLE_VALUES,
  TARGET_CANONICAL,
} from '../syntax/keywords';
import { CANONICAL_UNITS, lookupUnit, ROOM_TEMPERATURE, toCelsius } from '../syntax/units';
import { amountsTable, gramsFor, millilitresFor, mmolSource, solutionMolarity } from '../model/amounts';
import { CompletionKind, InsertTextFormat, escapeMarkdown, formatEquiv, formatMass, formatMmol, formatScale, formatVolume, plainNumber, sig3 } from './common';
import { KEYWORD_DOCS, ROLE_DOCS, UNIT_DOCS, WORD_DOCS } from './vocabulary';

interface ItemSpec {
  label: string;
  kind: number;
  detail?: string;
  doc?: string;
  /** Text to insert (default: the label). */
  insert?: string;
  snippet?: boolean;
  filter?: string;
  /** Other edits made with it (on the same line, before the replaced text). */
  additional?: TextEdit[];
  /** Open the suggestions again once it is inserted (what follows has suggestions of its own). */
  retrigger?: boolean;
}

/**
 * VS Code's command that opens the suggestions. A keyword item whose next word has suggestions
 * of its own (`target ` → mono, di, tri) runs it once inserted: typing the space does that, but
 * accepting the item brings its own space and the list stayed closed. Sent only to clients that
 * list it in `initializationOptions.clientCommands` (`withoutRetrigger` removes it otherwise).
 */
export const TRIGGER_SUGGEST_COMMAND = 'editor.action.triggerSuggest';

/** Keywords whose next word is completed (the values, names or aliases that follow them). */
const VALUE_NEXT: ReadonlySet<string> = new Set([
  'target', 'mode', 'scale', 'solvent', 'add', 'stir', 'wait', 'reflux', 'heat', 'cool', 'monitor',
  'quench', 'basify', 'acidify', 'extract', 'wash', 'dry', 'purify', 'crystallize', 'salt', 'step',
]);

/** The usual titles of a step, offered after `step ` (those no other step has yet). */
const STEP_TITLES: readonly { title: string; doc: string }[] = [
  { title: 'Imine formation', doc: 'The amine and the carbonyl (with the acid) stir together before the reductant goes in.' },
  { title: 'Reduction', doc: 'The reductant goes in and reduces the imine or iminium.' },
  { title: 'Reaction', doc: 'Everything in one stage: a one-pot (direct) reductive amination.' },
];

/** Builds items that replace the text from `from` to the cursor. */
class Items {
  readonly list: CompletionItem[] = [];
  constructor(
    private readonly line: number,
    private readonly from: number,
    private readonly to: number,
  ) {}
  add(spec: ItemSpec): void {
    const item: CompletionItem = {
      label: spec.label,
      kind: spec.kind as CompletionItemKind,
      sortText: String(this.list.length).padStart(4, '0'),
      textEdit: {
        range: { start: { line: this.line, character: this.from }, end: { line: this.line, character: this.to } },
        newText: spec.insert ?? spec.label,
      },
    };
    if (spec.detail) item.detail = spec.detail;
    if (spec.doc) item.documentation = { kind: 'markdown', value: spec.doc };
    if (spec.snippet) item.insertTextFormat = InsertTextFormat.Snippet as LspInsertTextFormat;
    if (spec.filter) item.filterText = spec.filter;
    if (spec.additional?.length) item.additionalTextEdits = spec.additional;
    if (spec.retrigger) item.command = { title: 'Suggest', command: TRIGGER_SUGGEST_COMMAND };
    this.list.push(item);
  }
}

/** Escapes text for the literal part of a snippet. */
function snippetText(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

const NUMBER_AT_END = /(?:^|[\s,=(])([-+−]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)(\s*)([A-Za-zµμ°%.]*)$/i;
/** Any number followed by optional unit letters at the end of `s`, e.g. "3.0 eq", "40", "30 m". */
function numberBefore(s: string): { number: string; space: string; partial: string; numberStart: number } | undefined {
  const m = NUMBER_AT_END.exec(s);
  if (!m) return undefined;
  const numberStart = s.length - m[0].length + m[0].indexOf(m[1]);
  return { number: m[1], space: m[2], partial: m[3], numberStart };
}

/**
 * Completion items at a position. In the middle of a word (`st|ir`, `add di|azepane`) each
 * item carries an insert/replace edit: inserting replaces up to the cursor, replacing takes
 * the rest of the word too, so accepting an item does not leave `ir` behind.
 */
export function completion(a: Analysis, p: Position): CompletionItem[] {
  const items = completionAt(a, p);
  const text = a.doc.lines[p.line]?.text ?? '';
  const ch = Math.min(p.character, text.length);
  // In a reagent's name a slash is part of the word (`Pd/C`); in a solvent mixture it separates two.
  const slash = /^\s*reagent\s/i.test(text);
  if (!WORD_REST.test(text.slice(ch)) && !/^[()[\]]/.test(text.slice(ch)) && !(slash && text[ch] === '/')) return items;
  // After a space in a reagent's name (`Pd/C |(10 wt%)`, `sodium |tri`), what follows the cursor
  // is the next word, not the rest of the one typed: it stays (the item brings a space before it).
  if (slash && /\s/.test(text[ch - 1] ?? '')) return items;
  return items.map((item) => {
    const e = item.textEdit;
    // Only when completing a word already begun (`st|ir`): at the start of the next word
    // (`stir |30 min`) the item is inserted, and that word stays.
    if (!e || !('range' in e) || e.range.end.line !== p.line || e.range.end.character !== ch || e.range.start.character >= ch) return item;
    const { closers, rest } = restOfWord(text, e.range.start.character, ch, slash);
    if (rest === 0) return item;
    // An item that brings its own trailing space (`stir `) also takes the space after the word.
    const end = ch + rest + (e.newText.endsWith(' ') && text[ch + rest] === ' ' ? 1 : 0);
    // The brackets the editor closed as `NaBH(` was typed (`NaBH(|)`) go even when inserting:
    // the item brings its own, and `NaBH(OAc)3 1.0 equiv)` would be left otherwise.
    const insert = { start: e.range.start, end: { line: p.line, character: ch + closers } };
    return { ...item, textEdit: { newText: e.newText, insert, replace: { start: e.range.start, end: { line: p.line, character: end } } } };
  });
}

/** The characters of a word after the cursor: what an accepted item replaces along with the typed part. */
const WORD_REST = /^[A-Za-z0-9_\-.µμ°º%]/;

/**
 * How far the word being completed runs on after the cursor (`rest`), and how many of those
 * characters an insert takes as well (`closers`): the `)` the editor closed as `Ti(Oi` was typed
 * (`Ti(Oi|)`), when nothing of the word follows it. A name's brackets belong to the word
 * (`NaBH(OA|c)3`, `NaBH|(OAc)3`), so a replace takes them too; with `slash` (a reagent line)
 * so does the slash of `Pd|/C`.
 */
function restOfWord(text: string, from: number, ch: number, slash: boolean): { closers: number; rest: number } {
  const open: string[] = [];
  for (const c of text.slice(from, ch)) {
    if (c === '(' || c === '[') open.push(c);
    else if ((c === ')' && open[open.length - 1] === '(') || (c === ']' && open[open.length - 1] === '[')) open.pop();
  }
  let i = ch;
  let closers = 0;
  const typedOpen = open.length;
  // Where a bracket opened after the cursor (and not closed yet) began: a name's `(OAc)` group
  // is taken whole or not at all.
  const openedAt: number[] = [];
  while (i < text.length) {
    const c = text[i];
    if (c === '(' || c === '[') {
      // Only a bracket glued to the word (`NaBH|(OAc)3`), not one after a space (`Pd/C |(10 wt%)`).
      if (i === ch && !WORD_REST.test(text[ch - 1] ?? '')) break;
      open.push(c);
      openedAt.push(i);
    } else if (c === ')' || c === ']') {
      if (open[open.length - 1] !== (c === ')' ? '(' : '[')) break;
      open.pop();
      if (open.length >= typedOpen) openedAt.pop();
      if (i === ch + closers && open.length < typedOpen && open.length === typedOpen - closers - 1) closers++;
    } else if (!WORD_REST.test(c) && !(slash && c === '/')) break;
    i++;
  }
  if (openedAt.length) i = openedAt[0];
  // Closers with more of the word after them (`NaBH(OAc|)3`) were typed, not auto-closed: an
  // insert keeps them (as it keeps the rest of any word).
  return { closers: i - ch === closers ? closers : 0, rest: i - ch };
}

/**
 * For a client without insert/replace edits: each such edit becomes a plain edit over the
 * whole word (the `replace` range), which is what leaves no fragment behind.
 */
export function withoutInsertReplace(items: CompletionItem[]): CompletionItem[] {
  return items.map((item) => {
    const e = item.textEdit;
    if (!e || !('insert' in e)) return item;
    return { ...item, textEdit: { range: e.replace, newText: e.newText } };
  });
}

function completionAt(a: Analysis, p: Position): CompletionItem[] {
  const line = a.doc.lines[p.line];
  if (!line) return [];
  const ch = Math.min(p.character, line.text.length);
  const prefix = line.text.slice(0, ch);

  // Inside a comment: only suppression directives and rule ids.
  if (line.comment && ch > line.comment.range.start.character) return commentCompletion(a, line, ch);
  const hashAt = prefix.indexOf('#');
  if (hashAt >= 0 && !/"[^"]*#/.test(prefix)) return commentCompletion(a, line, ch, hashAt);

  // Start of a line: the keywords of the block.
  const start = /^(\s*)([A-Za-z-]*)$/.exec(prefix);
  if (start) return keywordCompletion(a, line, p.line, start[1].length, ch);

  const kwMatch = /^\s*([A-Za-z-]+)(?=\s|"|$)/.exec(prefix);
  const kw = kwMatch ? canonicalKeyword(kwMatch[1]) : undefined;
  if (!kw || !kwMatch) return [];
  const rest = prefix.slice(kwMatch[0].length);
  const restStart = kwMatch[0].length;

  // `under |` on a step line: the inert gas (read past as an aside, docs/language.md).
  const under = /\bunder\s+([A-Za-z0-9]*)$/i.exec(rest);
  if (under && ASIDE_KEYWORDS.has(kw)) return atmosphereCompletion(p.line, prefix, under[1]);
  switch (kw) {
    case 'target':
      return valueCompletion(p.line, prefix, rest, TARGET_CANONICAL);
    case 'mode':
      return valueCompletion(p.line, prefix, rest, MODE_CANONICAL);
    case 'scale':
      return scaleCompletion(a, line, p.line, prefix, rest);
    case 'reagent':
      return reagentCompletion(a, line, p.line, prefix, restStart);
    case 'solvent':
      return solventCompletion(a, line, p.line, prefix, rest);
    case 'add':
      return addCompletion(a, line, p.line, prefix, restStart);
    case 'stir':
    case 'wait':
    case 'reflux':
      return timeOrTemperature(p.line, prefix, rest, kw);
    case 'heat':
    case 'cool':
      return heatCoolCompletion(p.line, prefix, rest, kw);
    case 'monitor':
      return monitorCompletion(p.line, prefix, rest);
    case 'quench':
    case 'basify':
    case 'acidify':
    case 'wash':
    case 'dry':
    case 'extract':
    case 'crystallize':
    case 'salt':
      return workupCompletion(p.line, prefix, rest, kw);
    case 'purify':
      return purifyCompletion(p.line, prefix, rest);
    case 'step':
      return stepTitleCompletion(a, line, p.line, prefix, rest);
    case 'protocol':
    case 'note':
      return quotedCompletion(line, p.line, prefix, rest, kw);
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------
// Comments

function commentCompletion(a: Analysis, line: Line, ch: number, hashAt?: number): CompletionItem[] {
  const hash = line.comment ? line.comment.range.start.character : (hashAt ?? 0);
  const text = line.text.slice(hash, ch);
  const directive = /^#\s*(rxn-disable(?:-next-line)?)(\s+)(.*)$/i.exec(text);
  if (directive) {
    const list = directive[3];
    if (/--/.test(list)) return [];
    const partial = /[A-Za-z0-9_-]*$/.exec(list)![0];
    // Rule ids are lower case; the directive is not case-sensitive, so neither is this check.
    const written = new Set(list.slice(0, list.length - partial.length).toLowerCase().split(/[\s,]+/).filter(Boolean));
    const items = new Items(line.index, ch - partial.length, ch);
    // The rules the comment is written for come first: those reported on the line it silences
    // (the next line with a statement, as the engine reads it), or anywhere in the file.
    const nextLine = /-next-line$/i.test(directive[1]);
    let target = line.index + 1;
    while (target < a.doc.lines.length && !a.doc.lines[target].statement && !a.doc.lines[target].invalid) target++;
    const reported = new Set(a.diagnostics.filter((d) => !nextLine || d.range.start.line === target).map((d) => d.rule));
    const where = nextLine ? 'reported on the next line' : 'reported in this file';
    for (const first of [true, false])
      for (const r of rules) {
        if (written.has(r.id) || reported.has(r.id) !== first) continue;
        items.add({ label: r.id, kind: CompletionKind.Value, detail: `${first ? `${where} · ` : ''}${r.severity} · ${r.category}`, doc: r.summary });
      }
    return items.list;
  }
  // The directive begun (`# r`, `# rx`, `# rxn-dis`): any start of its name, not only from `rxn` on.
  const start = /^#\s*([A-Za-z][A-Za-z-]*)$/i.exec(text);
  if (start && 'rxn-disable-next-line'.startsWith(start[1].toLowerCase())) {
    const items = new Items(line.index, ch - start[1].length, ch);
    // With its space, and the rule ids opened at once (as after a keyword whose next word has suggestions).
    const rest = line.text.slice(ch);
    const space = rest.startsWith(' ') ? '' : ' ';
    items.add({ label: 'rxn-disable-next-line', kind: CompletionKind.Keyword, doc: 'Silence rules on the next line: `# rxn-disable-next-line RULE, RULE`.', insert: 'rxn-disable-next-line' + space, filter: 'rxn-disable-next-line', retrigger: true });
    items.add({ label: 'rxn-disable', kind: CompletionKind.Keyword, doc: 'Silence rules in the whole file: `# rxn-disable RULE, RULE`.', insert: 'rxn-disable' + space, filter: 'rxn-disable', retrigger: true });
    return items.list;
  }
  return [];
}

// ---------------------------------------------------------------------------------------
// Keywords

function keywordCompletion(a: Analysis, line: Line, lineNo: number, from: number, ch: number): CompletionItem[] {
  // The block the line starts in (where the line above left off): `line.block` already
  // follows what this line says, and a half-typed `work` reads as a misspelled `workup`.
  const block: Block = lineNo > 0 ? (a.doc.lines[lineNo - 1]?.block ?? line.block) : 'header';
  const present = new Set<string>();
  for (const st of a.doc.statements) if (st.line !== lineNo) present.add(st.kind);
  const items = new Items(lineNo, from, ch);
  for (const kw of keywordsForBlock(block)) {
    // Header lines and the work-up appear at most once.
    if ((HEADER_KEYWORDS as readonly string[]).includes(kw) && present.has(kw)) continue;
    if (kw === 'workup' && present.has('workup')) continue;
    const syntax = KEYWORD_SYNTAX[kw];
    // `step` and `workup` start a block at the left margin. Typed out, the editor's indentation
    // rules take the line back there; an accepted item does not, so it removes the indentation.
    const outdent = (kw === 'step' || kw === 'workup') && from > 0 ? [{ range: { start: { line: lineNo, character: 0 }, end: { line: lineNo, character: from } }, newText: '' }] : undefined;
    // A title or note that the syntax quotes comes as a placeholder between the quotes, as the
    // detail shows it, unless the line already holds something after the keyword.
    const quoted = QUOTED_ARGUMENT[kw] !== undefined && !/\S/.test(line.text.slice(ch).replace(/^[A-Za-z-]*/, ''));
    items.add({
      label: kw,
      kind: CompletionKind.Keyword,
      detail: syntax,
      doc: KEYWORD_DOCS[kw],
      insert: quoted ? `${kw} "\${1:${QUOTED_ARGUMENT[kw]}}"` : kw === 'workup' || kw === 'concentrate' || kw === 'filter' ? kw : kw + ' ',
      snippet: quoted,
      filter: kw,
      additional: outdent,
      // (`reagent `: only when an alias is offered there, which depends on the table.)
      retrigger: VALUE_NEXT.has(kw) || (kw === 'reagent' && aliasCandidates(a, lineNo).length > 0),
    });
  }
  return items.list;
}

/**
 * `step |`: the usual titles, quoted (`"Imine formation"`), those no other step has first taken
 * out, then a placeholder for another; nothing once a title is begun or the line has one.
 */
function stepTitleCompletion(a: Analysis, line: Line, lineNo: number, prefix: string, rest: string): CompletionItem[] {
  if (!/^\s+$/.test(rest) || /\S/.test(line.text.slice(prefix.length))) return [];
  const used = new Set(
    a.doc.statements.flatMap((st) => (st.kind === 'step' && st.line !== lineNo && st.title ? [st.title.text.trim().toLowerCase()] : [])),
  );
  const items = new Items(lineNo, prefix.length, prefix.length);
  for (const t of STEP_TITLES) {
    if (used.has(t.title.toLowerCase())) continue;
    items.add({ label: `"${t.title}"`, kind: CompletionKind.Value, detail: 'step title', doc: t.doc, insert: `"${t.title}"`, filter: `"${t.title}"` });
  }
  items.add({ label: '"TITLE"', kind: CompletionKind.Snippet, detail: 'step title', doc: 'A title of your own, shown in the outline.', insert: '"${1:TITLE}"', snippet: true, filter: '"' });
  return items.list;
}

/**
 * `protocol |` / `note |` typed out (the keyword's own item brings the quotes): the quotes with
 * the title or text to type between them; nothing once the line has more.
 */
function quotedCompletion(line: Line, lineNo: number, prefix: string, rest: string, kw: 'protocol' | 'note'): CompletionItem[] {
  if (!/^\s+$/.test(rest) || /\S/.test(line.text.slice(prefix.length))) return [];
  const what = QUOTED_ARGUMENT[kw];
  const items = new Items(lineNo, prefix.length, prefix.length);
  items.add({
    label: `"${what}"`,
    kind: CompletionKind.Snippet,
    detail: KEYWORD_SYNTAX[kw],
    doc: kw === 'protocol' ? 'The title of the run, in double quotes: the root of the outline.' : 'Free text in double quotes: kept as written, not checked.',
    insert: `"\${1:${what}}"`,
    snippet: true,
    filter: '"',
  });
  return items.list;
}

/** Keywords whose argument is quoted text (`KEYWORD_SYNTAX`): the placeholder between the quotes. */
const QUOTED_ARGUMENT: Readonly<Record<string, string>> = { protocol: 'TITLE', note: 'TEXT' };

function valueCompletion(lineNo: number, prefix: string, rest: string, values: readonly string[]): CompletionItem[] {
  const m = /^\s+([A-Za-z-]*)$/.exec(rest);
  if (!m) return [];
  const items = new Items(lineNo, prefix.length - m[1].length, prefix.length);
  for (const v of values) items.add({ label: v, kind: CompletionKind.EnumMember, doc: WORD_DOCS[v] });
  return items.list;
}

/**
 * `scale |`: the amount 1.0 equiv stands for. First what the reagent table already says (the
 * `limiting` reagent's amount, or a reagent written with its equiv and what was weighed, as
 * `rxn amounts` reads a table with no `scale` line), then `1.0 mmol` to edit. After a number,
 * the amount units.
 */
function scaleCompletion(a: Analysis, line: Line, lineNo: number, prefix: string, rest: string): CompletionItem[] {
  if (!/^\s+$/.test(rest)) return unitCompletion(lineNo, prefix, ['amount']);
  if (/\S/.test(line.text.slice(prefix.length))) return [];
  const items = new Items(lineNo, prefix.length, prefix.length);
  // The scale the model reads from the table while no `scale` line gives one: the limiting
  // reagent's amount, or a reagent's amount over its equiv (not under another `scale` line).
  const sc = a.model.scale;
  const r = sc && !sc.stmt ? (sc.limiting ?? sc.from) : undefined;
  if (sc && r) {
    const [n, unit] = formatScale(sc.mmol).split(' ');
    const written = [r.equivQ, r.mmolQ, r.massQ, r.volumeQ].filter((q) => q && !q.invalid).map((q) => q!.raw).join(', ');
    const why = sc.limiting
      ? `the limiting reagent '${r.alias}' (${written})`
      : sc.how === 'equiv'
        ? `'${r.alias}' (${written}): its amount over its equiv`
        : `'${r.alias}' (${written}), the amine or carbonyl in shortage`;
    items.add({
      label: `${n} ${unit}`,
      kind: CompletionKind.Value,
      detail: `from '${r.alias}'`,
      doc: `1.0 equiv as the reagent table has it, from ${escapeMarkdown(why)}.`,
      insert: `\${1:${n}} ${unit}`,
      snippet: true,
      filter: `${n} ${unit}`,
    });
  }
  items.add({
    label: '1.0 mmol',
    kind: CompletionKind.Snippet,
    detail: 'amount',
    doc: 'The amount of the limiting reagent, which 1.0 equiv stands for: edit the figure (`0.5 mmol`, `2.4 mmol`; `mol` and `µmol` also work).',
    insert: '${1:1.0} mmol',
    snippet: true,
    filter: '1.0 mmol',
  });
  return items.list;
}

// ---------------------------------------------------------------------------------------
// Units

const UNIT_DETAIL: Record<UnitKind, string> = {
  equiv: 'equivalents',
  amount: 'amount',
  mass: 'mass',
  volume: 'volume',
  concentration: 'concentration',
  relvolume: 'volumes (mL per g of the limiting reagent)',
  percent: 'percent',
  time: 'time',
  temperature: 'temperature',
};

/** Units of the given kinds after a number at the end of `prefix`; [] when no number is there. */
function unitCompletion(lineNo: number, prefix: string, kinds: UnitKind[], extra: string[] = []): CompletionItem[] {
  const n = numberBefore(prefix);
  if (!n) return [];
  const from = prefix.length - n.partial.length;
  const items = new Items(lineNo, from, prefix.length);
  const needSpace = n.space === '' && n.partial === '';
  for (const kind of kinds)
    for (const u of CANONICAL_UNITS[kind]) {
      items.add({ label: u, kind: CompletionKind.Unit, detail: UNIT_DETAIL[kind], doc: UNIT_DOCS[u], insert: (needSpace ? ' ' : '') + u, filter: u });
    }
  for (const w of extra) items.add({ label: w, kind: CompletionKind.Unit, doc: UNIT_DOCS[w], insert: (needSpace ? ' ' : '') + w, filter: w });
  return items.list;
}

/** Step statements that may end with `under N2` (as the parser reads them). */
const ASIDE_KEYWORDS: ReadonlySet<string> = new Set(['add', 'stir', 'wait', 'heat', 'cool', 'reflux', 'monitor']);

function atmosphereCompletion(lineNo: number, prefix: string, partial: string): CompletionItem[] {
  const items = new Items(lineNo, prefix.length - partial.length, prefix.length);
  const doc = 'An inert atmosphere: recorded, and read past by the checks (hydrogen is a reagent: declare it and `add` it).';
  for (const w of ['N2', 'argon', 'an inert atmosphere']) items.add({ label: w, kind: CompletionKind.Value, doc });
  return items.list;
}

/**
 * `rt` (or `reflux`) and a temperature in °C to edit: `0 °C` where the pot is cooled or kept,
 * `40 °C` after `heat to` (0 °C would be no heating at all; 40 °C is below where
 * `temperature-high` starts), `25 °C` for a warm-up (`stir 16 h at 0 °C to |`).
 */
function temperatureValues(lineNo: number, prefix: string, partial: string, words: string[], celsius = 0): CompletionItem[] {
  const items = new Items(lineNo, prefix.length - partial.length, prefix.length);
  for (const w of words) items.add({ label: w, kind: CompletionKind.Value, doc: UNIT_DOCS[w] });
  items.add({ label: `${celsius} °C`, kind: CompletionKind.Value, detail: 'temperature', doc: 'A temperature in degrees Celsius.', insert: `\${1:${celsius}} °C`, snippet: true, filter: `${celsius} °C` });
  return items.list;
}

// ---------------------------------------------------------------------------------------
// Reagent lines

function reagentName(entry: KbEntry): string {
  return entry.roleDetail ?? entry.role;
}

/** The roles every protocol needs (`missing-component`): their names are offered first until declared. */
const ESSENTIAL_ROLES: readonly string[] = ['amine', 'carbonyl', 'reductant'];

/** Spellings of the reagent amount units, lower case (what a unit being typed can begin). */
const AMOUNT_UNIT_STARTS = ['equiv', 'eq', 'mmol', 'mol', 'µmol', 'umol', 'mg', 'g', 'kg', 'µl', 'ul', 'ml', 'l'];

/**
 * Aliases named after the role they play, offered after `reagent ` for an essential role the
 * table does not have yet (and the acid); once one is accepted the names of that role come first.
 */
const ROLE_ALIASES: readonly { alias: string; role: string }[] = [
  { alias: 'amine', role: 'amine' },
  { alias: 'carbonyl', role: 'carbonyl' },
  { alias: 'reductant', role: 'reductant' },
  { alias: 'acid', role: 'acid' },
];

/** The role an alias names (`reductant`, `ald`), whose names come first after its `=`. */
function roleOfAlias(alias: string): string | undefined {
  const w = alias.toLowerCase();
  if (w === 'ald' || w === 'aldehyde' || w === 'ket' || w === 'ketone') return 'carbonyl';
  return (ROLE_VALUES as readonly string[]).includes(w) ? w : undefined;
}

/**
 * `reagent |` (or an alias begun): the aliases that `add` lines use and no `reagent` line
 * declares yet, then an alias named after each essential role the table lacks. Each brings
 * ` = ` and opens the names (unless the line has its `=` already).
 */
function aliasCompletion(a: Analysis, line: Line, lineNo: number, prefix: string, partial: string): CompletionItem[] {
  const after = line.text.slice(prefix.length).replace(/^[A-Za-z0-9_-]*/, '');
  const hasEq = /^\s*=/.test(after);
  if (!hasEq && /\S/.test(after)) return [];
  const items = new Items(lineNo, prefix.length - partial.length, prefix.length);
  // The name already written after the `=` (`reagent | = NaBH4`): the alias of its role first
  // among the role aliases (an alias that `add` lines use undeclared still leads: it is the
  // one the procedure needs).
  const role = hasEq ? roleOfWrittenName(after.replace(/^\s*=/, '')) : undefined;
  const candidates = aliasCandidates(a, lineNo);
  const mine = candidates.filter((c) => role !== undefined && c.role === role);
  const ordered = [...candidates.filter((c) => !c.role), ...mine, ...candidates.filter((c) => c.role && !mine.includes(c))];
  for (const c of ordered)
    items.add({ label: c.alias, kind: CompletionKind.Variable, detail: c.detail, doc: c.doc, insert: hasEq ? c.alias : `${c.alias} = `, filter: c.alias, retrigger: !hasEq });
  return items.list;
}

/** The role the knowledge base gives the name written after `=` (its amount and options dropped). */
function roleOfWrittenName(text: string): string | undefined {
  const words = text.trim().replace(/^"([^"]*)".*$/, '$1').split(/\s+/).filter(Boolean);
  for (let n = words.length; n > 0; n--) {
    const e = lookup(words.slice(0, n).join(' '));
    if (e) return e.role;
  }
  return undefined;
}

/** The aliases `aliasCompletion` offers on line `lineNo` (none taken by another declaration). */
function aliasCandidates(a: Analysis, lineNo: number): { alias: string; detail: string; doc: string; role?: string }[] {
  const out: { alias: string; detail: string; doc: string; role?: string }[] = [];
  const taken = new Set([...a.model.byAlias.keys()].filter((k) => a.model.byAlias.get(k)!.decl.line !== lineNo));
  const offer = (alias: string, detail: string, doc: string, role?: string) => {
    if (taken.has(alias)) return;
    taken.add(alias);
    out.push({ alias, detail, doc, ...(role ? { role } : {}) });
  };
  for (const { alias } of a.model.undeclared) {
    if (ADD_WORDS.has(alias.text.toLowerCase()) || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(alias.text) || alias.range.start.line === lineNo) continue;
    const uses = [...new Set(a.model.undeclared.filter((u) => u.alias.text === alias.text).map((u) => u.alias.range.start.line + 1))];
    const where = `line${uses.length > 1 ? 's' : ''} ${uses.join(', ')}`;
    offer(alias.text, `added on ${where}, not declared`, `Declares \`${alias.text}\`, which the procedure adds on ${where}: its name and amount go after the \`=\`.`);
  }
  const roles = new Set(a.model.reagents.filter((r) => r.decl.line !== lineNo && r.role).map((r) => r.role as string));
  for (const { alias, role } of ROLE_ALIASES) {
    if (roles.has(role)) continue;
    offer(alias, `no ${role} declared yet`, `An alias for the ${role}, which the table does not have yet: the names of ${role}s come first after the \`=\`. Any name will do (\`ald\`, \`stab\`); \`add\` lines use it.`, role);
  }
  return out;
}

function reagentCompletion(a: Analysis, line: Line, lineNo: number, prefix: string, restStart: number): CompletionItem[] {
  const eq = prefix.indexOf('=', restStart);
  // The alias being typed (`reagent |`, `reagent st|`).
  const aliasBegun = eq < 0 ? /^\s+([A-Za-z_][A-Za-z0-9_-]*)?$/.exec(prefix.slice(restStart)) : null;
  if (aliasBegun) return aliasCompletion(a, line, lineNo, prefix, aliasBegun[1] ?? '');
  if (eq < 0) {
    // `reagent stab |`: the `=` comes next, and accepting it opens the names.
    if (!/^\s+[A-Za-z_][A-Za-z0-9_-]*\s+$/.test(prefix.slice(restStart)) || /\S/.test(line.text.slice(prefix.length))) return [];
    const items = new Items(lineNo, prefix.length, prefix.length);
    items.add({ label: '=', kind: CompletionKind.Operator, detail: 'reagent ALIAS = NAME', doc: 'Between the alias and the name of the reagent.', insert: '= ', filter: '=', retrigger: true });
    return items.list;
  }
  const head = prefix.slice(restStart, eq);
  if (!/^\s+[A-Za-z_][A-Za-z0-9_-]*\s*$/.test(head)) return [];
  const afterEq = prefix.slice(eq + 1);
  const nameStart = eq + 1 + (afterEq.length - afterEq.trimStart().length);
  const typed = prefix.slice(nameStart);

  const st = line.statement?.kind === 'reagent' ? line.statement : undefined;
  const nameEnd = st ? st.name.range.end.character + (st.quoted ? 1 : 0) : undefined;
  // A name, a space, a number and a unit begun (`NaBH(OAc)3 1.5 e|`): the parser keeps `1.5 e`
  // in the name (`e` is no unit yet), but what is being typed is the unit.
  // (Only letters that begin an amount unit: `HCl 4 M`, `HCl 4N` are a strength in the name.)
  const begun = /\S\s+[-+]?(?:\d+(?:\.\d*)?|\.\d+)\s*([A-Za-zµμ]+)$/.exec(typed)?.[1];
  const unitBegun = !!begun && begun !== 'M' && begun !== 'N' && AMOUNT_UNIT_STARTS.some((u) => u.startsWith(begun.toLowerCase().replace('μ', 'µ')));
  const inName = unitBegun
    ? false
    : st && st.name.text
      ? prefix.length <= (nameEnd ?? 0) || continuesKnownName(a, st, prefix, nameEnd)
      : !/\s[-+]?(?:\d|\.\d)/.test(typed) && !/\s(role|smiles|mw|density|limiting)\b/i.test(typed);

  // Inside a quoted name (the closing quote came with the opening one): nothing to offer.
  if (st?.quoted && prefix.length > st.name.range.start.character - 1 && prefix.length <= st.name.range.end.character) return [];
  if (!st && /^"[^"]*$/.test(typed)) return [];
  if (inName && !typed.startsWith('"')) {
    const hasQuantities = !!st && (st.quantities.length > 0 || !!st.role || !!st.smiles || !!st.mw || !!st.density || !!st.limiting);
    // The cursor after a space with more of the line right after it (`Pd/C |(10 wt%)`): the name
    // accepted keeps a space before it, and where that is still the name (the loading of
    // `Pd/C (10 wt%)`) no amount goes in the middle of it.
    const after = line.text.slice(prefix.length);
    const space = /\s$/.test(prefix) && /^\S/.test(after) ? ' ' : '';
    const nameFollows = !!space && nameEnd !== undefined && prefix.length < nameEnd;
    const items = new Items(lineNo, nameStart, prefix.length);
    // Right after `=` typed without a space (`reagent x =|`), the space comes with the name.
    const lead = prefix[nameStart - 1] === '=' ? ' ' : '';
    const offered = new Set<string>(); // PTSA and pTSA: one item
    // What the table still lacks comes first: the amine, carbonyl and reductant not yet declared,
    // then the other roles not yet declared, then the rest (each in the order of the KB). With the
    // amine declared, `benz` offers benzaldehyde before benzyl 1,4-diazepane-1-carboxylate.
    const declared = new Set(a.model.reagents.filter((r) => r.decl.line !== lineNo && r.role).map((r) => r.role as string));
    // An alias that names a role (`reagent reductant = `, `ald`) or a known reagent (`stab`,
    // from `add stab` declared afterwards) puts those names before all others.
    const alias = head.trim();
    const aliasRole = roleOfAlias(alias);
    const aliasEntry = lookup(alias);
    const rank = (e: KbEntry) =>
      e === aliasEntry ? -2 : e.role === aliasRole ? -1 : declared.has(e.role) ? 2 : ESSENTIAL_ROLES.includes(e.role) ? 0 : 1;
    const ordered = [-2, -1, 0, 1, 2].flatMap((k) => KB.filter((e) => rank(e) === k));
    for (const e of ordered) {
      if (e.role === 'solvent') continue;
      for (const name of [e.name, ...e.synonyms]) {
        if (/[₀-₉]/.test(name) || offered.has(name.toLowerCase())) continue;
        offered.add(name.toLowerCase());
        items.add({
          label: name,
          kind: CompletionKind.Value,
          detail: name === e.name ? reagentName(e) : `${e.name} · ${reagentName(e)}`,
          doc: e.explanation,
          insert: lead + (hasQuantities || nameFollows ? name : `${snippetText(name)} \${1:1.0} equiv`) + space,
          snippet: !hasQuantities && !nameFollows,
          filter: name,
        });
      }
    }
    return items.list;
  }

  // After the name: `role X`, units after a number, attributes after a finished quantity.
  const role = /\brole\s+([A-Za-z]*)$/i.exec(prefix);
  if (role) {
    const items = new Items(lineNo, prefix.length - role[1].length, prefix.length);
    for (const r of ROLE_VALUES) items.add({ label: r, kind: CompletionKind.EnumMember, doc: ROLE_DOCS[r] });
    return items.list;
  }
  if (/\b(smiles|mw|density)\s+\S*$/i.test(prefix)) return [];
  // The number of `mw 100 |` or `density 1.05 |` takes no amount unit after it.
  const afterAttrNumber = /\b(?:mw|density)\s+[-+]?\d*\.?\d+(?:\s*g\/m(?:ol|l))?\s+[A-Za-z]*$/i.test(prefix);
  const units = afterAttrNumber ? [] : unitCompletion(lineNo, prefix, ['equiv', 'amount', 'mass', 'volume']);
  if (units.length) return units;
  // Right after a finished name with no amount yet (`reagent x = benzaldehyde |`, or after its
  // comma): the amount comes next, so it is offered first, then the attributes.
  const amountNext =
    !!st && !!st.name.text && nameEnd !== undefined && st.quantities.length === 0 && /^\s*,?\s+$|^\s*,$/.test(prefix.slice(nameEnd));
  // After `1.0 equiv, ` another amount comes (a number): no attribute fits there.
  if (/,\s*[A-Za-z]*$/.test(prefix)) {
    if (!amountNext) return st ? sameAmountItems(a, st, lineNo, prefix) : [];
    const items = new Items(lineNo, prefix.length, prefix.length);
    amountItems(a, st!, items, /,$/.test(prefix) ? ' ' : '');
    return items.list;
  }
  const word = /\s([A-Za-z]*)$/.exec(prefix);
  if (word) {
    const items = new Items(lineNo, prefix.length - word[1].length, prefix.length);
    if (amountNext) amountItems(a, st!, items, '');
    const written = new Set(
      st ? [st.role && 'role', st.smiles && 'smiles', st.mw && 'mw', st.density && 'density', st.limiting && 'limiting'].filter(Boolean) : [],
    );
    for (const attr of REAGENT_ATTRIBUTES) {
      if (written.has(attr)) continue;
      const insert = attr === 'smiles' ? 'smiles "$1"' : attr === 'limiting' ? 'limiting' : `${attr} `;
      items.add({ label: attr, kind: CompletionKind.Property, doc: WORD_DOCS[attr], insert, snippet: attr === 'smiles', filter: attr });
    }
    return items.list;
  }
  return [];
}

/**
 * The cursor after a space that follows an unknown name which begins names of the knowledge base
 * (`reagent stab = sodium |`): the chemist is still typing the name (`sodium
 * triacetoxyborohydride`), so the names come, not the amount of a reagent called `sodium`.
 */
function continuesKnownName(a: Analysis, st: ReagentStmt, prefix: string, nameEnd: number | undefined): boolean {
  if (nameEnd === undefined || st.quoted || st.quantities.length > 0 || prefix.length <= nameEnd || !/^\s+$/.test(prefix.slice(nameEnd))) return false;
  const r = a.model.byAlias.get(st.alias.text);
  if (r?.decl === st && r.kb) return false;
  const begun = st.name.text.toLowerCase() + ' ';
  return KB.some((e) => e.role !== 'solvent' && [e.name, ...e.synonyms].some((n) => n.toLowerCase().startsWith(begun)));
}

/**
 * The amounts a reagent line can take next: `1.0 equiv`, and at a known scale the mass and (for a
 * liquid or a solution) the volume of 1.0 equiv, from the molecular weight and density rxn has
 * for the name (knowledge base, `mw`, `density`, SMILES). No mass for Pd/C or Pt/C, whose mass
 * depends on the loading (`amountsTable` works it out once an amount is written).
 */
function amountItems(a: Analysis, st: ReagentStmt, items: Items, lead: string): void {
  const equivDoc = UNIT_DOCS.equiv;
  items.add({ label: '1.0 equiv', kind: CompletionKind.Snippet, detail: 'amount', doc: equivDoc, insert: `${lead}\${1:1.0} equiv`, snippet: true, filter: '1.0 equiv' });
  const scale = a.model.scale?.mmol;
  const r = a.model.byAlias.get(st.alias.text);
  if (!r || r.decl !== st || scale === undefined || !(scale > 0) || r.kb?.id === 'h2-pdc' || r.kb?.id === 'h2-ptc') return;
  const at = `1.0 equiv at ${formatScale(scale, sig3)}`;
  // `849 mg` or `813 µL`: the figure is the snippet's placeholder.
  const offer = (what: 'mass' | 'volume', amount: string, doc: string) => {
    const [n, unit] = amount.split(' ');
    items.add({ label: `${n} ${unit}`, kind: CompletionKind.Snippet, detail: `${what}: ${at}`, doc, insert: `${lead}\${1:${n}} ${unit}`, snippet: true, filter: `${n} ${unit}` });
  };
  const grams = gramsFor(r, scale);
  if (grams !== undefined && Number.isFinite(grams) && grams > 0) {
    const purity = r.purity !== undefined ? ` of ${plainNumber(r.purity * 100)} % material` : '';
    offer('mass', formatMass(grams), `${at} × ${r.mw!.toFixed(2)} g/mol${purity}: the mass to weigh.`);
  }
  const ml = millilitresFor(r, scale);
  if (ml !== undefined && Number.isFinite(ml) && ml > 0) {
    const molarity = solutionMolarity(r);
    const how = molarity !== undefined ? `÷ ${plainNumber(molarity)} M` : `× ${r.mw!.toFixed(2)} g/mol ÷ ${r.density} g/mL`;
    offer('volume', formatVolume(ml), `${at} ${how}: the volume to measure.`);
  }
}

/**
 * After an amount and its comma (`reagent amine = 1,4-diazepane 3.0 equiv, |`): the same
 * amount in the other units the line does not have yet — the mass to weigh, the volume to
 * measure, the mmol, the equiv — worked out as the inlay hint does, so the row can carry
 * what goes on the balance beside the equiv.
 */
function sameAmountItems(a: Analysis, st: ReagentStmt, lineNo: number, prefix: string): CompletionItem[] {
  const last = st.quantities[st.quantities.length - 1];
  if (!last || last.range.start.line !== lineNo || !/^\s*,\s*$/.test(prefix.slice(last.range.end.character))) return [];
  const r = a.model.byAlias.get(st.alias.text);
  const scale = a.model.scale?.mmol;
  const source = r && r.decl === st ? mmolSource(r, scale) : undefined;
  if (!r || !source || !(source.mmol > 0) || !Number.isFinite(source.mmol)) return [];
  const written = new Set(st.quantities.map((q) => q.kind));
  const items = new Items(lineNo, prefix.length, prefix.length);
  const lead = /,$/.test(prefix) ? ' ' : '';
  const mmol = source.mmol;
  // Where the mmol come from: `3.0 equiv × 5.00 mmol (scale) = 15.0 mmol`, `4.99 mmol (from 0.53 g)`.
  const basis =
    source.from.kind === 'equiv'
      ? `${source.from.raw} × ${formatMmol(scale!)} (scale) = ${formatMmol(mmol)}`
      : source.from.kind === 'amount'
        ? formatMmol(mmol)
        : `${formatMmol(mmol)} (from ${source.from.raw})`;
  const add = (text: string, detail: string, doc: string) => {
    const [n, ...unit] = text.split(' ');
    items.add({ label: text, kind: CompletionKind.Snippet, detail, doc, insert: `${lead}\${1:${n}} ${unit.join(' ')}`, snippet: true, filter: text });
  };
  if (!written.has('mass')) {
    const grams = gramsFor(r, mmol);
    if (grams !== undefined && Number.isFinite(grams) && grams > 0) {
      const purity = r.purity !== undefined ? ` of ${Number((r.purity * 100).toPrecision(3))} % material` : '';
      add(formatMass(grams), `mass: ${source.from.raw}`, `${basis} × ${r.mw!.toFixed(2)} g/mol${purity}: the mass to weigh.`);
    }
  }
  if (!written.has('volume')) {
    const ml = millilitresFor(r, mmol);
    if (ml !== undefined && Number.isFinite(ml) && ml > 0) {
      const molarity = solutionMolarity(r);
      const how = molarity !== undefined ? `÷ ${Number(molarity.toPrecision(3))} M` : `× ${r.mw!.toFixed(2)} g/mol ÷ ${r.density} g/mL`;
      add(formatVolume(ml), `volume: ${source.from.raw}`, `${basis} ${how}: the volume to measure.`);
    }
  }
  if (!written.has('amount') && source.from.kind !== 'amount') add(formatMmol(mmol), `amount: ${source.from.raw}`, source.from.kind === 'equiv' ? `${basis}.` : `${basis}: the amount in mmol.`);
  if (!written.has('equiv') && scale !== undefined && scale > 0)
    add(`${formatEquiv(mmol / scale)} equiv`, `equiv: ${source.from.raw}`, `${source.from.kind === 'amount' ? formatMmol(mmol) : basis} ÷ ${formatMmol(scale)} (scale).`);
  return items.list;
}

// ---------------------------------------------------------------------------------------
// Solvent lines

function solventEntries(): KbEntry[] {
  return KB.filter((e) => e.role === 'solvent');
}

function solventCompletion(a: Analysis, line: Line, lineNo: number, prefix: string, rest: string): CompletionItem[] {
  // A solvent name (or the next component after `/`).
  const name = /^\s+((?:[^\s/]+\/)*)([^\s/]*)$/.exec(rest);
  if (name) {
    const items = new Items(lineNo, prefix.length - name[2].length, prefix.length);
    for (const e of solventEntries())
      items.add({ label: e.name, kind: CompletionKind.Value, detail: e.roleDetail ?? 'solvent', doc: e.explanation });
    return items.list;
  }
  // After the name (and a mixture's ratio): the concentration, a figure to edit, with the volume
  // it gives at this scale.
  if (/^\s+\S+(?:\s+\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+)?\s+$/.test(rest) && !/\S/.test(line.text.slice(prefix.length))) {
    const items = new Items(lineNo, prefix.length, prefix.length);
    const scale = a.model.scale?.mmol;
    const ml = scale !== undefined && scale > 0 && Number.isFinite(scale) ? scale / 0.2 : undefined;
    items.add({
      label: '0.2 M',
      kind: CompletionKind.Snippet,
      detail: ml !== undefined ? `concentration: ${formatVolume(ml)} at ${formatScale(scale!, sig3)}` : 'concentration',
      doc: `The concentration of the limiting reagent: the volume of solvent is the scale over it${ml !== undefined ? ` (${formatScale(scale!, sig3)} ÷ 0.2 M = ${formatVolume(ml)})` : ''}. Edit the figure, or write a volume instead (\`${ml !== undefined ? formatVolume(ml) : '10 mL'}\`).`,
      insert: '${1:0.2} M',
      snippet: true,
      filter: '0.2 M',
    });
    return items.list;
  }
  return unitCompletion(lineNo, prefix, ['concentration', 'volume']);
}

// ---------------------------------------------------------------------------------------
// add

function addCompletion(a: Analysis, line: Line, lineNo: number, prefix: string, restStart: number): CompletionItem[] {
  const rest = prefix.slice(restStart);
  // The alias list: `add a, b, c|`
  const list = /^\s+((?:[A-Za-z_][A-Za-z0-9_-]*\s*,\s*)*)([A-Za-z_][A-Za-z0-9_-]*)?$/.exec(rest);
  if (list) {
    const partial = list[2] ?? '';
    const listed = new Set<string>();
    const st = line.statement?.kind === 'add' ? line.statement : undefined;
    const cursor = prefix.length;
    if (st) for (const t of st.aliases) if (!(t.range.start.character <= cursor && cursor <= t.range.end.character)) listed.add(t.text);
    for (const t of list[1].split(/[\s,]+/)) if (t) listed.add(t);
    // The alias being typed stays offered (it is being completed), unless it also appears earlier in the list.
    if (!list[1].split(/[\s,]+/).includes(partial)) listed.delete(partial);
    const table = amountsTable(a.model);
    const items = new Items(lineNo, prefix.length - partial.length, prefix.length);
    // What has not gone into the pot yet comes first (in the `Reduction` step, `stab` before the
    // amine and aldehyde added in the step above), then what has (a second portion is allowed).
    const added = new Map<string, number>(); // alias → the first line (1-based) that adds it
    for (const l of a.doc.lines.slice(0, lineNo)) for (const t of addListTokens(l) ?? []) if (!added.has(t.text)) added.set(t.text, l.index + 1);
    const ordered = [...a.model.reagents.filter((r) => !added.has(r.alias)), ...a.model.reagents.filter((r) => added.has(r.alias))];
    for (const r of ordered) {
      if (listed.has(r.alias)) continue;
      const row = table.rows.find((x) => x.line === r.decl.line);
      const amount = row
        ? [row.equiv !== undefined ? `${formatEquiv(row.equiv)} equiv` : '', row.mmol !== undefined ? formatMmol(row.mmol) : '', row.massG !== undefined ? formatMass(row.massG) : '']
            .filter(Boolean)
            .join(' · ')
        : '';
      items.add({
        label: r.alias,
        // Right after a comma typed without a space (`add ald,|`), the space comes with the alias.
        insert: prefix[prefix.length - partial.length - 1] === ',' ? ` ${r.alias}` : r.alias,
        filter: r.alias,
        kind: CompletionKind.Variable,
        detail: [r.kb?.name ?? r.name, r.role ?? 'role unknown'].join(' · '),
        // Every item says what it brings (the amount, or that none is written) and, for a second
        // portion, where it went in first.
        doc:
          `${escapeMarkdown(r.kb?.name ?? r.name)}: ${amount || 'no amount in its `reagent` line'}` +
          (added.has(r.alias) ? `\n\nAlready added on line ${added.get(r.alias)}.` : ''),
      });
    }
    return items.list;
  }
  // After the list: manner and temperature.
  const at = /\bat\s+([A-Za-z]*)$/i.exec(rest);
  if (at) return temperatureValues(lineNo, prefix, at[1], ['rt']);
  if (/\bat\s+\S*\d[^\s]*\s*$|\bat\s+[-+]?\d*\.?\d+\s*[°A-Za-z]*$/i.test(rest)) return unitCompletion(lineNo, prefix, ['temperature']);
  if (/\bin\s+\d+\s+[A-Za-z]*$/i.test(rest)) {
    const m = /([A-Za-z]*)$/.exec(prefix)!;
    const items = new Items(lineNo, prefix.length - m[1].length, prefix.length);
    items.add({ label: 'portions', kind: CompletionKind.Keyword, doc: WORD_DOCS.portions });
    return items.list;
  }
  // `over 30|`: a time unit; `over |`: a number comes first.
  if (/\bover\s+[-+]?\d*\.?\d+\s*[A-Za-z]*$/i.test(rest)) return unitCompletion(lineNo, prefix, ['time']);
  if (/\bover\s+$/i.test(rest)) return [];
  // `in |`: the number of portions comes next, nothing to offer yet.
  if (/\bin\s+$/i.test(rest)) return [];
  const tail = /\s([A-Za-z]*)$/.exec(rest);
  if (tail) {
    // Offer only what the line does not have yet: a second manner or `at` is an error.
    const done = rest.slice(0, rest.length - tail[1].length);
    const hasManner = /\b(?:portionwise|dropwise)\b|\bin\s+\d+\s+portions\b/i.test(done);
    const items = new Items(lineNo, prefix.length - tail[1].length, prefix.length);
    if (!hasManner) {
      for (const m of ADD_MANNERS) items.add({ label: m, kind: CompletionKind.Keyword, doc: WORD_DOCS[m] });
      items.add({ label: 'in N portions', kind: CompletionKind.Snippet, doc: WORD_DOCS.portions, insert: 'in ${1:3} portions', snippet: true, filter: 'in portions' });
    }
    if (!/\bover\s/i.test(done)) items.add({ label: 'over', kind: CompletionKind.Keyword, doc: WORD_DOCS.over, insert: 'over ', filter: 'over' });
    if (!/\bat\s/i.test(done)) items.add({ label: 'at', kind: CompletionKind.Keyword, doc: WORD_DOCS.at, insert: 'at ', filter: 'at' });
    return items.list;
  }
  return [];
}

// ---------------------------------------------------------------------------------------
// Time and temperature

function timeOrTemperature(lineNo: number, prefix: string, rest: string, kw: string): CompletionItem[] {
  const at = /\bat\s+([A-Za-z]*)$/i.exec(rest);
  if (at) return temperatureValues(lineNo, prefix, at[1], ['rt']);
  // `stir 16 h at 0 °C to |` (or `→`, `->`, which read the same): the temperature it warms to.
  const to = /\bat\s+\S.*(?:\bto|→|->)\s+([A-Za-z]*)$/i.exec(rest);
  // Warmer than the start: rt, or a figure to edit from 25 °C (0 °C, the cold pot's figure, would be no warm-up).
  if (to && kw === 'stir') return temperatureValues(lineNo, prefix, to[1], ['rt'], 25);
  const n = numberBefore(prefix);
  if (n) {
    const before = prefix.slice(0, n.numberStart);
    if (/\bat\s*$/i.test(before)) return unitCompletion(lineNo, prefix, ['temperature']);
    return unitCompletion(lineNo, prefix, ['time']);
  }
  const first = /^\s+(?:for\s+)?([A-Za-z]*)$/i.exec(rest);
  if (first) {
    const items = new Items(lineNo, prefix.length - first[1].length, prefix.length);
    items.add({ label: 'overnight', kind: CompletionKind.Value, doc: UNIT_DOCS.overnight });
    return items.list;
  }
  // After the duration: `at TEMP` (stir only).
  const tail = /\s([A-Za-z]*)$/.exec(rest);
  // `stir 1 h at 0 °C |`: the warm-up (`to rt`). Only from below room temperature: a pot
  // stirred at rt or heated is cooled with a `cool to` line of its own, not `at 40 °C to rt`.
  const atTemp = kw === 'stir' && tail ? /\bat\s+(.+?)\s*$/i.exec(rest.slice(0, rest.length - tail[1].length)) : null;
  if (atTemp && tail) {
    const c = celsiusOf(atTemp[1]);
    if (c === undefined || c >= ROOM_TEMPERATURE.low) return [];
    const items = new Items(lineNo, prefix.length - tail[1].length, prefix.length);
    items.add({ label: 'to', kind: CompletionKind.Keyword, doc: WARM_UP_DOC, insert: 'to ', filter: 'to', retrigger: true });
    return items.list;
  }
  if (tail && kw === 'stir' && !/\bat\s/i.test(rest.slice(0, rest.length - tail[1].length))) {
    const items = new Items(lineNo, prefix.length - tail[1].length, prefix.length);
    items.add({ label: 'at', kind: CompletionKind.Keyword, doc: WORD_DOCS.at, insert: 'at ', filter: 'at' });
    return items.list;
  }
  return [];
}

const WARM_UP_DOC = 'Warms while it stirs: the pot ends at the temperature after `to` (`stir 16 h at 0 °C to rt`).';

/**
 * °C of a single temperature written after `at` (`0 °C`, `-78°C`, `0-5 °C`: its lower end,
 * `273 K`); undefined for a word (`rt`, `reflux`), a warm-up already written, or anything else.
 */
function celsiusOf(text: string): number | undefined {
  const m = /^([-+−]?\d+(?:[.,]\d+)?)(?:\s*[-–]\s*[-+−]?\d+(?:[.,]\d+)?)?\s*([^\s\d].*)$/.exec(text.trim());
  const unit = m ? lookupUnit(m[2]) : undefined;
  if (!m || unit?.kind !== 'temperature') return undefined;
  return toCelsius(Number(m[1].replace('−', '-').replace(',', '.')), unit.unit);
}

function heatCoolCompletion(lineNo: number, prefix: string, rest: string, kw: 'heat' | 'cool'): CompletionItem[] {
  const first = /^\s+([A-Za-z]*)$/.exec(rest);
  if (first) {
    const items = new Items(lineNo, prefix.length - first[1].length, prefix.length);
    items.add({ label: 'to', kind: CompletionKind.Keyword, doc: WORD_DOCS.to, insert: 'to ', filter: 'to' });
    return items.list;
  }
  const to = /^\s+(?:to|at)\s+([A-Za-z]*)$/i.exec(rest);
  if (to) return kw === 'heat' ? temperatureValues(lineNo, prefix, to[1], ['reflux'], 40) : temperatureValues(lineNo, prefix, to[1], ['rt']);
  const n = numberBefore(prefix);
  if (n) {
    const before = prefix.slice(0, n.numberStart);
    if (/\bfor\s*$/i.test(before)) return unitCompletion(lineNo, prefix, ['time']);
    return unitCompletion(lineNo, prefix, ['temperature']);
  }
  const tail = /\s([A-Za-z]*)$/.exec(rest);
  // `for` once: `heat to 40 °C for |` waits for a time (and `for 2 h |` is complete).
  if (/\bfor\s+$/i.test(rest)) return [];
  if (tail && kw === 'heat' && !/\bfor\s/i.test(rest.slice(0, rest.length - tail[1].length))) {
    const items = new Items(lineNo, prefix.length - tail[1].length, prefix.length);
    items.add({ label: 'for', kind: CompletionKind.Keyword, doc: WORD_DOCS.for, insert: 'for ', filter: 'for' });
    return items.list;
  }
  return [];
}

// ---------------------------------------------------------------------------------------
// monitor and the work-up

function monitorCompletion(lineNo: number, prefix: string, rest: string): CompletionItem[] {
  const first = /^\s+(?:by\s+)?([A-Za-z]*)$/i.exec(rest);
  if (first) {
    const items = new Items(lineNo, prefix.length - first[1].length, prefix.length);
    for (const m of MONITOR_METHODS) items.add({ label: m, kind: CompletionKind.Value, doc: WORD_DOCS[m.toLowerCase()] });
    return items.list;
  }
  const tail = /^\s+(?:by\s+)?\S+\s+([A-Za-z ]*)$/i.exec(rest);
  if (tail) {
    const items = new Items(lineNo, prefix.length - tail[1].length, prefix.length);
    items.add({ label: 'for imine', kind: CompletionKind.Snippet, doc: 'The check confirms that the imine has formed.' });
    return items.list;
  }
  return [];
}

interface Vocab {
  label: string;
  doc: string;
}

const WORKUP_VOCAB: Record<string, Vocab[]> = {
  quench: [
    { label: 'sat. NaHCO3', doc: 'Saturated aqueous sodium bicarbonate: destroys the leftover borohydride and frees the amine as its base.' },
    { label: 'sat. Na2CO3', doc: 'Saturated aqueous sodium carbonate: a stronger basic quench.' },
    { label: '1 M NaOH', doc: 'Aqueous sodium hydroxide: a strongly basic quench.' },
    { label: 'K2CO3', doc: 'Aqueous potassium carbonate: a basic quench.' },
    { label: 'sat. NH4Cl', doc: 'Saturated ammonium chloride: a mildly acidic quench; basify before extracting the amine.' },
    { label: 'water', doc: 'Water alone: leaves the amine partly protonated.' },
  ],
  basify: [
    { label: '1 M NaOH', doc: 'Aqueous sodium hydroxide: brings the amine back to its free base.' },
    { label: 'sat. NaHCO3', doc: 'Saturated aqueous sodium bicarbonate (mild).' },
    { label: 'K2CO3', doc: 'Potassium carbonate.' },
    { label: 'NH4OH', doc: 'Aqueous ammonia.' },
  ],
  acidify: [
    { label: '1 M HCl', doc: 'Aqueous HCl: the amine product goes into the water as its salt. Basify and extract afterwards to recover it.' },
    { label: 'citric acid', doc: 'Aqueous citric acid: a milder acid.' },
  ],
  wash: [
    { label: 'brine', doc: 'Saturated aqueous NaCl: pulls water out of the organic layer.' },
    { label: 'water', doc: 'Water.' },
    { label: 'sat. NaHCO3', doc: 'Saturated aqueous sodium bicarbonate: keeps the amine as its free base.' },
    { label: '1 M HCl', doc: 'Aqueous HCl: the amine product moves into the water. Basify and extract afterwards to recover it.' },
    { label: 'sat. NH4Cl', doc: 'Saturated ammonium chloride (mildly acidic).' },
  ],
  dry: [
    { label: 'Na2SO4', doc: 'Anhydrous sodium sulfate: neutral, the usual choice for amine extracts.' },
    { label: 'MgSO4', doc: 'Anhydrous magnesium sulfate: faster, slightly acidic.' },
  ],
  salt: [
    { label: 'HCl', doc: 'The hydrochloride salt (e.g. from HCl in dioxane or ether).' },
    { label: 'oxalic acid', doc: 'The oxalate salt, often crystalline.' },
    { label: 'fumaric acid', doc: 'The fumarate salt.' },
  ],
};

function workupCompletion(lineNo: number, prefix: string, rest: string, kw: string): CompletionItem[] {
  // The phrases of quench, wash, dry… have spaces (`sat. NaHCO3`): the whole argument typed so
  // far is what the item replaces and is filtered by. `extract` and `crystallize` take a word.
  const oneWord = kw === 'extract' || kw === 'crystallize';
  const first = (oneWord ? /^\s+([^\s]*)$/ : /^\s+(.*)$/).exec(rest);
  if (first) {
    const items = new Items(lineNo, prefix.length - first[1].length, prefix.length);
    if (kw === 'extract' || kw === 'crystallize') {
      const ids = kw === 'extract' ? ['dcm', 'etoac', 'toluene', 'dce'] : ['etoh', 'iproh', 'etoac', 'mecn', 'meoh', 'toluene'];
      for (const e of solventEntries()) if (ids.includes(e.id)) items.add({ label: e.name, kind: CompletionKind.Value, detail: e.roleDetail, doc: e.explanation });
      if (kw === 'extract')
        items.add({ label: 'CHCl3/iPrOH 3:1', kind: CompletionKind.Value, doc: 'Chloroform/isopropanol 3:1: extracts polar amines that DCM leaves in the water.' });
    } else {
      for (const v of WORKUP_VOCAB[kw] ?? []) items.add({ label: v.label, kind: CompletionKind.Value, doc: v.doc });
    }
    return items.list;
  }
  if (kw === 'extract') {
    const tail = /\s([x×]?\d*)$/.exec(rest);
    if (tail) {
      const items = new Items(lineNo, prefix.length - tail[1].length, prefix.length);
      items.add({ label: 'x3', kind: CompletionKind.Value, doc: 'Extract three times.' });
      return items.list;
    }
  }
  return [];
}

function purifyCompletion(lineNo: number, prefix: string, rest: string): CompletionItem[] {
  const first = /^\s+(?:by\s+)?([^\s]*)$/i.exec(rest);
  if (first) {
    const items = new Items(lineNo, prefix.length - first[1].length, prefix.length);
    for (const m of PURIFY_METHODS) items.add({ label: m, kind: CompletionKind.Value, doc: PURIFY_DOCS[m] });
    return items.list;
  }
  const plus = /\+\s*([^+]*)$/.exec(rest);
  // A modifier written out (`+ 1% Et3N |`): the line is complete.
  if (plus && /%\s*\S+\s+$/.test(plus[1])) return [];
  if (plus) {
    const items = new Items(lineNo, prefix.length - plus[1].length, prefix.length);
    items.add({ label: '1% Et3N', kind: CompletionKind.Value, doc: 'Triethylamine in the eluent keeps basic amines from streaking on silica.' });
    items.add({ label: '1% NH4OH', kind: CompletionKind.Value, doc: 'Aqueous ammonia in the eluent (with DCM/MeOH) for polar amines.' });
    items.add({ label: '1% NH3', kind: CompletionKind.Value, doc: 'Ammonia (e.g. 7 N in MeOH) in the eluent.' });
    return items.list;
  }
  // After the eluent ratio (`silica DCM/MeOH 95:5 |`): the amine modifier.
  if (/^\s+(?:by\s+)?\S+\s+\S+\s+\d+(?:\.\d+)?:\d+(?:\.\d+)?\s+$/i.test(rest)) {
    const items = new Items(lineNo, prefix.length, prefix.length);
    items.add({ label: '+ 1% Et3N', kind: CompletionKind.Value, doc: 'An amine modifier: keeps basic amines from streaking on silica.' });
    return items.list;
  }
  // After the eluent, with no ratio yet (`silica DCM/MeOH |`): a mixture's ratio, then the modifier.
  const eluent = /^\s+(?:by\s+)?\S+\s+([^\s\d+:]+)\s+$/i.exec(rest);
  if (eluent) {
    const items = new Items(lineNo, prefix.length, prefix.length);
    if (eluent[1].includes('/'))
      items.add({ label: '9:1', kind: CompletionKind.Snippet, detail: 'ratio', doc: 'The ratio of the eluent\'s solvents, by volume, in the order they are named: edit the figures (`95:5`, `1:1`).', insert: '${1:9}:${2:1}', snippet: true, filter: '9:1' });
    items.add({ label: '+ 1% Et3N', kind: CompletionKind.Value, doc: 'An amine modifier: keeps basic amines from streaking on silica.' });
    return items.list;
  }
  const tail = /^\s+(?:by\s+)?\S+\s+([^\s]*)$/i.exec(rest);
  if (tail) {
    const items = new Items(lineNo, prefix.length - tail[1].length, prefix.length);
    items.add({ label: 'DCM/MeOH 95:5', kind: CompletionKind.Value, doc: 'A common eluent for diazepane products.' });
    items.add({ label: 'EtOAc/MeOH 9:1', kind: CompletionKind.Value, doc: 'A more polar eluent.' });
    items.add({ label: '+ 1% Et3N', kind: CompletionKind.Value, doc: 'An amine modifier: keeps basic amines from streaking on silica.' });
    return items.list;
  }
  return [];
}

const PURIFY_DOCS: Record<string, string> = {
  silica: 'Flash chromatography on silica gel. Add an amine modifier (`+ 1% Et3N`) for basic amines.',
  column: 'Column chromatography (on silica unless another phase is named).',
  alumina: 'Chromatography on (basic or neutral) alumina: kinder to amines than silica.',
  C18: 'Reversed-phase chromatography on C18 silica.',
  'prep-HPLC': 'Preparative HPLC.',
};

/** For a client that does not run `editor.action.triggerSuggest`: the items without it. */
export function withoutRetrigger(items: CompletionItem[]): CompletionItem[] {
  return items.map((item) => {
    if (item.command?.command !== TRIGGER_SUGGEST_COMMAND) return item;
    const { command: _command, ...rest } = item;
    return rest;
  });
}

/**
 * The items for a client that cannot take snippets (`completionItem.snippetSupport` false,
 * as in some editors besides VS Code): each placeholder becomes its default text, tab stops
 * vanish, escapes are undone, and the item is plain text.
 */
export function withoutSnippets(items: CompletionItem[]): CompletionItem[] {
  return items.map((item) => {
    if (item.insertTextFormat !== (InsertTextFormat.Snippet as LspInsertTextFormat)) return item;
    const plain = (s: string) =>
      s.replace(/\\([\\$}])|\$\{\d+:((?:[^}\\]|\\.)*)\}|\$\{\d+\}|\$\d+/g, (_m, esc: string | undefined, def: string | undefined) =>
        esc !== undefined ? esc : def !== undefined ? def.replace(/\\([\\$}])/g, '$1') : '',
      );
    const out: CompletionItem = { ...item, insertTextFormat: InsertTextFormat.PlainText as LspInsertTextFormat };
    if (item.textEdit && 'range' in item.textEdit) out.textEdit = { ...item.textEdit, newText: plain(item.textEdit.newText) };
    if (item.insertText !== undefined) out.insertText = plain(item.insertText);
    return out;
  });
}
