/**
 * `rxn.trace.server` on its own: the channel vscode-languageclient writes its LSP message
 * trace to.
 *
 * vscode-languageclient 11 traces only while its trace channel's *log level* is Trace
 * (`refreshTrace` in lib/common/client.js: any other level means `Trace.Off`, and at Trace an
 * `"off"` setting becomes `"messages"`), and it writes each traced message with the channel's
 * `trace()`, which a LogOutputChannel drops below that level. With the default level (Info)
 * the setting did nothing. So the client gets this channel as its `traceOutputChannel`:
 * - its `logLevel` is Trace while `rxn.trace.server` is `"messages"` or `"verbose"` and Off
 *   when it is `"off"`, and it fires `onDidChangeLogLevel` when the setting changes (the
 *   library then sends `$/setTrace` and reads `"messages"`/`"verbose"` from the setting);
 * - `trace()` writes to the **rxn** channel at Info, the level it shows by default.
 * The rxn channel's own log level still filters its other lines as usual.
 */
import * as vscode from 'vscode';

export const TRACE_SETTING = 'rxn.trace.server';

export type TraceSetting = 'off' | 'messages' | 'verbose';

/** The setting's value: `"messages"`/`"verbose"`, the object form `{ verbosity }`, else `"off"`. */
export function traceSetting(): TraceSetting {
  const v = vscode.workspace.getConfiguration('rxn').get<unknown>('trace.server', 'off');
  const s = typeof v === 'object' && v !== null ? (v as { verbosity?: unknown }).verbosity : v;
  return s === 'messages' || s === 'verbose' ? s : 'off';
}

export function createTraceChannel(base: vscode.LogOutputChannel): vscode.LogOutputChannel & vscode.Disposable {
  const levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  const level = () => (traceSetting() === 'off' ? vscode.LogLevel.Off : vscode.LogLevel.Trace);
  let last = traceSetting();
  const watch = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(TRACE_SETTING)) return;
    const now = traceSetting();
    if (now === last) return;
    last = now;
    base.info(`${TRACE_SETTING} is now "${now}"${now === 'off' ? '' : ': the messages between VS Code and the rxn server follow'}.`);
    levelChanged.fire(level());
  });
  const write = (message: string) => {
    if (traceSetting() !== 'off') base.info(message);
  };
  return {
    get name() {
      return base.name;
    },
    get logLevel() {
      return level();
    },
    onDidChangeLogLevel: levelChanged.event,
    trace: write,
    debug: write,
    info: write,
    warn: write,
    error: (error: string | Error) => write(typeof error === 'string' ? error : (error.stack ?? error.message)),
    append: (value: string) => write(value),
    appendLine: (value: string) => write(value),
    replace: (value: string) => base.replace(value),
    clear: () => base.clear(),
    show: (a?: boolean | vscode.ViewColumn, b?: boolean) => (typeof a === 'boolean' || a === undefined ? base.show(a) : base.show(a, b)),
    hide: () => base.hide(),
    dispose: () => {
      watch.dispose();
      levelChanged.dispose();
    },
  };
}
