/**
 * Audit of the knowledge base's physical data (densities, strengths, states, boiling points,
 * acid classes) against standard catalogue and handbook values (2026-11-27): each case is a
 * figure a chemist would have measured out wrongly, or not been given at all.
 */
import { strict as assert } from 'node:assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/engine';
import { amountsTable } from '../../server/src/model/amounts';
import { amountsText } from '../../server/src/cli/amounts';
import { hover } from '../../server/src/features/hover';

const KETONE = (ketone: string) => `target mono
scale 2 mmol
reagent am   = 1-Boc-1,4-diazepane 1.0 equiv limiting
reagent ket  = ${ketone} 1.5 equiv
reagent acid = AcOH 1.0 equiv
reagent stab = NaBH(OAc)3 1.5 equiv
solvent DCE 0.2 M
step
  add am, ket, acid
  stir 1 h
  add stab
  stir 16 h
`;

const row = (t: string, alias: string) => amountsTable(analyze(t).model).rows.find((r) => r.alias === alias)!;
const line = (t: string, alias: string) => amountsText('x.rxn', undefined, amountsTable(analyze(t).model), false).split('\n').find((l) => l.startsWith(alias + ' '))!;

function hoverText(t: string, needle: string): string {
  const lines = t.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  const h = hover(analyze(t), { line: i, character: lines[i].indexOf(needle) + 1 }, { structures: false });
  return (h?.contents as MarkupContent).value;
}

describe('knowledge-base physical data audit (2026-11-27)', () => {
  it('4-acetylpyridine, a liquid (mp 13–16 °C), has its density (1.095 g/mL at 25 °C): 3 mmol is 332 µL', () => {
    const t = KETONE('4-acetylpyridine');
    // 3.00 mmol × 121.14 g/mol = 363 mg; ÷ 1.095 g/mL = 332 µL
    assert.match(line(t, 'ket'), /363 mg\s+332 µL$/);
    assert.ok(Math.abs(row(t, 'ket').volumeMl! - 0.3319) < 0.001);
    assert.match(hoverText(t, '4-acetylpyridine'), /Density.*1\.095 g\/mL/);
  });

  it('1-acetyl-4-piperidone, a liquid, has its density (1.146 g/mL at 25 °C): 3 mmol is 370 µL', () => {
    const t = KETONE('1-acetyl-4-piperidone');
    // 3.00 mmol × 141.17 g/mol = 424 mg; ÷ 1.146 g/mL = 370 µL
    assert.match(line(t, 'ket'), /424 mg\s+370 µL$/);
    assert.match(hoverText(t, '1-acetyl-4-piperidone'), /Density.*1\.146 g\/mL/);
  });
});
