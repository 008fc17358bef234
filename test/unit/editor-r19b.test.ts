/**
 * Editor polish left over from the round-19 review: hovering a number says what it comes to
 * (not only its unit), completion after a finished reagent name offers the amount first, and
 * accepting a name typed before more of the name keeps a space.
 */
import { strict as assert } from 'node:assert';
import type { CompletionItem, InsertReplaceEdit, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/engine';
import { completion, withoutInsertReplace } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import { apply, cursor, posOf } from './features/helpers';

const PROTOCOL = `protocol "Mono-benzylation"
target mono
scale 8 mmol

reagent diaz = 1,4-diazepane 3.0 equiv
reagent ald  = benzaldehyde 1.0 equiv mw 112.15 density 1.28
reagent stab = NaBH(OAc)3 1.5 equiv
reagent tea  = Et3N 145 µL density 0.726
solvent DCE 0.2 M

step
  add diaz, ald
  stir 2 h at 40-50 °C
  heat to 313 K
  stir 16 h at 0 °C to rt
  add stab over 30 min
`;

function said(text: string, needle: string, offset = 0, n = 0): string | undefined {
  return (hover(analyze(text), posOf(text, needle, offset, n))?.contents as MarkupContent | undefined)?.value;
}

describe('editor review r19b: hover on a number', () => {
  it('the time and the temperature of `stir 2 h at 40-50 °C`: the figure in other units and the solvent beside it', () => {
    // Before: nothing on `2`, `40` or `50`; only the units (`h`, `°C`) had a hover.
    assert.equal(said(PROTOCOL, '2 h'), '`2 h` is 120 min.');
    const range = 'The solvent, `DCE`, boils at 84 °C, 34 °C above this.';
    assert.equal(said(PROTOCOL, '40-50'), `\`40-50 °C\` is from 313 to 323 K. ${range}`);
    assert.equal(said(PROTOCOL, '40-50', 3), said(PROTOCOL, '40-50'), 'on the 50 too');
    const h = hover(analyze(PROTOCOL), posOf(PROTOCOL, '40-50', 1));
    assert.deepEqual(h?.range, { start: posOf(PROTOCOL, '40-50'), end: posOf(PROTOCOL, '40-50 °C', 8) });
    // The unit keeps its own hover, which the number's does not repeat.
    assert.equal(said(PROTOCOL, '°C'), '`°C`: Degrees Celsius.');
    assert.ok(!/Degrees Celsius/.test(said(PROTOCOL, '40-50') ?? ''));
  });

  it('`heat to 313 K` gives the °C; the start of a warm-up and the time of an addition have theirs', () => {
    assert.equal(said(PROTOCOL, '313'), '`313 K` is 39.9 °C. The solvent, `DCE`, boils at 84 °C, 44.2 °C above this.');
    assert.equal(said(PROTOCOL, '313 K', 4), '`K`: Kelvin (0 °C = 273.15 K).');
    assert.equal(said(PROTOCOL, '0 °C to'), '`0 °C` is 273 K. The solvent, `DCE`, boils at 84 °C, 84 °C above this.');
    assert.equal(said(PROTOCOL, '30 min'), '`30 min` is 0.5 h.');
    // Hotter than the solvent boils: said so.
    const hot = PROTOCOL.replace('heat to 313 K', 'heat to 100 °C');
    assert.equal(said(hot, '100')?.split('\n\n---')[0], '`100 °C` is 373 K. The solvent, `DCE`, boils at 84 °C: at this temperature it refluxes (or the flask must be sealed).');
  });

  it('the number of `scale 8 mmol`: what 1.0 equiv is, and what each reagent comes to', () => {
    assert.equal(
      said(PROTOCOL, 'scale 8', 6),
      [
        '`8 mmol`: 1.0 equiv = 8.00 mmol; every `equiv` of the reagent table is counted from it.',
        '',
        '- `diaz`: 3.0 equiv = 24.0 mmol (2.40 g)',
        '- `ald`: 1.0 equiv = 8.00 mmol (897 mg)',
        '- `stab`: 1.5 equiv = 12.0 mmol (2.54 g)',
        '- `tea`: 0.13 equiv = 1.04 mmol (105 mg)',
      ].join('\n'),
    );
    assert.equal(said(PROTOCOL, 'mmol'), '`mmol`: Millimoles (10⁻³ mol).');
  });

  it('the number of `mw` and `density`: the mass or volume it makes here, and the knowledge base\'s figure when it differs', () => {
    assert.equal(
      said(PROTOCOL, '112.15', 2),
      'At 112.15 g/mol, the 8.00 mmol of `ald` weigh 897 mg. The knowledge base has 106.12 g/mol for benzaldehyde: this value is 5.7 % higher, and it is the one used (right for a salt or a hydrate; otherwise check it).',
    );
    assert.equal(
      said(PROTOCOL, '1.28'),
      'At 1.28 g/mL, the 897 mg of `ald` measure 701 µL. The knowledge base has 1.044 g/mL for benzaldehyde: this value is 22.6 % higher, and it is the one used (right for a solution; otherwise check it).',
    );
    // From a volume written, the other way round; the same figure as the knowledge base says so.
    assert.equal(said(PROTOCOL, '0.726'), 'The 145 µL of `tea` at 0.726 g/mL weigh 105 mg. The knowledge base has the same for Et3N (0.726 g/mL).');
    // Not in the knowledge base: what it is used for, nothing to compare.
    const own = PROTOCOL.replace('reagent tea  = Et3N 145 µL density 0.726', 'reagent x = mystery amine 1.0 equiv mw 250 role amine');
    assert.equal(said(own, 'mw 250', 3), 'At 250 g/mol, the 8.00 mmol of `x` weigh 2.00 g.');
  });
});

const HEAD = `protocol "Mono-benzylation"
target mono
scale 8 mmol

reagent diaz = 1,4-diazepane 3.0 equiv
`;

function complete(marked: string): { text: string; items: CompletionItem[] } {
  const { text, pos } = cursor(marked);
  return { text, items: completion(analyze(text), pos) };
}

/** The line after accepting an item as VS Code does (insert range), snippet placeholders at their default. */
function accept(text: string, item: CompletionItem, mode: 'insert' | 'replace' = 'insert'): string {
  const e = item.textEdit as TextEdit | InsertReplaceEdit;
  const range = 'range' in e ? e.range : mode === 'insert' ? e.insert : e.replace;
  const newText = e.newText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
  return apply(text, [{ range, newText }]).split('\n')[5];
}

describe('editor review r19b: completion after a finished reagent name', () => {
  it('`reagent x = benzaldehyde |` offers the amount first (1.0 equiv, its mass and volume at this scale), then the attributes', () => {
    // Before: only role, smiles, mw, density, limiting.
    const { text, items } = complete(`${HEAD}reagent ald = benzaldehyde |\n`);
    assert.deepEqual(items.map((i) => i.label), ['1.0 equiv', '849 mg', '813 µL', 'role', 'smiles', 'mw', 'density', 'limiting']);
    assert.equal(items[1].detail, 'mass: 1.0 equiv at 8.00 mmol');
    assert.equal((items[1].documentation as MarkupContent).value, '1.0 equiv at 8.00 mmol × 106.12 g/mol: the mass to weigh.');
    assert.equal((items[2].documentation as MarkupContent).value, '1.0 equiv at 8.00 mmol × 106.12 g/mol ÷ 1.044 g/mL: the volume to measure.');
    assert.equal(accept(text, items[0]), 'reagent ald = benzaldehyde 1.0 equiv');
    assert.equal(accept(text, items[1]), 'reagent ald = benzaldehyde 849 mg');
    assert.equal(accept(text, items[2]), 'reagent ald = benzaldehyde 813 µL');
    // VS Code orders by sortText among equal matches: the amount first there too.
    const sorted = [...items].sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? ''));
    assert.equal(sorted[0].label, '1.0 equiv');
  });

  it('after an unknown name that begins known ones (`reagent stab = sodium |`), the names that continue it come, not an amount', () => {
    // Before: `1.0 equiv` and the attributes, as if `sodium` were the whole name.
    const { text, items } = complete(`${HEAD}reagent stab = sodium |\n`);
    assert.ok(!items.some((i) => i.label === '1.0 equiv' || i.label === 'role'), items.slice(0, 5).map((i) => i.label).join(', '));
    assert.equal(accept(text, pick(items, 'sodium triacetoxyborohydride')), 'reagent stab = sodium triacetoxyborohydride 1.0 equiv');
    // A known name is finished: its amount comes (as above), and so it does after a name no KB name continues.
    assert.equal(complete(`${HEAD}reagent ald = benzaldehyde |\n`).items[0].label, '1.0 equiv');
    assert.equal(complete(`${HEAD}reagent x = compound X |\n`).items[0].label, '1.0 equiv');
  });

  it('a solid gets a mass (of the material as sold), a solution a volume, Pd/C only the equiv; after a comma too', () => {
    assert.deepEqual(complete(`${HEAD}reagent stab = STAB, 95% |\n`).items.slice(0, 3).map((i) => i.label), ['1.0 equiv', '1.78 g', 'role']);
    assert.deepEqual(complete(`${HEAD}reagent hcl = 4 M HCl in dioxane |\n`).items.slice(0, 3).map((i) => i.label), ['1.0 equiv', '2.00 mL', 'role']);
    assert.deepEqual(complete(`${HEAD}reagent cat = 10% Pd/C |\n`).items.slice(0, 2).map((i) => i.label), ['1.0 equiv', 'role']);
    const comma = complete(`${HEAD}reagent ald = benzaldehyde,|\n`);
    assert.deepEqual(comma.items.map((i) => i.label), ['1.0 equiv', '849 mg', '813 µL']);
    assert.equal(accept(comma.text, comma.items[0]), 'reagent ald = benzaldehyde, 1.0 equiv');
    // Without a scale: the equiv only. With an amount already written: the attributes only, as before.
    assert.deepEqual(complete(`${HEAD.replace('scale 8 mmol\n', '')}reagent ald = benzaldehyde |\n`).items[1].label, 'role');
    assert.equal(complete(`${HEAD}reagent ald = benzaldehyde 1.0 equiv |\n`).items[0].label, 'role');
  });
});

describe('editor review r19b: a name accepted after a space, before more of the line', () => {
  it('`reagent cat = Pd/C |(10 wt%)`: the name keeps a space before `(10 wt%)`, and no amount goes in the middle of the name', () => {
    // Before: `reagent cat = Pd(OH)2/C 1.0 equiv(10 wt%)`, the item replacing `Pd/C ` and gluing to the bracket.
    const { text, items } = complete(`${HEAD}reagent cat = Pd/C |(10 wt%)\n`);
    for (const mode of ['insert', 'replace'] as const) {
      assert.equal(accept(text, pick(items, 'Pd(OH)2/C'), mode), 'reagent cat = Pd(OH)2/C (10 wt%)', mode);
      assert.equal(accept(text, pick(items, 'Pd/C'), mode), 'reagent cat = Pd/C (10 wt%)', mode);
    }
    assert.equal(accept(text, withoutInsertReplace([pick(items, 'Pd(OH)2/C')])[0]), 'reagent cat = Pd(OH)2/C (10 wt%)');
    // With the amount after it, the same.
    const withAmount = complete(`${HEAD}reagent cat = Pd/C |(10 wt%) 10 mg\n`);
    assert.equal(accept(withAmount.text, pick(withAmount.items, 'Pd(OH)2/C')), 'reagent cat = Pd(OH)2/C (10 wt%) 10 mg');
  });

  it('before the next word of a name (`sodium |tri`), that word stays, after a space', () => {
    // Before: inserting gave `sodium triacetoxyborohydridetri 1.5 equiv`.
    const { text, items } = complete(`${HEAD}reagent stab = sodium |tri 1.5 equiv\n`);
    for (const mode of ['insert', 'replace'] as const)
      assert.equal(accept(text, pick(items, 'sodium triacetoxyborohydride'), mode), 'reagent stab = sodium triacetoxyborohydride tri 1.5 equiv', mode);
    // Before the end of the line nothing is added: the name and its amount, as before.
    const end = complete(`${HEAD}reagent stab = sodium tri|\n`);
    assert.equal(accept(end.text, pick(end.items, 'sodium triacetoxyborohydride')), 'reagent stab = sodium triacetoxyborohydride 1.0 equiv');
  });
});

function pick(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item '${label}' in ${items.map((i) => i.label).slice(0, 20).join(', ')}`);
  return item;
}
