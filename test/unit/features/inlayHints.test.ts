import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { inlayHints } from '../../../server/src/features/inlayHints';
import { EXAMPLE } from './helpers';

function hints(text: string, range?: Parameters<typeof inlayHints>[1]): { line: string; label: string; at: number }[] {
  const lines = text.split('\n');
  return inlayHints(analyze(text), range).map((h) => {
    assert.equal(h.paddingLeft, true);
    return { line: lines[h.position.line].trim().split(/\s+/).slice(0, 2).join(' '), label: h.label as string, at: h.position.character };
  });
}

describe('features/inlayHints', () => {
  it('shows mmol, mass and (for liquids) volume at the end of each reagent line, and the solvent volume', () => {
    const got = hints(EXAMPLE);
    assert.deepEqual(
      got.map((h) => [h.line, h.label]),
      [
        ['reagent diazepane', '15.0 mmol · 1.50 g'],
        ['reagent ald', '5.00 mmol · 536 mg · 471 µL'],
        ['reagent acid', '5.00 mmol · 300 mg · 286 µL'],
        ['reagent stab', '7.50 mmol · 1.59 g'],
        ['solvent DCE', '→ 25.0 mL'],
      ],
    );
    const lines = EXAMPLE.split('\n');
    const stabLine = lines.findIndex((l) => l.startsWith('reagent stab'));
    assert.equal(got[3].at, lines[stabLine].length, 'at the end of the line');
  });

  it('puts the hint before a trailing comment and keeps to the requested range', () => {
    const text = EXAMPLE.replace('1.5 equiv', '1.5 equiv  # weigh fast');
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.startsWith('reagent stab'));
    const h = inlayHints(analyze(text)).find((x) => x.position.line === i)!;
    assert.equal(h.position.character, lines[i].indexOf('  # weigh'));
    const only = inlayHints(analyze(text), { start: { line: i, character: 0 }, end: { line: i, character: 99 } });
    assert.deepEqual(only.map((x) => x.label), ['7.50 mmol · 1.59 g']);
  });

  it('shows only what can be computed', () => {
    // No scale: equiv cannot become mmol, but a written mass can.
    const noScale = 'reagent a = benzaldehyde 1.0 equiv\nreagent b = NaBH4 150 mg\nreagent c = mystery 2 mmol\nsolvent MeOH 0.5 M\n';
    // (The 150 mg and the 2 mmol written are not repeated beside them: `mystery 2 mmol` gets no hint.)
    assert.deepEqual(hints(noScale).map((h) => h.label), ['3.97 mmol']);
    // Large amounts switch units; a solvent given as a volume gets no hint.
    const big = 'scale 0.5 mol\nreagent a = benzaldehyde 1.0 equiv\nsolvent DCE 250 mL\n';
    assert.deepEqual(hints(big).map((h) => h.label), ['500 mmol · 53.1 g · 50.8 mL']);
    const tiny = 'scale 0.02 mmol\nreagent a = acetone 1.0 equiv\nsolvent DCE 10 mM\n';
    assert.deepEqual(hints(tiny).map((h) => h.label), ['0.0200 mmol · 1.16 mg · 1.48 µL', '→ 2.00 mL']);
  });
});
