/** `rxn rules`: every rule with its default severity, fixability and summary. */
import { rules } from '../rules';
import { parseArgs, choice } from './args';
import { UsageError } from './io';
import { HELP } from './help';
import type { CliIO } from './io';
import type { Rule } from '../rules/types';

/** safe: `--fix` applies it; yes: a quick fix exists, but only in the editor; no: no fix. */
export function ruleFixability(rule: Rule): 'safe' | 'yes' | 'no' {
  if (rule.fixes.some((f) => f.safe)) return 'safe';
  return rule.fixes.length ? 'yes' : 'no';
}

export function runRules(argv: readonly string[], io: CliIO): number {
  const args = parseArgs(argv, [{ name: 'format', short: '-f', value: true }, { name: 'help', short: '-h' }], 'rules');
  if (args.flags.has('help')) {
    io.out(HELP.rules);
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}": \`rxn rules\` takes no PATH`, 'rules');
  const format = choice(args, 'format', ['text', 'json'] as const, 'text', 'rules');
  if (format === 'json') {
    const out = {
      version: 1,
      rules: rules.map((r) => ({
        id: r.id,
        severity: r.severity,
        category: r.category,
        fixable: ruleFixability(r),
        summary: r.summary,
        docs: r.docs,
      })),
    };
    io.out(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const header = ['RULE', 'SEVERITY', 'FIX', 'SUMMARY'];
  const rows = rules.map((r) => [r.id, r.severity, ruleFixability(r), r.summary]);
  const w = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(w[i]) : c)).join('  ');
  io.out([line(header), ...rows.map(line)].join('\n') + '\n');
  io.out(`\n${rules.length} rules. FIX: safe = applied by \`rxn check --fix\`; yes = quick fix in the editor only.\n`);
  return 0;
}
