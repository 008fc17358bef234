/** The SARIF 2.1.0 report of `rxn check`, built with node-sarif-builder (loaded only for this format). */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Rule } from '../rules/types';
import type { Severity, SeveritySetting } from '../types';
import { isFixable, sortDiagnostics, type FileReport } from './report';
import { STDIN } from './files';
import { toPosix } from './io';
import { ruleFixability } from './rules';

/** Where the rule pages are published; SARIF needs an absolute helpUri. */
export const DOCS_BASE = 'https://github.com/rxn-tools/rxn/blob/main/';
export const INFORMATION_URI = 'https://github.com/rxn-tools/rxn';
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'info' ? 'note' : s;
}

export interface SarifContext {
  cwd: string;
  version: string;
  rules: readonly Rule[];
  /** `--rule` settings. */
  overrides: Record<string, SeveritySetting>;
  /** Problems with the run itself (unreadable files…), also printed on stderr. */
  notifications: { path?: string; abs?: string; raw?: Buffer; level: 'error' | 'warning'; message: string }[];
}

/**
 * A relative URI under %SRCROOT% (the working folder) when the file is inside it, else a file: URI.
 * `raw`, the path's bytes when a name in it is not valid UTF-8, gives those bytes %-encoded
 * (a Latin-1 `é` is `%E9`), so that the URI names the file and not a U+FFFD.
 */
export function artifactLocation(abs: string, cwd: string, raw?: Buffer): Sarif.ArtifactLocation {
  if (abs === STDIN) return { uri: 'stdin' };
  const rel = path.relative(cwd, abs);
  const inside = rel && rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel);
  if (raw) {
    const base = Buffer.from(cwd.endsWith(path.sep) ? cwd : cwd + path.sep);
    if (inside && raw.subarray(0, base.length).equals(base)) return { uri: encodePathBytes(raw.subarray(base.length)), uriBaseId: SRCROOT };
    return { uri: 'file://' + encodePathBytes(raw) };
  }
  if (inside) {
    return { uri: toPosix(rel).split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

/** A path's bytes as a URI path: `/` kept, what encodeURIComponent keeps kept, every other byte %XX. */
function encodePathBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += b === 0x2f || /[A-Za-z0-9\-_.!~*'()]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

export async function formatSarif(reports: readonly FileReport[], ctx: SarifContext): Promise<string> {
  const { SarifBuilder, SarifRunBuilder, SarifRuleBuilder, SarifResultBuilder } = await import('node-sarif-builder');
  const builder = new SarifBuilder({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [] });
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'rxn', toolDriverVersion: ctx.version, url: INFORMATION_URI });
  run.run.columnKind = 'utf16CodeUnits';
  run.run.originalUriBaseIds = { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href } };

  const ruleIndex = new Map<string, number>();
  ctx.rules.forEach((rule, i) => {
    const rb = new SarifRuleBuilder().initSimple({
      ruleId: rule.id,
      shortDescriptionText: rule.summary,
      helpUri: DOCS_BASE + rule.docs,
    });
    rb.rule.defaultConfiguration = { level: sarifLevel(rule.severity) };
    rb.rule.properties = {
      tags: [rule.category],
      category: rule.category,
      fixable: ruleFixability(rule),
      // The same page inside the repository / installed package, for offline reading.
      docs: rule.docs,
    };
    run.addRule(rb);
    ruleIndex.set(rule.id, i);
  });

  // Every checked file is an analysis target, with or without results.
  const locations = new Map<FileReport, Sarif.ArtifactLocation>();
  run.run.artifacts = reports.map((r) => {
    const loc = artifactLocation(r.abs, ctx.cwd, r.raw);
    locations.set(r, loc);
    return { location: { ...loc }, roles: ['analysisTarget'], sourceLanguage: 'rxn', mimeType: 'text/plain', encoding: r.utf16 ? r.utf16.toUpperCase() : 'utf-8' };
  });

  for (const r of reports) {
    const loc = locations.get(r)!;
    for (const d of sortDiagnostics(r.diagnostics)) {
      const res = new SarifResultBuilder().initSimple({
        level: sarifLevel(d.severity),
        messageText: d.message,
        ruleId: d.rule,
        fileUri: loc.uri,
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      });
      const physical = res.result.locations?.[0]?.physicalLocation;
      if (physical?.artifactLocation && loc.uriBaseId) physical.artifactLocation.uriBaseId = loc.uriBaseId;
      // The other lines the message names (the first declaration of a duplicated alias…), as the
      // editor's related information: a viewer lists them under the result.
      if (d.related?.length) {
        res.result.relatedLocations = d.related.map((p, i) => ({
          id: i + 1,
          physicalLocation: {
            artifactLocation: { ...loc },
            region: { startLine: p.range.start.line + 1, startColumn: p.range.start.character + 1, endLine: p.range.end.line + 1, endColumn: p.range.end.character + 1 },
          },
          message: { text: p.message },
        }));
      }
      res.result.properties = { fixable: (r.fixable ?? isFixable)(d) };
      run.addResult(res);
    }
  }

  const invocation: Sarif.Invocation = {
    executionSuccessful: !ctx.notifications.some((n) => n.level === 'error'),
  };
  const overrides = Object.entries(ctx.overrides).filter(([id]) => ruleIndex.has(id));
  if (overrides.length) {
    invocation.ruleConfigurationOverrides = overrides.map(([id, setting]) => ({
      descriptor: { id, index: ruleIndex.get(id)! },
      configuration: setting === 'off' ? { enabled: false } : { level: sarifLevel(setting) },
    }));
  }
  if (ctx.notifications.length) {
    invocation.toolExecutionNotifications = ctx.notifications.map((n) => ({
      level: n.level,
      message: { text: n.path ? `${n.path}: ${n.message}` : n.message },
      ...(n.abs ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.abs, ctx.cwd, n.raw) } }] } : {}),
    }));
  }
  run.run.invocations = [invocation];

  builder.addRun(run);
  return builder.buildSarifJsonString({ indent: true }) + '\n';
}
