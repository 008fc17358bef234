import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules, getRule } from '../../server/src/rules';
import { analyze } from '../../server/src/engine';
import { runRules } from '../../server/src/cli/rules';
import { ROOT, ruleExamples } from './corpus';
import { ruleSettingProperties, withRuleSettings } from '../../scripts/rule-settings';

/** The rule ids and default severities of the product spec (rules.md), a public interface. */
const SPEC: Record<string, string> = {
  'syntax-error': 'error', 'undeclared-reagent': 'error', 'duplicate-reagent': 'error', 'unused-reagent': 'warning',
  'unknown-reagent': 'warning', 'invalid-quantity': 'error', 'duplicate-header': 'error', 'missing-component': 'error',
  'missing-solvent': 'warning', 'amount-mismatch': 'warning', 'unknown-rule': 'warning',
  'nabh4-one-pot': 'error', 'stab-protic-solvent': 'error', 'stab-water': 'warning', 'missing-acid': 'warning',
  'acid-too-strong': 'warning', 'acid-excess': 'info', 'cyanide-acid': 'error', 'cyanoborohydride-toxicity': 'info',
  'reductant-solvent': 'info', 'h2-reducible-group': 'warning', 'mono-stoichiometry': 'error', 'di-stoichiometry': 'warning',
  'protected-target': 'error', 'mixed-carbonyls': 'warning', 'stepwise-addition': 'info', 'reductant-short': 'warning',
  'temperature-high': 'warning', 'ketone-one-pot': 'info', 'mode-mismatch': 'warning',
  'missing-workup': 'info', 'missing-quench': 'warning', 'silica-amine-modifier': 'warning', 'acid-wash-loses-product': 'warning',
};
/** Fixes the spec marks safe (applied by fix-all). */
const SAFE = ['syntax-error', 'invalid-quantity', 'nabh4-one-pot', 'stab-protic-solvent', 'missing-acid', 'cyanide-acid',
  'mono-stoichiometry', 'reductant-short', 'mode-mismatch', 'missing-quench', 'silica-amine-modifier'];

describe('rule registry', () => {
  it('has exactly the 34 rules of the spec, with their default severities', () => {
    assert.deepEqual(rules.map((r) => r.id).sort(), Object.keys(SPEC).sort());
    for (const r of rules) assert.equal(r.severity, SPEC[r.id], r.id);
  });
  it('marks safe exactly the fixes the spec marks safe', () => {
    const safe = rules.filter((r) => r.fixes.some((f) => f.safe)).map((r) => r.id).sort();
    assert.deepEqual(safe, [...SAFE].sort());
  });
  it('every rule has a summary, a category and a doc page that exists', () => {
    for (const r of rules) {
      assert.ok(r.summary.length > 10, r.id);
      assert.ok(['structure', 'chemistry', 'workup'].includes(r.category), r.id);
      assert.equal(r.docs, `docs/rules/${r.id}.md`);
      assert.ok(existsSync(join(ROOT, r.docs)), `missing ${r.docs}`);
    }
  });
});

describe('the rxn.rules setting in package.json', () => {
  const text = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const setting = JSON.parse(text).contributes.configuration.properties['rxn.rules'];
  it('lists exactly the registered rules, each with its summary and default severity (npx tsx scripts/rule-settings.ts)', () => {
    assert.deepEqual(Object.keys(setting.properties ?? {}), rules.map((r) => r.id), 'rule ids, sorted, as in the registry');
    assert.deepEqual(setting.properties, ruleSettingProperties());
    for (const r of rules) assert.ok(setting.properties[r.id].markdownDescription.includes(`Default: \`${r.severity}\``), r.id);
  });
  it('rejects other keys, so settings.json underlines a misspelt id', () => {
    assert.equal(setting.additionalProperties, false);
  });
  it('is what the script writes (nothing else in package.json would change)', () => {
    assert.equal(withRuleSettings(text), text, 'run npx tsx scripts/rule-settings.ts');
  });
});

describe('rule documentation pages', () => {
  for (const id of Object.keys(SPEC)) {
    describe(id, () => {
      it('states the default severity and has both examples', () => {
        const page = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
        assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${SPEC[id]}`));
        assert.ok(ruleExamples(id).length >= 2, 'needs a "Fires on" and a "Fixed" rxn block');
      });
      it('its "Fires on" example fires the rule', () => {
        const [fires] = ruleExamples(id);
        const ids = analyze(fires).diagnostics.map((d) => d.rule);
        assert.ok(ids.includes(id), `expected ${id}, got ${ids.join(', ') || 'nothing'}`);
      });
      it('its "Fixed" example does not', () => {
        const [, fixed] = ruleExamples(id);
        const diags = analyze(fixed).diagnostics;
        assert.ok(!diags.some((d) => d.rule === id), `${id} still fires`);
        assert.ok(!diags.some((d) => d.severity === 'error'), `errors in the fixed example: ${diags.filter((d) => d.severity === 'error').map((d) => d.rule).join(', ')}`);
      });
    });
  }
  it('getRule finds every rule by id', () => {
    for (const id of Object.keys(SPEC)) assert.equal(getRule(id)?.id, id);
  });
});

describe('rule index (docs/rules/README.md)', () => {
  /** What `rxn rules --format json` prints, run in-process. */
  function rxnRules(): { id: string; severity: string; category: string; fixable: string; summary: string; docs: string }[] {
    let out = '';
    const code = runRules(['--format', 'json'], { out: (t) => void (out += t), err: () => {}, cwd: ROOT, env: {}, isTTY: false });
    assert.equal(code, 0);
    return JSON.parse(out).rules;
  }
  /** The index table's rows, by id: category, severity, fixable, summary, link. */
  function indexRows(): Map<string, string[]> {
    const page = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
    const rows = new Map<string, string[]>();
    for (const line of page.split('\n')) {
      const m = /^\| `([a-z0-9-]+)` \|(.*)\|$/.exec(line);
      if (m) rows.set(m[1], m[2].split(' | ').map((c) => c.trim()));
    }
    return rows;
  }
  const FIXABLE: Record<string, string> = { safe: 'yes (safe)', yes: 'yes (quick fix only)', no: 'no' };

  it('says, as `rxn rules` does, what each rule reports (the page promises "the same list")', () => {
    const rows = indexRows();
    const listed = rxnRules();
    assert.deepEqual([...rows.keys()].sort(), listed.map((r) => r.id).sort(), 'the same rule ids');
    const differ: string[] = [];
    for (const r of listed) {
      const [category, severity, fixable, summary, link] = rows.get(r.id)!;
      assert.equal(category, r.category, r.id);
      assert.equal(severity, r.severity, r.id);
      assert.equal(fixable, FIXABLE[r.fixable], r.id);
      assert.equal(link, `[page](${r.id}.md)`, r.id);
      if (summary !== r.summary) differ.push(`${r.id}:\n  index:     ${summary}\n  rxn rules: ${r.summary}`);
    }
    assert.deepEqual(differ, [], 'summaries that differ');
  });
});
