/**
 * Every rule: a protocol on which it fires (rule id, severity, line and the exact token
 * its range covers) and a near miss on which it must not. Each case is a small edit of the
 * language reference's example protocol, which is itself clean.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits, fixAll } from '../../server/src/engine';
import { rules } from '../../server/src/rules';
import { formatEquiv } from '../../server/src/rules/helpers';
import { amountsTable } from '../../server/src/model/amounts';
import type { Severity } from '../../server/src/types';
import { SPEC_EXAMPLE } from '../fixtures/example';

const BASE = SPEC_EXAMPLE;

/** BASE with each `[from, to]` replaced once (the `from` text must occur). */
function edit(...pairs: [string, string][]): string {
  let t = BASE;
  for (const [from, to] of pairs) {
    assert.ok(t.includes(from), `test setup: '${from}' not found`);
    t = t.replace(from, to);
  }
  return t;
}

interface Case {
  rule: string;
  severity: Severity;
  fires: string;
  /** 1-based line and the exact text the range covers. */
  line: number;
  token: string;
  nearMiss: string;
}

const STAB_LINE = 'reagent stab      = NaBH(OAc)3                1.5 equiv';
const ACID_LINE = 'reagent acid      = AcOH                      1.0 equiv';
const ALD_LINE = 'reagent ald       = pyridine-4-carboxaldehyde 1.0 equiv';
const AMINE_LINE = 'reagent diazepane = 1,4-diazepane             3.0 equiv';

const CASES: Case[] = [
  { rule: 'syntax-error', severity: 'error', fires: edit(['  stir 30 min', '  stri 30 min']), line: 14, token: 'stri', nearMiss: edit(['  stir 30 min', '  STIR 30 min']) },
  { rule: 'undeclared-reagent', severity: 'error', fires: edit(['add stab portionwise', 'add stab, sieves portionwise']), line: 16, token: 'sieves',
    nearMiss: edit(['add stab portionwise', 'add stab, sieves portionwise'], [STAB_LINE, STAB_LINE + '\nreagent sieves = 4Å molecular sieves']) },
  { rule: 'duplicate-reagent', severity: 'error', fires: edit([STAB_LINE, STAB_LINE + '\nreagent ald = benzaldehyde 1.0 equiv']), line: 10, token: 'ald',
    nearMiss: edit([STAB_LINE, STAB_LINE + '\nreagent Ald = benzaldehyde 1.0 equiv']) },
  { rule: 'unused-reagent', severity: 'warning', fires: edit([STAB_LINE, STAB_LINE + '\nreagent tea = Et3N 1.0 equiv']), line: 10, token: 'tea',
    nearMiss: edit([STAB_LINE, STAB_LINE + '\nreagent tea = Et3N 1.0 equiv'], ['add diazepane, ald, acid', 'add diazepane, ald, acid, tea']) },
  { rule: 'unknown-reagent', severity: 'warning', fires: edit([STAB_LINE, STAB_LINE + '\nreagent zz = Zorbalin 1.0 equiv'], ['add diazepane, ald, acid', 'add diazepane, ald, acid, zz']), line: 10, token: 'Zorbalin',
    nearMiss: edit([STAB_LINE, STAB_LINE + '\nreagent zz = Zorbalin 1.0 equiv role additive'], ['add diazepane, ald, acid', 'add diazepane, ald, acid, zz']) },
  { rule: 'invalid-quantity', severity: 'error', fires: edit(['3.0 equiv', '3,0 equiv']), line: 6, token: '3,0', nearMiss: BASE },
  { rule: 'duplicate-header', severity: 'error', fires: edit(['target mono\n', 'target mono\ntarget di\n']), line: 4, token: 'target', nearMiss: BASE },
  { rule: 'missing-component', severity: 'error', fires: edit([ALD_LINE + '\n', ''], ['add diazepane, ald, acid', 'add diazepane, acid']), line: 2, token: 'protocol',
    nearMiss: edit([ALD_LINE, 'reagent ald = Compound 7 1.0 equiv role carbonyl']) },
  { rule: 'missing-solvent', severity: 'warning', fires: edit(['solvent DCE 0.2 M', '']), line: 16, token: 'stab',
    nearMiss: edit(['solvent DCE 0.2 M', ''], ['step "Reduction"\n', 'step "Reduction"\n  solvent DCE\n']) },
  { rule: 'amount-mismatch', severity: 'warning', fires: edit(['3.0 equiv', '3.0 equiv, 2.0 g']), line: 6, token: '2.0 g', nearMiss: edit(['3.0 equiv', '3.0 equiv, 1.52 g']) },
  { rule: 'unknown-rule', severity: 'warning', fires: edit(['  add stab', '  # rxn-disable-next-line no-such-rule\n  add stab']), line: 16, token: 'no-such-rule',
    nearMiss: edit(['  add stab', '  # rxn-disable-next-line acid-excess\n  add stab']) },
  { rule: 'nabh4-one-pot', severity: 'error', fires: edit(['NaBH(OAc)3', 'NaBH4     '], ['solvent DCE', 'solvent MeOH'], ['  stir 30 min at rt', '  monitor TLC']), line: 16, token: 'stab',
    nearMiss: edit(['NaBH(OAc)3', 'NaBH4     '], ['solvent DCE', 'solvent MeOH']) },
  { rule: 'stab-protic-solvent', severity: 'error', fires: edit(['solvent DCE', 'solvent MeOH']), line: 10, token: 'MeOH', nearMiss: edit(['solvent DCE', 'solvent THF']) },
  { rule: 'stab-water', severity: 'warning', fires: edit(['= AcOH   ', '= aq. AcOH']), line: 8, token: 'aq. AcOH', nearMiss: edit(['= AcOH   ', '= glacial AcOH']) },
  { rule: 'missing-acid', severity: 'warning', fires: edit(['add diazepane, ald, acid', 'add diazepane, ald']), line: 16, token: 'stab', nearMiss: BASE },
  { rule: 'acid-too-strong', severity: 'warning', fires: edit([ACID_LINE, 'reagent acid = TFA 3.0 equiv']), line: 8, token: '3.0 equiv', nearMiss: edit([ACID_LINE, 'reagent acid = TFA 1.0 equiv']) },
  { rule: 'acid-excess', severity: 'info', fires: edit([ACID_LINE, 'reagent acid = AcOH 3.0 equiv']), line: 8, token: '3.0 equiv', nearMiss: edit([ACID_LINE, 'reagent acid = AcOH 2.0 equiv']) },
  { rule: 'cyanide-acid', severity: 'error', fires: edit(['NaBH(OAc)3', 'NaBH3CN'], [ACID_LINE, 'reagent acid = TFA 0.5 equiv']), line: 8, token: 'TFA', nearMiss: edit(['NaBH(OAc)3', 'NaBH3CN']) },
  { rule: 'cyanoborohydride-toxicity', severity: 'info', fires: edit(['NaBH(OAc)3', 'NaBH3CN'], ['solvent DCE', 'solvent MeOH']), line: 9, token: 'NaBH3CN', nearMiss: BASE },
  { rule: 'reductant-solvent', severity: 'info', fires: edit(['NaBH(OAc)3', 'NaBH4']), line: 10, token: 'DCE', nearMiss: edit(['NaBH(OAc)3', 'NaBH4'], ['solvent DCE', 'solvent EtOH']) },
  { rule: 'h2-reducible-group', severity: 'warning', fires: edit(['NaBH(OAc)3', 'H2, Pd/C'], ['pyridine-4-carboxaldehyde', 'cinnamaldehyde'], ['solvent DCE', 'solvent MeOH']), line: 7, token: 'cinnamaldehyde',
    nearMiss: edit(['NaBH(OAc)3', 'H2, Pd/C'], ['pyridine-4-carboxaldehyde', 'benzaldehyde'], ['solvent DCE', 'solvent MeOH']) },
  { rule: 'mono-stoichiometry', severity: 'error', fires: edit([AMINE_LINE, 'reagent diazepane = 1,4-diazepane 1.0 equiv']), line: 6, token: '1.0 equiv',
    nearMiss: edit([AMINE_LINE, 'reagent diazepane = 1-Boc-1,4-diazepane 1.0 equiv']) },
  { rule: 'di-stoichiometry', severity: 'warning', fires: edit(['target mono', 'target di'], [AMINE_LINE, 'reagent diazepane = 1,4-diazepane 1.0 equiv']), line: 7, token: '1.0 equiv',
    nearMiss: edit(['target mono', 'target di'], [AMINE_LINE, 'reagent diazepane = 1,4-diazepane 1.0 equiv'], [ALD_LINE, 'reagent ald = pyridine-4-carboxaldehyde 2.5 equiv'], [STAB_LINE, 'reagent stab = NaBH(OAc)3 3.0 equiv']) },
  { rule: 'protected-target', severity: 'error', fires: edit(['target mono', 'target di'], ['= 1,4-diazepane', '= 1-Boc-1,4-diazepane']), line: 3, token: 'di',
    nearMiss: edit(['= 1,4-diazepane', '= 1-Boc-1,4-diazepane']) },
  { rule: 'mixed-carbonyls', severity: 'warning', fires: edit([STAB_LINE, STAB_LINE + '\nreagent ald2 = benzaldehyde 1.0 equiv'], ['add stab portionwise', 'add ald2\n  add stab portionwise']), line: 10, token: 'benzaldehyde',
    nearMiss: edit([STAB_LINE, STAB_LINE + '\nreagent ald2 = benzaldehyde 1.0 equiv'], ['add stab portionwise', 'add ald2\n  add stab portionwise'], ['= 1,4-diazepane', '= 1-Boc-1,4-diazepane']) },
  { rule: 'stepwise-addition', severity: 'info', fires: edit(['target mono', 'target tri'], ['= 1,4-diazepane ', '= DAZA'], [ALD_LINE, 'reagent ald = pyridine-4-carboxaldehyde 3.3 equiv'], [STAB_LINE, 'reagent stab = NaBH(OAc)3 4.5 equiv']), line: 13, token: 'ald',
    nearMiss: edit(['target mono', 'target tri'], ['= 1,4-diazepane ', '= DAZA'], [ALD_LINE, 'reagent ald = pyridine-4-carboxaldehyde 3.3 equiv'], [STAB_LINE, 'reagent stab = NaBH(OAc)3 4.5 equiv'], ['add diazepane, ald, acid', 'add diazepane, acid\n  add ald in 3 portions']) },
  { rule: 'reductant-short', severity: 'warning', fires: edit(['NaBH(OAc)3                1.5 equiv', 'NaBH(OAc)3 0.8 equiv']), line: 9, token: '0.8 equiv', nearMiss: edit(['NaBH(OAc)3                1.5 equiv', 'NaBH(OAc)3 1.0 equiv']) },
  { rule: 'temperature-high', severity: 'warning', fires: edit(['stir 30 min at rt', 'stir 30 min at 60 °C']), line: 14, token: '60 °C', nearMiss: edit(['stir 30 min at rt', 'stir 30 min at 45 °C']) },
  { rule: 'ketone-one-pot', severity: 'info', fires: edit(['pyridine-4-carboxaldehyde', 'cyclohexanone'], ['add diazepane, ald, acid', 'add diazepane, ald'], ['  stir 30 min at rt', '  monitor TLC']), line: 16, token: 'stab',
    nearMiss: edit(['pyridine-4-carboxaldehyde', 'cyclohexanone'], ['  stir 30 min at rt', '  monitor TLC']) },
  { rule: 'mode-mismatch', severity: 'warning', fires: edit(['target mono\n', 'target mono\nmode one-pot\n']), line: 4, token: 'one-pot', nearMiss: edit(['target mono\n', 'target mono\nmode two-step\n']) },
  { rule: 'missing-workup', severity: 'info', fires: BASE.slice(0, BASE.indexOf('\nworkup')), line: 15, token: 'step', nearMiss: BASE },
  { rule: 'missing-quench', severity: 'warning', fires: edit(['quench sat. NaHCO3', 'quench water']), line: 21, token: 'extract', nearMiss: edit(['quench sat. NaHCO3', 'quench 1 M NaOH']) },
  { rule: 'silica-amine-modifier', severity: 'warning', fires: edit([' + 1% Et3N', '']), line: 24, token: 'silica', nearMiss: edit([' + 1% Et3N', ''], ['purify silica', 'purify alumina']) },
  { rule: 'acid-wash-loses-product', severity: 'warning', fires: edit(['wash brine', 'wash 1 M HCl']), line: 22, token: '1 M HCl',
    nearMiss: edit(['wash brine', 'wash 1 M HCl\n  basify NaOH\n  extract DCM x3']) },
];

describe('the base protocol', () => {
  it('is clean', () => assert.deepEqual(analyze(BASE).diagnostics.map((d) => d.rule), []));
});

describe('every rule fires where it should and not on a near miss', () => {
  it('has a case for every registered rule', () => {
    assert.deepEqual(CASES.map((c) => c.rule).sort(), rules.map((r) => r.id).sort());
  });
  for (const c of CASES) {
    describe(c.rule, () => {
      it(`fires (${c.severity}) on line ${c.line}, on '${c.token}'`, () => {
        const a = analyze(c.fires);
        const hits = a.diagnostics.filter((d) => d.rule === c.rule);
        assert.ok(hits.length > 0, `did not fire; got ${a.diagnostics.map((d) => d.rule).join(', ') || 'nothing'}`);
        const lines = c.fires.split('\n');
        const hit = hits.find((d) => d.range.start.line === c.line - 1);
        assert.ok(hit, `fired on lines ${hits.map((d) => d.range.start.line + 1).join(', ')}, expected ${c.line}`);
        assert.equal(hit.severity, c.severity);
        assert.equal(hit.range.end.line, hit.range.start.line, 'a token range stays on its line');
        assert.equal(lines[c.line - 1].slice(hit.range.start.character, hit.range.end.character), c.token);
        assert.ok(hit.message.length > 40, 'the message explains');
      });
      it('does not fire on the near miss', () => {
        const a = analyze(c.nearMiss);
        const hits = a.diagnostics.filter((d) => d.rule === c.rule);
        assert.deepEqual(hits.map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
      });
    });
  }
});

describe('severity configuration and suppression', () => {
  const fires = CASES.find((c) => c.rule === 'missing-acid')!.fires;
  it('a rule can be turned off or its severity changed', () => {
    assert.ok(!analyze(fires, { rules: { 'missing-acid': 'off' } }).diagnostics.some((d) => d.rule === 'missing-acid'));
    assert.equal(analyze(fires, { rules: { 'missing-acid': 'error' } }).diagnostics.find((d) => d.rule === 'missing-acid')?.severity, 'error');
  });
  it('# rxn-disable-next-line silences the rule on the next statement line only', () => {
    const t = fires.replace('  add stab portionwise', '  # rxn-disable-next-line missing-acid, unused-reagent\n\n  add stab portionwise');
    const d = analyze(t).diagnostics;
    assert.ok(!d.some((x) => x.rule === 'missing-acid'));
    assert.ok(d.some((x) => x.rule === 'unused-reagent'), 'unused-reagent is on another line and still reported');
  });
  it('# rxn-disable silences the rule in the whole file', () => {
    const d = analyze('# rxn-disable missing-acid\n' + fires).diagnostics;
    assert.ok(!d.some((x) => x.rule === 'missing-acid'));
  });
  it('a rule that throws does not stop the others, and is reported once', () => {
    const errors: string[] = [];
    const faulty = { id: 'faulty', severity: 'error' as const, category: 'structure' as const, summary: 'x', docs: '', fixes: [], check: () => { throw new Error('boom'); } };
    const d = analyze(fires, { extraRules: [faulty], onRuleError: (id) => errors.push(id) }).diagnostics;
    assert.deepEqual(errors, ['faulty']);
    assert.ok(d.some((x) => x.rule === 'missing-acid'));
  });
});

describe('add … over TIME', () => {
  it('parses the duration of an addition, with its range', () => {
    const t = edit(['  add diazepane, ald, acid\n  stir 30 min at rt', '  add diazepane, acid\n  add ald dropwise over 30 min']);
    const a = analyze(t);
    const add = a.doc.lines[13].statement;
    assert.equal(add?.kind, 'add');
    if (add?.kind !== 'add') return;
    assert.equal(add.duration?.minutes, 30);
    assert.equal(a.doc.lines[13].text.slice(add.duration!.range.start.character, add.duration!.range.end.character), '30 min');
    assert.deepEqual(a.diagnostics.map((d) => d.rule), []);
  });
  it('lets time pass: NaBH4 after a slow aldehyde addition is two-step, with it in the same add one-pot', () => {
    const nabh4 = (from: string, to: string) => edit(['NaBH(OAc)3', 'NaBH4     '], ['solvent DCE', 'solvent MeOH'], [from, to]);
    const slow = nabh4('  add diazepane, ald, acid\n  stir 30 min at rt', '  add diazepane, acid\n  add ald dropwise over 30 min');
    assert.ok(!analyze(slow).diagnostics.some((d) => d.rule === 'nabh4-one-pot'));
    const together = nabh4('  add diazepane, ald, acid\n  stir 30 min at rt', '  add diazepane, acid\n  add ald, stab over 30 min');
    assert.ok(analyze(together).diagnostics.some((d) => d.rule === 'nabh4-one-pot'));
  });
});

describe('the timeline: heat and the temperature in force', () => {
  const nabh4 = (...pairs: [string, string][]) => edit(['NaBH(OAc)3', 'NaBH4     '], ['solvent DCE', 'solvent MeOH'], ...pairs);
  const rulesOf = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
  it('`heat to TEMP` without a time lets time pass, as `reflux` does: NaBH4 afterwards is two-step', () => {
    const t = nabh4(['  stir 30 min at rt', '  heat to 40 °C\n  cool to 0 °C']);
    assert.ok(!rulesOf(t).includes('nabh4-one-pot'), rulesOf(t).join(', '));
    assert.ok(rulesOf(nabh4(['  stir 30 min at rt', '  cool to 0 °C'])).includes('nabh4-one-pot'), 'cool alone lets no time pass');
  });
  it('a stir that could not be read still lets time pass: one typo gives one diagnostic, not a false one-pot error', () => {
    // (One sentence-ending period is read past: `stir 30 min at rt.` is no typo; two are.)
    for (const typo of ['  stir 30 min at rt..', '  stir 30 minz at rt', '  stri 30 min at rt', '  wait 30 minz.']) {
      const t = nabh4(['  stir 30 min at rt', typo]);
      const a = analyze(t);
      assert.deepEqual(a.diagnostics.map((d) => d.rule).filter((r) => r !== 'syntax-error' && r !== 'invalid-quantity'), [], typo);
      assert.equal(a.diagnostics.length, 1, typo);
    }
    // What the line was meant to be is kept on it.
    const doc = analyze(nabh4(['  stir 30 min at rt', '  stri 30 min at rt'])).doc;
    assert.equal(doc.lines[13].meant, 'stir');
    assert.equal(doc.lines[13].statement, undefined);
  });
  it('temperature-high: a pot heated before the carbonyl goes in is hot when they meet', () => {
    const hot = edit(['  add diazepane, ald, acid', '  add diazepane, acid\n  heat to 70 °C\n  add ald dropwise']);
    const d = analyze(hot).diagnostics.filter((x) => x.rule === 'temperature-high');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 13); // the `heat to 70 °C` line
    assert.match(d[0].message, /^70 °C, still the temperature of the pot when the amine and the carbonyl meet,/);
    const cooled = edit(['  add diazepane, ald, acid', '  add diazepane, acid\n  heat to 70 °C\n  cool to rt\n  add ald dropwise']);
    assert.ok(!rulesOf(cooled).includes('temperature-high'));
  });
});

/** DAZA tri-alkylation in two rounds of o-vanillin and NaBH4 in MeOH (the guide's Q3 method). */
const DAZA_TWO_ROUNDS = `protocol "x"
target tri
scale 2 mmol
reagent daza = 1,4-diazepan-6-amine 1.0 equiv
reagent ov1  = o-vanillin 1.5 equiv
reagent ov2  = o-vanillin 1.5 equiv
reagent nb1  = NaBH4 2.0 equiv
reagent nb2  = NaBH4 2.0 equiv
solvent MeOH
step
  add daza, ov1
  stir 2 h
  add nb1
  stir 1 h
  add ov2
  stir 2 h
  add nb2
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;

describe('stoichiometry counts a role in total, however many declarations it has', () => {
  const DI = `protocol "x"
target di
scale 5 mmol
reagent dz    = 1,4-diazepane 1.0 equiv
reagent ald   = benzaldehyde  2.5 equiv
reagent acid  = AcOH          1.0 equiv
reagent stab1 = NaBH(OAc)3    1.5 equiv
reagent stab2 = NaBH(OAc)3    1.5 equiv
solvent DCE
step
  add dz, ald, acid
  stir 1 h
  add stab1
  stir 4 h
  add stab2
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
  it('di-stoichiometry: two reductant rounds of 1.5 equiv are 3.0 equiv, enough', () => {
    assert.deepEqual(analyze(DI).diagnostics.filter((d) => d.rule === 'di-stoichiometry'), []);
    const short = DI.replace('stab2 = NaBH(OAc)3    1.5', 'stab2 = NaBH(OAc)3    0.3');
    const d = analyze(short).diagnostics.filter((x) => x.rule === 'di-stoichiometry');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /'stab1' \+ 'stab2' \(the reductant in total\) should be at least 2\.0 equiv .* at 1\.8 equiv/);
    // Raising the first to 2.2 brings the total to 2.5.
    assert.equal(d[0].fixes[0].title, "Raise 'stab1' to 2.2 equiv (2.5 equiv in all)");
  });
  it('stepwise-addition: a carbonyl and a reductant declared twice and added in rounds are added stepwise', () => {
    const tri = DAZA_TWO_ROUNDS;
    assert.deepEqual(analyze(tri).diagnostics.filter((d) => d.rule === 'stepwise-addition').map((d) => d.message), []);
    const once = tri.replace('  add daza, ov1', '  add daza, ov1, ov2').replace('  add ov2\n  stir 2 h\n', '');
    const d = analyze(once).diagnostics.filter((x) => x.rule === 'stepwise-addition');
    assert.deepEqual(d.map((x) => x.range.start.line), [10], 'the carbonyl only: the reductant still goes in two rounds');
  });
});

describe('a safe fix that raises the reductant keeps the diazepane in excess', () => {
  it('reductant-short on a mono protocol: the amine is raised too, and no mono-stoichiometry error follows', () => {
    const t = edit([AMINE_LINE, 'reagent diazepane = 1,4-diazepane             1.4 equiv'], [STAB_LINE, 'reagent stab      = NaBH(OAc)3                0.9 equiv']);
    const d = analyze(t).diagnostics.find((x) => x.rule === 'reductant-short');
    assert.ok(d);
    assert.equal(d.fixes[0].title, "Set 'stab' to 1.5 equiv and 'diazepane' to 3.0 equiv (to keep it in excess)");
    const after = analyze(applyEdits(t, d.fixes[0].edits)).diagnostics.map((x) => x.rule);
    assert.deepEqual(after, []);
  });
});

describe('messages say what is true of this protocol', () => {
  const msg = (t: string, rule: string) => analyze(t).diagnostics.find((d) => d.rule === rule)?.message ?? '';
  it('protected-target: an unprotected amine is not told to deprotect; a protected one is', () => {
    const tri = msg(edit(['target mono', 'target tri']), 'protected-target');
    assert.match(tri, /tri-alkylation needs 3 free N–H, but 1,4-diazepane has 2\. Change the target to `di`, or start from an amine with more free N–H\./);
    const boc = msg(edit(['target mono', 'target di'], [AMINE_LINE, 'reagent diazepane = 1-Boc-1,4-diazepane       3.0 equiv']), 'protected-target');
    assert.match(boc, /\(one nitrogen is protected\)\. Deprotect first/);
  });
  it('mixed-carbonyls counts the free nitrogens of DAZA as three', () => {
    const t = edit([AMINE_LINE, 'reagent diazepane = DAZA                      3.0 equiv'], [ALD_LINE, `${ALD_LINE}\nreagent ald2      = benzaldehyde              1.0 equiv`], ['  add diazepane, ald, acid', '  add diazepane, ald, ald2, acid']);
    assert.match(msg(t, 'mixed-carbonyls'), /which has three free nitrogens/);
  });
  it('h2-reducible-group speaks of the nitro group only when there is one; its switch also clears a protic co-solvent', () => {
    const h2 = (carbonyl: string, solvent = 'solvent DCE 0.2 M') =>
      edit([ALD_LINE, `reagent ald       = ${carbonyl} 1.0 equiv`], [STAB_LINE, 'reagent stab      = H2, Pd/C'], ['solvent DCE 0.2 M', solvent]);
    assert.doesNotMatch(msg(h2('cinnamaldehyde'), 'h2-reducible-group'), /nitro/);
    assert.match(msg(h2('4-nitrobenzaldehyde'), 'h2-reducible-group'), /a nitro group goes to an amine/);
    const mixed = h2('4-nitrobenzaldehyde', 'solvent DCE/MeOH 9:1 0.2 M');
    const d = analyze(mixed).diagnostics.find((x) => x.rule === 'h2-reducible-group')!;
    const after = applyEdits(mixed, d.fixes[0].edits);
    assert.match(after, /^solvent DCE 0\.2 M$/m);
    assert.deepEqual(analyze(after).diagnostics.filter((x) => x.severity === 'error').map((x) => x.rule), []);
  });
});

describe('the pre-form-the-imine fix', () => {
  it('takes the reductant out of a shared add with its manner and temperature, not leaving them on the others', () => {
    const t = edit(['NaBH(OAc)3', 'NaBH4     '], ['solvent DCE', 'solvent MeOH'], ['  add diazepane, ald, acid\n  stir 30 min at rt', '  add diazepane, ald, acid, stab portionwise at 0 °C  # ice bath']);
    const d = analyze(t).diagnostics.find((x) => x.rule === 'nabh4-one-pot')!;
    const fix = d.fixes.find((f) => f.title.startsWith('Pre-form'))!;
    const after = applyEdits(t, fix.edits);
    assert.match(after, /\n {2}add diazepane, ald, acid {2}# ice bath\n {2}stir 1 h at rt\n {2}add stab portionwise at 0 °C\n/);
    assert.ok(!analyze(after).diagnostics.some((x) => x.rule === 'nabh4-one-pot'));
  });
});

describe('missing-component without a protocol line', () => {
  it('sits on the first line with a statement, so a disable comment inserted above it works', () => {
    const t = '# a note to self\nreagent a = benzaldehyde 1 equiv  # the aldehyde\nstep\n  add a\n';
    const d = analyze(t).diagnostics.filter((x) => x.rule === 'missing-component');
    assert.equal(d.length, 2);
    assert.deepEqual(d[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 32 } });
    const suppressed = t.replace('reagent a', '# rxn-disable-next-line missing-component\nreagent a');
    assert.deepEqual(analyze(suppressed).diagnostics.filter((x) => x.rule === 'missing-component'), []);
  });
});

describe('duplicate-header on scale', () => {
  it('when the first scale is unusable, says the second is used and offers to remove the first', () => {
    const t = edit(['scale 5 mmol', 'scale 5 g\nscale 5 mmol']);
    const d = analyze(t).diagnostics.find((x) => x.rule === 'duplicate-header')!;
    assert.match(d.message, /line 4, but that line gives no usable amount, so this one is used/);
    const after = applyEdits(t, d.fixes[0].edits);
    assert.equal(after, BASE);
  });
});

describe('syntax-error on a SMILES that cannot be read', () => {
  it('reports it on the SMILES, with the reason, instead of leaving the molecular weight silently unknown', () => {
    const t = edit([ALD_LINE, 'reagent ald       = my aldehyde 1.0 equiv role carbonyl smiles "O=Cc1ccncc"']);
    const d = analyze(t).diagnostics.filter((x) => x.rule === 'syntax-error');
    assert.equal(d.length, 1);
    assert.equal(t.split('\n')[d[0].range.start.line].slice(d[0].range.start.character, d[0].range.end.character), 'O=Cc1ccncc');
    assert.match(d[0].message, /^The SMILES of 'ald' cannot be read \(dangling ring closure/);
    const ok = edit([ALD_LINE, 'reagent ald       = my aldehyde 1.0 equiv role carbonyl smiles "O=Cc1ccncc1"']);
    assert.deepEqual(analyze(ok).diagnostics.map((x) => x.rule), []);
  });
});

describe('the limiting reagent', () => {
  const LIM = `protocol "x"
target mono
reagent a = 1,4-diazepane 3.0 equiv
reagent b = benzaldehyde 530 mg limiting
reagent c = NaBH(OAc)3 1.5 equiv
reagent d = AcOH 1.0 equiv
solvent DCE 0.2 M
step
  add a, b, d
  stir 1 h
  add c
  stir 16 h
workup
  quench sat. NaHCO3
  extract DCM x3
`;
  it('sets the scale when there is no scale line: 530 mg of benzaldehyde is 4.99 mmol', () => {
    const a = analyze(LIM);
    assert.equal(a.model.scale?.limiting?.alias, 'b');
    assert.ok(Math.abs(a.model.scale!.mmol - 4.994) < 0.01);
    assert.ok(Math.abs(a.model.byAlias.get('c')!.mmol! - 7.49) < 0.01);
    assert.deepEqual(a.diagnostics.map((d) => d.rule), []);
  });
  it('must agree with a scale line, and only one reagent can be it', () => {
    const off = analyze(LIM.replace('target mono\n', 'target mono\nscale 10 mmol\n'));
    const d = off.diagnostics.filter((x) => x.rule === 'amount-mismatch');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /'b' is marked limiting, so it should be at 1\.0 equiv \(the scale, 10\.0 mmol\), but it is at 0\.5 equiv/);
    const two = analyze(LIM.replace('NaBH(OAc)3 1.5 equiv', 'NaBH(OAc)3 1.5 equiv limiting'));
    assert.match(two.diagnostics.find((x) => x.rule === 'amount-mismatch')!.message, /'b' is already marked limiting/);
  });
});

describe('equivalents as shown', () => {
  it('a trace amount keeps two significant figures instead of reading 0.0', () => {
    assert.deepEqual([0.0001, 0.004, 0.05, 1, 1.5, 2.25].map(formatEquiv), ['0.0001', '0.004', '0.05', '1.0', '1.5', '2.25']);
  });
});

describe('stoichiometry counts what goes in the pot', () => {
  it('a carbonyl declared but never added does not make the reductant short', () => {
    const t = edit([ALD_LINE, `${ALD_LINE}\nreagent spare     = cyclohexanone             1.0 equiv`]);
    const rules = analyze(t).diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('unused-reagent'), 'the spare ketone is reported as unused');
    assert.ok(!rules.includes('reductant-short'), rules.join(', '));
    // Once it is added, it counts.
    const added = t.replace('  add diazepane, ald, acid', '  add diazepane, ald, spare, acid');
    assert.ok(analyze(added).diagnostics.some((d) => d.rule === 'reductant-short'));
  });
});

describe('reductant-short: what can be reduced is capped by the amine', () => {
  const boc = (carbonyl: string, red: string) =>
    edit([AMINE_LINE, 'reagent diazepane = 1-Boc-1,4-diazepane       1.0 equiv'], [ALD_LINE, `reagent ald       = ${carbonyl}`], [STAB_LINE, `reagent stab      = ${red}`]);
  it('an excess of formaldehyde over a Boc-diazepane does not call for more reductant', () => {
    const t = boc('formalin 3.0 equiv', 'NaBH(OAc)3 1.5 equiv');
    assert.ok(!analyze(t).diagnostics.some((d) => d.rule === 'reductant-short'));
  });
  it('below the iminium that can form, it fires and the fix aims at 1.5 × that', () => {
    const t = boc('formalin 3.0 equiv', 'NaBH(OAc)3 0.8 equiv');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'reductant-short')!;
    assert.match(d.message, /less than the iminium that can form: up to 1\.0 equiv \(1\.0 equiv of 1-Boc-1,4-diazepane, 1 N–H to alkylate, with 3\.0 equiv of carbonyl\)/);
    assert.equal(d.fixes[0].title, "Set 'stab' to 1.5 equiv");
  });
  it('formalin with NaBH(OAc)3: stab-water suggests paraformaldehyde, not sieves (formalin is mostly water)', () => {
    const t = boc('formalin 3.0 equiv', 'NaBH(OAc)3 1.5 equiv');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'stab-water')!;
    assert.match(d.message, /paraformaldehyde/);
    assert.doesNotMatch(d.message, /sieves/);
    // With 2–3 equiv of NaBH(OAc)3 per iminium, as the message asks, the loss is allowed for.
    assert.ok(!analyze(boc('formalin 3.0 equiv', 'NaBH(OAc)3 2.5 equiv')).diagnostics.some((x) => x.rule === 'stab-water'));
    assert.ok(analyze(boc('formalin 3.0 equiv', 'NaBH(OAc)3 1.9 equiv')).diagnostics.some((x) => x.rule === 'stab-water'));
    // After an isolate (an N-methylation of the isolated product): per product, not per the first reaction.
    assert.deepEqual(analyze(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'e24-formalin-stab-dce.rxn'), 'utf8')).diagnostics.map((x) => x.rule), []);
  });
  it('H2 over Pd/C: a catalyst loading in equiv is not a hydride amount', () => {
    const t = edit([STAB_LINE, 'reagent stab      = Pd/C 0.1 equiv'], ['solvent DCE 0.2 M', 'solvent MeOH 0.2 M']);
    assert.ok(!analyze(t).diagnostics.some((d) => d.rule === 'reductant-short' || d.rule === 'mono-stoichiometry'));
  });
});

describe('chemistry of the review of 2026-11-27 (second round)', () => {
  const msgOf = (t: string, rule: string) => analyze(t).diagnostics.filter((d) => d.rule === rule).map((d) => d.message);
  it('temperature-high spares a Dean–Stark reflux in toluene before any reductant, not a reflux after it', () => {
    const ds = edit(['solvent DCE 0.2 M', 'solvent toluene 0.2 M'], ['  stir 30 min at rt', '  reflux 4 h  # Dean-Stark\n  concentrate\n  solvent DCE 0.2 M']);
    assert.deepEqual(msgOf(ds, 'temperature-high'), []);
    const late = edit(['solvent DCE 0.2 M', 'solvent toluene 0.2 M'], ['  stir 16 h at rt', '  reflux 4 h']);
    assert.equal(msgOf(late, 'temperature-high').length, 1);
  });
  it('cyanide-acid: a strong-acid quench of a NaBH3CN run is reported, with a fix to a basic quench', () => {
    const cn = edit([STAB_LINE, 'reagent stab      = NaBH3CN                   1.5 equiv'], ['solvent DCE 0.2 M', 'solvent MeOH 0.2 M'], ['  quench sat. NaHCO3', '  quench 1 M HCl']);
    const d = analyze(cn).diagnostics.filter((x) => x.rule === 'cyanide-acid');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /^1 M HCl in the work-up of a NaBH3CN run/);
    // After NaBH3CN the basic quench is NaOH (pH above HCN's pKa), not NaHCO3.
    assert.match(applyEdits(cn, d[0].fixes[0].edits), /\n {2}quench 1 M NaOH\n/);
    // After a basic quench, an acid wash is an ordinary extraction step.
    const later = edit([STAB_LINE, 'reagent stab      = NaBH3CN                   1.5 equiv'], ['solvent DCE 0.2 M', 'solvent MeOH 0.2 M'], ['  wash brine', '  wash 1 M HCl']);
    assert.deepEqual(msgOf(later, 'cyanide-acid'), []);
  });
  it('acid-too-strong: one equivalent of strong acid makes the mono-salt, not a fully protonated diazepane', () => {
    const one = edit([ACID_LINE, 'reagent acid      = TsOH                      3.0 equiv']);
    assert.match(msgOf(one, 'acid-too-strong')[0], /is taken up by the diazepane: it protonates one of its 2 nitrogens, which leaves a less nucleophilic amine and no free acid to catalyse/);
    assert.doesNotMatch(msgOf(one, 'acid-too-strong')[0], /fully protonated|pH below 4/);
    const full = edit([ACID_LINE, 'reagent acid      = TsOH                      6.0 equiv']);
    assert.match(msgOf(full, 'acid-too-strong')[0], /fully protonated/);
  });
});

describe('second-round fixes: what a bench chemist expects', () => {
  const rulesOf = (t: string) => analyze(t).diagnostics.map((d) => d.rule);
  it('undeclared-reagent: an alias in the wrong case is offered as the fix', () => {
    const t = edit(['  add stab portionwise', '  add STAB portionwise']);
    const d = analyze(t).diagnostics.find((x) => x.rule === 'undeclared-reagent')!;
    assert.match(d.message, /did you mean 'stab'\? \(Aliases are case-sensitive\.\)/);
    assert.equal(d.fixes[0].title, "Change to 'stab'");
    assert.deepEqual(rulesOf(applyEdits(t, d.fixes[0].edits)), []);
  });
  it('undeclared-reagent: the declaration it offers starts from an amount that fits what the alias names', () => {
    const declared = (t: string, alias: string) => {
      const d = analyze(t).diagnostics.find((x) => x.rule === 'undeclared-reagent' && x.message.startsWith(`'${alias}'`))!;
      const fixed = applyEdits(t, d.fixes.find((f) => f.title.startsWith('Declare'))!.edits);
      return { message: d.message, line: fixed.split('\n').find((l) => new RegExp(`^\\s*reagent ${alias}\\b`).test(l))!.trim() };
    };
    // Sieves are weighed by eye, not in equivalents; a hydride as much as 1.5 × the carbonyl.
    const sieves = declared(edit(['add stab portionwise', 'add stab, sieves portionwise']), 'sieves');
    assert.match(sieves.line, /^reagent sieves\s+= sieves$/);
    assert.match(sieves.message, /`reagent sieves = sieves`/);
    const noStab = edit(['reagent stab      = NaBH(OAc)3                1.5 equiv', 'reagent red       = NaBH(OAc)3                1.5 equiv']);
    const hydride = declared(noStab, 'stab');
    assert.match(hydride.line, /^reagent stab\s+= stab 1\.5 equiv$/);
    // The diazepane under the samples' alias, with no amine declared yet: in excess for mono.
    const noAmine = edit(['reagent diazepane = 1,4-diazepane             3.0 equiv\n', '']);
    assert.match(declared(noAmine, 'diazepane').line, /^reagent diazepane = diazepane 3\.0 equiv$/);
    // An alias the knowledge base does not know: 1.0 equiv and a NAME to fill in.
    const other = declared(edit(['add stab portionwise', 'add stab, zz9 portionwise']), 'zz9');
    assert.match(other.line, /= zz9 1\.0 equiv$/);
    assert.match(other.message, /`reagent zz9 = NAME 1\.0 equiv`/);
  });
  it('undeclared-reagent and missing-solvent: a new declaration joins the table, not a step that declares a reagent late', () => {
    const t = [
      'protocol "late declaration"',
      'scale 1 mmol',
      'reagent amine = 1,4-diazepane 3 equiv',
      'reagent ald = benzaldehyde 1 equiv',
      '',
      'step "imine"',
      '  add amine, ald',
      '  reagent stab = STAB 1.5 equiv',
      '  stir 1 h',
      'step "reduce"',
      '  add stab, acid',
      '  stir 12 h',
      'workup',
      '  quench sat. NaHCO3',
      '',
    ].join('\n');
    const a = analyze(t);
    const declare = a.diagnostics.find((x) => x.rule === 'undeclared-reagent')!.fixes.find((f) => f.title.startsWith('Declare'))!;
    const lines = applyEdits(t, declare.edits).split('\n');
    assert.equal(lines[4], 'reagent acid = acid 1.0 equiv');
    assert.equal(lines[7], '  add amine, ald');
    const solvent = a.diagnostics.find((x) => x.rule === 'missing-solvent')!.fixes[0];
    assert.match(applyEdits(t, solvent.edits).split('\n')[4], /^solvent \S/);
    // Without a table before the first step, the header's last line is the place.
    const noTable = t.replace('reagent amine = 1,4-diazepane 3 equiv\nreagent ald = benzaldehyde 1 equiv\n', '').replace('  add amine, ald\n', '');
    const d2 = analyze(noTable).diagnostics.find((x) => x.rule === 'undeclared-reagent')!;
    assert.equal(applyEdits(noTable, d2.fixes.at(-1)!.edits).split('\n')[2], 'reagent acid = acid 1.0 equiv');
    // Nothing but the comments that open the file: below them, not above the title.
    const bare = '# Reductive amination of homopiperazine\n# notebook p. 42\n\nstep\n  add amine\n';
    const d3 = analyze(bare).diagnostics.find((x) => x.rule === 'undeclared-reagent')!;
    assert.deepEqual(applyEdits(bare, d3.fixes.at(-1)!.edits).split('\n').slice(0, 3), ['# Reductive amination of homopiperazine', '# notebook p. 42', 'reagent amine = amine 1.0 equiv']);
  });
  it('missing-acid: Ti(OiPr)4 in the pot is the (Lewis) acid activator', () => {
    const ti = edit([ACID_LINE, 'reagent acid      = Ti(OiPr)4                 1.2 equiv']);
    assert.ok(!rulesOf(ti).includes('missing-acid'), rulesOf(ti).join(', '));
  });
  it('acid-wash-loses-product: `extract 1 M HCl` without a back-extraction loses the product too', () => {
    const t = edit(['  wash brine', '  extract 1 M HCl x2']);
    assert.ok(rulesOf(t).includes('acid-wash-loses-product'));
  });
  it('missing-quench mentions the acid only when one was used', () => {
    // NaBH4 in methanol with no acid: the pot is basic, the product not protonated. (NaBH(OAc)3
    // leaves acetic acid behind whatever was added, so it counts as acid.)
    const noAcid = edit([ACID_LINE, ''], ['  add diazepane, ald, acid', '  add diazepane, ald'], ['  quench sat. NaHCO3\n', '']).replace('NaBH(OAc)3', 'NaBH4');
    const m = analyze(noAcid).diagnostics.find((d) => d.rule === 'missing-quench')!.message;
    assert.doesNotMatch(m, /the acid|protonated/);
    assert.match(m, /the boron by-products stay and can hold on to the amine product/);
    const stabNoAcid = edit([ACID_LINE, ''], ['  add diazepane, ald, acid', '  add diazepane, ald'], ['  quench sat. NaHCO3\n', '']);
    assert.match(analyze(stabNoAcid).diagnostics.find((d) => d.rule === 'missing-quench')!.message, /and the acid stay/);
    const withAcid = edit(['  quench sat. NaHCO3\n', '']);
    assert.match(analyze(withAcid).diagnostics.find((d) => d.rule === 'missing-quench')!.message, /and the acid stay/);
  });
  it('a strong acid replaced by AcOH gets at most 2.0 equiv, with its amounts scaled', () => {
    const t = edit([ACID_LINE, 'reagent acid      = TFA                       20 equiv, 7.66 mL']);
    const d = analyze(t).diagnostics.find((x) => x.rule === 'acid-too-strong')!;
    const after = applyEdits(t, d.fixes[0].edits);
    // 2.0 equiv × 5 mmol of AcOH = 600 mg = 0.572 mL.
    assert.match(after, /reagent acid {6}= AcOH {22}2\.0 equiv, 0\.572 mL/); // the 2.0 stays in the column of the table
    assert.ok(!rulesOf(after).includes('acid-excess'));
  });
  it('mono-stoichiometry: raising a diazepane marked limiting is offered, not applied by Fix all', () => {
    const t = edit([AMINE_LINE, 'reagent diazepane = 1,4-diazepane             1.0 equiv limiting']);
    const d = analyze(t).diagnostics.find((x) => x.rule === 'mono-stoichiometry')!;
    assert.equal(d.fixes[0].safe, false);
  });
});

describe('second round: knowledge base and amounts', () => {
  it('an amine salt is the amine, weighed as the salt', () => {
    const t = edit([AMINE_LINE, 'reagent diazepane = 1,4-diazepane dihydrochloride 3.0 equiv'], [ACID_LINE, `${ACID_LINE}\nreagent base      = Et3N 6.0 equiv`], ['  add diazepane, ald, acid', '  add diazepane, base, ald, acid']);
    const a = analyze(t);
    assert.ok(!a.diagnostics.some((d) => d.rule === 'missing-component' || d.rule === 'unknown-reagent'), a.diagnostics.map((d) => d.rule).join(', '));
    const r = a.model.byAlias.get('diazepane')!;
    assert.equal(r.role, 'amine');
    assert.equal(r.mw, 173.08);
  });
  it('Pd/C as the bottle says it is H2 over Pd/C; with a Cbz-diazepane it warns that the Cbz comes off', () => {
    const t = edit([AMINE_LINE, 'reagent diazepane = 1-Cbz-1,4-diazepane 1.0 equiv'], [STAB_LINE, 'reagent stab      = 10% Pd/C 50 mg'], ['solvent DCE 0.2 M', 'solvent MeOH 0.2 M'], ['target mono', 'target mono']);
    const a = analyze(t);
    assert.equal(a.model.byAlias.get('stab')!.kb?.id, 'h2-pdc');
    const d = a.diagnostics.find((x) => x.rule === 'h2-reducible-group');
    assert.ok(d);
    assert.match(d.message, /The Cbz group of 1-Cbz-1,4-diazepane comes off under H2 over Pd\/C/);
  });
});

describe('missing-quench after NaBH3CN', () => {
  const borch = (workup: string, reductant = 'NaBH3CN') =>
    `protocol "x"\ntarget mono\nscale 10 mmol\nreagent boc = 1-Boc-1,4-diazepane 1.0 equiv\nreagent ket = acetone 1.5 equiv\nreagent acid = AcOH 1.0 equiv\nreagent red = ${reductant} 2.0 equiv\nsolvent ${reductant === 'NaBH3CN' ? 'MeOH' : 'DCE'} 0.5 M\nstep\n  add boc, ket, acid\n  stir 1 h\n  add red portionwise\n  stir 18 h\nworkup\n${workup}  extract EtOAc x3\n`;
  const quench = (t: string) => analyze(t).diagnostics.filter((d) => d.rule === 'missing-quench');
  it('a bicarbonate quench leaves most of the cyanide as HCN: it becomes 1 M NaOH (safe)', () => {
    const t = borch('  quench sat. NaHCO3\n');
    const [d] = quench(t);
    assert.ok(d, 'reported');
    assert.match(d.message, /sat\. NaHCO3 \(about pH 8\.3\) is not basic enough: HCN's pKa is about 9\.2/);
    assert.equal(d.fixes[0].safe, true);
    const fixed = applyEdits(t, d.fixes[0].edits);
    assert.match(fixed, /\n  quench 1 M NaOH\n  extract/);
    assert.deepEqual(quench(fixed), []);
  });
  it('NaOH, Na2CO3, or NaOH after the bicarbonate are basic enough; after NaBH(OAc)3 bicarbonate is fine', () => {
    assert.deepEqual(quench(borch('  quench 1 M NaOH\n')), []);
    assert.deepEqual(quench(borch('  quench sat. Na2CO3\n')), []);
    assert.deepEqual(quench(borch('  quench sat. NaHCO3\n  basify 2 M NaOH\n')), []);
    assert.deepEqual(quench(borch('  quench sat. NaHCO3\n', 'NaBH(OAc)3')), []);
  });
});

describe('amounts to measure out', () => {
  it('solutions by volume (4 M HCl in dioxane, formalin), and a written mass when nothing can be computed', () => {
    const t = 'protocol "x"\nscale 2.5 mmol\nreagent f = formalin 1.5 equiv\nreagent h = 4 M HCl in dioxane 0.5 equiv\nreagent s = 4Å molecular sieves 500 mg\n';
    const rows = amountsTable(analyze(t).model).rows;
    const row = (alias: string) => rows.find((r) => r.alias === alias)!;
    assert.ok(Math.abs(row('f').volumeMl! - 3.75 / 13.4) < 1e-9);
    // Formalin is 37 % formaldehyde by weight: it can be weighed too (304 mg of the solution).
    assert.ok(Math.abs(row('f').massG! - (3.75 * 30.03) / 0.37 / 1000) < 1e-9, String(row('f').massG));
    assert.equal(row('h').volumeMl, 1.25 / 4);
    assert.equal(row('h').massG, undefined, 'not a mass of HCl gas');
    assert.equal(row('s').massG, 0.5);
  });
});

describe('fixes that respect the rest of the protocol', () => {
  it('an equiv added to an mmol-only line goes in front of its quantities, comma-separated', () => {
    const t = edit([AMINE_LINE, 'reagent diazepane = 1,4-diazepane             5.0 mmol'], ['scale 5 mmol', 'scale 5 mmol']);
    const d = analyze(t).diagnostics.find((x) => x.rule === 'mono-stoichiometry')!;
    assert.match(applyEdits(t, d.fixes[0].edits), /reagent diazepane = 1,4-diazepane {13}3\.0 equiv, 15\.0 mmol/);
  });
  it('nabh4-one-pot: switching a solvent that another NaBH4 round also uses is offered, not applied by Fix all', () => {
    // Round 1 without its stir: NaBH4 goes in with the aldehyde.
    const t = DAZA_TWO_ROUNDS.replace('  add daza, ov1\n  stir 2 h\n  add nb1\n  stir 1 h\n', '  add daza, ov1, nb1\n  stir 2 h\n');
    const d = analyze(t).diagnostics.find((x) => x.rule === 'nabh4-one-pot')!;
    assert.equal(d.fixes[0].safe, false);
    assert.equal(fixAll(t).text.includes('NaBH(OAc)3'), false);
  });
});

describe('acid-too-strong nets out a base', () => {
  it('HCl neutralised by as much Et3N is not a strong acid in the pot', () => {
    const hcl = (base: string) =>
      edit([ACID_LINE, `reagent acid      = HCl                       6.0 equiv\nreagent base      = Et3N                      ${base} equiv\nreagent acoh      = AcOH                      1.0 equiv`], ['  add diazepane, ald, acid', '  add diazepane, acid, base, acoh, ald']);
    assert.ok(!analyze(hcl('6.0')).diagnostics.some((d) => d.rule === 'acid-too-strong'));
    assert.ok(analyze(hcl('1.0')).diagnostics.some((d) => d.rule === 'acid-too-strong'));
  });
  it('a base without an amount counts as 1.0 equiv here, as it does against an amine salt in missing-acid', () => {
    const hcl = (acid: string) =>
      edit([ACID_LINE, `reagent acid      = HCl                       ${acid} equiv\nreagent base      = Et3N\nreagent acoh      = AcOH                      1.0 equiv`], ['  add diazepane, ald, acid', '  add diazepane, acid, base, acoh, ald']);
    // 1.0 equiv HCl per 3.0 equiv diazepane with the base: nothing left over; 4.0 equiv leaves 3.0 free = 1 per amine.
    const at4 = analyze(hcl('4.0')).diagnostics.find((d) => d.rule === 'acid-too-strong');
    assert.ok(at4, 'HCl beyond what the base takes up is still reported');
    assert.match(at4.message, /at 1\.0 equiv per amine/);
    assert.ok(!analyze(hcl('3.5')).diagnostics.some((d) => d.rule === 'acid-too-strong'));
  });
});

describe('code review of the day: edge cases', () => {
  it('reductant-short: raising a diazepane marked limiting is not a safe fix', () => {
    const t = edit([AMINE_LINE, 'reagent diazepane = 1,4-diazepane             1.0 equiv limiting'], [ALD_LINE, 'reagent ald       = pyridine-4-carboxaldehyde 0.9 equiv'], [STAB_LINE, 'reagent stab      = NaBH(OAc)3                0.5 equiv']);
    const d = analyze(t).diagnostics.find((x) => x.rule === 'reductant-short')!;
    assert.match(d.fixes[0].title, /and 'diazepane' to/);
    assert.equal(d.fixes[0].safe, false);
  });
  it('undeclared-reagent: a huge alias neither throws nor loses its diagnostic', () => {
    const t = `protocol "x"\nreagent ${'x'.repeat(150000)} = benzaldehyde 1 equiv\nstep\n  add ${'y'.repeat(150000)}\n`;
    assert.equal(analyze(t).diagnostics.filter((d) => d.rule === 'undeclared-reagent').length, 1);
  });
  it('duplicate-header names the scale line that is used', () => {
    const t = edit(['scale 5 mmol', 'scale 5 g\nscale 5 mmol\nscale 10 mmol']);
    const m = analyze(t).diagnostics.filter((d) => d.rule === 'duplicate-header').map((d) => d.message);
    assert.match(m[1], /The one on line 5 is used\.$/);
  });
  it('amounts: a solution given by volume has its mmol; a written mass stays; a degenerate limiting amount sets no scale', () => {
    const a = analyze('protocol "x"\nreagent h = 4 M HCl in dioxane 1.25 mL\nreagent f = formalin 406 mg\n');
    assert.equal(a.model.byAlias.get('h')!.mmol, 5);
    // 406 mg of formalin (37 % by weight) is 5.00 mmol of formaldehyde, and stays 406 mg.
    const f = amountsTable(a.model).rows.find((r) => r.alias === 'f')!;
    assert.ok(Math.abs(f.massG! - 0.406) < 1e-9, String(f.massG));
    assert.equal(f.mmol!.toFixed(2), '5.00');
    assert.equal(analyze('protocol "x"\nreagent l = benzaldehyde 1e-320 equiv, 5 mmol limiting\n').model.scale, undefined);
  });
});

