/**
 * The `rxn` settings section as the server understands it, and how a raw value from the
 * client (`workspace/configuration`, `didChangeConfiguration`, or nothing at all) becomes
 * one. Unknown keys and ill-typed values fall back to the defaults instead of failing.
 */
import type { SeveritySetting } from '../types';

export interface RxnSettings {
  /** Per-rule severity overrides: rule id → off | info | warning | error. */
  rules: Record<string, SeveritySetting>;
  /** Hold back new diagnostics on the line being edited until the cursor leaves it. */
  focusMode: boolean;
  inlayHints: { amounts: boolean };
  hover: { structures: boolean };
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

export function defaultSettings(): RxnSettings {
  return { rules: {}, focusMode: false, inlayHints: { amounts: true }, hover: { structures: true } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads a raw `rxn` section. Accepts both the nested form VS Code sends
 * (`{ inlayHints: { amounts: false } }`) and dotted keys (`{ "inlayHints.amounts": false }`)
 * that some other clients pass through unchanged.
 */
/** A severity as settings write it (any letter case; "information" and "warn" as other linters spell them), else undefined. */
function severityOf(value: unknown): SeveritySetting | undefined {
  const v = typeof value === 'string' ? value.toLowerCase() : value;
  const mapped = v === 'information' ? 'info' : v === 'warn' ? 'warning' : v;
  return typeof mapped === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(mapped) ? (mapped as SeveritySetting) : undefined;
}

export function normalizeSettings(raw: unknown): RxnSettings {
  const s = defaultSettings();
  if (!isObject(raw)) return s;
  const rules = raw.rules;
  if (isObject(rules)) {
    for (const [id, value] of Object.entries(rules)) {
      const severity = severityOf(value);
      if (severity !== undefined) s.rules[id] = severity;
    }
  }
  if (typeof raw.focusMode === 'boolean') s.focusMode = raw.focusMode;
  const amounts = isObject(raw.inlayHints) ? raw.inlayHints.amounts : raw['inlayHints.amounts'];
  if (typeof amounts === 'boolean') s.inlayHints.amounts = amounts;
  const structures = isObject(raw.hover) ? raw.hover.structures : raw['hover.structures'];
  if (typeof structures === 'boolean') s.hover.structures = structures;
  return s;
}

/**
 * Our section of a settings object a client pushes in `workspace/didChangeConfiguration`
 * (clients without `workspace/configuration`): `{ rxn: {…} }`, top-level dotted keys
 * (`"rxn.rules": {…}`), or our section itself. Undefined when the object is about other
 * tools only (`{}`, `{ eslint: {…} }`): the settings pushed before then stay.
 */
export function pushedSection(s: unknown): Record<string, unknown> | undefined {
  if (!isObject(s)) return undefined;
  if (isObject(s.rxn)) return s.rxn;
  const dotted = Object.entries(s).filter(([k]) => k.startsWith('rxn.'));
  if (dotted.length) return Object.fromEntries(dotted.map(([k, v]) => [k.slice(4), v]));
  return Object.keys(s).some((k) => OUR_KEYS.has(k.split('.')[0])) ? s : undefined;
}

const OUR_KEYS: ReadonlySet<string> = new Set(['rules', 'focusMode', 'inlayHints', 'hover', 'trace']);

/** A stable key of the settings that change the analysis (so cached analyses can be reused). */
export function analysisKey(s: RxnSettings): string {
  return JSON.stringify(Object.entries(s.rules).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The keys of a raw `rules` setting that are not rule ids, with the value each was given
 * (`normalizeSettings` keeps them, and the engine ignores them).
 */
export function unknownRuleSettings(raw: unknown, isKnown: (id: string) => boolean): { id: string; value: unknown }[] {
  if (!isObject(raw) || !isObject(raw.rules)) return [];
  return Object.entries(raw.rules)
    .filter(([id]) => !isKnown(id))
    .map(([id, value]) => ({ id, value }));
}

/**
 * The rule ids of a raw `rules` setting given a value that is no severity (`"loud"`, `true`):
 * `normalizeSettings` leaves those rules at their default severity.
 */
export function badSeveritySettings(raw: unknown, isKnown: (id: string) => boolean): { id: string; value: unknown }[] {
  if (!isObject(raw) || !isObject(raw.rules)) return [];
  return Object.entries(raw.rules)
    .filter(([id, value]) => isKnown(id) && severityOf(value) === undefined)
    .map(([id, value]) => ({ id, value }));
}

/** The warning for a rule given a value in `rxn.rules` that is no severity. */
export function badSeverityMessage(id: string, value: unknown, defaultSeverity: string): string {
  return `rxn.rules: ${JSON.stringify(value)} is not a severity for "${id}" (use "off", "info", "warning" or "error"), so the rule keeps its default, "${defaultSeverity}".`;
}

/** A stable key of a raw `rules` setting (so a warning about it is given once per value). */
export function rulesSettingKey(raw: unknown): string {
  if (!isObject(raw) || !isObject(raw.rules)) return '';
  return JSON.stringify(Object.entries(raw.rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The warning for a rule id in `rxn.rules` that is not a rule. `showDocsCommand`: the client
 * runs `rxn.showRuleDocs` (our VS Code extension), so its command "rxn: Show Rule
 * Documentation" is there to name; other editors have only the CLI's `rxn rules`.
 */
export function unknownRuleMessage(id: string, value: unknown, nearest: string | undefined, showDocsCommand = false): string {
  const hint = nearest ? ` Did you mean "${nearest}"?` : '';
  const where = showDocsCommand ? '"rxn: Show Rule Documentation" (or `rxn rules`)' : '`rxn rules`';
  return `rxn.rules: "${id}" is not an rxn rule, so its setting (${JSON.stringify(value)}) has no effect.${hint} ${where} lists the rule ids.`;
}
