/** The rule registry: every rule file of this folder, by id. */
import { allRules } from './all.generated';
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
