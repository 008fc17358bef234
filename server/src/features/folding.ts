/**
 * Folding: every step, the work-up, the reagent table (a run of `reagent` lines, comment
 * lines in between allowed) and runs of two or more comment-only lines.
 */
import type { FoldingRange } from 'vscode-languageserver-types';
import { isCommentOnly, type Document } from '../syntax/ast';
import { opensBlock } from './symbols';

export function foldingRanges(doc: Document): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lines = doc.lines;

  // Steps and the work-up: from the header line to the last statement before the next block
  // header (comment lines after the last statement usually introduce the next block).
  let open: { start: number; last: number } | undefined;
  const close = () => {
    if (open && open.last > open.start) out.push({ startLine: open.start, endLine: open.last });
    open = undefined;
  };
  for (const l of lines) {
    // A misspelled `step`/`workup` (`stpe "two"`) opens its block in the parser: here too.
    const k = l.statement?.kind ?? (l.invalid && opensBlock(doc, l) ? l.meant : undefined);
    if (k === 'step' || k === 'workup') {
      close();
      open = { start: l.index, last: l.index };
      continue;
    }
    if (open && (l.statement || l.invalid)) open.last = l.index;
  }
  close();

  // The reagent table.
  let table: { start: number; last: number } | undefined;
  const closeTable = () => {
    if (table && table.last > table.start) out.push({ startLine: table.start, endLine: table.last });
    table = undefined;
  };
  for (const l of lines) {
    if (l.statement?.kind === 'reagent') {
      if (table) table.last = l.index;
      else table = { start: l.index, last: l.index };
    } else if (table && isCommentOnly(l)) {
      continue;
    } else {
      closeTable();
    }
  }
  closeTable();

  // Runs of comment-only lines.
  let run: { start: number; last: number } | undefined;
  const closeRun = () => {
    if (run && run.last > run.start) out.push({ startLine: run.start, endLine: run.last, kind: 'comment' });
    run = undefined;
  };
  for (const l of lines) {
    if (isCommentOnly(l)) {
      if (run) run.last = l.index;
      else run = { start: l.index, last: l.index };
    } else closeRun();
  }
  closeRun();

  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out;
}

