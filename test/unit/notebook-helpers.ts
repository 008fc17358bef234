/**
 * What the notebook-spelling tests (notebook-r2, -r3, -r4) share: the ELN fixture r7-21 with one
 * of its lines replaced, what the checker then says, and the text after the only diagnostic's fix.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits } from '../../server/src/engine';
import { print } from '../../server/src/syntax/print';
import { parse } from '../../server/src/syntax/parser';

export const format = (t: string) => print(parse(t));

export const BASE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'r7-21-notebook-approximate-times.rxn'), 'utf8');

/** The fixture with `old` (a whole line, without its indent) replaced by `line` (a `\n` in it starts another line, indented alike). */
export const replaced = (old: string, line: string) => {
  const re = new RegExp(`^( *)${old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm');
  assert.ok(re.test(BASE), old);
  return BASE.replace(re, (_m, indent: string) => indent + line.replace(/\n/g, `\n${indent}`));
};

/** The fixture with its `stir ~16 h at rt` line replaced by `line`. */
export const withLine = (line: string) => replaced('stir ~16 h at rt', line);

export const problems = (t: string) => analyze(t).diagnostics.map((d) => `${d.rule}: ${d.message}`);

/** The minutes of the stir statements (in order). */
export const stirMinutes = (t: string) =>
  analyze(t)
    .doc.statements.filter((s) => s.kind === 'stir')
    .map((s) => (s.kind === 'stir' ? s.duration.minutes : -1));

/** The only diagnostic, with its first fix applied (and whether that fix is safe). */
export const fixed = (t: string) => {
  const ds = analyze(t).diagnostics;
  assert.equal(ds.length, 1, ds.map((d) => d.message).join('\n'));
  assert.ok(ds[0].fixes.length > 0, 'a fix is offered');
  return { text: applyEdits(t, ds[0].fixes[0].edits), safe: ds[0].fixes[0].safe !== false, message: ds[0].message, rule: ds[0].rule };
};

/** The text after the only diagnostic's first fix. */
export const fixedText = (t: string) => fixed(t).text;
