/**
 * Notebook spellings, round 6 (2026-11-28): leftovers of round 5 (notebook-r5.test.ts), and
 * lines as ELN entries and paper notebooks write them, each written into the r7-21 fixture
 * (an ELN entry) in place of one of its lines.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { replaced, problems, format } from './notebook-helpers';

const KET = 'reagent ket  = tetrahydro-2H-pyran-4-one     1.2 eq, 222 µL';

describe('notebook spellings, round 6: amounts run together with a `/` or `|` (`1.2 eq/222 µL`)', () => {
  for (const [line, n] of [
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq/222 µL', 2],
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2eq/222µL', 2],
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq|222 µL|2.4 mmol', 3],
    ['reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq /222 µL', 2],
  ] as const) {
    it(`\`${line}\` reads its ${n} amounts (it was unknown-reagent and missing-component: the amounts were read into the name)`, () => {
      const t = replaced(KET, line);
      assert.deepEqual(problems(t), []);
      const st = analyze(t).doc.statements.find((s) => s.kind === 'reagent' && s.alias.text === 'ket');
      assert.ok(st?.kind === 'reagent');
      assert.equal(st.name.text, 'tetrahydro-2H-pyran-4-one');
      assert.equal(st.quantities.length, n);
    });
  }
  it('the amounts are checked against each other (`1.2 eq/2.22 mL` is amount-mismatch)', () => {
    assert.deepEqual(problems(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq/2.22 mL')).map((p) => p.split(':')[0]), ['amount-mismatch']);
  });
  it('a unit with a slash of its own stays what it was (`240 mg/mL` is no amount)', () => {
    assert.equal(analyze(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 240 mg/mL 1.2 eq')).model.byAlias.get('ket')?.name, 'tetrahydro-2H-pyran-4-one 240 mg/mL');
  });
  it('Format Document keeps the slash as written', () => {
    assert.match(format(replaced(KET, 'reagent ket = tetrahydro-2H-pyran-4-one 1.2 eq/222 µL')), /^reagent ket {2}= tetrahydro-2H-pyran-4-one 1\.2 eq\/222 µL$/m);
  });
});
