/**
 * Code actions: the quick fixes of every diagnostic under the cursor, "disable this rule"
 * for the line or the file, "show the rule's documentation", and the `source.fixAll.rxn`
 * action that applies every safe fix (also offered as a quick fix under a problem it fixes,
 * since VS Code's light bulb shows no source actions).
 */
import type { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver-types';
import type { Analysis, AnalyzeOptions } from '../engine';
import { fixAll, fixAllTakes } from '../engine';
import { isCommentOnly, type Document, type Suppression } from '../syntax/ast';
import type { Range, TextEdit } from '../types';
import { toLspDiagnostic } from './diagnostics';
import { touches } from './common';
import { applyEdits, endingSafe, lineStarts } from '../edits';
import { isLowSurrogate, lineDiffEdits, positionIn } from './lineDiff';

export const FIX_ALL_KIND = 'source.fixAll.rxn';
export const SHOW_DOCS_COMMAND = 'rxn.showRuleDocs';

/**
 * Rules the light bulb offers no "Disable … for this line / file" for. A `syntax-error` silenced
 * still leaves its line unread, out of every other check (docs/rules/syntax-error.md): one
 * click on "for this file" next to a typo would hide every unreadable line from then on. As
 * ESLint offers no disable for a parse error, the menu offers the fix and the rule's page; a
 * comment written by hand still works.
 */
const NO_DISABLE_ACTIONS: ReadonlySet<string> = new Set(['syntax-error']);

export interface CodeActionOptions {
  docsUri?: (ruleId: string) => string;
  /** The options the analysis was made with (rule severities), so "fix all" fixes the same problems. */
  analyzeOptions?: AnalyzeOptions;
  /**
   * The client can fill in an action's `edit` later (`codeAction/resolve`). Then, when the
   * request does not ask for `source.fixAll` explicitly (the light bulb asks for everything
   * on every cursor move), the "fix all" action is offered without its edit and computed
   * only if the user picks it: running every safe fix to a fixpoint costs a re-analysis
   * per pass, far more than the quick fixes under the cursor.
   */
  deferFixAll?: boolean;
  /** Remembers the "fix all" action of an analysis, so repeated requests on one version compute it once. */
  fixAllMemo?: WeakMap<Analysis, CodeAction | null>;
  /**
   * Offer "Show documentation for RULE" (a command the client runs, `rxn.showRuleDocs`).
   * Default true; the server sets it only for clients that say they have that command (the
   * diagnostic's link to the rule page serves the others).
   */
  showDocsCommand?: boolean;
}

/** What a deferred "fix all" action carries until `codeAction/resolve` fills in its edit. */
export interface FixAllData {
  rxnFixAll: true;
  uri: string;
}

export function isFixAllData(data: unknown): data is FixAllData {
  return !!data && typeof data === 'object' && (data as FixAllData).rxnFixAll === true && typeof (data as FixAllData).uri === 'string';
}

/** LSP kind matching: `quickfix` matches `quickfix` and `quickfix.x`; `source` matches `source.fixAll.rxn`. */
export function kindMatches(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((f) => f === '' || kind === f || kind.startsWith(f + '.'));
}

function lineEdit(uri: string, edits: TextEdit[]): { changes: { [uri: string]: TextEdit[] } } {
  return { changes: { [uri]: edits.map((e) => ({ range: { start: { ...e.range.start }, end: { ...e.range.end } }, newText: e.newText })) } };
}

export function codeActions(
  a: Analysis,
  uri: string,
  range: Range,
  only?: string[],
  opts: CodeActionOptions = {},
): CodeAction[] {
  const out: CodeAction[] = [];
  let quickfixCopy = false;
  const wantQuickfix = kindMatches('quickfix', only);
  const here = a.diagnostics.filter((d) => touches(d.range, range));

  if (wantQuickfix) {
    const fixes: CodeAction[] = [];
    const suppress: CodeAction[] = [];
    const seenLine = new Set<string>();
    const seenRule = new Set<string>();
    // One action for the same fix offered by two rules (cyanide-acid and acid-too-strong both
    // "Replace TFA with AcOH"): it resolves both diagnostics, and the menu lists it once.
    const sameFix = new Map<string, CodeAction>();
    for (const d of here) {
      const lsp = toLspDiagnostic(d, opts.docsUri, uri);
      for (const f of d.fixes) {
        const key = `${f.title}\u0000${JSON.stringify(f.edits)}`;
        const twin = sameFix.get(key);
        if (twin) {
          twin.diagnostics!.push(lsp);
          twin.isPreferred ||= !!f.preferred;
          continue;
        }
        fixes.push({
          title: f.title,
          kind: 'quickfix' as CodeActionKind,
          diagnostics: [lsp],
          isPreferred: !!f.preferred,
          edit: lineEdit(uri, f.edits),
        });
        sameFix.set(key, fixes[fixes.length - 1]);
      }
      const lineKey = `${d.rule}@${d.range.start.line}`;
      const disable = !NO_DISABLE_ACTIONS.has(d.rule);
      if (disable && !seenLine.has(lineKey)) {
        seenLine.add(lineKey);
        const edit = disableForLineEdit(a.doc, d.rule, d.range.start.line);
        if (edit)
          suppress.push({
            title: `Disable ${d.rule} for this line`,
            kind: 'quickfix' as CodeActionKind,
            diagnostics: [lsp],
            edit: lineEdit(uri, [edit]),
          });
      }
      if (!seenRule.has(d.rule)) {
        seenRule.add(d.rule);
        if (disable)
          suppress.push({
            title: `Disable ${d.rule} for this file`,
            kind: 'quickfix' as CodeActionKind,
            diagnostics: [lsp],
            edit: lineEdit(uri, [disableForFileEdit(a.doc, d.rule)]),
          });
        if (opts.showDocsCommand !== false) suppress.push({
          title: `Show documentation for ${d.rule}`,
          kind: 'quickfix' as CodeActionKind,
          diagnostics: [lsp],
          command: { title: `Show documentation for ${d.rule}`, command: SHOW_DOCS_COMMAND, arguments: [d.rule] },
        });
      }
    }
    out.push(...fixes);
    // "Fix all" among the quick fixes too, under a problem with a safe fix (it fixes it, in
    // this pass or, once the reading fixes have made every line read, the next): VS Code leaves
    // source actions out of the light bulb.
    if (here.some((d) => d.fixes.some((f) => f.safe))) {
      const action = opts.deferFixAll ? deferredFixAllAction(a, uri, opts) : fixAllAction(a, uri, opts);
      if (action) {
        out.push({ ...action, kind: 'quickfix' as CodeActionKind, isPreferred: false });
        quickfixCopy = true;
      }
    }
    out.push(...suppress);
  }

  // The source action when asked for by kind (Source Action…, on save, the command); asked
  // for nothing in particular, only where the quick-fix copy is not already in the list, so a
  // client that shows every kind (Neovim) does not list it twice.
  const asked = !!only && only.length > 0 && !only.includes('');
  if (kindMatches(FIX_ALL_KIND, only) && (asked || !quickfixCopy)) {
    const action = opts.deferFixAll && !asked ? deferredFixAllAction(a, uri, opts) : fixAllAction(a, uri, opts);
    if (action) out.push(action);
  }
  return out;
}

/**
 * The "fix all" action without its edit (filled in by `fixAllAction` on `codeAction/resolve`),
 * offered when some diagnostic has a safe fix.
 */
export function deferredFixAllAction(a: Analysis, uri: string, opts: CodeActionOptions = {}): CodeAction | undefined {
  const memo = opts.fixAllMemo?.get(a);
  if (memo !== undefined) return memo ?? undefined;
  const shell = fixAllShell(a, uri, opts);
  if (!shell) return undefined;
  const data: FixAllData = { rxnFixAll: true, uri };
  return { ...shell, data };
}

/** Title, kind and the diagnostics a "fix all" action covers; undefined when none has a safe fix. */
function fixAllShell(a: Analysis, uri: string, opts: CodeActionOptions): CodeAction | undefined {
  // What "fix all" itself takes first (while lines cannot be read, only their fixes), so an
  // action that would change nothing is not offered.
  const fixable = a.diagnostics.filter((d) => fixAllTakes(a, d));
  if (fixable.length === 0) return undefined;
  return {
    title: 'Fix all rxn problems',
    kind: FIX_ALL_KIND as CodeActionKind,
    diagnostics: fixable.map((d): Diagnostic => toLspDiagnostic(d, opts.docsUri, uri)),
  };
}

/** The "Fix all rxn problems" source action, or undefined when no safe fix changes the text. */
export function fixAllAction(a: Analysis, uri: string, opts: CodeActionOptions = {}): CodeAction | undefined {
  const memo = opts.fixAllMemo?.get(a);
  if (memo !== undefined) return memo ?? undefined;
  const action = computeFixAllAction(a, uri, opts);
  opts.fixAllMemo?.set(a, action ?? null);
  return action;
}

function computeFixAllAction(a: Analysis, uri: string, opts: CodeActionOptions): CodeAction | undefined {
  const shell = fixAllShell(a, uri, opts);
  if (!shell) return undefined;
  const result = fixAll(a.doc.text, opts.analyzeOptions);
  if (result.text === a.doc.text) return undefined;
  return { ...shell, edit: lineEdit(uri, textEdits(a.doc.text, result.text)) };
}

/**
 * The edits from `before` to `after`: one per run of changed lines (the lines in between, and
 * a cursor on them, are left alone), or the one edit that covers the whole change.
 */
export function textEdits(before: string, after: string): TextEdit[] {
  const edits = lineDiffEdits(before, after);
  return applyEdits(before, edits) === after ? edits : [minimalEdit(before, after)];
}

/** One edit that turns `before` into `after`, covering only the part that changed. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a CRLF pair or a surrogate pair.
  while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before[start] === '\n' && before[start - 1] === '\r'))) start--;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  while (endB < before.length && endB > start && (isLowSurrogate(before.charCodeAt(endB)) || (before[endB] === '\n' && before[endB - 1] === '\r'))) {
    endB++;
    endA++;
  }
  return { range: { start: positionAt(before, start), end: positionAt(before, endB) }, newText: after.slice(start, endA) };
}

/** Offset → Position (lines end at \n, \r\n or \r). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  return positionIn(lineStarts(text), offset);
}

// ---------------------------------------------------------------------------------------
// Suppression edits

function lastRuleEnd(doc: Document, s: Suppression): { line: number; character: number } {
  if (s.rules.length) return { ...s.rules[s.rules.length - 1].range.end };
  const l = doc.lines[s.line];
  return { line: s.line, character: l.text.trimEnd().length };
}

function appendRule(doc: Document, s: Suppression, rule: string): TextEdit | undefined {
  if (s.rules.some((r) => r.text === rule)) return undefined;
  const at = lastRuleEnd(doc, s);
  return { range: { start: at, end: at }, newText: s.rules.length ? `, ${rule}` : ` ${rule}` };
}

/**
 * `# rxn-disable-next-line RULE` above the line (same indentation), or RULE appended to such
 * a comment that already sits right above. Undefined when the line cannot be targeted (it
 * holds no statement, so a next-line comment would silence a later line instead).
 */
export function disableForLineEdit(doc: Document, rule: string, line: number): TextEdit | undefined {
  const l = doc.lines[line];
  if (!l || (!l.statement && !l.invalid)) return undefined;
  const above = doc.suppressions.find((s) => s.kind === 'next-line' && s.line === line - 1);
  if (above) {
    const prev = doc.lines[line - 1];
    // Only when that comment is on a line of its own (a trailing comment there targets this line too, but is odd to extend).
    if (prev && !prev.statement) return appendRule(doc, above, rule);
  }
  const indent = l.text.slice(0, l.indent);
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: endingSafe(doc, at, `${indent}# rxn-disable-next-line ${rule}${doc.eol}`) };
}

/** `# rxn-disable RULE` after the leading comment lines, or RULE appended to an existing `# rxn-disable` line. */
export function disableForFileEdit(doc: Document, rule: string): TextEdit {
  const existing = doc.suppressions.find((s) => s.kind === 'file');
  if (existing) {
    const e = appendRule(doc, existing, rule);
    if (e) return e;
    const p = lastRuleEnd(doc, existing);
    return { range: { start: p, end: p }, newText: '' };
  }
  let i = 0;
  while (i < doc.lines.length && isCommentOnly(doc.lines[i])) i++;
  const text = `# rxn-disable ${rule}`;
  if (i >= doc.lines.length) {
    const last = doc.lines[doc.lines.length - 1];
    const p = { line: last.index, character: last.text.length };
    return { range: { start: p, end: p }, newText: (last.text.length || doc.lines.length > 1 ? doc.eol : '') + text };
  }
  const at = { line: i, character: 0 };
  return { range: { start: at, end: at }, newText: endingSafe(doc, at, text + doc.eol) };
}
