/** A small, strict command-line parser: `--name value`, `--name=value`, flags, `--` ends options. */
import { UsageError } from './io';

export interface OptionSpec {
  name: string;
  /** Short spelling, e.g. `-h`. */
  short?: string;
  /** Takes a value (`--format json`); otherwise a flag. */
  value?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  /** Every value given for an option, in order. */
  values: Map<string, string[]>;
  flags: Set<string>;
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const byName = new Map<string, OptionSpec>();
  for (const s of specs) {
    byName.set('--' + s.name, s);
    if (s.short) byName.set(s.short, s);
  }
  const out: ParsedArgs = { positionals: [], values: new Map(), flags: new Set() };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      // `rxn check "$DIR"` with DIR unset: not the current folder, a mistake.
      if (arg === '') throw new UsageError('an empty PATH was given (an unset shell variable?)', command);
      out.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const key = eq >= 0 ? arg.slice(0, eq) : arg;
    const spec = byName.get(key);
    if (!spec) throw new UsageError(`unknown option ${key}`, command);
    if (!spec.value) {
      if (eq >= 0) throw new UsageError(`${key} takes no value`, command);
      out.flags.add(spec.name);
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      // An option (`--format -f x.rxn`) or `--` is not a value: the value was forgotten. (`--format=-x` is one.)
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${key} needs a value`, command);
      value = next;
      i++;
    }
    if (!out.values.has(spec.name)) out.values.set(spec.name, []);
    out.values.get(spec.name)!.push(value);
  }
  return out;
}

/** The last value of an option checked against its allowed values, or the default. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T, command: string): T {
  const vals = args.values.get(name);
  if (!vals || vals.length === 0) return fallback;
  const v = vals[vals.length - 1];
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${v}")`, command);
  }
  return v as T;
}

