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

  it('deuterated liquids have their own densities (not the parent\'s): AcOD-d4, AcOD, D2O, CD3OD, MeOD get a volume', () => {
    const t = `target mono
scale 1 mmol
reagent am  = 1-Boc-1,4-diazepane 1.0 equiv limiting
reagent ald = benzaldehyde 1.1 equiv
reagent a4  = AcOD-d4 1.0 equiv
reagent a1  = AcOD 1.0 equiv
reagent w   = D2O 5 equiv
reagent m4  = CD3OD 10 equiv
reagent m1  = MeOD 10 equiv
reagent r   = NaBD3CN 1.5 equiv
solvent DCE 0.2 M
step
  add am, ald, a4, a1, w, m4, m1
  add r
  stir 16 h
`;
    // 64.1 mg ÷ 1.119 = 57.3 µL; 61.1 mg ÷ 1.067 = 57.2 µL; 100 mg ÷ 1.107 = 90.5 µL;
    // 361 mg ÷ 0.888 = 406 µL; 331 mg ÷ 0.813 = 407 µL (the same molar volume as the parent, within 1 %)
    assert.match(line(t, 'a4'), /64\.1 mg\s+57\.3 µL$/);
    assert.match(line(t, 'a1'), /61\.1 mg\s+57\.2 µL$/);
    assert.match(line(t, 'w '), /100 mg\s+90\.5 µL$/);
    assert.match(line(t, 'm4'), /361 mg\s+406 µL$/);
    assert.match(line(t, 'm1'), /331 mg\s+407 µL$/);
    assert.match(hoverText(t, 'AcOD-d4'), /Density.*1\.119 g\/mL/);
    // A solid keeps none: NaBD3CN is weighed.
    assert.match(line(t, 'r '), /98\.8 mg\s+—$/);
  });
});
