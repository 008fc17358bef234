import { strict as assert } from 'node:assert';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/engine';
import { completion, withoutInsertReplace, withoutSnippets } from '../../../server/src/features/completion';
import { lookupById } from '../../../server/src/kb';
import { rules } from '../../../server/src/rules';
import { parse } from '../../../server/src/syntax/parser';
import { apply, cursor, EXAMPLE } from './helpers';

/** Completes at the `|` of a line inserted into the example after the line that holds `after`. */
function at(line: string, after: string): { items: CompletionItem[]; text: string; labels: string[] } {
  const lines = EXAMPLE.split('\n');
  const idx = lines.findIndex((l) => l.includes(after));
  assert.ok(idx >= 0, after);
  lines.splice(idx + 1, 0, line);
  const { text, pos } = cursor(lines.join('\n'));
  const items = completion(analyze(text), pos);
  return { items, text, labels: items.map((i) => i.label) };
}

function pick(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item '${label}' in ${items.map((i) => i.label).join(', ')}`);
  return item;
}

/** Applies an item the way an editor does (snippet placeholders resolved to their default). */
function accept(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const newText = edit.newText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
  return apply(text, [{ range: edit.range, newText }, ...(item.additionalTextEdits ?? [])]);
}

describe('features/completion', () => {
  it('offers the keywords of the block at the start of a line', () => {
    const step = at('  |', 'stir 30 min');
    for (const k of ['add', 'stir', 'wait', 'heat', 'cool', 'reflux', 'monitor', 'concentrate', 'filter', 'isolate', 'note', 'solvent', 'step'])
      assert.ok(step.labels.includes(k), k);
    assert.ok(!step.labels.includes('quench'));
    assert.ok(!step.labels.includes('workup'), 'the protocol already has a work-up');
    assert.equal(pick(step.items, 'add').kind, 14);

    const work = at('  |', 'dry Na2SO4');
    for (const k of ['quench', 'basify', 'acidify', 'extract', 'wash', 'dry', 'filter', 'concentrate', 'purify', 'crystallize', 'salt', 'note'])
      assert.ok(work.labels.includes(k), k);
    assert.ok(!work.labels.includes('add'));

    const header = at('|', 'scale 5 mmol');
    assert.ok(header.labels.includes('reagent') && header.labels.includes('mode') && header.labels.includes('step'));
    assert.ok(!header.labels.includes('scale') && !header.labels.includes('protocol'), 'header lines already written are not offered again');

    const fresh = completion(analyze(''), { line: 0, character: 0 }).map((i) => i.label);
    for (const k of ['protocol', 'target', 'scale', 'mode', 'reagent', 'solvent', 'step']) assert.ok(fresh.includes(k), k);
  });

  it('`protocol` and `note` insert the quotes their detail shows, with the title or text as a placeholder', () => {
    // `protocol` inserted `protocol ` while its detail read `protocol "TITLE"`.
    const fresh = completion(analyze('pro'), { line: 0, character: 3 });
    const protocol = pick(fresh, 'protocol');
    assert.equal(protocol.detail, 'protocol "TITLE"');
    assert.equal((protocol.textEdit as TextEdit).newText, 'protocol "${1:TITLE}"');
    assert.equal(protocol.insertTextFormat, 2, 'a snippet');
    assert.equal(accept('pro', protocol), 'protocol "TITLE"');
    // A client without snippets gets the placeholder's text, as for every snippet item.
    const plain = pick(withoutSnippets(fresh), 'protocol');
    assert.equal((plain.textEdit as TextEdit).newText, 'protocol "TITLE"');
    assert.equal(plain.insertTextFormat, 1);
    const note = pick(at('  no|', 'stir 30 min').items, 'note');
    assert.equal((note.textEdit as TextEdit).newText, 'note "${1:TEXT}"');
    // A title already written after the cursor is kept, not doubled.
    const titled = completion(analyze('pro "My run"'), { line: 0, character: 3 });
    assert.equal((pick(titled, 'protocol').textEdit as TextEdit).newText, 'protocol ');
    assert.equal(pick(titled, 'protocol').insertTextFormat, undefined);
  });

  it('an accepted `workup` or `step` goes to the left margin, as it does when typed out', () => {
    // Enter after a step line indents the next one; typing `workup` there outdents it (the
    // editor's indentation rules), but accepting the item left `  workup` and the work-up
    // lines under it at four spaces.
    const body = 'reagent dz = homopiperazine 3.0 equiv\nstep "Reduction"\n  add dz\n  stir 1 h\n';
    for (const [typed, label, line] of [['  work', 'workup', 'workup'], ['  st', 'step', 'step '], ['\twork', 'workup', 'workup']] as const) {
      const text = body + typed;
      const items = completion(analyze(text), { line: 4, character: typed.length });
      const done = accept(text, pick(items, label));
      assert.equal(done.split('\n')[4], line, JSON.stringify(done));
    }
    // In the header (nothing to take back) the item has no other edit; `stir` in a step keeps its indentation.
    const header = completion(analyze('st'), { line: 0, character: 2 });
    assert.equal(pick(header, 'step').additionalTextEdits, undefined);
    const stir = completion(analyze(body + '  st'), { line: 4, character: 4 });
    assert.equal(accept(body + '  st', pick(stir, 'stir')).split('\n')[4], '  stir ');
  });

  it('a keyword item reopens the suggestions exactly where the next word has some', () => {
    // For every block, accept each keyword and ask again right after it: the item carries
    // triggerSuggest if and only if something would be offered there.
    const base = 'protocol "x"\nscale 5 mmol\nreagent dz = homopiperazine 3.0 equiv\nreagent ald = benzaldehyde 1 equiv\n';
    const blocks = ['', 'step "a"\n  add dz\n  ', 'step "a"\n  add dz\nworkup\n  dry Na2SO4\n  '];
    let seen = 0;
    for (const pre of blocks) {
      const text = base + pre;
      const line = text.split('\n').length - 1;
      const indent = text.split('\n')[line].length;
      for (const item of completion(analyze(text), { line, character: indent })) {
        const inserted = accept(text, item);
        const next = completion(analyze(inserted), { line, character: inserted.split('\n')[line].length });
        const reopens = item.command?.command === 'editor.action.triggerSuggest';
        // `workup`, `filter`, `concentrate` bring no space: what follows them is the next line's keyword.
        const expected = (item.textEdit as TextEdit).newText.endsWith(' ') && next.length > 0;
        assert.equal(reopens, expected, `${item.label} in ${JSON.stringify(pre)}: next offers ${next.map((i) => i.label).slice(0, 3)}`);
        if (reopens) seen++;
      }
    }
    assert.ok(seen >= 15, `${seen} keywords reopen the list`);
  });

  it('a half-typed `work` at the start of a line still gets the keywords of the block above (workup among them)', () => {
    // The parser reads `work` as a misspelled `workup` and starts the work-up there; completion must not.
    const text = 'reagent stab = NaBH(OAc)3 1.5 equiv\nstep "Reduction"\n  add stab portionwise\n  stir 16 h\nwork';
    for (const ch of [3, 4]) {
      const labels = completion(analyze(text.slice(0, text.length - 4 + ch)), { line: 4, character: ch }).map((i) => i.label);
      assert.ok(labels.includes('workup') && labels.includes('add') && !labels.includes('quench'), labels.join(', '));
    }
  });

  it('after `add ALIAS in ` nothing is offered: the number of portions comes next', () => {
    assert.deepEqual(at('  add stab in |', 'stir 30 min').labels, []);
  });

  it('completes a reagent declaration with knowledge-base names and synonyms', () => {
    const { items, text } = at('reagent red = |', 'reagent stab');
    const stab = pick(items, 'NaBH(OAc)3');
    assert.match(stab.detail!, /reductant/);
    assert.deepEqual(stab.documentation, { kind: 'markdown', value: lookupById('stab')!.explanation });
    assert.equal(stab.insertTextFormat, 2);
    assert.equal((stab.textEdit as TextEdit).newText, 'NaBH(OAc)3 ${1:1.0} equiv');
    const synonym = pick(items, 'STAB');
    assert.match(synonym.detail!, /NaBH\(OAc\)3/);
    pick(items, '1,4-diazepane');
    pick(items, 'homopiperazine');
    assert.ok(!items.some((i) => i.label === 'DCE'), 'solvents are not offered as reagents');

    const done = accept(text, stab);
    const st = parse(done).statements.find((s) => s.kind === 'reagent' && s.alias.text === 'red');
    assert.ok(st && st.kind === 'reagent');
    assert.equal(st.name.text, 'NaBH(OAc)3');
    assert.equal(st.quantities[0].raw, '1.0 equiv');
  });

  it('offers the names of the components the table still lacks first (benz → benzaldehyde once the amine is declared)', () => {
    // What VS Code shows for `benz`: the items whose name starts with it, in sortText order.
    const first = (text: string, typed: string) => {
      const lines = text.split('\n');
      const items = completion(analyze(text), { line: lines.length - 1, character: lines[lines.length - 1].length });
      return items
        .filter((i) => (i.filterText ?? i.label).toLowerCase().startsWith(typed))
        .sort((x, y) => x.sortText!.localeCompare(y.sortText!))
        .map((i) => i.label);
    };
    const withAmine = 'protocol "x"\ntarget mono\nscale 5 mmol\n\nreagent dz = homopiperazine 3.0 equiv\nreagent ald = benz';
    assert.equal(first(withAmine, 'benz')[0], 'benzaldehyde');
    // The amine, the carbonyl and the reductant declared: a role not yet in the table (the acid) leads.
    const all = 'reagent dz = homopiperazine 3.0 equiv\nreagent ald = benzaldehyde 1.0 equiv\nreagent stab = STAB 1.5 equiv\nreagent acid = acet';
    assert.equal(first(all, 'acet')[0], 'acetic acid');
    // Nothing declared yet: the diazepanes come first, as before.
    assert.equal(first('reagent dz = homo', 'homo')[0], 'homopiperazine');
  });

  it('replaces a partly typed name, including one with commas', () => {
    const { items, text } = at('reagent d2 = 1,4-dia|', 'reagent stab');
    const done = accept(text, pick(items, '1,4-diazepane'));
    assert.ok(done.includes('reagent d2 = 1,4-diazepane 1.0 equiv\n'));
  });

  it('lists the declared aliases after add, without those already on the line', () => {
    const first = at('  add |', 'stir 16 h');
    assert.deepEqual(first.labels, ['diazepane', 'ald', 'acid', 'stab']);
    assert.equal(pick(first.items, 'stab').detail, 'NaBH(OAc)3 · reductant');
    assert.equal(pick(first.items, 'ald').detail, 'pyridine-4-carboxaldehyde · carbonyl');

    const second = at('  add diazepane, |', 'stir 16 h');
    assert.deepEqual(second.labels, ['ald', 'acid', 'stab']);
    const third = at('  add diazepane, ald, a|', 'stir 16 h');
    assert.deepEqual(third.labels, ['acid', 'stab']);
    const done = accept(third.text, pick(third.items, 'acid'));
    assert.ok(done.includes('  add diazepane, ald, acid\n'));
  });

  it('offers manner and temperature words after an add list', () => {
    const { labels } = at('  add stab |', 'stir 16 h');
    for (const w of ['portionwise', 'dropwise', 'in N portions', 'at']) assert.ok(labels.includes(w), w);
    assert.ok(at('  add stab at |', 'stir 16 h').labels.includes('rt'));
  });

  it('offers the units that fit the place after a number', () => {
    const reagent = at('reagent x = NaBH4 1.0 |', 'reagent stab').labels;
    for (const u of ['equiv', 'mmol', 'mg', 'g', 'mL', 'µL']) assert.ok(reagent.includes(u), u);
    assert.ok(!reagent.includes('min') && !reagent.includes('M'));

    const time = at('  stir 2 |', 'stir 16 h').labels;
    assert.deepEqual(time, ['min', 'h', 's', 'd']);
    const temp = at('  stir 2 h at 40 |', 'stir 16 h').labels;
    assert.deepEqual(temp, ['°C', 'K']);
    const heat = at('  heat to 40 |', 'stir 16 h').labels;
    assert.deepEqual(heat, ['°C', 'K']);
    const solvent = at('  solvent THF 0.1 |', 'stir 16 h').labels;
    for (const u of ['M', 'mM', 'mL', 'L']) assert.ok(solvent.includes(u), u);
    assert.ok(!solvent.includes('g'));
    assert.deepEqual(completion(analyze('scale 5 '), { line: 0, character: 8 }).map((i) => i.label), ['mmol', 'mol', 'µmol']);

    // A unit begun (`1.5 e`, `1.5 m`, `1.5 µ`) is still a unit, not part of the name: the parser
    // keeps `1.5 e` in the name, but the items are the units, replacing only the letters typed.
    for (const [typed, unit] of [['e', 'equiv'], ['m', 'mmol'], ['m', 'mL'], ['µ', 'µL']]) {
      const begun = at(`reagent x = NaBH(OAc)3 1.5 ${typed}|`, 'reagent stab');
      assert.ok(begun.labels.includes(unit), `${typed}: ${begun.labels.slice(0, 5).join(', ')}`);
      assert.ok(!begun.labels.includes('1,4-diazepane'), typed);
      assert.match(accept(begun.text, pick(begun.items, unit)), new RegExp(`reagent x = NaBH\\(OAc\\)3 1\\.5 ${unit}\n`));
    }
    // A strength in a name (`HCl 4 M`, `HCl 4N`) is not a unit being typed: names go on.
    for (const name of ['HCl 4 M', 'HCl 4N']) assert.ok(!at(`reagent x = ${name}|`, 'reagent stab').labels.includes('mmol'), name);

    // Right after the digits the unit is inserted with its space.
    const tight = at('  stir 2|', 'stir 16 h');
    const done = accept(tight.text, pick(tight.items, 'h'));
    assert.ok(done.includes('  stir 2 h\n'));
  });

  it('after `stir … at 0 °C → ` (or `->`), as after `to`: the temperature the pot warms to', () => {
    const to = at('  stir 16 h at 0 °C to |', 'stir 16 h').labels;
    assert.deepEqual(to.slice(0, 1), ['rt']);
    // A figure warmer than the start, not the 0 °C the pot is already at.
    assert.ok(to.includes('25 °C') && !to.includes('0 °C'), to.join(', '));
    for (const arrow of ['→', '->']) {
      const warm = at(`  stir 16 h at 0 °C ${arrow} |`, 'stir 16 h');
      assert.deepEqual(warm.labels, to, arrow);
      assert.match(accept(warm.text, pick(warm.items, 'rt')), new RegExp(`  stir 16 h at 0 °C ${arrow} rt\n`));
      assert.deepEqual(at(`  stir 16 h at 0 °C ${arrow} r|`, 'stir 16 h').labels, at('  stir 16 h at 0 °C to r|', 'stir 16 h').labels, `${arrow} r`);
    }
  });

  it('after `stir 1 h at 0 °C ` (a cold pot): `to`, for the warm-up; not after rt, a heated pot or a warm-up already written', () => {
    // Nothing was offered there (VS Code filled the list with words of the file).
    const cold = at('  stir 1 h at 0 °C |', 'stir 16 h');
    assert.deepEqual(cold.labels, ['to']);
    const to = pick(cold.items, 'to');
    assert.match(String((to.documentation as { value: string }).value), /warms/i);
    assert.deepEqual(to.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' }, 'then rt and 0 °C are offered');
    assert.match(accept(cold.text, to), /\n {2}stir 1 h at 0 °C to \n/);
    assert.deepEqual(at('  stir 1 h at 0 °C t|', 'stir 16 h').labels, ['to']);
    for (const t of ['-78°C', '−10 °C', '0-5 °C', '5 °C']) assert.deepEqual(at(`  stir 1 h at ${t} |`, 'stir 16 h').labels, ['to'], t);
    // At rt or above, cooling is a `cool to` line of its own; a warm-up written needs nothing more.
    for (const t of ['rt', 'room temperature', '40 °C', 'reflux', '0 °C to rt', '0 °C → rt', '0 to 25 °C', '0 °C under N2'])
      assert.deepEqual(at(`  stir 1 h at ${t} |`, 'stir 16 h').labels, [], t);
  });

  it('offers solvents, roles, attributes, target and mode values', () => {
    const solvents = at('  solvent |', 'stir 16 h').labels;
    for (const s of ['DCE', 'DCM', 'THF', 'MeOH']) assert.ok(solvents.includes(s), s);
    assert.ok(!solvents.includes('NaBH4'));
    assert.ok(at('  solvent DCE/|', 'stir 16 h').labels.includes('MeOH'));

    assert.deepEqual(at('reagent x = thing role |', 'reagent stab').labels, [
      'amine', 'carbonyl', 'reductant', 'acid', 'base', 'dehydrating', 'catalyst', 'additive',
    ]);
    const attrs = at('reagent x = thing 1.0 equiv |', 'reagent stab').labels;
    assert.deepEqual(attrs, ['role', 'smiles', 'mw', 'density', 'limiting']);

    assert.deepEqual(completion(analyze('target '), { line: 0, character: 7 }).map((i) => i.label), ['mono', 'di', 'tri']);
    assert.deepEqual(completion(analyze('mode t'), { line: 0, character: 6 }).map((i) => i.label), ['one-pot', 'two-step']);
  });

  it('offers rule ids in suppression comments, without those already listed', () => {
    const all = completion(analyze('# rxn-disable-next-line '), { line: 0, character: 24 }).map((i) => i.label);
    assert.deepEqual(all, rules.map((r) => r.id));
    const rest = completion(analyze('# rxn-disable missing-acid, '), { line: 0, character: 28 }).map((i) => i.label);
    assert.equal(rest.length, rules.length - 1);
    assert.ok(!rest.includes('missing-acid'));
    const directive = completion(analyze('  # rxn'), { line: 0, character: 7 }).map((i) => i.label);
    assert.deepEqual(directive, ['rxn-disable-next-line', 'rxn-disable']);
    assert.deepEqual(completion(analyze('# just a note '), { line: 0, character: 14 }), []);
  });

  it('offers work-up vocabulary', () => {
    assert.ok(at('  quench |', 'dry Na2SO4').labels.includes('sat. NaHCO3'));
    assert.ok(at('  wash |', 'dry Na2SO4').labels.includes('brine'));
    assert.deepEqual(at('  dry |', 'dry Na2SO4').labels, ['Na2SO4', 'MgSO4']);
    assert.ok(at('  extract |', 'dry Na2SO4').labels.includes('DCM'));
    assert.ok(at('  purify |', 'dry Na2SO4').labels.includes('silica'));
    const mod = at('  purify silica DCM/MeOH 9:1 + |', 'dry Na2SO4');
    const done = accept(mod.text, pick(mod.items, '1% Et3N'));
    assert.ok(done.includes('purify silica DCM/MeOH 9:1 + 1% Et3N\n'));
    const q = at('  quench sat|', 'dry Na2SO4');
    assert.ok(accept(q.text, pick(q.items, 'sat. NaHCO3')).includes('  quench sat. NaHCO3\n'));
  });

  it('offers nothing where nothing fits', () => {
    assert.deepEqual(at('protocol "Ti|', 'scale 5 mmol').items, []);
    assert.deepEqual(completion(analyze(EXAMPLE), { line: 500, character: 0 }), []);
  });

  it('in the middle of a word, an item replaces the whole word (insert/replace edit)', () => {
    const { items, text } = at('  st|ir 2 h', 'stir 30 min');
    const stir = pick(items, 'stir');
    const e = stir.textEdit as unknown as { newText: string; insert: TextEdit['range']; replace: TextEdit['range'] };
    assert.equal(e.insert.end.character, 4);
    assert.equal(e.replace.end.character, 7, "the word and the space the item brings");
    const [plain] = withoutInsertReplace([stir]);
    const line = apply(text, [plain.textEdit as TextEdit]).split('\n').find((l) => l.startsWith('  stir 2 h'));
    assert.equal(line, '  stir 2 h');
    // At the end of a word, a plain edit as before.
    assert.ok('range' in (pick(at('  sti|', 'stir 30 min').items, 'stir').textEdit as object));
  });

  it('offers only what the line can still take', () => {
    assert.deepEqual(at('  add ald dropwise |', 'stir 30 min').labels, ['over', 'at']);
    assert.deepEqual(at('  add ald dropwise over 30|', 'stir 30 min').labels.slice(0, 2), ['min', 'h']);
    assert.deepEqual(at('  add ald dropwise over |', 'stir 30 min').labels, []);
    assert.deepEqual(at('  stir 2 h at rt |', 'stir 30 min').labels, []);
    assert.deepEqual(at('  heat to 40 °C for |', 'stir 30 min').labels, []);
    assert.deepEqual(at('  heat to 40 °C for 2 h |', 'stir 30 min').labels, []);
    assert.ok(!at('reagent x = foo 1.0 equiv mw 100 |', 'scale 5 mmol').labels.includes('equiv'));
    assert.deepEqual(at('reagent x = "PEG |"', 'scale 5 mmol').labels, [], 'nothing inside a quoted name');
    // After a comma another amount comes, not an attribute: the same amount in the other units.
    assert.deepEqual(at('reagent x = NaBH4 1.0 equiv, |', 'scale 5 mmol').labels, ['189 mg', '5.00 mmol']);
    assert.ok(at('reagent x = NaBH4 1.0 equiv |', 'scale 5 mmol').labels.includes('role'), 'after the amounts, the attributes');
  });

  it('brings the space after a comma or = typed without one, and offers a rule id once whatever its case', () => {
    const comma = at('  add diazepane,|', 'stir 30 min');
    assert.equal((pick(comma.items, 'ald').textEdit as TextEdit).newText, ' ald');
    const eq = at('reagent red =|', 'scale 5 mmol');
    assert.match((pick(eq.items, 'NaBH4').textEdit as TextEdit).newText, /^ NaBH4 /);
    assert.equal(eq.labels.filter((l) => l.toLowerCase() === 'ptsa').length, 1);
    assert.ok(!at('# RXN-DISABLE ACID-EXCESS |', 'scale 5 mmol').labels.includes('acid-excess'));
  });

  it('completes work-up phrases that contain spaces, and the modifier after an eluent ratio', () => {
    const q = at('  quench sat. Na|', 'purify silica');
    const item = pick(q.items, 'sat. NaHCO3');
    const e = item.textEdit as TextEdit;
    assert.equal(e.range.start.character, '  quench '.length, 'the whole phrase typed so far is replaced');
    assert.deepEqual(at('  purify silica DCM/MeOH 95:5 |', 'purify silica').labels, ['+ 1% Et3N']);
  });

  it('at the start of the next word, an item is inserted and that word stays', () => {
    const { items, text } = at('  stir |30 min', 'stir 30 min');
    const item = pick(items, 'overnight');
    const [plain] = withoutInsertReplace([item]);
    // Nothing of `30 min` is lost (the review found `stir overnight min`).
    assert.ok(apply(text, [plain.textEdit as TextEdit]).includes('  stir overnight30 min'));
    assert.ok('range' in (item.textEdit as object), 'a plain edit');
  });
});

