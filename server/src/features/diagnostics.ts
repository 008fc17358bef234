/** Converts the engine's diagnostics into LSP diagnostics (shared by the server and code actions). */
import type { Diagnostic, DiagnosticSeverity as LspSeverity, DiagnosticTag as LspTag } from 'vscode-languageserver-types';
import type { RxnDiagnostic, Severity } from '../types';
import { DiagnosticSeverity, DiagnosticTag } from './common';

export function toLspSeverity(s: Severity): LspSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    default:
      return DiagnosticSeverity.Information;
  }
}

/** What the server stores in `Diagnostic.data` so a code-action request can find the rule again. */
export interface RxnDiagnosticData {
  rule: string;
}

/**
 * `uri`: the document's, for the other places the message names (`relatedInformation`, which
 * VS Code lists under the problem as links: "already declared on line 7" jumps to line 7).
 */
export function toLspDiagnostic(d: RxnDiagnostic, docsUri?: (ruleId: string) => string, uri?: string): Diagnostic {
  const out: Diagnostic = {
    range: { start: { ...d.range.start }, end: { ...d.range.end } },
    severity: toLspSeverity(d.severity),
    code: d.rule,
    source: 'rxn',
    message: d.message,
    data: { rule: d.rule } satisfies RxnDiagnosticData,
  };
  const href = docsUri?.(d.rule);
  if (href) out.codeDescription = { href };
  if (d.tags?.includes('unnecessary')) out.tags = [DiagnosticTag.Unnecessary as LspTag];
  if (uri !== undefined && d.related?.length)
    out.relatedInformation = d.related.map((r) => ({ location: { uri, range: { start: { ...r.range.start }, end: { ...r.range.end } } }, message: r.message }));
  return out;
}
