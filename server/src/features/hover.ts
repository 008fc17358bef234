/**
 * Hover: a card for the reagent, solvent or work-up name under the cursor (knowledge-base
 * figures, advice, and the amounts for this protocol), short explanations of keywords,
 * units and fixed words, and, for a token covered by a diagnostic, the message, the rule's
 * summary, its quick fixes and a link to the rule's page (without the message for a client
 * that shows it in the hover itself).
 */
import type { Hover } from 'vscode-languageserver-types';
import type { Analysis } from '../engine';
import { fixAllTakes } from '../engine';
import type { KbEntry } from '../kb/types';
import type { Duration, Line, Statement, Temperature, Token } from '../syntax/ast';
import type { Reagent } from '../model/types';
import type { Position, Range, RxnDiagnostic } from '../types';
import { lookup, lookupById, classifyWorkup, normalizeName, resinName } from '../kb';
import { formulaAndWeight, svgFromSmiles } from '../kb/chem';
import { amountsTable, relativeVolumeBasisG, toMl, toMolar, wtSubstrate, type AmountRow } from '../model/amounts';
import { getRule } from '../rules';
import { canonicalKeyword, KEYWORD_SYNTAX, ADD_MANNER_SPELLINGS, TARGET_VALUES, MODE_VALUES } from '../syntax/keywords';
import { lookupUnit, DURATION_WORDS } from '../syntax/units';
import { ASIDE_STATEMENTS, INERT_ATMOSPHERE } from '../syntax/parser';
import { aliasAt, code, contains, escapeMarkdown, finite, formatEquiv, formatMass, formatMmol, formatScale, formatVolume, plainNumber, portionsText, sig3, wordAt, WORD_CHAR } from './common';
import { KEYWORD_DOCS, ROLE_DOCS, ROLE_SOURCE_DOCS, UNIT_DOCS, WORD_DOCS } from './vocabulary';

export interface HoverOptions {
  /** Show a structure picture when a SMILES is known (default true). */
  structures?: boolean;
  /** The address of a rule's documentation page. */
  docsUri?: (ruleId: string) => string;
  /**
   * The client shows a diagnostic's message (and its rule id) in the hover itself, as VS Code
   * does: the diagnostic's section then leaves the message out and keeps only what the client
   * does not show (the rule's summary, the quick fixes, the link to the rule's page).
   */
  diagnosticsShown?: boolean;
}

interface Part {
  value: string;
  range: Range;
}

export function hover(a: Analysis, p: Position, opts: HoverOptions = {}): Hover | undefined {
  const line = a.doc.lines[p.line];
  if (!line) return undefined;
  const sections: string[] = [];
  let range: Range | undefined;

  const main = tokenHover(a, line, p, opts);
  if (main) {
    sections.push(main.value);
    range = main.range;
  }
  const diags = a.diagnostics.filter((d) => contains(d.range, p));
  for (const d of diags) sections.push(diagnosticSection(a, d, opts));
  if (!range && diags.length) range = diags[0].range;
  if (sections.length === 0) return undefined;
  return {
    contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') },
    ...(range ? { range: { start: { ...range.start }, end: { ...range.end } } } : {}),
  };
}

// ---------------------------------------------------------------------------------------
// Diagnostics

/** A diagnostic message as markdown: its backtick spans as code spans, the rest escaped. */
function messageMarkdown(message: string): string {
  let out = '';
  let last = 0;
  for (const m of message.matchAll(/`([^`\n]+)`/g)) {
    out += escapeMarkdown(message.slice(last, m.index)) + code(m[1]);
    last = m.index! + m[0].length;
  }
  return out + escapeMarkdown(message.slice(last));
}

function diagnosticSection(a: Analysis, d: RxnDiagnostic, opts: HoverOptions): string {
  const rule = getRule(d.rule);
  // "Fix all" applies one safe fix per problem, and none but the reading fixes while a line does not read.
  const byFixAll = fixAllTakes(a, d) ? ' (one applied by "Fix all")' : d.fixes.some((f) => f.safe) ? ' ("Fix all" applies one once every line reads)' : '';
  const fixes = d.fixes.length ? `${d.fixes.length} quick fix${d.fixes.length > 1 ? 'es' : ''}` : undefined;
  const href = opts.docsUri?.(d.rule);
  const link = href ? `[rule docs](${href})` : undefined;
  if (opts.diagnosticsShown) {
    // The client (VS Code) shows the message and `rxn(RULE)` just above or below this card: do
    // not say it again. The rule's general summary (unless it is the message itself), the fixes
    // and the rule's page are what it does not show.
    const summary = rule?.summary && !sameText(rule.summary, d.message) ? `: ${rule.summary}` : '';
    return [`**${d.rule}**${summary}`, [fixes && fixes + byFixAll, link].filter(Boolean).join(' · ')].filter(Boolean).join('\n\n');
  }
  // A message is plain text (as in the Problems panel) and quotes what the protocol says (a
  // name, an alias): it cannot make a link, a picture or HTML. Its `code` spans are shown as
  // code (made by `code`, whose content renders literally); everything else is escaped.
  const out = [`**${d.rule}** (${d.severity}): ${messageMarkdown(d.message)}`];
  if (rule?.summary) out.push(`*Rule:* ${rule.summary}`);
  if (fixes) out.push(`${fixes} available${byFixAll}.`);
  if (link) out.push(link);
  return out.join('\n\n');
}

/** The same words, whatever the case, spacing and final full stop. */
function sameText(x: string, y: string): boolean {
  const norm = (t: string) => t.replace(/`/g, '').replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase();
  return norm(x) === norm(y);
}

// ---------------------------------------------------------------------------------------
// Tokens

function tokenHover(a: Analysis, line: Line, p: Position, opts: HoverOptions): Part | undefined {
  if (line.comment && contains(line.comment.range, p) && p.character > line.comment.range.start.character)
    return commentHover(a, line, p);

  const alias = aliasAt(a, p);
  if (alias) {
    const r = a.model.byAlias.get(alias.alias);
    // The `undeclared-reagent` diagnostic on it says the same (the editor shows it too): once is enough.
    if (!r && a.diagnostics.some((d) => d.rule === 'undeclared-reagent' && contains(d.range, p))) return undefined;
    if (!r)
      return {
        value: `${code(alias.alias)} is not declared. Add a line \`reagent ${alias.alias} = NAME 1.0 equiv\` to the reagent table so rxn knows what it is and how much of it is used.`,
        range: alias.token.range,
      };
    return { value: reagentCard(a, r, opts), range: alias.token.range };
  }

  const st = line.statement;
  if (st) {
    const hit = statementHover(a, st, p, opts);
    if (hit) return hit;
    // Free text (a note, the protocol's title) is the author's: `1H NMR` has no unit `H`.
    const free = st.kind === 'note' ? st.text : st.kind === 'protocol' ? st.title : undefined;
    if (free && free.range.start.character <= p.character && p.character <= free.range.end.character) return undefined;
  }
  return wordHover(line, p);
}

function commentHover(a: Analysis, line: Line, p: Position): Part | undefined {
  const sup = a.doc.suppressions.find((s) => s.line === line.index);
  if (!sup) return undefined;
  for (const t of sup.rules) {
    if (!contains(t.range, p)) continue;
    const rule = getRule(t.text);
    return {
      value: rule ? `**${rule.id}** (${rule.severity} by default): ${rule.summary}` : `${code(t.text)} is not a rule of rxn.`,
      range: t.range,
    };
  }
  const w = wordAt(line.text, p.character);
  if (w && /^rxn-disable(-next-line)?$/i.test(w.text)) {
    const next = /next-line/i.test(w.text);
    return {
      value: next
        ? 'Silences the listed rules on the next line that holds a statement.'
        : 'Silences the listed rules in the whole file.',
      range: { start: { line: line.index, character: w.start }, end: { line: line.index, character: w.end } },
    };
  }
  return undefined;
}

function statementHover(a: Analysis, st: Statement, p: Position, opts: HoverOptions): Part | undefined {
  switch (st.kind) {
    case 'reagent': {
      if (st.name.text && contains(st.name.range, p)) {
        const r = a.model.byAlias.get(st.alias.text);
        if (r && r.decl === st) return { value: reagentCard(a, r, opts), range: st.name.range };
        const kb = lookup(st.name.text);
        return { value: kb ? kbCard(kb, opts) : `**${escapeMarkdown(st.name.text)}** is not in the knowledge base.`, range: st.name.range };
      }
      if (st.role && contains(st.role.value.range, p))
        return { value: `**${st.role.role}**: ${ROLE_DOCS[st.role.role]}`, range: st.role.value.range };
      if (st.smiles && contains(st.smiles.range, p)) return smilesHover(st.smiles, opts);
      // On the number of `mw 112.15` or `density 1.28`: what it turns into at this scale, and the knowledge base's figure beside it.
      for (const attr of [st.mw && { ...st.mw, which: 'mw' as const }, st.density && { ...st.density, which: 'density' as const }]) {
        if (!attr || !contains(attr.token.range, p)) continue;
        const r = a.model.byAlias.get(st.alias.text);
        if (r && r.decl === st) return { value: attributeNumberHover(a, r, attr.which, attr.token.text), range: attr.token.range };
      }
      // On the number of an amount (`3.0` of `3.0 equiv`): what the line comes to at this scale.
      const q = st.quantities.find((x) => !x.invalid && contains(x.valueRange, p));
      const r = q && a.model.byAlias.get(st.alias.text);
      if (q && r && r.decl === st) {
        const line = amountsLine(amountsTable(a.model).rows.find((x) => x.line === st.line));
        if (line) return { value: `${code(q.raw)} of ${code(r.alias)}: ${line}`, range: q.range };
      }
      break;
    }
    case 'solvent': {
      const parts = st.parts.length ? st.parts : [st.name];
      for (const part of parts) {
        if (!contains(part.range, p)) continue;
        const kb = lookup(part.text);
        return { value: kb ? kbCard(kb, opts, solventAmountLine(a, st)) : unknownSolvent(part.text), range: part.range };
      }
      if (st.ratio && contains(st.ratio.range, p))
        return { value: `Mixture ratio by volume (${code(st.ratio.text)}), in the order the solvents are named.`, range: st.ratio.range };
      // On the number of its concentration or volume (`0.2` of `0.2 M`), as on a reagent's: what it comes to at this scale.
      if (st.amount && !st.amount.invalid && contains(st.amount.valueRange, p)) {
        const amount = solventAmountLine(a, st);
        if (amount) return { value: `${code(st.amount.raw)} of ${code(st.name.text)}: ${amount.replace(/^\*\*In this protocol:\*\* /, '')}`, range: st.amount.range };
      }
      break;
    }
    case 'quench':
    case 'basify':
    case 'acidify':
    case 'wash':
    case 'dry':
    case 'crystallize':
    case 'salt':
    case 'extract':
      if (st.name.text && contains(st.name.range, p)) return workupNameHover(st.name, p, opts, st.kind);
      break;
    case 'purify':
      for (const t of [st.method, st.eluent, st.modifier?.name]) if (t && t.text && contains(t.range, p)) return workupNameHover(t, p, opts);
      // The `+ 1%` before the modifier's name: how much of it the eluent holds.
      // (Its `%` sign has the unit's hover, as every unit has.)
      if (st.modifier?.name.text && contains(st.modifier.range, p) && !(st.modifier.percent?.unitRange && contains(st.modifier.percent.unitRange, p))) {
        const m = st.modifier;
        const share = m.percent && !m.percent.invalid ? `${code(m.percent.raw)} of the eluent, by volume, is` : 'The eluent holds some';
        // (In an eluent, NH4OH is the amine modifier, not the basic wash it would be elsewhere.)
        const modifier = classifyWorkup(m.name.text).has('amine-modifier');
        return { value: `${share} ${code(m.name.text)}${modifier ? `: ${WORKUP_CLASS_TEXT['amine-modifier']}` : ''}.`, range: m.range };
      }
      break;
    case 'scale':
      // On the number of `scale 8 mmol`: what 1.0 equiv comes to, reagent by reagent.
      if (!st.quantity.invalid && contains(st.quantity.valueRange, p)) {
        const value = scaleNumberHover(a, st);
        if (value) return { value, range: st.quantity.range };
      }
      break;
    case 'stir':
    case 'wait':
    case 'heat':
    case 'cool':
    case 'reflux':
    case 'add': {
      // On the number of a time or a temperature (`2` of `2 h`, `313` of `313 K`): the figure in other units, and the solvent's boiling point beside a temperature.
      const t = 'temperature' in st ? st.temperature : undefined;
      // The start of a warm-up (`0 °C` of `stir 16 h at 0 °C to rt`): `temperature` is where it ends.
      const from = st.kind === 'stir' ? st.from : undefined;
      if (from && onNumberOf(from.raw, from.range, p)) {
        const value = temperatureNumberHover(a, st, from);
        if (value) return { value, range: from.range };
      }
      if (t && !t.word && onNumberOf(t.raw, t.range, p)) {
        const value = temperatureNumberHover(a, st, t);
        if (value) return { value, range: t.range };
      }
      // `in 3 portions` (on any of its words): what the split means and, per reagent, each portion.
      if (st.kind === 'add' && st.manner?.kind === 'portions' && contains(st.manner.token.range, p)) {
        const rows = amountsTable(a.model).rows;
        const each = st.aliases.flatMap((t) => {
          const r = a.model.byAlias.get(t.text);
          const row = r && rows.find((x) => x.line === r.decl.line);
          const text = row && portionsText(row);
          return text ? [`${code(t.text)}: ${text}`] : [];
        });
        const written = a.doc.lines[p.line].text.slice(st.manner.token.range.start.character, st.manner.token.range.end.character);
        return { value: [`**${escapeMarkdown(written)}**: ${WORD_DOCS.portions}`, ...each].join('\n\n'), range: st.manner.token.range };
      }
      const d = 'duration' in st ? st.duration : undefined;
      if (d && !d.word && (onNumberOf(d.raw, d.range, p) || onLaterNumberOf(d.raw, d.range, p))) {
        const value = durationNumberHover(d);
        if (value) return { value, range: d.range };
      }
      break;
    }
    case 'target':
      // Named in bold first, as every other word's hover is (`**rt**: Room temperature…`).
      if (contains(st.value.range, p)) return { value: `**${escapeMarkdown(st.value.text)}**: ${WORD_DOCS[st.degree]}`, range: st.value.range };
      break;
    case 'mode':
      if (contains(st.value.range, p)) return { value: `**${escapeMarkdown(st.value.text)}**: ${WORD_DOCS[st.mode]}`, range: st.value.range };
      break;
    case 'monitor': {
      const doc = WORD_DOCS[st.method.text.toLowerCase()];
      if (doc && contains(st.method.range, p)) return { value: `**${escapeMarkdown(st.method.text)}**: ${doc}`, range: st.method.range };
      break;
    }
    default:
      break;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Numbers: the figure under the cursor put to use (its unit has its own hover, which says what the unit is)

/** The cursor is on the number of a time or temperature as written (`40-50` of `40-50 °C`), not on its unit. */
function onNumberOf(raw: string, range: Range, p: Position): boolean {
  if (range.start.line !== p.line || range.end.line !== p.line) return false;
  const rel = p.character - range.start.character;
  const unitAt = raw.search(/[^\d\s.,+\-−–]/);
  const numberEnd = (unitAt < 0 ? raw : raw.slice(0, unitAt)).trimEnd().length;
  if (numberEnd === 0 || !/\d/.test(raw.slice(0, numberEnd))) return false;
  // Just after the number (`2| h`) is still on it; just before a glued unit (`40|°C`) is the unit's.
  return rel >= 0 && (rel < numberEnd || (rel === numberEnd && /\s/.test(raw[numberEnd] ?? '')));
}

/** A time in parts (`1 h 30 min`, `1h30`): hours and minutes, summed. */
const COMPOUND_TIME = /\d\s*[^\d\s.,+\-−–]+\s*\d/;

/** The cursor on a number after the first of a time in parts (`30` of `1 h 30 min`, of `1h30`). */
function onLaterNumberOf(raw: string, range: Range, p: Position): boolean {
  if (range.start.line !== p.line || !COMPOUND_TIME.test(raw)) return false;
  const rel = p.character - range.start.character;
  for (const m of raw.matchAll(/\d+(?:\.\d+)?/g)) if (m.index! > 0 && rel >= m.index! && rel <= m.index! + m[0].length) return true;
  return false;
}

/** A temperature to one decimal at most (39.85 → 39.9, 313.15 → 313). */
function degrees(x: number): string {
  return String(Math.round(x * 10) / 10).replace('-', '−');
}

function temperatureNumberHover(a: Analysis, st: Statement, t: Temperature): string | undefined {
  if (t.celsius === undefined) return undefined;
  const m = /^([-+−]?\d+(?:[.,]\d+)?)(?:\s*[-–]\s*([-+−]?\d+(?:[.,]\d+)?))?\s*(°\s*[CF]|º\s*[CF]|K|C|F)?/i.exec(t.raw.trim());
  const unit = m?.[3] ? lookupUnit(m[3])?.unit : '°C';
  const low = t.celsius;
  const high = t.high;
  const range = (f: (c: number) => number, u: string) =>
    high !== undefined && high !== low ? `from ${degrees(f(low))} to ${degrees(f(high))} ${u}` : `${degrees(f(low))} ${u}`;
  const kelvin = (c: number) => Math.round(c + 273.15);
  // In °C: the kelvin beside it; in K or °F: the °C the checks use.
  const converted = unit === '°C' || unit === undefined ? range(kelvin, 'K') : range((c) => c, '°C');
  const out = [`${code(t.raw)} is ${converted}.`];
  const ev = a.model.temperatures.find((e) => e.stmt === st);
  const solvent = ev?.solvent;
  const bp = solvent?.boilingPointC;
  if (solvent && bp !== undefined) {
    const name = solvent.stmt.name.text;
    const top = high ?? low;
    out.push(
      top >= bp
        ? `The solvent, ${code(name)}, boils at ${degrees(bp)} °C: at this temperature it refluxes (or the flask must be sealed).`
        : `The solvent, ${code(name)}, boils at ${degrees(bp)} °C, ${degrees(bp - top)} °C above this.`,
    );
  }
  return out.join(' ');
}

function durationNumberHover(d: Duration): string | undefined {
  const min = d.minutes;
  if (!Number.isFinite(min) || min <= 0) return undefined;
  // A range (`12-16 h`, `12-16 h 30 min`) counts its lower bound: say so, or the number looks wrong.
  if (/\S\s*[-–]\s*\d|\sto\s/i.test(d.raw))
    return `${code(d.raw)} is a range: the checks count its lower bound, ${plainNumber(min)} min (${plainNumber(min / 60)} h).`;
  // A time in parts is worked out whole: `1 h 30 min` is 90 min, 1.5 h.
  if (COMPOUND_TIME.test(d.raw)) return `${code(d.raw)} is ${plainNumber(min)} min, ${plainNumber(min / 60)} h.`;
  const parts: string[] = [];
  if (!/\bmin/i.test(d.raw)) parts.push(`${plainNumber(min)} min`);
  if (!/\d\s*(h|hr|hrs|hours?)\b/i.test(d.raw)) parts.push(`${plainNumber(min / 60)} h`);
  if (!parts.length) return undefined;
  return `${code(d.raw)} is ${parts.join(', ')}.`;
}

function scaleNumberHover(a: Analysis, st: Extract<Statement, { kind: 'scale' }>): string | undefined {
  const scale = a.model.scale;
  if (!scale || scale.stmt !== st || !finite(scale.mmol)) return undefined;
  const rows = amountsTable(a.model).rows.filter((r) => finite(r.equiv) && finite(r.mmol));
  const lines = rows.map(
    (r) => `- ${code(r.alias)}: ${formatEquiv(r.equiv!)} equiv = ${formatMmol(r.mmol!)}${r.loading === undefined && finite(r.massG) ? ` (${formatMass(r.massG)})` : ''}`,
  );
  const head = `${code(st.quantity.raw)}: 1.0 equiv = ${formatScale(scale.mmol, sig3)}; every \`equiv\` of the reagent table is counted from it.`;
  return lines.length ? `${head}\n\n${lines.join('\n')}` : head;
}

function attributeNumberHover(a: Analysis, r: Reagent, which: 'mw' | 'density', written: string): string {
  const row = amountsTable(a.model).rows.find((x) => x.line === r.decl.line);
  const unit = which === 'mw' ? 'g/mol' : 'g/mL';
  const out: string[] = [];
  const plain = row && row.loading === undefined && row.molarity === undefined && !row.solution;
  const material = row?.purity !== undefined ? ` of ${plainNumber(row.purity * 100)} % material` : '';
  if (which === 'mw') {
    if (plain && finite(row.mmol) && finite(row.massG))
      out.push(
        row.from === 'mass' || row.from === 'volume'
          ? `The ${formatMass(row.massG)}${material} of ${code(r.alias)} at ${written} ${unit} are ${formatMmol(row.mmol)}${finite(row.equiv) ? ` (${formatEquiv(row.equiv)} equiv)` : ''}.`
          : `At ${written} ${unit}, the ${formatMmol(row.mmol)} of ${code(r.alias)} weigh ${formatMass(row.massG)}${material}.`,
      );
    else out.push(`The molecular weight of ${code(r.alias)}, ${written} ${unit}: it turns mmol into the mass to weigh${row && !finite(row.mmol) ? ' (this line has no amount at this scale yet)' : ''}.`);
  } else {
    if (plain && finite(row.massG) && finite(row.volumeMl))
      out.push(
        row.from === 'volume'
          ? `The ${formatVolume(row.volumeMl)} of ${code(r.alias)} at ${written} ${unit} weigh ${formatMass(row.massG)}.`
          : `At ${written} ${unit}, the ${formatMass(row.massG)} of ${code(r.alias)} measure ${formatVolume(row.volumeMl)}.`,
      );
    else out.push(`The density of ${code(r.alias)}, ${written} ${unit}: it turns the mass into a volume to measure${row && !finite(row.massG) ? ' (this line has no mass at this scale yet)' : ''}.`);
  }
  // The knowledge base's figure: the written one is used, and a difference is worth a second look.
  const kbValue = which === 'mw' ? r.kb?.mw : r.kb?.density;
  const value = Number(written.replace(',', '.'));
  if (r.kb && kbValue !== undefined && Number.isFinite(value) && value > 0) {
    const shown = which === 'mw' ? `${kbValue.toFixed(2)} ${unit}` : `${kbValue} ${unit}`;
    const diff = (value - kbValue) / kbValue;
    out.push(
      Math.abs(diff) < 0.005
        ? `The knowledge base has the same for ${escapeMarkdown(r.kb.name)} (${shown}).`
        : `The knowledge base has ${shown} for ${escapeMarkdown(r.kb.name)}: this value is ${degrees(Math.abs(diff) * 100)} % ${diff > 0 ? 'higher' : 'lower'}, and it is the one used (${which === 'mw' ? 'right for a salt or a hydrate' : 'right for a solution'}; otherwise check it).`,
    );
  }
  return out.join(' ');
}

/** Keywords, attributes, units and fixed words (the fallback for anything not a name). */
function wordHover(line: Line, p: Position): Part | undefined {
  // The % sign is not a word character: on it, or just after it (`1%|`), it is the unit —
  // not the number in front of it.
  const here = line.text[p.character];
  const before = line.text[p.character - 1];
  if (here === '%' || (before === '%' && (here === undefined || !WORD_CHAR.test(here)))) {
    const at = here === '%' ? p.character : p.character - 1;
    return { value: `${code('%')}: ${UNIT_DOCS['%']}`, range: { start: { line: line.index, character: at }, end: { line: line.index, character: at + 1 } } };
  }
  // `overnight` however it is spelled (`o/n`, `over night`, `o.n.`): the whole spelling, which
  // is more than one word for the word finder.
  const st0 = line.statement;
  const duration = st0 && 'duration' in st0 ? st0.duration : undefined;
  if (duration?.word === 'overnight' && contains(duration.range, p))
    return { value: `**${escapeMarkdown(duration.raw)}**: ${UNIT_DOCS.overnight}`, range: duration.range };
  const w = wordAt(line.text, p.character);
  if (!w) return undefined;
  const range: Range = { start: { line: line.index, character: w.start }, end: { line: line.index, character: w.end } };
  const word = w.text;
  const low = word.toLowerCase();

  // The statement keyword (first word of the line).
  const st = line.statement;
  if (w.start === line.indent) {
    const kw = canonicalKeyword(word);
    if (kw && KEYWORD_DOCS[kw]) {
      const syntax = KEYWORD_SYNTAX[kw];
      return { value: `${syntax ? '```rxn\n' + syntax + '\n```\n\n' : ''}${KEYWORD_DOCS[kw]}`, range };
    }
  }
  if (low === 'rt' || low === 'r.t' || low === 'ambient') return { value: `**rt**: ${UNIT_DOCS.rt}`, range };
  if (low === 'room' || low === 'temperature' || low === 'temp') {
    if (/room\s+temp/i.test(line.text)) return { value: `**room temperature**: ${UNIT_DOCS['room temperature']}`, range };
  }
  if (DURATION_WORDS[low] !== undefined) return { value: `**${word}**: ${UNIT_DOCS.overnight}`, range };
  if (low === 'reflux' && st?.kind !== 'reflux') return { value: `**reflux**: ${UNIT_DOCS.reflux}`, range };
  if (ADD_MANNER_SPELLINGS[low]) return { value: `**${word}**: ${WORD_DOCS[ADD_MANNER_SPELLINGS[low]]}`, range };
  // `over 30 min` of an `add`; `under N2` after a step statement (an aside its range leaves
  // out). Elsewhere the words are the author's (`stir over night` is overnight).
  if (low === 'over') return st?.kind === 'add' && st.duration ? { value: `**over**: ${WORD_DOCS.over}`, range } : undefined;
  const atmosphere = inertAtmosphere(line);
  if (atmosphere && w.start >= atmosphere.range.start.character) return { value: `${code(atmosphere.text)}: ${WORD_DOCS.under}`, range: atmosphere.range };
  if (low === 'under') return undefined;
  if (WORD_DOCS[low] && !TARGET_VALUES[low] && !MODE_VALUES[low]) return { value: `**${word}**: ${WORD_DOCS[low]}`, range };
  if (/^[x×]\s*\d+$|^\d+x$/i.test(word) && st?.kind === 'extract') return { value: `**${word}**: the number of extractions.`, range };

  // A unit, possibly attached to its number (`40°C`, `5mmol`).
  const m = /^[-+−]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?/i.exec(word);
  const unitText = m ? word.slice(m[0].length) : word;
  if (unitText && !/^\d/.test(unitText)) {
    const u = lookupUnit(unitText);
    if (u) {
      const doc = UNIT_DOCS[u.unit];
      if (doc) {
        // On the unit, the unit; on the number glued to it (`5mmol`), the whole quantity, so
        // that the range holds the cursor.
        const onNumber = m !== null && p.character < w.start + m[0].length;
        const unitRange: Range = onNumber ? range : { start: { line: line.index, character: w.start + (m ? m[0].length : 0) }, end: range.end };
        return { value: `${code(unitText)}${unitText !== u.unit ? ` (= ${u.unit})` : ''}: ${doc}`, range: unitRange };
      }
    }
  }
  return undefined;
}

/** `under N2` (`under argon`, `under an inert atmosphere`…) that ends a step statement's line, as the parser reads past it. */
function inertAtmosphere(line: Line): { text: string; range: Range } | undefined {
  const st = line.statement;
  if (!st || !ASIDE_STATEMENTS.has(st.kind) || st.range.end.line !== line.index) return undefined;
  const from = st.range.start.character;
  const to = line.comment ? line.comment.range.start.character : line.text.length;
  const m = INERT_ATMOSPHERE.exec(line.text.slice(from, to).trimEnd());
  if (!m) return undefined;
  const text = m[0].trim();
  const start = from + m.index + m[0].indexOf(text);
  return { text, range: { start: { line: line.index, character: start }, end: { line: line.index, character: start + text.length } } };
}

// ---------------------------------------------------------------------------------------
// Cards

function field(label: string, value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `**${label}:** ${value}`;
}

function amountsLine(row: AmountRow | undefined): string | undefined {
  if (!row) return undefined;
  const parts: string[] = [];
  // Only figures that can be shown (1e308 equiv overflows to Infinity): as in `rxn amounts`.
  if (finite(row.equiv)) parts.push(`${formatEquiv(row.equiv)} equiv`);
  if (finite(row.mmol)) parts.push(formatMmol(row.mmol) + (row.loading !== undefined ? ` of ${row.metal ?? 'Pd'}` : ''));
  if (finite(row.massG))
    parts.push(
      formatMass(row.massG) +
        (row.loading !== undefined
          ? ` of ${plainNumber(row.loading * 100)} % catalyst${row.water ? `, ${plainNumber(row.water * 100)} % wet` : ''}`
          : row.purity !== undefined
            ? row.solution
              ? ` of the ${plainNumber(row.purity * 100)} % solution`
              : ` of ${plainNumber(row.purity * 100)} % material`
            : '') +
        // A charge by weight: what it is a share of.
        (row.wtPercent !== undefined && row.wtOf !== undefined && finite(row.wtOfMassG) && row.from === 'wt%' ? ` (${plainNumber(row.wtPercent)} wt % of ${row.wtOf}'s ${formatMass(row.wtOfMassG)})` : ''),
    );
  if (finite(row.volumeMl)) parts.push(formatVolume(row.volumeMl) + (row.molarity !== undefined ? ` of the ${plainNumber(row.molarity)} M solution` : ''));
  if (!parts.length) return undefined;
  const portions = portionsText(row);
  if (portions) parts.push(portions);
  return parts.join(' · ') + (row.note ? ` (${row.note})` : '');
}

function structurePicture(smiles: string | undefined, opts: HoverOptions): string | undefined {
  if (!smiles || opts.structures === false) return undefined;
  const svg = svgFromSmiles(smiles);
  if (!svg) return undefined;
  return `![structure](data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')})`;
}

function solventNames(ids: string[] | undefined): string | undefined {
  if (!ids?.length) return undefined;
  return ids.map((id) => lookupById(id)?.name ?? id).join(', ');
}

/** The knowledge-base part of a card (shared by reagents, solvents and work-up names). */
function kbFacts(kb: KbEntry): (string | undefined)[] {
  return [
    // Names can hold commas (`H2, Pd/C`, `Pd/C, H2`): a separator no name uses.
    field('Also known as', kb.synonyms.length ? kb.synonyms.filter((s) => s !== kb.name).map((s) => code(s)).join(' · ') : undefined),
    field('Role', kb.roleDetail ?? kb.role),
    field('Formula', kb.formula),
    field('MW', kb.mw !== undefined ? `${kb.mw.toFixed(2)} g/mol` : undefined),
    field('Density', kb.density !== undefined ? `${kb.density} g/mL` : undefined),
    field('State', kb.state),
    field('Boiling point', kb.boilingPointC !== undefined ? `${kb.boilingPointC} °C` : undefined),
    field('Hazards', kb.hazards.length ? kb.hazards.join('; ') : undefined),
    field('Recommended solvents', solventNames(kb.recommendedSolvents)),
  ];
}

function kbCard(kb: KbEntry, opts: HoverOptions, extra?: string): string {
  const out: (string | undefined)[] = [`### ${kb.name}`, ...kbFacts(kb), extra, kb.advice ? `**Advice:** ${kb.advice}` : undefined, kb.explanation];
  out.push(structurePicture(kb.smiles, opts));
  return out.filter(Boolean).join('\n\n');
}

function reagentCard(a: Analysis, r: Reagent, opts: HoverOptions): string {
  const row = amountsTable(a.model).rows.find((x) => x.line === r.decl.line);
  const amounts = amountsLine(row);
  const thisProtocol = amounts ? `**In this protocol** (${code(r.alias)}): ${amounts}` : undefined;
  if (r.kb) {
    // A resin by the name written (`PS-BH3CN`: a gel resin, not the entry's macroporous MP-cyanoborohydride), the entry's name among the others.
    const own = r.kb.supportOf ? resinName(r.name) : r.kb.name;
    const kb = own !== r.kb.name ? { ...r.kb, name: own, synonyms: [r.kb.name, ...r.kb.synonyms.filter((s) => normalizeName(s) !== normalizeName(own))] } : r.kb;
    const out: (string | undefined)[] = [`### ${kb === r.kb ? kb.name : escapeMarkdown(kb.name)}`, ...kbFacts(kb)];
    if (r.role && r.roleSource === 'attribute' && r.role !== kb.role) out.push(`**Role here:** ${r.role} (from the \`role\` attribute)`);
    if (r.mw !== undefined && r.mw !== kb.mw) out.push(field('MW used here', `${r.mw.toFixed(2)} g/mol`));
    out.push(thisProtocol, kb.advice ? `**Advice:** ${kb.advice}` : undefined, kb.explanation);
    out.push(structurePicture(r.smiles ?? kb.smiles, opts));
    return out.filter(Boolean).join('\n\n');
  }
  // Not in the knowledge base: say what the engine worked out, and from where.
  const out: (string | undefined)[] = [`### ${escapeMarkdown(r.name || r.alias)}`, '*Not in the knowledge base.*'];
  if (r.role) out.push(`**Role:** ${r.role} (${ROLE_SOURCE_DOCS[r.roleSource ?? ''] ?? 'inferred'})`);
  else out.push('**Role:** unknown. Add `role amine`, `role carbonyl`, `role reductant`… or a `smiles "…"` so the checks can use this reagent.');
  const f = r.smiles ? formulaAndWeight(r.smiles) : undefined;
  out.push(field('Formula', f?.formula));
  out.push(field('MW', r.mw !== undefined ? `${r.mw.toFixed(2)} g/mol${r.decl.mw ? ' (from `mw`)' : r.smiles ? ' (from the SMILES)' : ''}` : undefined));
  out.push(field('Density', r.density !== undefined ? `${r.density} g/mL` : undefined));
  const groups = Object.entries(r.groups)
    .filter(([k, v]) => k !== 'freeNH' && v === true)
    .map(([k]) => k);
  if (r.freeNH) groups.push(`${r.freeNH} free N–H`);
  if (groups.length) out.push(field('Groups', groups.join(', ')));
  out.push(thisProtocol);
  if (r.mmol !== undefined && r.mw === undefined) out.push('Give `mw N` or a `smiles "…"` to see the mass to weigh.');
  out.push(structurePicture(r.smiles, opts));
  return out.filter(Boolean).join('\n\n');
}

function solventAmountLine(a: Analysis, st: Extract<Statement, { kind: 'solvent' }>): string | undefined {
  const amount = st.amount;
  if (!amount || amount.invalid) return undefined;
  const scale = a.model.scale?.mmol;
  if (amount.kind === 'concentration' && scale !== undefined) {
    const molar = toMolar(amount.value, amount.unit);
    if (molar > 0) return `**In this protocol:** ${escapeMarkdown(amount.raw)} at ${formatScale(scale, sig3)} → ${formatVolume(scale / molar)}`;
  }
  if (amount.kind === 'relvolume') {
    const of = wtSubstrate(a.model);
    const g = of ? relativeVolumeBasisG(a.model, of) : undefined;
    if (!of) return `**In this protocol:** ${escapeMarkdown(amount.raw)} is mL per g of the limiting reagent, but no amine or carbonyl says which that is: mark it \`limiting\`.`;
    if (g === undefined || !(g > 0)) return `**In this protocol:** ${escapeMarkdown(amount.raw)} is mL per g of '${escapeMarkdown(of.alias)}', whose mass is not known.`;
    return `**In this protocol:** ${escapeMarkdown(amount.raw)} of '${escapeMarkdown(of.alias)}' (${sig3(g)} g) → ${formatVolume(amount.value * g)}`;
  }
  if (amount.kind === 'volume' && scale !== undefined) {
    const ml = toMl(amount.value, amount.unit);
    if (ml > 0) return `**In this protocol:** ${escapeMarkdown(amount.raw)} for ${formatScale(scale, sig3)} → ${sig3(scale / ml)} M`;
  }
  return undefined;
}

function unknownSolvent(name: string): string {
  return `**${escapeMarkdown(name)}** is not a solvent rxn knows: the solvent checks (protic solvent with NaBH(OAc)3, reflux temperature) cannot use it.`;
}

const WORKUP_CLASS_TEXT: Record<string, string> = {
  basic: 'a base (basic quench or wash: frees the amine product)',
  acidic: 'an acid (acidic wash: pulls the amine product into the water)',
  brine: 'brine (saturated NaCl: takes water out of the organic layer)',
  water: 'water',
  drying: 'a drying agent',
  silica: 'silica (acidic surface: amines streak without a basic modifier)',
  'stationary-phase': 'a stationary phase for chromatography',
  'amine-modifier': 'an amine modifier (keeps basic amines from sticking to silica)',
};

/**
 * What an acid or a base does depends on the statement: HCl in a `salt` line makes the
 * hydrochloride of the purified product, NH4Cl in a `quench` destroys the hydride while only
 * mildly acidic, an acid in a `wash` or `acidify` takes the amine into the water.
 */
const WORKUP_CLASS_BY_STATEMENT: Record<string, Record<string, string>> = {
  salt: { acidic: 'the acid that turns the purified amine into its salt (a solid that is easier to handle and weigh)' },
  quench: {
    acidic: 'an acidic quench (it destroys the leftover hydride; the amine product is then in the water as its salt: basify before extracting)',
    basic: 'a basic quench (it destroys the leftover hydride and frees the amine product for extraction)',
  },
  crystallize: { acidic: 'an acid (the product crystallises as its salt)' },
  basify: { basic: 'a base (it frees the amine product for extraction)' },
};

function workupNameHover(t: Token, p: Position, opts: HoverOptions, statement?: string): Part {
  // The whole name first, then the word under the cursor (`DCM/MeOH` → `MeOH`).
  let kb = lookup(t.text);
  let range = t.range;
  if (!kb) {
    const rel = p.character - t.range.start.character;
    const re = /[^\s/+]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t.text))) {
      if (rel >= m.index && rel <= m.index + m[0].length) {
        // `DCM/MeOH 95:5`: the ratio, not a name.
        if (/^\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+$/.test(m[0])) {
          const s = t.range.start.character + m.index;
          return { value: `${code(m[0])}: the ratio of the eluent's solvents, by volume, in the order they are named.`, range: { start: { line: t.range.start.line, character: s }, end: { line: t.range.start.line, character: s + m[0].length } } };
        }
        kb = lookup(m[0]);
        if (kb) {
          const s = t.range.start.character + m.index;
          range = { start: { line: t.range.start.line, character: s }, end: { line: t.range.start.line, character: s + m[0].length } };
        }
        break;
      }
    }
  }
  const byStatement = statement ? WORKUP_CLASS_BY_STATEMENT[statement] : undefined;
  const classes = [...classifyWorkup(t.text)].map((c) => byStatement?.[c] ?? WORKUP_CLASS_TEXT[c]).filter(Boolean);
  const what = classes.length ? `${code(t.text)} reads as ${classes.join('; ')}.` : undefined;
  if (kb) return { value: kbCard(kb, opts, what), range };
  return { value: what ?? `${code(t.text)}: not a name rxn knows; it is kept as written.`, range: t.range };
}

function smilesHover(t: Token, opts: HoverOptions): Part {
  const f = formulaAndWeight(t.text);
  if (!f) return { value: `${code(t.text)} is not a SMILES rxn can read.`, range: t.range };
  const out = [`**SMILES** ${code(t.text)}`, field('Formula', f.formula), field('MW', `${f.mw.toFixed(2)} g/mol`), structurePicture(t.text, opts)];
  return { value: out.filter(Boolean).join('\n\n'), range: t.range };
}
