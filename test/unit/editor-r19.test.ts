/**
 * Review of the editor features as a chemist typing a protocol meets them (round 19):
 * what an accepted completion leaves on the line, and the other findings of that review.
 */
import { strict as assert } from 'node:assert';
import type { CompletionItem, InsertReplaceEdit, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/engine';
import { completion, withoutInsertReplace } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import { apply, cursor, posOf } from './features/helpers';

const HEAD = `protocol "Mono-benzylation"
target mono
scale 5 mmol

reagent diaz = 1,4-diazepane 3.0 equiv
reagent ald  = benzaldehyde 1.0 equiv
`;

function complete(marked: string): { text: string; items: CompletionItem[] } {
  const { text, pos } = cursor(marked);
  return { text, items: completion(analyze(text), pos) };
}

function pick(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item '${label}' in ${items.map((i) => i.label).slice(0, 20).join(', ')}`);
  return item;
}

/**
 * The text after accepting an item as VS Code does: with its insert range (the default,
 * `editor.suggest.insertMode: insert`) or its replace range; snippet placeholders take their default.
 */
function accept(text: string, item: CompletionItem, mode: 'insert' | 'replace' = 'insert'): string {
  const e = item.textEdit as TextEdit | InsertReplaceEdit;
  const range = 'range' in e ? e.range : mode === 'insert' ? e.insert : e.replace;
  const newText = e.newText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
  return apply(text, [{ range, newText }]);
}

function lastLine(text: string): string {
  const lines = text.split('\n');
  return lines[lines.length - 1] || lines[lines.length - 2];
}

describe('editor review r19', () => {
  describe('completion: a name typed up to a bracket the editor closed', () => {
    it('accepting NaBH(OAc)3 after typing `NaBH(` (the editor added the `)`) leaves no stray bracket', () => {
      // Before: `reagent stab = NaBH(OAc)3 1.0 equiv)`: the item replaced `NaBH(` and kept the `)`.
      const { text, items } = complete(`${HEAD}reagent stab = NaBH(|)`);
      const item = pick(items, 'NaBH(OAc)3');
      assert.equal(lastLine(accept(text, item, 'insert')), 'reagent stab = NaBH(OAc)3 1.0 equiv');
      assert.equal(lastLine(accept(text, item, 'replace')), 'reagent stab = NaBH(OAc)3 1.0 equiv');
      // A client without insert/replace edits gets one range that takes the `)` as well.
      assert.equal(lastLine(accept(text, withoutInsertReplace([item])[0])), 'reagent stab = NaBH(OAc)3 1.0 equiv');
    });

    it('the same for Ti(OiPr)4 typed as `Ti(Oi`, and with the amount already on the line', () => {
      const ti = complete(`${HEAD}reagent ti = Ti(Oi|)`);
      assert.equal(lastLine(accept(ti.text, pick(ti.items, 'Ti(OiPr)4'))), 'reagent ti = Ti(OiPr)4 1.0 equiv');
      const withAmount = complete(`${HEAD}reagent stab = NaBH(|) 1.5 equiv`);
      assert.equal(lastLine(accept(withAmount.text, pick(withAmount.items, 'NaBH(OAc)3'))), 'reagent stab = NaBH(OAc)3 1.5 equiv');
    });

    it('in the middle of a name with brackets, replacing takes the whole name (`NaBH(OA|c)3`)', () => {
      const { text, items } = complete(`${HEAD}reagent stab = NaBH(OA|c)3 1.5 equiv`);
      const item = pick(items, 'STAB');
      // Before: the replace range stopped at the `)`, leaving `STAB)3 1.5 equiv`.
      assert.equal(lastLine(accept(text, item, 'replace')), 'reagent stab = STAB 1.5 equiv');
      // Inserting keeps what follows the cursor, as for any word (VS Code's insert mode).
      assert.equal(lastLine(accept(text, item, 'insert')), 'reagent stab = STABc)3 1.5 equiv');
    });

    it('with the cursor just before a bracket glued to the name (`NaBH|(OAc)3`), replacing takes the whole name', () => {
      const { text, items } = complete(`${HEAD}reagent stab = NaBH|(OAc)3 1.5 equiv`);
      // Before: the replace range stopped at the cursor, leaving `STAB(OAc)3 1.5 equiv`.
      assert.equal(lastLine(accept(text, pick(items, 'STAB'), 'replace')), 'reagent stab = STAB 1.5 equiv');
      // The slash of a name is part of it (`Pd|/C` left `Pd/C/C`); a bracket after a space is a
      // note, not part of the word: `(10 wt%)` stays.
      const note = complete(`${HEAD}reagent cat = Pd|/C (10 wt%) 10 mg`);
      assert.equal(lastLine(accept(note.text, pick(note.items, 'Pd/C'), 'replace')), 'reagent cat = Pd/C (10 wt%) 10 mg');
      // In a solvent mixture the slash separates two names: replacing one keeps the other.
      const mix = complete(`${HEAD}solvent DC|E/MeOH 0.2 M`);
      assert.equal(lastLine(accept(mix.text, pick(mix.items, 'DCM'), 'replace')), 'solvent DCM/MeOH 0.2 M');
    });

    it('a closing bracket the user typed before more of the name is not taken by an insert', () => {
      const { text, items } = complete(`${HEAD}reagent stab = NaBH(OAc|)3 1.5 equiv`);
      const e = pick(items, 'NaBH(OAc)3').textEdit as InsertReplaceEdit;
      assert.equal(e.insert.end.character, 'reagent stab = NaBH(OAc'.length);
      assert.equal(lastLine(accept(text, pick(items, 'NaBH(OAc)3'), 'replace')), 'reagent stab = NaBH(OAc)3 1.5 equiv');
    });
  });
});

describe('editor review r19: suppression comments', () => {
  it('`# r` or `# rx` already offers the directives (it needed `# rxn`), and accepting one opens the rule ids', () => {
    for (const typed of ['# r', '#rx', '# rxn-dis']) {
      const { text, items } = complete(`${typed}|\n${HEAD}`);
      assert.deepEqual(items.map((i) => i.label), ['rxn-disable-next-line', 'rxn-disable'], typed);
      const next = pick(items, 'rxn-disable-next-line');
      assert.equal(accept(text, next).split('\n')[0], `${typed.startsWith('# ') ? '# ' : '#'}rxn-disable-next-line `, 'the space comes with it');
      assert.equal(next.command?.command, 'editor.action.triggerSuggest', 'the rule ids open at once');
    }
    // A comment that is not a directive being typed gets nothing.
    assert.deepEqual(complete(`# ra|\n${HEAD}`).items, []);
    assert.deepEqual(complete(`${HEAD}# ready to r|`).items, []);
  });
});

describe('editor review r19: rule ids in a suppression comment', () => {
  const PROTOCOL = `${HEAD}reagent stab = NaBH(OAc)3 1.5 equiv
solvent MeOH 0.2 M
step
  add diaz, ald
  # rxn-disable-next-line |

  add stab
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
  purify silica DCM/MeOH 95:5
`;

  it('the rule reported on the line a `# rxn-disable-next-line` silences comes first, and says so', () => {
    // Before: the 34 rule ids in registry order, `missing-acid` (the warning under `add stab`) 19th.
    const { items } = complete(PROTOCOL);
    assert.equal(items[0].label, 'missing-acid');
    assert.match(items[0].detail ?? '', /^reported on the next line · /);
    assert.ok(!/reported/.test(items[1].detail ?? ''), 'only that one');
    // VS Code orders by sortText among equal matches.
    const sorted = [...items].sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? ''));
    assert.equal(sorted[0].label, 'missing-acid');
  });

  it('for `# rxn-disable` (the whole file), the rules reported in the file come first', () => {
    const { items } = complete(`# rxn-disable |\n${PROTOCOL.replace('|', '')}`);
    assert.deepEqual(
      items.slice(0, 3).map((i) => i.label).sort(),
      ['missing-acid', 'silica-amine-modifier', 'stab-protic-solvent'],
    );
    assert.match(items[0].detail ?? '', /^reported in this file · /);
    assert.ok(!/reported/.test(items[3].detail ?? ''));
  });
});

describe('editor review r19: hover', () => {
  it('on the number of the solvent line: the volume (or concentration) at this scale, as on a reagent amount', () => {
    // Before: nothing on `0.2` (the card came only on the name, and `M` said what molar means).
    const text = `${HEAD}solvent DCE 0.2 M\nstep\n  solvent THF 10 mL\n`;
    const a = analyze(text);
    const conc = hover(a, posOf(text, '0.2 M', 1));
    assert.equal((conc?.contents as MarkupContent).value, '`0.2 M` of `DCE`: 0.2 M at 5.00 mmol → 25.0 mL');
    assert.deepEqual(conc?.range, { start: posOf(text, '0.2 M'), end: posOf(text, '0.2 M', 5) });
    const vol = hover(a, posOf(text, '10 mL', 0));
    assert.equal((vol?.contents as MarkupContent).value, '`10 mL` of `THF`: 10 mL for 5.00 mmol → 0.500 M');
  });
});

describe('editor review r19: hover on `over` and `under N2`', () => {
  const text = `${HEAD}reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M
step
  add diaz, ald under N2
  stir 1 h under an argon atmosphere  # dry flask
  add stab portionwise over 30 min
  stir over night
`;
  const a = analyze(text);
  const said = (needle: string, offset = 1, n = 0) => (hover(a, posOf(text, needle, offset, n))?.contents as MarkupContent | undefined)?.value;

  it('the atmosphere of a step line is explained (it said nothing, though completion offers `under`)', () => {
    const n2 = hover(a, posOf(text, 'under N2', 1));
    assert.match((n2?.contents as MarkupContent).value, /^`under N2`: The atmosphere the mixture is kept under .*read past by the checks/);
    assert.deepEqual(n2?.range, { start: posOf(text, 'under N2'), end: posOf(text, 'under N2', 8) });
    assert.equal(said('N2'), (n2?.contents as MarkupContent).value, 'on the gas too');
    assert.match(said('argon') ?? '', /^`under an argon atmosphere`: /);
  });

  it('`over` of an add says how long the addition takes; the `over` of `stir over night` is not that', () => {
    assert.equal(said('over 30'), '**over**: How long the addition takes, e.g. `over 30 min`: the time passes after the reagents are in.');
    assert.ok(!/addition/.test(said('over night') ?? ''));
  });
});

describe('editor review r19: aliases after `add`', () => {
  it('in the reduction step, the reductant (not added yet) is offered first, before what is already in the pot', () => {
    // Before: declaration order, `diaz, ald, stab`, whatever had gone in already.
    const text = `${HEAD}reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M
step "Imine formation"
  add diaz, ald
  stir 1 h
step "Reduction"
  add |
`;
    const { items } = complete(text);
    assert.deepEqual(items.map((i) => i.label), ['stab', 'diaz', 'ald']);
    const sorted = [...items].sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? ''));
    assert.equal(sorted[0].label, 'stab');
    // In the first step nothing is in the pot: the table's order.
    const first = `${HEAD}reagent stab = NaBH(OAc)3 1.5 equiv\nstep "Imine formation"\n  add |\n`;
    assert.deepEqual(complete(first).items.map((i) => i.label), ['diaz', 'ald', 'stab']);
  });
});

describe('editor review r19: hover on overnight spellings', () => {
  it('`o/n`, `over night` and `o.n.` are explained as overnight (16 h), over the whole spelling', () => {
    // Before: nothing on `o/n` or `over night` (the word finder saw `o`, `n`, `over`, `night`),
    // and `**o.n**` without its final dot.
    const text = `${HEAD}step\n  stir o/n\n  stir over night at rt\n  stir o.n.\n`;
    const a = analyze(text);
    for (const [needle, offset] of [['o/n', 2], ['over night', 6], ['over night', 1], ['o.n.', 1]] as const) {
      const h = hover(a, posOf(text, needle, offset));
      assert.equal((h?.contents as MarkupContent | undefined)?.value, `**${needle}**: Overnight, counted as 16 h.`, needle);
      assert.deepEqual(h?.range, { start: posOf(text, needle), end: posOf(text, needle, needle.length) });
    }
  });
});
