/**
 * The rxn language server: LSP wiring only. Every answer comes from the engine
 * (`engine.ts`) and the pure feature functions in `features/`; this file keeps documents,
 * settings and analyses in step with the client and decides when to publish.
 *
 * Started three ways:
 * - by the VS Code client, which runs the bundle `dist/server.js` over node IPC;
 * - by any LSP client as `node dist/server.js --stdio` (or `rxn lsp --stdio`, which calls
 *   `startServer()` from the CLI bundle);
 * - by the tests, which spawn `dist/server.js --stdio`.
 *
 * initializationOptions (all optional):
 * - `docsBaseUri`: URI of the folder holding the rule pages `ID.md` (default: `docs/rules`
 *   next to the bundle's folder), which rule links point at.
 * - `clientCommands`: commands the client runs itself. With `rxn.showRuleDocs` among them,
 *   code actions offer "Show documentation for RULE", and rule links are `command:` links
 *   to it (VS Code would open a file link to a Markdown page as source text). With
 *   `editor.action.triggerSuggest` among them, a keyword item whose next word has suggestions
 *   (`target`, `solvent`, `add`, `quench`…) opens the suggestions again once accepted.
 * - `markdownImages`: `true` when the client draws images in Markdown hovers (VS Code does;
 *   Neovim, Helix and most other clients print the image's data URI as text). Only then does
 *   a reagent's hover carry its structure picture.
 * - `diagnosticsInHover`: `true` when the client shows the message and rule id of each
 *   diagnostic under the mouse in the hover itself (VS Code does; Neovim does not). The hover's
 *   section on a diagnostic then leaves out the message and keeps the rule's summary, the
 *   quick fixes and the rule's link.
 * - `debounceMs`: delay between the last change and the validation (default 150). With 0,
 *   each change is validated as soon as its message has been handled (every version is
 *   analysed: the benchmark's setting).
 * - `settings`: the `rxn` section (or `{ rxn: {…} }`, or dotted `rxn.` keys), for clients
 *   that support neither `workspace/configuration` nor `didChangeConfiguration`.
 * - `testFaultyRule`: TEST HOOK. When `true`, adds the rule `test-faulty-rule`, which throws
 *   on any text containing `BOOM` and otherwise reports one info diagnostic on line 1. The
 *   LSP tests use it to check that a failing rule cannot take the server down.
 *
 * Custom notification `rxn/cursorLine` `{ uri, line }` (client → server): where the cursor
 * is, for focus mode. `{ uri: null }` says the cursor is in no `.rxn` editor (the user
 * switched to another kind of editor, or closed the last one): nothing is being typed in any
 * protocol, so whatever focus mode held back is shown.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  MarkupKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Diagnostic,
  type Location,
  type WorkspaceEdit,
  type CodeAction,
  type TextDocumentContentChangeEvent,
  ResponseError,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  FileChangeType,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './engine';
import type { Rule } from './rules/types';
import { isRuleId, nearestRuleId, rules as registeredRules } from './rules';
import { hover } from './features/hover';
import { completion, TRIGGER_SUGGEST_COMMAND, withoutInsertReplace, withoutRetrigger, withoutSnippets } from './features/completion';
import { markdownToPlainText } from './features/common';
import { documentSymbols } from './features/symbols';
import { foldingRanges } from './features/folding';
import { definition, highlights, references, prepareRename, rename, ONLY_ALIASES_RENAME } from './features/navigation';
import { inlayHints } from './features/inlayHints';
import { formatDocument, formatRange } from './features/format';
import { codeActions, fixAllAction, isFixAllData, SHOW_DOCS_COMMAND } from './features/codeActions';
import { toLspDiagnostic } from './features/diagnostics';
import { analysisKey, badSeverityMessage, badSeveritySettings, defaultSettings, normalizeSettings, pushedSection, rulesSettingKey, unknownRuleMessage, unknownRuleSettings, type RxnSettings } from './lsp/settings';
import { applyFocus, editedLines, editedLinesOf, type LineSpan, type RangedChange } from './lsp/focus';
import { CHECK_WORKSPACE_COMMAND, MAX_WORKSPACE_FILES, pathOfUri, readProtocol, shown, workspaceProtocols, type NotChecked } from './lsp/workspace';

/** A file of a workspace check: the URI its diagnostics are published under, and its workspace folder. */
interface DiskEntry {
  uri: string;
  folder: string;
}

export const FIX_ALL_KIND = 'source.fixAll.rxn';
/** How long a request waits for a document's settings before answering with the fallback. */
const SETTINGS_WAIT_MS = 2000;
export const CURSOR_LINE_NOTIFICATION = 'rxn/cursorLine';
const DEFAULT_DEBOUNCE_MS = 150;
/**
 * How many documents keep their analysis (syntax tree, model, diagnostics with fixes) in
 * memory between requests: the most recently used ones. A document whose analysis was
 * dropped keeps its published diagnostics and is analysed again on its next request, which
 * takes milliseconds; keeping every open document's analysis made 50 open 2,000-line
 * protocols cost about 150 MB. Only documents that were edited or asked about get here.
 */
const MAX_CACHED_ANALYSES = 8;

/** The rule behind the `testFaultyRule` test hook (see the header comment). */
export const testFaultyRule: Rule = {
  id: 'test-faulty-rule',
  severity: 'info',
  category: 'structure',
  summary: 'Test hook: fails on purpose when the text contains BOOM.',
  docs: 'docs/rules/test-faulty-rule.md',
  fixes: [],
  check(ctx) {
    if (ctx.doc.text.includes('BOOM')) throw new Error('injected failure for the tests');
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'test-faulty-rule ran' }];
  },
};

/** `docs/rules` next to the folder of this file (dist/ → repo root), as a file URI. */
function defaultDocsBase(): string {
  const candidates = [path.join(__dirname, '..', 'docs', 'rules'), path.join(__dirname, '..', '..', 'docs', 'rules')];
  const found = candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
  return pathToFileURL(found).href;
}

interface Published {
  version: number;
  diagnostics: Diagnostic[];
  /** The rule settings and focus mode they were made with. */
  key?: string;
  /** The text they are of. */
  text?: string;
}

interface CachedAnalysis {
  version: number;
  text: string;
  key: string;
  analysis: Analysis;
}

let started = false;

export function startServer(): void {
  if (started) return;
  started = true;
  const connection = createConnection(ProposedFeatures.all);
  wireServer(connection);
  connection.listen();
}

/** Registers every handler on `connection` (exported for embedding; `startServer` is the usual entry). */
export function wireServer(connection: Connection): void {
  // ---- state -------------------------------------------------------------------------
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let docsBase = defaultDocsBase();
  let extraRules: Rule[] | undefined;
  let hasConfigurationCapability = false;
  let inlayHintRefresh = false;
  let prepareRenameSupport = false;
  /** The client can fill in a code action's edit later (`codeAction/resolve` with `edit`). */
  let codeActionResolveSupport = false;
  /** The `rxn` section pushed by clients without `workspace/configuration`. */
  let pushedSettings: unknown;
  /** What the client can show: snippets in completions, Markdown in hovers. */
  let snippetSupport = true;
  let insertReplaceSupport = false;
  let hoverMarkdown = true;
  /** The client shows Markdown in a completion item's documentation (`completionItem.documentationFormat`). */
  let completionMarkdown = true;
  /** The client draws Markdown images (initializationOptions.markdownImages: our VS Code extension). */
  let markdownImages = false;
  /** The client shows diagnostics in its hover (initializationOptions.diagnosticsInHover: our VS Code extension). */
  let diagnosticsInHover = false;
  /** The client runs `rxn.showRuleDocs` itself (our VS Code extension says so): offer the action. */
  let showRuleDocs = false;
  /** The client runs `editor.action.triggerSuggest` (VS Code): keyword items reopen the suggestions. */
  let triggerSuggest = false;
  /** The workspace folders given at start-up, and whether the client can be asked for the current ones. */
  let initialFolders: string[] = [];
  let workspaceFoldersSupport = false;
  /**
   * The files "Check all protocols in the workspace" found, by file system path: the URI their
   * diagnostics go under and their workspace folder. Closed, their diagnostics come from disk.
   */
  const fromDisk = new Map<string, DiskEntry>();

  const settingsRequests = new Map<string, Promise<RxnSettings>>();
  const resolvedSettings = new Map<string, RxnSettings>();
  const analyses = new Map<string, CachedAnalysis>();
  /**
   * Documents opened but not yet edited or asked about (no hover, outline, hints…): their
   * diagnostics are published, but their analysis is not kept (see `analysisFor`).
   */
  const untouched = new Set<string>();
  const published = new Map<string, Published>();
  /** Pending validations: uri → cancel. */
  const timers = new Map<string, () => void>();
  /** The "fix all" action of an analysis, computed at most once. */
  const fixAllMemo = new WeakMap<Analysis, CodeAction | null>();
  const cursorLines = new Map<string, number>();
  const lastEdit = new Map<string, LineSpan>();
  const loggedRuleFailures = new Set<string>();
  const loggedFeatureFailures = new Set<string>();
  const loggedBackwardVersions = new Set<string>();

  /**
   * Where a rule's link (the diagnostic's code, the hover's "rule docs") leads. A client that
   * runs `rxn.showRuleDocs` itself (our VS Code extension) gets a `command:` link to it, so a
   * click opens the page rendered; VS Code opens a file link to a `.md` page as its source
   * text. Any other client gets the page's file URI.
   */
  const docsUri = (ruleId: string): string =>
    showRuleDocs
      ? `command:${SHOW_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([ruleId]))}`
      : docsBase.replace(/\/?$/, '/') + encodeURIComponent(ruleId) + '.md';

  // Wrapping the document store's update lets us see which lines every change touches.
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (doc, changes, version) => {
      // Incremental changes say which lines they touch; only a whole-text replacement needs
      // the old and new texts compared (splitting a 10,000-line text twice per keystroke
      // would cost more than the change itself).
      const ranged = changes.every((c: TextDocumentContentChangeEvent) => 'range' in c && c.range !== undefined);
      const before = ranged ? '' : doc.getText();
      const updated = TextDocument.update(doc, changes, version);
      const span = ranged ? editedLinesOf(changes as RangedChange[]) : editedLines(before, updated.getText());
      if (span) lastEdit.set(doc.uri, span);
      return updated;
    },
  });

  // ---- settings ----------------------------------------------------------------------
  /** Documents whose diagnostics were published with the fallback settings (the client had not answered yet). */
  const checkedWithFallback = new Set<string>();
  function fallbackSettings(): RxnSettings {
    return pushedSettings === undefined ? defaultSettings() : readSettings(pushedSettings);
  }

  /** The `rules` values already warned about (the same value comes once per document). */
  const warnedRuleSettings = new Set<string>();
  /**
   * A raw `rxn` section as settings. A rule id in `rules` that is not a rule is ignored, as
   * before, but no longer silently: the client's log (VS Code: the rxn output channel) gets
   * a warning naming it and the nearest rule id, once per distinct `rules` value.
   */
  function readSettings(raw: unknown): RxnSettings {
    const isKnown = (id: string) => isRuleId(id) || (extraRules?.some((r) => r.id === id) ?? false);
    const unknown = unknownRuleSettings(raw, isKnown);
    const bad = badSeveritySettings(raw, isKnown);
    if (unknown.length || bad.length) {
      const key = rulesSettingKey(raw);
      if (!warnedRuleSettings.has(key)) {
        warnedRuleSettings.add(key);
        const ids = registeredRules.map((r) => r.id);
        for (const u of unknown) connection.console.warn(unknownRuleMessage(u.id, u.value, nearestRuleId(u.id, ids), showRuleDocs));
        for (const b of bad) connection.console.warn(badSeverityMessage(b.id, b.value, [...registeredRules, ...(extraRules ?? [])].find((r) => r.id === b.id)?.severity ?? 'its own'));
      }
    }
    return normalizeSettings(raw);
  }

  function getSettings(uri: string): Promise<RxnSettings> {
    if (!hasConfigurationCapability) return Promise.resolve(fallbackSettings());
    let p = settingsRequests.get(uri);
    if (!p) {
      p = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'rxn' })
        .then(
          // No `rxn` section at all (null): the settings given at start-up, not the bare defaults.
          (raw: unknown) => (raw === null || raw === undefined ? fallbackSettings() : readSettings(raw)),
          () => fallbackSettings(),
        )
        .then((s) => {
          if (settingsRequests.get(uri) === p) resolvedSettings.set(uri, s);
          // Diagnostics published with the fallback while the client was slow: again, with these.
          if (checkedWithFallback.delete(uri) && documents.get(uri)) schedule(uri, 0);
          return s;
        });
      settingsRequests.set(uri, p);
    }
    return p;
  }

  /** The settings known right now (requests are answered without waiting on the client). */
  function settingsNow(uri: string): RxnSettings {
    if (!hasConfigurationCapability) return fallbackSettings();
    const s = resolvedSettings.get(uri);
    if (!s) void getSettings(uri);
    return s ?? fallbackSettings();
  }

  // ---- analysis ----------------------------------------------------------------------
  function runAnalysis(text: string, settings: RxnSettings, reuse?: Analysis): Analysis {
    return analyze(text, {
      rules: settings.rules,
      extraRules,
      reuse: reuse?.doc,
      onRuleError: (ruleId, error) => {
        if (loggedRuleFailures.has(ruleId)) return;
        loggedRuleFailures.add(ruleId);
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        connection.console.error(`rxn: the rule ${ruleId} failed and was skipped (the other rules still ran): ${detail}`);
      },
    });
  }

  /**
   * The analysis of this version of the document, computed once per version and settings.
   * `keep: false` (publishing the diagnostics of a document nobody has edited or asked about
   * yet) does not put a new analysis in the cache: a workspace that opens many files in the
   * background would otherwise keep a syntax tree for each until it is pushed out, and those
   * trees live long enough to be promoted to V8's old generation and then collected late
   * (docs/performance.md, change 11). The first request or edit analyses it again.
   */
  function analysisFor(doc: TextDocument, settings: RxnSettings, keep = true): Analysis {
    if (keep) untouched.delete(doc.uri);
    const key = analysisKey(settings);
    const text = doc.getText();
    const cached = analyses.get(doc.uri);
    analyses.delete(doc.uri); // re-inserted below: the Map's order is the order of use
    if (cached && cached.version === doc.version && cached.key === key && cached.text === text) {
      analyses.set(doc.uri, cached);
      return cached.analysis;
    }
    // The previous version's syntax tree: the lines the edit did not touch are not parsed again.
    const analysis = runAnalysis(text, settings, cached?.analysis);
    if (!keep && !cached) return analysis;
    analyses.set(doc.uri, { version: doc.version, text, key, analysis });
    while (analyses.size > MAX_CACHED_ANALYSES) analyses.delete(analyses.keys().next().value as string);
    return analysis;
  }

  // ---- diagnostics -------------------------------------------------------------------
  function publish(doc: TextDocument, settings: RxnSettings): void {
    const uri = doc.uri;
    const last = published.get(uri);
    if (last && last.version > doc.version) {
      // The client sent a version lower than one we already answered: never go back.
      if (!loggedBackwardVersions.has(uri)) {
        loggedBackwardVersions.add(uri);
        connection.console.warn(`rxn: ${uri} went from version ${last.version} back to ${doc.version}; its diagnostics stay at version ${last.version}.`);
      }
      return;
    }
    // The same version under the same rule settings (VS Code's configuration push right after
    // the documents open): what was published stands; no second analysis of an untouched file.
    // (The key holds focus mode too: turning it off must show what it held back. The text is
    // compared as well, for a client that changes a document without a new version.)
    const key = `${analysisKey(settings)}|${settings.focusMode ? 'focus' : ''}`;
    const text = doc.getText();
    if (last && last.version === doc.version && last.key === key && last.text === text && !settings.focusMode) return;
    const analysis = analysisFor(doc, settings, !untouched.has(uri));
    let diagnostics = analysis.diagnostics.map((d) => toLspDiagnostic(d, docsUri, uri));
    if (settings.focusMode) {
      diagnostics = applyFocus(diagnostics, {
        cursorLine: cursorLines.get(uri),
        edited: lastEdit.get(uri),
        previous: last?.diagnostics ?? [],
      });
    }
    published.set(uri, { version: doc.version, diagnostics, key, text });
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    // A client that does not answer `workspace/configuration` (or answers late) still gets its
    // diagnostics, with the fallback settings, after SETTINGS_WAIT_MS; when the answer comes,
    // the document is checked again with it.
    // (Known settings are used at once: no timer on every keystroke.)
    // (Once the fallback was used for a document, it is used at once until the answer comes: a
    // client that never answers does not cost two seconds on every edit.)
    const settings = !hasConfigurationCapability
      ? fallbackSettings()
      : (resolvedSettings.get(uri) ?? (checkedWithFallback.has(uri) ? fallbackSettings() : await settingsSoon(uri)));
    if (hasConfigurationCapability && !resolvedSettings.has(uri)) checkedWithFallback.add(uri);
    // While we waited for the settings the document may have changed or closed: a newer
    // version has its own validation queued, so this (stale) one is dropped.
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    try {
      publish(current, settings);
    } catch (error) {
      logFeatureFailure('diagnostics', error);
    }
  }

  function schedule(uri: string, delay = debounceMs): void {
    timers.get(uri)?.();
    const run = (): void => {
      timers.delete(uri);
      void validate(uri);
    };
    // Without a delay, run as soon as the pending messages are read (a 0 ms timer waits
    // for the next turn of the timer phase, about a millisecond).
    if (delay <= 0) {
      const handle = setImmediate(run);
      timers.set(uri, () => clearImmediate(handle));
    } else {
      const handle = setTimeout(run, delay);
      timers.set(uri, () => clearTimeout(handle));
    }
  }

  function logFeatureFailure(feature: string, error: unknown): void {
    if (loggedFeatureFailures.has(feature)) return;
    loggedFeatureFailures.add(feature);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`rxn: ${feature} failed: ${detail}`);
  }

  /**
   * Runs a request handler against the current analysis; a failing feature answers `fallback`.
   * Until the document's settings have arrived (just after it opened, or after a settings
   * change) the request waits for them: answering with the defaults would show, say, inlay
   * hints the user turned off, or quick fixes of a rule that is off.
   */
  function withAnalysis<T>(
    feature: string,
    uri: string,
    fallback: T,
    fn: (a: Analysis, s: RxnSettings, doc: TextDocument) => T,
    usesSettings = true,
  ): T | Promise<T> {
    if (!documents.get(uri)) return fallback;
    const run = (settings: RxnSettings): T => {
      const doc = documents.get(uri);
      if (!doc) return fallback;
      try {
        return fn(analysisFor(doc, settings), settings, doc);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        logFeatureFailure(feature, error);
        return fallback;
      }
    };
    if (!hasConfigurationCapability) return run(fallbackSettings());
    const known = resolvedSettings.get(uri);
    if (known) return run(known);
    // The outline, folding, navigation and formatting do not depend on any setting: they
    // answer at once (with whatever settings are known; rule severities do not change them).
    if (!usesSettings) return run(settingsNow(uri));
    return settingsSoon(uri).then(run);
  }

  /**
   * The document's settings once the client answers — or, if it has not within
   * SETTINGS_WAIT_MS (a client that never answers `workspace/configuration`), the fallback,
   * so that a hover or a light bulb never hangs.
   */
  function settingsSoon(uri: string): Promise<RxnSettings> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<RxnSettings>((resolve) => {
      timer = setTimeout(() => resolve(fallbackSettings()), SETTINGS_WAIT_MS);
    });
    return Promise.race([getSettings(uri), late]).finally(() => clearTimeout(timer));
  }

  /**
   * In focus mode, the analysis as the user sees it: without the problems held back on the
   * line being edited, so that hover and the light bulb do not show them either.
   */
  const focusViews = new WeakMap<Published, { of: Analysis; view: Analysis }>();
  function visible(a: Analysis, uri: string, s: RxnSettings, doc: TextDocument): Analysis {
    const pub = published.get(uri);
    if (!s.focusMode || !pub || pub.version !== doc.version) return a;
    const memo = focusViews.get(pub);
    let view = memo?.of === a ? memo.view : undefined;
    if (!view) {
      const key = (d: { code?: unknown; message: unknown; range: Diagnostic['range'] }) =>
        `${String(d.code)}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${String(d.message)}`;
      const shown = new Set(pub.diagnostics.map(key));
      const diagnostics = a.diagnostics.filter((d) => shown.has(key({ code: d.rule, message: d.message, range: d.range })));
      view = diagnostics.length === a.diagnostics.length ? a : { ...a, diagnostics };
      focusViews.set(pub, { of: a, view });
    }
    return view;
  }

  // ---- lifecycle ---------------------------------------------------------------------
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as Record<string, unknown>;
    if (typeof opts.debounceMs === 'number' && Number.isFinite(opts.debounceMs) && opts.debounceMs >= 0) debounceMs = opts.debounceMs;
    if (typeof opts.docsBaseUri === 'string' && opts.docsBaseUri.length > 0) docsBase = opts.docsBaseUri;
    if (opts.testFaultyRule === true) extraRules = [testFaultyRule];
    // The same shapes as a pushed configuration: `{ rxn: {…} }` (how Neovim's `settings` are
    // written), dotted `rxn.` keys, or the section itself.
    if (opts.settings !== undefined) pushedSettings = pushedSection(opts.settings) ?? opts.settings;
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    inlayHintRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    prepareRenameSupport = !!caps.textDocument?.rename?.prepareSupport;
    codeActionResolveSupport = !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
    snippetSupport = caps.textDocument?.completion?.completionItem?.snippetSupport === true;
    insertReplaceSupport = caps.textDocument?.completion?.completionItem?.insertReplaceSupport === true;
    const formats = caps.textDocument?.hover?.contentFormat;
    hoverMarkdown = !Array.isArray(formats) || formats.includes(MarkupKind.Markdown);
    const docFormats = caps.textDocument?.completion?.completionItem?.documentationFormat;
    completionMarkdown = !Array.isArray(docFormats) || docFormats.includes(MarkupKind.Markdown);
    markdownImages = opts.markdownImages === true;
    diagnosticsInHover = opts.diagnosticsInHover === true;
    showRuleDocs = Array.isArray(opts.clientCommands) && opts.clientCommands.includes(SHOW_DOCS_COMMAND);
    triggerSuggest = Array.isArray(opts.clientCommands) && opts.clientCommands.includes(TRIGGER_SUGGEST_COMMAND);
    workspaceFoldersSupport = !!caps.workspace?.workspaceFolders;
    initialFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ',', '=', '/'], resolveProvider: false },
        documentSymbolProvider: { label: 'rxn' },
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: prepareRenameSupport ? { prepareProvider: true } : true,
        inlayHintProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND],
          resolveProvider: true,
        },
        // VS Code's client registers it as a command ("rxn: Check All Protocols in the Workspace").
        executeCommandProvider: { commands: [CHECK_WORKSPACE_COMMAND] },
      },
      serverInfo: { name: 'rxn', version: '0.1.0' },
    };
  });

  connection.onShutdown(() => {
    for (const cancel of timers.values()) cancel();
    timers.clear();
  });

  connection.onDidChangeConfiguration((params) => {
    if (!hasConfigurationCapability) {
      // Clients send the whole settings object ({ rxn: {...} }), dotted keys, or our section;
      // an object about other tools only leaves the settings pushed before.
      const section = pushedSection(params?.settings);
      if (section) pushedSettings = section;
    }
    settingsRequests.clear();
    resolvedSettings.clear();
    checkedWithFallback.clear();
    for (const doc of documents.all()) schedule(doc.uri, 0);
    // Closed files of a workspace check: again, under the new rule settings.
    if (fromDisk.size) void recheckFromDisk().catch((error) => logFeatureFailure('workspace check', error));
    // Ask the editor for new inlay hints once the new settings are known (a request made
    // before would wait for them anyway; this way the refresh finds them), or after the
    // settings wait if the client does not answer.
    if (inlayHintRefresh) {
      void Promise.all(documents.all().map((d) => settingsSoon(d.uri)))
        .then(() => connection.languages.inlayHint.refresh())
        .catch(() => undefined);
    }
  });

  // ---- documents ---------------------------------------------------------------------
  // A document just opened is checked at once; edits wait for a pause in the typing.
  const justOpened = new Set<string>();
  // The URIs of the open documents by file system path (see `openDocumentAt`).
  const openByPath = new Map<string, Set<string>>();
  documents.onDidOpen((e) => {
    const fsPath = pathOfUri(e.document.uri);
    if (fsPath !== undefined) {
      const uris = openByPath.get(fsPath) ?? new Set<string>();
      uris.add(e.document.uri);
      openByPath.set(fsPath, uris);
    }
    untouched.add(e.document.uri);
    published.delete(e.document.uri);
    lastEdit.delete(e.document.uri);
    justOpened.add(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    const opening = justOpened.delete(e.document.uri);
    if (!opening) untouched.delete(e.document.uri);
    schedule(e.document.uri, opening ? 0 : debounceMs);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    timers.get(uri)?.();
    timers.delete(uri);
    analyses.delete(uri);
    untouched.delete(uri);
    published.delete(uri);
    cursorLines.delete(uri);
    lastEdit.delete(uri);
    settingsRequests.delete(uri);
    resolvedSettings.delete(uri);
    checkedWithFallback.delete(uri);
    loggedBackwardVersions.delete(uri);
    const fsPath = pathOfUri(uri);
    const uris = fsPath === undefined ? undefined : openByPath.get(fsPath);
    if (uris?.delete(uri) && uris.size === 0) openByPath.delete(fsPath!);
    // Checked with the workspace: what is on disk now (the editor may have saved it, or not).
    const entry = fsPath === undefined ? undefined : fromDisk.get(fsPath);
    if (fsPath !== undefined && entry) void republishFromDisk(fsPath, { ...entry, uri }).catch((error) => logFeatureFailure('workspace check', error));
    else void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onNotification(CURSOR_LINE_NOTIFICATION, (params: { uri?: unknown; line?: unknown }) => {
    if (params?.uri === null) {
      // The cursor left every protocol (a .txt, the settings, no editor at all).
      for (const other of [...cursorLines.keys()]) {
        cursorLines.delete(other);
        republishFocus(other);
      }
      return;
    }
    if (typeof params?.uri !== 'string' || typeof params.line !== 'number') return;
    const uri = params.uri;
    // The cursor is in one editor at a time: in the documents it left (another file is now
    // active), nothing is being typed, and what focus mode held back there can be shown.
    for (const other of [...cursorLines.keys()]) {
      if (other === uri) continue;
      cursorLines.delete(other);
      republishFocus(other);
    }
    const before = cursorLines.get(uri);
    cursorLines.set(uri, params.line);
    if (before === params.line) return;
    // The cursor left the line: what focus mode held back can now be shown.
    republishFocus(uri);
  });

  /** Publishes again, with the current cursor, a document whose diagnostics focus mode may hold back. */
  function republishFocus(uri: string): void {
    const doc = documents.get(uri);
    const last = published.get(uri);
    if (!doc || !last || last.version !== doc.version || timers.has(uri)) return;
    const settings = settingsNow(uri);
    if (!settings.focusMode) return;
    try {
      publish(doc, settings);
    } catch (error) {
      logFeatureFailure('diagnostics', error);
    }
  }

  // ---- the whole workspace -------------------------------------------------------------
  /** A message for the user: a notification (`window/showMessage`), which needs no answer from the client. */
  function showMessage(type: MessageType, message: string): void {
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  /**
   * The open document of a file, whatever spelling its URI has (VS Code percent-encodes
   * `(`, `,`, `+` and drive letters where Node does not): found by file system path.
   */
  function openDocumentAt(fsPath: string): TextDocument | undefined {
    for (const uri of openByPath.get(fsPath) ?? []) {
      const doc = documents.get(uri);
      if (doc) return doc;
    }
    return undefined;
  }

  /**
   * Publishes the diagnostics of a file no editor has open, from its text on disk, under
   * `entry.uri` with `settings`; returns them (undefined: it could not be read, and its
   * diagnostics are cleared; or it is open now, and its editor's text counts).
   */
  function publishFromDisk(fsPath: string, entry: DiskEntry, settings: RxnSettings, unreadable?: (reason: string) => void): Analysis['diagnostics'] | undefined {
    if (openDocumentAt(fsPath)) return undefined;
    const read = readProtocol(fsPath);
    if ('error' in read) {
      fromDisk.delete(fsPath);
      void connection.sendDiagnostics({ uri: entry.uri, diagnostics: [] });
      unreadable?.(read.error);
      return undefined;
    }
    const analysis = runAnalysis(read.text, settings);
    fromDisk.set(fsPath, entry);
    void connection.sendDiagnostics({ uri: entry.uri, diagnostics: analysis.diagnostics.map((d) => toLspDiagnostic(d, docsUri, entry.uri)) });
    return analysis.diagnostics;
  }

  /** The same, once the settings of the file's workspace folder are known. */
  async function republishFromDisk(fsPath: string, entry: DiskEntry): Promise<void> {
    const settings = await settingsSoon(entry.folder);
    publishFromDisk(fsPath, entry, settings);
  }

  /** The run of "check the workspace" in progress (a new run or a cancel ends it). */
  let workspaceRun = 0;

  /**
   * "Check all protocols in the workspace": every `.rxn` file under the workspace folders is
   * analysed; the open ones as they are in their editors, the others from disk (their
   * problems stay in the Problems panel, and follow the file on disk, until it is opened).
   * A run that was not cancelled also clears what an earlier run showed and is gone.
   */
  async function checkWorkspace(): Promise<{ files: number; errors: number; warnings: number; infos: number; truncated: boolean; cancelled: boolean; notChecked: NotChecked[] }> {
    const run = ++workspaceRun;
    let folders = initialFolders;
    if (workspaceFoldersSupport) {
      try {
        folders = (await connection.workspace.getWorkspaceFolders())?.map((f) => f.uri) ?? [];
      } catch {
        // keep the folders given at start-up
      }
    }
    const counts = { files: 0, errors: 0, warnings: 0, infos: 0, truncated: false, cancelled: false, notChecked: [] as NotChecked[] };
    if (folders.length === 0) {
      showMessage(MessageType.Warning, 'rxn: no folder is open, so there is no workspace to check. Open a folder with .rxn protocols first.');
      return counts;
    }
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('rxn: checking protocols', 0, 'looking for .rxn files', true);
    const stopped = () => progress.token.isCancellationRequested || run !== workspaceRun;
    try {
      const found = await workspaceProtocols(folders, MAX_WORKSPACE_FILES, stopped);
      counts.truncated = found.truncated;
      counts.notChecked.push(...found.notChecked);
      const seen = new Set<string>();
      for (let i = 0; i < found.files.length && !stopped(); i++) {
        // Let edits, hovers and the other requests through between files.
        if (i % 20 === 19) {
          await new Promise((resolve) => setImmediate(resolve));
          progress.report(Math.round((100 * i) / found.files.length), `${i} of ${found.files.length} files`);
          if (stopped()) break;
        }
        const f = found.files[i];
        seen.add(f.fsPath);
        const settings = await settingsSoon(f.folder);
        const open = openDocumentAt(f.fsPath);
        let diagnostics: Analysis['diagnostics'] | undefined;
        if (open) {
          // Checked as its editor has it; once closed, its problems come from disk.
          fromDisk.set(f.fsPath, { uri: open.uri, folder: f.folder });
          diagnostics = analysisFor(open, settingsNow(open.uri), false).diagnostics;
        } else
          diagnostics = publishFromDisk(f.fsPath, { uri: fromDisk.get(f.fsPath)?.uri ?? f.uri, folder: f.folder }, settings, (reason) =>
            counts.notChecked.push({ path: shown(pathOfUri(f.folder) ?? '', f.fsPath), reason }),
          );
        if (!diagnostics) continue;
        counts.files++;
        for (const d of diagnostics) {
          if (d.severity === 'error') counts.errors++;
          else if (d.severity === 'warning') counts.warnings++;
          else counts.infos++;
        }
      }
      counts.cancelled = found.cancelled || stopped();
      counts.notChecked.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      // Shown before and not found now (deleted, moved, outside the folders): their problems
      // go — only after a whole run (a cancelled one did not look everywhere).
      if (!counts.cancelled && !found.truncated) {
        for (const [fsPath, entry] of [...fromDisk]) {
          if (seen.has(fsPath) || openDocumentAt(fsPath)) continue;
          fromDisk.delete(fsPath);
          void connection.sendDiagnostics({ uri: entry.uri, diagnostics: [] });
        }
      }
      const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
      const notes = [
        counts.cancelled ? 'stopped before the end' : '',
        found.truncated ? `only the first ${MAX_WORKSPACE_FILES} files were checked` : '',
        found.notOnDisk.length ? `${n(found.notOnDisk.length, 'folder')} not on this disk ${found.notOnDisk.length === 1 ? 'was' : 'were'} skipped` : '',
        notCheckedNote(counts.notChecked, showRuleDocs ? 'Output › rxn' : 'the server log'),
      ].filter(Boolean);
      // Each one, with its reason, in the log (VS Code: the rxn output channel).
      if (run === workspaceRun) for (const x of counts.notChecked) connection.console.warn(`rxn: ${x.path} was not checked: ${x.reason}.`);
      // The Problems panel is VS Code's (our extension is the client that runs rxn.showRuleDocs).
      if (run === workspaceRun)
        showMessage(
          MessageType.Info,
          `rxn: checked ${n(counts.files, 'protocol')} in the workspace: ${n(counts.errors, 'error')}, ${n(counts.warnings, 'warning')}, ${counts.infos} info${notes.length ? ` (${notes.join('; ')})` : ''}.${showRuleDocs ? ' See the Problems panel.' : ''}`,
        );
    } finally {
      progress.done();
    }
    return counts;
  }

  /** After a settings change: the closed files of a workspace check again, a few at a time, with their folder's settings. */
  async function recheckFromDisk(): Promise<void> {
    const run = ++workspaceRun;
    let i = 0;
    for (const [fsPath, entry] of [...fromDisk]) {
      if (run !== workspaceRun) return;
      if (++i % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
      await republishFromDisk(fsPath, entry);
    }
  }

  connection.onExecuteCommand(async (p) => {
    if (p.command !== CHECK_WORKSPACE_COMMAND) return null;
    try {
      return await checkWorkspace();
    } catch (error) {
      logFeatureFailure('workspace check', error);
      return null;
    }
  });

  // A protocol a workspace check showed, changed or deleted on disk while no editor has it open.
  connection.onDidChangeWatchedFiles((p) => {
    for (const change of p.changes) {
      const fsPath = pathOfUri(change.uri);
      const entry = fsPath === undefined ? undefined : fromDisk.get(fsPath);
      if (!fsPath || !entry || openDocumentAt(fsPath)) continue;
      if (change.type === FileChangeType.Deleted) {
        fromDisk.delete(fsPath);
        void connection.sendDiagnostics({ uri: entry.uri, diagnostics: [] });
      } else void republishFromDisk(fsPath, entry).catch((error) => logFeatureFailure('workspace check', error));
    }
  });

  // ---- requests ----------------------------------------------------------------------
  connection.onHover((p) =>
    withAnalysis('hover', p.textDocument.uri, null, (a, s, doc) => {
      const h = hover(visible(a, doc.uri, s, doc), p.position, {
        structures: s.hover.structures && hoverMarkdown && markdownImages,
        docsUri,
        diagnosticsShown: diagnosticsInHover,
      });
      // A client that shows only plain text gets the same words without the Markdown kind.
      if (h && !hoverMarkdown && typeof h.contents === 'object' && 'kind' in h.contents) return { ...h, contents: { kind: MarkupKind.PlainText, value: markdownToPlainText(h.contents.value) } };
      return h ?? null;
    }),
  );

  connection.onCompletion((p) =>
    withAnalysis('completion', p.textDocument.uri, [], (a) => {
      let items = completion(a, p.position);
      if (!insertReplaceSupport) items = withoutInsertReplace(items);
      if (!triggerSuggest) items = withoutRetrigger(items);
      // A client that shows only plain text gets the same words without the Markdown, as in hovers.
      if (!completionMarkdown) items = items.map((i) => (i.documentation && typeof i.documentation === 'object' ? { ...i, documentation: markdownToPlainText(i.documentation.value) } : i));
      return snippetSupport ? items : withoutSnippets(items);
    }),
  );

  connection.onDocumentSymbol((p) => withAnalysis('documentSymbol', p.textDocument.uri, [], (a) => documentSymbols(a.doc, a.model), false));

  connection.onFoldingRanges((p) => withAnalysis('foldingRange', p.textDocument.uri, [], (a) => foldingRanges(a.doc), false));

  connection.onDefinition((p) =>
    withAnalysis('definition', p.textDocument.uri, null, (a): Location | null => {
      const r = definition(a, p.position);
      return r ? { uri: p.textDocument.uri, range: r } : null;
    }, false),
  );

  connection.onReferences((p) =>
    withAnalysis(
      'references',
      p.textDocument.uri,
      [],
      (a): Location[] => references(a, p.position, p.context.includeDeclaration).map((range) => ({ uri: p.textDocument.uri, range })),
      false,
    ),
  );

  connection.onDocumentHighlight((p) =>
    withAnalysis('documentHighlight', p.textDocument.uri, [], (a) => highlights(a, p.position), false),
  );

  // Not an alias: an error with the reason, which VS Code shows in place of its generic "The
  // element can't be renamed" (a null answer would give that one).
  connection.onPrepareRename((p) =>
    withAnalysis('prepareRename', p.textDocument.uri, null, (a) => {
      const at = prepareRename(a, p.position);
      if (!at) throw new ResponseError(ErrorCodes.InvalidRequest, ONLY_ALIASES_RENAME);
      return at;
    }, false),
  );

  connection.onRenameRequest((p) =>
    withAnalysis('rename', p.textDocument.uri, null, (a): WorkspaceEdit | null => {
      const result = rename(a, p.position, p.newName);
      if (!Array.isArray(result)) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      if (result.length === 0) return null;
      return { changes: { [p.textDocument.uri]: result } };
    }, false),
  );

  connection.languages.inlayHint.on((p) =>
    withAnalysis('inlayHint', p.textDocument.uri, [], (a, s) => (s.inlayHints.amounts ? inlayHints(a, p.range) : [])),
  );

  connection.onDocumentFormatting((p) => withAnalysis('formatting', p.textDocument.uri, [], (a) => formatDocument(a.doc, p.options), false));

  connection.onDocumentRangeFormatting((p) => withAnalysis('rangeFormatting', p.textDocument.uri, [], (a) => formatRange(a.doc, p.range, p.options), false));

  connection.onCodeAction((p) =>
    withAnalysis('codeAction', p.textDocument.uri, [], (a, s, doc) =>
      // "Fix all" re-analyses as it goes: with the same severities, so it fixes what is shown.
      codeActions(visible(a, doc.uri, s, doc), p.textDocument.uri, p.range, p.context.only, {
        docsUri,
        analyzeOptions: { rules: s.rules },
        deferFixAll: codeActionResolveSupport,
        fixAllMemo,
        showDocsCommand: showRuleDocs,
      }),
    ),
  );

  // The deferred "fix all" action gets its edit when it is picked, from the current text.
  connection.onCodeActionResolve((action) => {
    const data: unknown = action.data;
    if (!isFixAllData(data)) return action;
    const done = (resolved: CodeAction | undefined): CodeAction => ({ ...action, edit: resolved?.edit ?? { changes: {} } });
    const resolved = withAnalysis('codeActionResolve', data.uri, undefined, (a, s) =>
      fixAllAction(a, data.uri, { docsUri, analyzeOptions: { rules: s.rules }, fixAllMemo }),
    );
    // Nothing left to fix (or the document closed): an empty edit, so applying it is harmless.
    return resolved instanceof Promise ? resolved.then(done) : done(resolved);
  });

  documents.listen(connection);
}

/** The summary's note on what the workspace check could not read: the first names, and where the reasons are. */
function notCheckedNote(list: readonly NotChecked[], log: string): string {
  if (list.length === 0) return '';
  const names = list.slice(0, 3).map((x) => x.path).join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
  return `${list.length} not checked, the reasons are in ${log}: ${names}`;
}

// Start on our own when this module is the program (dist/server.js run by the client or
// `node dist/server.js --stdio`). The CLI bundle contains this module too but is named
// cli.js, and calls startServer() itself for `rxn lsp`.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module && /^server\.[cm]?[jt]s$/.test(path.basename(__filename))) {
  startServer();
}
