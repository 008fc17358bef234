/**
 * The engine: text in, diagnostics (with fixes) out. Shared by the language server, the
 * CLI and the tests; it never touches the LSP connection layer or the file system.
 */
import { MAX_PROBLEMS_PER_LINE, parse } from './syntax/parser';
import { buildModel } from './model/model';
import { rules as allRules, getRule } from './rules';
import type { Rule } from './rules/types';
import { applyEdits, makeEditHelpers } from './edits';
import type { Document } from './syntax/ast';
import type { Model } from './model/types';
import type { RxnDiagnostic, Severity, SeveritySetting, Fix, TextEdit } from './types';
import { comparePositions } from './types';

export interface AnalyzeOptions {
  /** Per-rule severity overrides (`rxn.rules`, `--rule`). */
  rules?: Record<string, SeveritySetting>;
  /** Called when a rule throws; the other rules still report. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Extra rules (tests inject a faulty one). */
  extraRules?: Rule[];
  /**
   * The document of an earlier analysis of the same file: unchanged lines are taken from it
   * instead of being parsed again (see `ParseOptions.reuse`). The result is the same.
   */
  reuse?: Document;
}

export interface Analysis {
  doc: Document;
  model: Model;
  diagnostics: RxnDiagnostic[];
}

export const BOM = '\uFEFF';

export function stripBom(text: string): { text: string; hasBom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hasBom: true } : { text, hasBom: false };
}

/**
 * Parses and models a text (without running rules). The text is BOM-less (callers strip the
 * file's BOM with `stripBom`); every position is relative to exactly this text, so a
 * U+FEFF still at its start (a doubled BOM) is counted, not removed a second time.
 */
export function load(text: string, reuse?: Document): { doc: Document; model: Model } {
  const doc = parse(text, { stripBom: false, reuse });
  return { doc, model: buildModel(doc) };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const { doc, model } = load(text, options.reuse);
  const edits = makeEditHelpers(doc);
  const ctx = { doc, model, edits };
  const overrides = options.rules ?? {};
  const fileOff = new Set<string>();
  const lineOff = new Map<number, Set<string>>();
  for (const s of doc.suppressions) {
    for (const r of s.rules) {
      if (s.kind === 'file') fileOff.add(r.text);
      else {
        // "next line": the next line that is not blank and not only a comment.
        let target = s.line + 1;
        while (target < doc.lines.length && !doc.lines[target].statement && !doc.lines[target].invalid) target++;
        if (!lineOff.has(target)) lineOff.set(target, new Set());
        lineOff.get(target)!.add(r.text);
      }
    }
  }
  const diagnostics: RxnDiagnostic[] = [];
  const ruleList = options.extraRules ? [...allRules, ...options.extraRules] : allRules;
  for (const rule of ruleList) {
    const setting = overrides[rule.id];
    if (setting === 'off') continue;
    if (fileOff.has(rule.id)) continue;
    const severity: Severity = setting ?? rule.severity;
    let findings;
    try {
      findings = rule.check(ctx);
    } catch (error) {
      options.onRuleError?.(rule.id, error);
      continue;
    }
    for (const f of findings) {
      if (lineOff.get(f.range.start.line)?.has(rule.id)) continue;
      const fixes = f.fixes ?? [];
      const d: RxnDiagnostic = {
        rule: rule.id,
        severity,
        range: f.range,
        message: f.message,
        fixes: typeof fixes === 'function' ? [] : normalizeFixes(fixes),
        ...(f.tags && f.tags.length ? { tags: f.tags } : {}),
        ...(f.related && f.related.length ? { related: f.related } : {}),
      };
      if (typeof fixes === 'function') deferFixes(d, fixes, (error) => options.onRuleError?.(rule.id, error));
      diagnostics.push(d);
    }
  }
  diagnostics.sort(
    (a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end) || a.rule.localeCompare(b.rule),
  );
  return { doc, model, diagnostics };
}

/**
 * Makes `d.fixes` work its fixes out when it is first read, then keep them (an own,
 * enumerable property all along: spreading, JSON and deep comparisons see the fixes as if
 * they had been computed at once). A fix that fails is reported like a failing rule, and the
 * diagnostic then has no fixes.
 */
function deferFixes(d: RxnDiagnostic, compute: () => Fix[], onError: (error: unknown) => void): void {
  const settle = (value: Fix[]): Fix[] => {
    Object.defineProperty(d, 'fixes', { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(d, 'fixes', {
    enumerable: true,
    configurable: true,
    get(): Fix[] {
      let fixes: Fix[];
      try {
        fixes = normalizeFixes(compute());
      } catch (error) {
        onError(error);
        fixes = [];
      }
      return settle(fixes);
    },
    set: settle,
  });
}

function normalizeFixes(fixes: Fix[]): Fix[] {
  // At most one preferred fix: the first marked one, else the first safe one.
  let preferredSeen = false;
  const out = fixes.map((f) => {
    const preferred = !!f.preferred && !preferredSeen;
    if (preferred) preferredSeen = true;
    return { ...f, preferred };
  });
  if (!preferredSeen) {
    const firstSafe = out.find((f) => f.safe);
    if (firstSafe) firstSafe.preferred = true;
  }
  return out;
}

export interface FixAllResult {
  text: string;
  passes: number;
  /** Titles of the fixes applied, in order, with their rule. */
  applied: { rule: string; title: string }[];
  /** The analysis of the final text. */
  analysis: Analysis;
  /**
   * Safe fixes left unapplied because the final text still has lines that could not be read
   * (syntax errors, invalid quantities): they were computed from what could be read, and a
   * misread line changes what the rules see (a misspelled `stir` hides the time that passes).
   */
  withheld: number;
}

/** The rules that report problems of reading the text itself (the parser's problems). */
const READING_RULES: ReadonlySet<string> = new Set(['syntax-error', 'invalid-quantity']);

/**
 * Does "fix all" take this diagnostic's safe fix in a pass over `a`? While the text has lines
 * that could not be read, only the fixes of those reading problems.
 */
export function fixAllTakes(a: Analysis, d: RxnDiagnostic): boolean {
  return (!unreadLines(a.doc) || READING_RULES.has(d.rule)) && d.fixes.some((f) => f.safe);
}

/** Whether some line could not be read as written (a problem of a line that still reads, such as an alias spelled like a word of `add`, does not count). */
function unreadLines(doc: Analysis['doc']): boolean {
  return doc.problems.some((p) => !p.lineReads);
}

/** The lines (0-based, in order) that could not be read as written. */
export function unreadableLines(doc: Analysis['doc']): number[] {
  return [...new Set(doc.problems.filter((p) => !p.lineReads).map((p) => p.range.start.line))].sort((x, y) => x - y);
}

/**
 * Would `fixAll` (`rxn check --fix`, "Fix all") fix this diagnostic in the end? A reading
 * problem, if it has a safe fix; any other, if it has one and no line stays unread — i.e.
 * every line that cannot be read has a reading problem with a safe fix (a decimal comma, a
 * misspelled keyword), which the first pass repairs before the chemistry fixes are applied.
 */
export function fixAllWouldTake(a: Analysis, d: RxnDiagnostic): boolean {
  if (!d.fixes.some((f) => f.safe)) return false;
  if (READING_RULES.has(d.rule)) return true;
  const repairable = new Set(a.diagnostics.filter((x) => READING_RULES.has(x.rule) && x.fixes.some((f) => f.safe)).map((x) => x.range.start.line));
  return unreadableLines(a.doc).every((line) => repairable.has(line));
}

/**
 * Applies every safe fix, pass after pass, until nothing changes (at most `maxPasses`).
 * Within one pass, fixes whose edits overlap an earlier fix wait for the next pass.
 * While the text has lines that could not be read, only the fixes of those reading problems
 * (a misspelled keyword, a decimal comma) are applied; the other rules' fixes wait until the
 * whole text reads, and are withheld if it never does: they would rewrite the chemistry of
 * a protocol the rules saw wrongly (see docs/cli.md, "Fixing").
 */
export function fixAll(text: string, options: AnalyzeOptions = {}, maxPasses = 10): FixAllResult {
  let current = text;
  const applied: FixAllResult['applied'] = [];
  let analysis = analyze(current, options);
  let passes = 0;
  // A line reports at most MAX_PROBLEMS_PER_LINE problems, so a line with more (a row pasted a few
  // hundred times, each with its lookalike) needs a pass per that many: once a line has been that
  // full, Fix all goes on past `maxPasses` until nothing is left to fix, within a bound that makes
  // it end whatever the fixes do.
  const longLimit = maxPasses + Math.ceil(text.length / MAX_PROBLEMS_PER_LINE);
  let fullLine = false;
  while (passes < maxPasses || (fullLine && passes < longLimit)) {
    fullLine ||= hasFullLine(analysis.doc);
    const chosen: { rule: string; fix: Fix }[] = [];
    const taken: TextEdit[] = []; // sorted by range, pairwise non-overlapping
    for (const d of analysis.diagnostics) {
      if (!fixAllTakes(analysis, d)) continue;
      const fix = d.fixes.find((f) => f.safe)!;
      if (overlapsTaken(fix.edits, taken)) continue;
      chosen.push({ rule: d.rule, fix });
      for (const e of fix.edits) insertSorted(taken, e);
    }
    if (chosen.length === 0) break;
    const next = applyEdits(current, taken);
    passes++;
    if (next === current) break;
    current = next;
    for (const c of chosen) applied.push({ rule: c.rule, title: c.fix.title });
    analysis = analyze(current, options);
  }
  const withheld =
    unreadLines(analysis.doc)
      ? analysis.diagnostics.filter((d) => !READING_RULES.has(d.rule) && d.fixes.some((f) => f.safe)).length
      : 0;
  return { text: current, passes, applied, analysis, withheld };
}

/** Whether a line of `doc` reports as many problems as a line may (more may be behind them). */
function hasFullLine(doc: Analysis['doc']): boolean {
  const perLine = new Map<number, number>();
  for (const p of doc.problems) {
    const n = (perLine.get(p.range.start.line) ?? 0) + 1;
    if (n >= MAX_PROBLEMS_PER_LINE) return true;
    perLine.set(p.range.start.line, n);
  }
  return false;
}

/** The index of the first edit of `taken` for which `before` is false (a binary search: `before` holds for a leading run of `taken` only). */
function firstNotBefore(taken: readonly TextEdit[], before: (t: TextEdit) => boolean): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(taken[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Does any edit of `edits` overlap an edit of `taken` (the rule of `editsOverlap`: ranges
 * that share more than an end point, or two insertions at the same point)? `taken` is
 * sorted and its edits do not overlap, so their ends are in order too: a binary search per
 * edit, instead of comparing every pair (a file with thousands of fixable lines made
 * "fix all" quadratic).
 */
function overlapsTaken(edits: readonly TextEdit[], taken: readonly TextEdit[]): boolean {
  for (const x of edits) {
    const xs = x.range.start;
    const xe = x.range.end;
    // The first taken edit that starts at or after x's end; the one before it ends last among those starting before.
    const lo = firstNotBefore(taken, (t) => comparePositions(t.range.start, xe) < 0);
    if (lo > 0 && comparePositions(taken[lo - 1].range.end, xs) > 0) return true;
    if (comparePositions(xs, xe) === 0) {
      for (let k = lo; k < taken.length && comparePositions(taken[k].range.start, xs) === 0; k++)
        if (comparePositions(taken[k].range.end, xs) === 0) return true;
    }
  }
  return false;
}

/** Puts `e` into `taken` in order of start, then end (after the edits equal to it). */
function insertSorted(taken: TextEdit[], e: TextEdit): void {
  const lo = firstNotBefore(taken, (t) => (comparePositions(t.range.start, e.range.start) || comparePositions(t.range.end, e.range.end)) <= 0);
  if (lo === taken.length) taken.push(e);
  else taken.splice(lo, 0, e);
}

export { applyEdits } from './edits';
export { getRule };
