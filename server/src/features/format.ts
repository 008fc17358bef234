/**
 * Formatting: the canonical layout of `print` (syntax/print.ts) as one edit over the whole
 * document, or no edit when the text is already formatted. `print` writes the document's
 * own line ending, so a CRLF file stays CRLF.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Document } from '../syntax/ast';
import { print } from '../syntax/print';
import { wholeDocumentRange } from './common';

/** The formatted text of a document (without a BOM: callers keep their own). */
export function formattedText(doc: Document): string {
  return print(doc);
}

export function formatDocument(doc: Document): TextEdit[] {
  const formatted = print(doc);
  if (formatted === doc.text) return [];
  return [{ range: wholeDocumentRange(doc), newText: formatted }];
}
