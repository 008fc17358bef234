// tsconfig uses `moduleResolution: node`, which ignores package.json `exports`, and the LSP
// packages (vscode-jsonrpc, vscode-languageserver-protocol, vscode-languageserver) declare
// their entry points and types only there: without these declarations every type from
// them is silently `any`. Each declaration points the type checker at the file the
// package's `exports` names; esbuild, tsx and Node resolve the real entry points
// themselves. (Harmless under `moduleResolution: bundler` or `node16`, where the
// packages resolve on their own; the lead may switch and delete this file.)
declare module 'vscode-jsonrpc' {
  export * from 'vscode-jsonrpc/lib/common/api';
}
declare module 'vscode-jsonrpc/node' {
  export * from 'vscode-jsonrpc/lib/node/main';
}
declare module 'vscode-languageserver-protocol' {
  export * from 'vscode-languageserver-protocol/lib/common/api';
}
declare module 'vscode-languageserver-protocol/node' {
  export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-languageserver' {
  export * from 'vscode-languageserver/lib/common/api';
}
declare module 'vscode-languageserver/node' {
  export * from 'vscode-languageserver/lib/node/main';
}
