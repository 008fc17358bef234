// See server/src/lsp/shims.d.ts: `moduleResolution: node` ignores package.json `exports`,
// the only place vscode-languageclient names its entry points and types.
declare module 'vscode-languageclient' {
  export * from 'vscode-languageclient/lib/common/api';
}
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
