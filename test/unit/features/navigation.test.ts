import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { definition, prepareRename, references, rename } from '../../../server/src/features/navigation';
import { apply, EXAMPLE, posOf, textAt } from './helpers';

const TEXT = EXAMPLE.replace('  stir 16 h at rt', '  stir 1 h at rt\n  add stab\n  stir 15 h at rt');

describe('features/navigation', () => {
  const a = analyze(TEXT);
  const decl = posOf(TEXT, 'stab      =');

  it('goes from an add to the alias of the reagent line', () => {
    const r = definition(a, posOf(TEXT, 'add stab', 6));
    assert.ok(r);
    assert.deepEqual(r.start, decl);
    assert.equal(textAt(TEXT, r), 'stab');
    assert.deepEqual(definition(a, posOf(TEXT, 'stab      =', 4)), r, 'the end of the token counts too');
    assert.equal(definition(a, posOf(TEXT, 'NaBH(OAc)3')), undefined);
    const undeclared = TEXT.replace('add stab portionwise', 'add nope portionwise');
    assert.equal(definition(analyze(undeclared), posOf(undeclared, 'nope')), undefined);
  });

  it('finds every occurrence of an alias, with or without the declaration', () => {
    const all = references(a, posOf(TEXT, 'add stab', 5), true);
    assert.equal(all.length, 3);
    assert.deepEqual(all[0].start, decl);
    assert.ok(all.every((r) => textAt(TEXT, r) === 'stab'));
    const uses = references(a, decl, false);
    assert.equal(uses.length, 2);
    assert.ok(uses.every((r) => r.start.line !== decl.line));
    assert.deepEqual(references(a, posOf(TEXT, 'DCE'), true), []);
    // `acid` is an alias here, not the word "acid" in other places.
    assert.equal(references(a, posOf(TEXT, 'ald, acid', 5), true).length, 2);
  });

  it('renames every occurrence and leaves a protocol that still checks clean', () => {
    const prep = prepareRename(a, posOf(TEXT, 'add stab', 4));
    assert.ok(prep);
    assert.equal(prep.placeholder, 'stab');
    assert.equal(textAt(TEXT, prep.range), 'stab');
    const edits = rename(a, posOf(TEXT, 'add stab', 4), 'reductant_1');
    assert.ok(Array.isArray(edits));
    assert.equal(edits.length, 3);
    const out = apply(TEXT, edits);
    assert.ok(!/\bstab\b/.test(out));
    assert.equal(out.match(/\breductant_1\b/g)!.length, 3);
    assert.deepEqual(analyze(out).diagnostics.map((d) => d.rule), analyze(TEXT).diagnostics.map((d) => d.rule));
  });

  it('keeps the reagent table aligned on `=` when an alias gets longer or shorter', () => {
    const table = 'reagent amine = 1,4-diazepane 3.0 equiv\nreagent ald   = benzaldehyde 1.0 equiv\nreagent stab  = NaBH(OAc)3 1.5 equiv\nstep\n  add amine, ald\n  add stab\n';
    const t = analyze(table);
    const eqCol = (text: string) => text.split('\n').filter((l) => l.startsWith('reagent')).map((l) => l.indexOf('='));
    const longer = apply(table, rename(t, { line: 2, character: 9 }, 'triacetoxy') as never);
    assert.match(longer, /reagent triacetoxy = NaBH\(OAc\)3/, 'at least one space before =');
    const shorter = apply(table, rename(t, { line: 0, character: 9 }, 'am') as never);
    assert.deepEqual(eqCol(shorter), eqCol(table));
    assert.match(shorter, /\n {2}add am, ald\n/);
  });

  it('renames an alias listed after an item that is no alias (`add é, bb`), and removing it never takes that item along', () => {
    const text = 'reagent bb = benzaldehyde 1.0 equiv\nstep\n  add é, bb\n  add 1x, bb\n';
    const out = apply(text, rename(analyze(text), { line: 0, character: 9 }, 'ald') as never);
    assert.equal(out, 'reagent ald = benzaldehyde 1.0 equiv\nstep\n  add é, ald\n  add 1x, ald\n');
    assert.equal(references(analyze(text), { line: 0, character: 9 }, true).length, 3);
  });

  it('renames the alias on an add line that could not be read too (`add stab dropwse`, `ad acid, stab`)', () => {
    const bad = TEXT.replace('  add stab\n', '  add stab dropwse\n  ad acid, stab # again\n');
    const b = analyze(bad);
    const edits = rename(b, decl, 'red');
    assert.ok(Array.isArray(edits));
    const out = apply(bad, edits);
    assert.match(out, /\n {2}add red dropwse\n {2}ad acid, red # again\n/);
    assert.ok(!/\bstab\b/.test(out), out);
    assert.equal(references(b, decl, false).length, 3);
  });

  it('works from an add line that does not read yet too (while typing `add stab portionw`): definition, references, rename', () => {
    const bad = TEXT.replace('  add stab\n', '  add stab dropwse\n');
    const b = analyze(bad);
    const at = posOf(bad, 'add stab dropwse', 5);
    assert.deepEqual(definition(b, at)?.start, posOf(bad, 'stab      ='));
    assert.equal(references(b, at, true).length, references(b, posOf(bad, 'stab      ='), true).length);
    assert.equal(textAt(bad, prepareRename(b, at)!.range), 'stab');
    const out = apply(bad, rename(b, at, 'red') as never);
    assert.ok(!/\bstab\b/.test(out) && /add red dropwse/.test(out), out);
    assert.equal(definition(b, posOf(bad, 'dropwse', 2)), undefined, 'the unread word after the aliases is not one');
  });

  it('refuses invalid or taken names', () => {
    const p = posOf(TEXT, 'add stab', 4);
    for (const bad of ['1abc', 'has space', 'a.b', '', 'portionwise']) {
      const r = rename(a, p, bad);
      assert.ok(!Array.isArray(r) && typeof r.error === 'string', bad);
    }
    const taken = rename(a, p, 'ald');
    assert.ok(!Array.isArray(taken));
    assert.match(taken.error, /already declared/);
    assert.deepEqual(rename(a, p, 'stab'), []);
    assert.equal(prepareRename(a, posOf(TEXT, 'portionwise')), undefined);
    const notAlias = rename(a, posOf(TEXT, 'DCE'), 'x');
    assert.ok(!Array.isArray(notAlias));
  });
});
