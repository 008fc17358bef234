/** `rxn check`: diagnostics for files and folders, optionally fixing what is safe to fix. */
import { analyze, fixAll, fixAllWouldTake, unreadableLines, stripBom, BOM, type Analysis } from '../engine';
import { rules as allRules, getRule, nearestRuleId } from '../rules';
import type { SeveritySetting } from '../types';
import { parseArgs, choice } from './args';
import { collectFiles, readSource, writeFileAtomic, WriteError, STDIN } from './files';
import { UsageError, useColor, describeFsError, oneLinePath, type CliIO } from './io';
import { formatJson, formatText, count, type FileReport } from './report';
import type { SarifContext } from './sarif';
import { HELP } from './help';

const SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
export const FORMATS = ['text', 'json', 'sarif'] as const;

/** Parses `--rule ID=SEVERITY` values; an unknown id or severity is a usage error. */
export function parseRuleSettings(values: readonly string[], command = 'check'): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--rule expects ID=off|info|warning|error (got "${v}")`, command);
    const id = v.slice(0, eq).trim();
    const setting = v.slice(eq + 1).trim().toLowerCase();
    if (!getRule(id)) {
      // The same suggestion as the editor's warning about rxn.rules.
      const hint = nearestRuleId(id);
      throw new UsageError(`unknown rule "${id}" in --rule${hint ? ` (did you mean "${hint}"?)` : ''}; \`rxn rules\` lists them`, command);
    }
    if (!(SETTINGS as readonly string[]).includes(setting)) {
      throw new UsageError(`bad severity "${v.slice(eq + 1)}" for ${id} in --rule: use off, info, warning or error`, command);
    }
    out[id] = setting as SeveritySetting;
  }
  return out;
}

/** The lines of a text that could not be read (1-based), for the message of fixes held back. */
function unreadLines(a: Analysis): number[] {
  return unreadableLines(a.doc).map((l) => l + 1);
}

/** "line 16 could not be read", naming up to five lines, and saying so when the rules that report them are off. */
function unreadText(a: Analysis, overrides: Record<string, SeveritySetting>): string {
  const lines = unreadLines(a);
  const shown = lines.slice(0, 5).join(', ') + (lines.length > 5 ? ` and ${lines.length - 5} more` : '');
  const off = ['syntax-error', 'invalid-quantity'].filter((id) => overrides[id] === 'off');
  return `line${lines.length === 1 ? '' : 's'} ${shown} could not be read${off.length ? ` (${off.join(' and ')} ${off.length === 1 ? 'is' : 'are'} turned off, so ${lines.length === 1 ? 'it is' : 'they are'} not reported)` : ''}`;
}

export interface CheckRunInfo {
  version: string;
}

export async function runCheck(argv: readonly string[], io: CliIO, info: CheckRunInfo): Promise<number> {
  const args = parseArgs(
    argv,
    [
      { name: 'format', short: '-f', value: true },
      { name: 'fix' },
      { name: 'rule', value: true },
      { name: 'help', short: '-h' },
    ],
    'check',
  );
  if (args.flags.has('help')) {
    io.out(HELP.check);
    return 0;
  }
  const format = choice(args, 'format', FORMATS, 'text', 'check');
  const fix = args.flags.has('fix');
  const overrides = parseRuleSettings(args.values.get('rule') ?? []);
  if (args.positionals.length === 0) throw new UsageError('no PATH given: name the files or folders to check', 'check');
  if (fix && args.positionals.includes(STDIN)) throw new UsageError('--fix cannot write back to standard input (`-`): name the file instead', 'check');

  let status = 0;
  const fail = () => (status = 2);
  const notifications: SarifContext['notifications'] = [];
  const problem = (path: string, message: string, file?: { abs: string; raw?: Buffer }, level: 'error' | 'warning' = 'error') => {
    io.err(`rxn: ${oneLinePath(path)}: ${message}\n`);
    notifications.push({ path, abs: file?.abs, ...(file?.raw ? { raw: file.raw } : {}), level, message });
    if (level === 'error') fail();
  };

  const { files, errors } = collectFiles(args.positionals, io.cwd);
  for (const e of errors) problem(e.path, e.message);

  const reports: FileReport[] = [];
  let fixedProblems = 0;
  let fixedFiles = 0;
  for (const f of files) {
    let source;
    try {
      source = readSource(f.raw ?? f.abs);
    } catch (e) {
      problem(f.display, `cannot be read: ${describeFsError(e)}`, f);
      continue;
    }
    if (source.invalidUtf8) {
      problem(f.display, 'contains bytes that are not valid UTF-8; they were read as U+FFFD', f, 'warning');
    }
    if (source.utf16) {
      problem(f.display, `is encoded as ${source.utf16.toUpperCase()}; it was read as such, but save it as UTF-8 (the editor and --fix expect UTF-8)`, f, 'warning');
    }
    const { text, hasBom } = stripBom(source.text);
    const ruleErrors: string[] = [];
    const options = { rules: overrides, onRuleError: (id: string, error: unknown) => ruleErrors.push(`${id}: ${errorText(error)}`) };
    let analysis: Analysis;
    try {
      if (!fix) analysis = analyze(text, options);
      else {
        const result = fixAll(text, options);
        analysis = result.analysis;
        if (result.withheld > 0) {
          const n = result.withheld;
          problem(f.display, `${n} fix${n === 1 ? ' was' : 'es were'} not applied because ${unreadText(result.analysis, overrides)}; correct ${unreadLines(result.analysis).length === 1 ? 'it' : 'them'} and run --fix again`, f, 'warning');
        }
        if (result.text !== text) {
          let why: string | undefined;
          if (source.invalidUtf8) {
            why = 'writing it back would replace its invalid bytes with U+FFFD; convert the file to UTF-8 first';
          } else if (source.utf16) {
            why = `it is ${source.utf16.toUpperCase()}, and writing it back as UTF-8 would change its encoding; save it as UTF-8 first`;
          } else {
            try {
              for (const note of writeFileAtomic(f.raw ?? f.abs, (hasBom ? BOM : '') + result.text, source.bytes)) problem(f.display, `fixed, but ${note}`, f, 'warning');
              fixedProblems += result.applied.length;
              fixedFiles++;
            } catch (e) {
              why = e instanceof WriteError ? e.message : errorText(e);
            }
          }
          if (why !== undefined) {
            problem(f.display, `not fixed: ${why}`, f);
            // The file on disk is still the original: report what it has.
            ruleErrors.length = 0;
            analysis = analyze(text, options);
          }
        }
      }
    } catch (e) {
      problem(f.display, `internal error while checking: ${errorText(e)}`, f);
      continue;
    }
    for (const r of new Set(ruleErrors)) problem(f.display, `internal error in rule ${r}`, f);
    // `fixable`: what --fix would fix in this text — nothing but reading problems while a line stays unread.
    const a = analysis;
    reports.push({ path: f.display, abs: f.abs, ...(f.raw ? { raw: f.raw } : {}), diagnostics: a.diagnostics, fixable: (d) => fixAllWouldTake(a, d), ...(source.utf16 ? { utf16: source.utf16 } : {}) });
  }

  if (files.length === 0 && errors.length === 0) {
    io.err(`rxn: no .rxn files found in ${args.positionals.join(', ')}\n`);
  }

  if (format === 'json') io.out(formatJson(reports));
  else if (format === 'sarif') {
    const { formatSarif } = await import('./sarif');
    io.out(await formatSarif(reports, { cwd: io.cwd, version: info.version, rules: allRules, overrides, notifications }));
  } else {
    io.out(formatText(reports, useColor(io)));
    if (fixedProblems > 0) {
      io.out(`Fixed ${fixedProblems} problem${fixedProblems === 1 ? '' : 's'} in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.\n`);
    }
  }

  if (status === 2) return 2;
  return count(reports).errors > 0 ? 1 : 0;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
