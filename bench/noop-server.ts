/**
 * The no-op language server: the baseline for the editor-latency and cold-start figures.
 * Built from the same libraries as the rxn server (vscode-languageserver + TextDocuments
 * with incremental sync), it keeps the documents up to date but does no work on them: on
 * every change it publishes empty diagnostics carrying the document's version, and it
 * answers hover, completion and code actions with empty results. What rxn takes beyond
 * this server is rxn's own overhead.
 *
 * Bundled by bench/build.mjs to bench/.out/noop-server.js; run with `--stdio`.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [' ', ',', '='], resolveProvider: false },
    codeActionProvider: true,
  },
  serverInfo: { name: 'noop', version: '0.0.0' },
}));

documents.onDidChangeContent((e) => {
  void connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: [] });
});
documents.onDidClose((e) => {
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover(() => null);
connection.onCompletion(() => []);
connection.onCodeAction(() => []);

documents.listen(connection);
connection.listen();
