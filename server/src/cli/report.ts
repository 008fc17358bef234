/** The `text` and `json` reports of `rxn check`. */
import type { RxnDiagnostic, Severity } from '../types';
import { oneLinePath, paint } from './io';

export interface FileReport {
  /** As shown (see files.ts). */
  path: string;
  abs: string;
  /** The absolute path's bytes when a name in it is not valid UTF-8 (files.ts). */
  raw?: Buffer;
  diagnostics: RxnDiagnostic[];
  /** Whether `rxn check --fix` would fix a diagnostic of this file (default: it has a safe fix). */
  fixable?: (d: RxnDiagnostic) => boolean;
  /** The file was UTF-16 (read as such): SARIF declares its encoding. */
  utf16?: 'utf-16le' | 'utf-16be';
}

/** One diagnostic in the JSON report (the public shape of docs/cli.md; do not change). */
export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixable: boolean;
}

export interface JsonReport {
  version: 1;
  files: { path: string; diagnostics: JsonDiagnostic[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/** `fixable`: `rxn check --fix` would fix it, i.e. the diagnostic has a safe fix. */
export function isFixable(d: RxnDiagnostic): boolean {
  return d.fixes.some((f) => f.safe);
}

/** Diagnostics by line, then column (then end, then rule id, for a stable order). */
export function sortDiagnostics(ds: readonly RxnDiagnostic[]): RxnDiagnostic[] {
  return [...ds].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.range.end.line - b.range.end.line ||
      a.range.end.character - b.range.end.character ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

export function toJsonDiagnostic(d: RxnDiagnostic, fixable: (d: RxnDiagnostic) => boolean = isFixable): JsonDiagnostic {
  return {
    rule: d.rule,
    severity: d.severity,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    message: d.message,
    fixable: fixable(d),
  };
}

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function count(reports: readonly FileReport[]): Counts {
  const c: Counts = { files: reports.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of reports)
    for (const d of r.diagnostics) {
      if (d.severity === 'error') c.errors++;
      else if (d.severity === 'warning') c.warnings++;
      else c.infos++;
    }
  return c;
}

export function formatJson(reports: readonly FileReport[]): string {
  const out: JsonReport = {
    version: 1,
    files: reports.map((r) => ({ path: r.path, diagnostics: sortDiagnostics(r.diagnostics).map((d) => toJsonDiagnostic(d, r.fixable)) })),
    summary: count(reports),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

const plural = (n: number, word: string, many = word + 's') => `${n} ${n === 1 ? word : many}`;

/** `3 problems (1 error, 1 warning, 1 info) in 2 files`, or `No problems in 2 files`. */
export function summaryLine(c: Counts): string {
  const total = c.errors + c.warnings + c.infos;
  const inFiles = `in ${plural(c.files, 'file')}`;
  if (total === 0) return `No problems ${inFiles}`;
  return `${plural(total, 'problem')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info', 'info')}) ${inFiles}`;
}

/** `PATH:LINE:COL: SEVERITY RULE message`, one a line (1-based; columns in UTF-16 code units), then the summary. */
export function formatText(reports: readonly FileReport[], color: boolean): string {
  const p = paint(color);
  const sev = (s: Severity) => (s === 'error' ? p.red(s) : s === 'warning' ? p.yellow(s) : p.cyan(s));
  const lines: string[] = [];
  for (const r of reports)
    for (const d of sortDiagnostics(r.diagnostics)) {
      const where = `${oneLinePath(r.path)}:${d.range.start.line + 1}:${d.range.start.character + 1}:`;
      // Control characters quoted from the file (an escape sequence, a NUL) are shown escaped.
      const message = oneLinePath(d.message.replace(/\s*\r?\n\s*/g, ' '));
      lines.push(`${where} ${sev(d.severity)} ${p.dim(d.rule)} ${message}`);
    }
  const c = count(reports);
  const summary = summaryLine(c);
  lines.push(c.errors ? p.bold(p.red(summary)) : c.warnings ? p.bold(p.yellow(summary)) : p.bold(summary));
  return lines.join('\n') + '\n';
}
