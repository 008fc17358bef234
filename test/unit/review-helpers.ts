/**
 * What the review tests of realistic protocols share: a fixture from test/fixtures/real, the
 * rule ids `rxn check` reports on a text, and the first finding of one rule (failing with the
 * rules that were reported instead, so a broken expectation says what the user saw).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';

export const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'real', name), 'utf8');
export const rules = (t: string): string[] => analyze(t).diagnostics.map((d) => d.rule);
export const diag = (t: string, rule: string) => {
  const d = analyze(t).diagnostics.find((x) => x.rule === rule);
  assert.ok(d, `${rule} expected, got: ${rules(t).join(', ')}`);
  return d;
};
