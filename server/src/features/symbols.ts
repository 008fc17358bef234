/**
 * The outline (document symbols): the protocol as the root, holding the reagent table,
 * the solvent, every step with its statements, and the work-up with its statements.
 */
import type { Model } from '../model/types';
import type { DocumentSymbol, SymbolKind as LspSymbolKind } from 'vscode-languageserver-types';
import type { Document, Line, ReagentStmt, SolventStmt, Statement } from '../syntax/ast';
import type { Range } from '../types';
import { lookup } from '../kb';
import { SymbolKind, pos, wholeDocumentRange } from './common';

function kind(k: number): LspSymbolKind {
  return k as LspSymbolKind;
}

/** The text of a statement as written (keyword to end, without the comment). */
function statementText(doc: Document, st: Statement): string {
  const line = doc.lines[st.line];
  if (!line) return st.keyword.text;
  const text = line.text.slice(st.range.start.character, st.range.end.character).replace(/\s+/g, ' ').trim();
  return text || st.keyword.text || st.kind;
}

function lineRange(doc: Document, st: Statement): Range {
  const line = doc.lines[st.line];
  return { start: { ...st.range.start }, end: pos(st.line, Math.max(st.range.end.character, line ? line.text.length : 0)) };
}

function reagentSymbol(st: ReagentStmt, roles?: RoleOf): DocumentSymbol {
  const name = st.name.text.trim();
  const kb = name ? lookup(name) : undefined;
  // The role the model worked out (also from the SMILES or the name), else the declaration's.
  const role = roles?.(st) ?? st.role?.role ?? (kb && kb.role !== 'solvent' ? kb.role : undefined);
  // With its amounts as written (`3.0 equiv, 1.50 g`), as the solvent shows its concentration.
  const amounts = st.quantities.map((q) => q.raw.replace(/\s+/g, ' ').trim()).join(', ');
  const detail = [name || '(no name)', role, amounts].filter(Boolean).join(' · ');
  return {
    name: st.alias.text || name || 'reagent',
    detail,
    kind: kind(SymbolKind.Variable),
    range: { start: { ...st.range.start }, end: { ...st.range.end } },
    selectionRange: st.alias.text ? { ...st.alias.range } : { ...st.keyword.range },
  };
}

function solventSymbol(st: SolventStmt): DocumentSymbol {
  const detail = ['solvent', st.ratio?.text, st.amount?.raw].filter(Boolean).join(' · ');
  return {
    name: st.name.text.trim() || 'solvent',
    detail,
    kind: kind(SymbolKind.Property),
    range: { start: { ...st.range.start }, end: { ...st.range.end } },
    selectionRange: st.name.text ? { ...st.name.range } : { ...st.keyword.range },
  };
}

/**
 * Did this unreadable line open a block in the parser? A misspelled `step` does (its line is
 * in a step), one after the work-up does not; a misspelled `workup` does when the work-up
 * starts there (the line before is not in it).
 */
export function opensBlock(doc: Document, line: Line): boolean {
  if (line.meant === 'step') return line.block === 'step';
  if (line.meant !== 'workup' || line.block !== 'workup') return false;
  for (let i = line.index - 1; i >= 0; i--) {
    const l = doc.lines[i];
    if (l.statement || l.invalid) return l.block !== 'workup';
  }
  return true;
}

/** The role of a reagent declaration, as the model decided it. */
type RoleOf = (st: ReagentStmt) => string | undefined;

function childSymbol(doc: Document, st: Statement, roles?: RoleOf): DocumentSymbol {
  if (st.kind === 'reagent') return reagentSymbol(st, roles);
  if (st.kind === 'solvent') return solventSymbol(st);
  return {
    name: statementText(doc, st),
    kind: kind(SymbolKind.Event),
    range: { start: { ...st.range.start }, end: { ...st.range.end } },
    selectionRange: { ...st.keyword.range },
  };
}

/** Grows a block symbol's range to the end of the line of its last child. */
function closeBlock(doc: Document, sym: DocumentSymbol, last: Statement | undefined): void {
  if (!last) return;
  const end = lineRange(doc, last).end;
  if (end.line > sym.range.end.line || (end.line === sym.range.end.line && end.character > sym.range.end.character))
    sym.range = { start: sym.range.start, end };
}

export function documentSymbols(doc: Document, model?: Model): DocumentSymbol[] {
  const roles: RoleOf | undefined = model
    ? (st) => {
        const r = model.byAlias.get(st.alias.text);
        return r && r.decl === st ? r.role : undefined;
      }
    : undefined;
  const top: DocumentSymbol[] = [];
  let protocol: Statement | undefined;
  let target: string | undefined;
  let scale: string | undefined;
  let block: { sym: DocumentSymbol; last?: Statement } | undefined;
  let stepNumber = 0;
  /** Closes the open block and starts a step (with its title, if any) or the work-up. */
  const startBlock = (what: 'step' | 'workup', title: string | undefined, range: Range, selectionRange: Range, last?: Statement) => {
    if (block) closeBlock(doc, block.sym, block.last);
    let sym: DocumentSymbol;
    if (what === 'step') {
      stepNumber++;
      sym = { name: title || `Step ${stepNumber}`, detail: title ? `step ${stepNumber}` : undefined, kind: kind(SymbolKind.Function), range, selectionRange, children: [] };
    } else sym = { name: 'Work-up', kind: kind(SymbolKind.Namespace), range, selectionRange, children: [] };
    top.push(sym);
    block = { sym, last };
  };

  for (const line of doc.lines) {
    const st = line.statement;
    if (!st) {
      // A misspelled `step`/`workup` opens its block in the parser; the outline follows, and
      // an unreadable line inside a block still stretches it.
      if (line.invalid && opensBlock(doc, line)) {
        const title = line.meant === 'step' ? /"([^"]*)"/.exec(line.text)?.[1]?.trim() : undefined;
        const end = line.comment ? line.comment.range.start.character : line.text.length;
        const range = { start: pos(line.index, line.indent), end: pos(line.index, Math.max(line.indent, end)) };
        const word = /^[A-Za-z-]*/.exec(line.text.slice(line.indent))![0];
        startBlock(line.meant as 'step' | 'workup', title, range, { start: range.start, end: pos(line.index, line.indent + word.length) });
      } else if (line.invalid && block) {
        const end = pos(line.index, line.text.length);
        if (end.line > block.sym.range.end.line) block.sym.range = { start: block.sym.range.start, end };
      }
      continue;
    }
    switch (st.kind) {
      case 'protocol':
        protocol ??= st;
        continue;
      case 'target':
        target ??= st.value.text;
        if (!block) continue;
        break;
      case 'scale':
        scale ??= st.quantity.raw;
        if (!block) continue;
        break;
      case 'mode':
        if (!block) continue;
        break;
      case 'step':
        startBlock('step', st.title?.text.trim(), lineRange(doc, st), st.title?.text ? { ...st.title.range } : { ...st.keyword.range }, st);
        continue;
      case 'workup':
        startBlock('workup', undefined, lineRange(doc, st), { ...st.keyword.range }, st);
        continue;
      default:
        break;
    }
    if (block) {
      block.sym.children!.push(childSymbol(doc, st, roles));
      block.last = st;
    } else if (st.kind === 'reagent' || st.kind === 'solvent') {
      top.push(childSymbol(doc, st, roles));
    }
  }
  if (block) closeBlock(doc, block.sym, block.last);

  const whole = wholeDocumentRange(doc);
  const protocolTitle = protocol?.kind === 'protocol' ? protocol.title.text.trim() : '';
  const detail = [target && `target ${target}`, scale && `scale ${scale}`].filter(Boolean).join(' · ') || undefined;
  const root: DocumentSymbol = {
    name: protocolTitle || 'Untitled protocol',
    detail,
    kind: kind(SymbolKind.Module),
    range: whole,
    selectionRange: protocol
      ? protocol.kind === 'protocol' && protocol.title.text
        ? { ...protocol.title.range }
        : { ...protocol.keyword.range }
      : { start: pos(0, 0), end: pos(0, 0) },
    children: top,
  };
  return [root];
}
