/** The rule registry: every rule file of this folder, by id. */
import { allRules } from './all.generated';
import { editDistance } from '../syntax/lexer';
import type { Rule } from './types';

export type { Rule } from './types';

const byId = new Map<string, Rule>();
for (const rule of allRules) {
  if (byId.has(rule.id)) throw new Error(`two rule files declare the id ${rule.id}`);
  byId.set(rule.id, rule);
}

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = [...allRules].sort((a, b) => a.id.localeCompare(b.id));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

export function isRuleId(id: string): boolean {
  return byId.has(id);
}

/**
 * The rule id a misspelt one was most likely meant to be (edit distance at most 3, as
 * `--rule` suggests on the command line), or undefined when none is that close.
 */
export function nearestRuleId(id: string, ids: readonly string[] = rules.map((r) => r.id)): string | undefined {
  const low = id.toLowerCase();
  let best: string | undefined;
  let bestD = 4;
  for (const c of ids) {
    const d = editDistance(low, c, 3);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
