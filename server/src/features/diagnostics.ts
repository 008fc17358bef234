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

export function toLspDiagnostic(d: RxnDiagnostic, docsUri?: (ruleId: string) => string): Diagnostic {
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
  return out;
}
