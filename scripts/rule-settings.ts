/**
 * The `rxn.rules` setting's schema in package.json, made from the rule registry: one
 * property per rule id (so settings.json completes the ids and shows each rule's summary),
 * and `additionalProperties: false` (so a misspelt id is underlined there, as the server also
 * warns about it in the rxn output channel).
 *
 * VS Code's Settings editor draws the setting as a table; its "Add Item" picks the first rule
 * id not yet listed (in the order of `properties`) with the property's `default`, or else the
 * first value of its `enum` (`off`): without a `default`, OK turned `acid-excess` off. Each
 * property's `default` is therefore the rule's own severity, so an item added by mistake changes
 * nothing. The id list of that editor shows each id's plain `description` (it does not read
 * `markdownDescription`, which settings.json's hovers show).
 *
 *   npx tsx scripts/rule-settings.ts          rewrite package.json's rxn.rules.properties
 *   npx tsx scripts/rule-settings.ts --check  exit 1 when package.json is out of date
 *
 * test/unit/docs-and-registry.test.ts fails when a rule is added, removed or re-described
 * without running this.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/rules';

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export const SEVERITY_DESCRIPTIONS = ['Do not run this rule.', 'Show as information (blue).', 'Show as a warning (yellow).', 'Show as an error (red).'];

export interface RuleSettingSchema {
  type: 'string';
  enum: string[];
  enumDescriptions: string[];
  default: string;
  description: string;
  markdownDescription: string;
}

/** `properties` of `rxn.rules`: every rule id, sorted, with its summary and default severity. */
export function ruleSettingProperties(): Record<string, RuleSettingSchema> {
  const out: Record<string, RuleSettingSchema> = {};
  for (const r of rules) {
    out[r.id] = {
      type: 'string',
      enum: [...SEVERITIES],
      enumDescriptions: [...SEVERITY_DESCRIPTIONS],
      default: r.severity,
      description: `${r.summary.replace(/`/g, '')} Default: ${r.severity}.`,
      markdownDescription: `${r.summary} Default: \`${r.severity}\`.`,
    };
  }
  return out;
}

export const PACKAGE_JSON = join(__dirname, '..', 'package.json');

/** package.json's text with `rxn.rules` made from the registry (2-space JSON, final newline). */
export function withRuleSettings(packageText: string): string {
  const pkg = JSON.parse(packageText);
  const setting = pkg.contributes.configuration.properties['rxn.rules'];
  setting.properties = ruleSettingProperties();
  setting.additionalProperties = false;
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (require.main === module) {
  const text = readFileSync(PACKAGE_JSON, 'utf8');
  const updated = withRuleSettings(text);
  if (process.argv.includes('--check')) {
    if (updated !== text) {
      process.stderr.write('package.json: rxn.rules does not match the rule registry; run npx tsx scripts/rule-settings.ts\n');
      process.exit(1);
    }
  } else if (updated !== text) {
    writeFileSync(PACKAGE_JSON, updated);
    process.stdout.write(`package.json: rxn.rules lists the ${rules.length} rules\n`);
  }
}
