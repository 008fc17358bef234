#!/usr/bin/env node
// `npm run demo`: the freshly built extension in a real VS Code (code-server, VS Code 1.100.3)
// with a scratch copy of samples/ open — one command, then open the printed address.
//
//   npm run demo                  http://127.0.0.1:8080 (or the first free port after it)
//   npm run demo -- --port 9000   that port (it must be free)
//
// Everything listens on 127.0.0.1 only. Ctrl+C stops code-server with its whole process
// group (extension hosts, language servers) and removes the scratch folder.
// Prerequisites are installed once and cached by test/workbench/setup.mjs (see docs/workbench.md).
import { ensurePrerequisites } from '../test/workbench/setup.mjs';
import { buildVsix, freePort, installVsix, makeScratch, secs, startCodeServer, writeUserSettings } from '../test/workbench/lib.mjs';

const log = (s = '') => process.stdout.write(s + '\n');

function usage(msg) {
  if (msg) process.stderr.write(`demo: ${msg}\n`);
  process.stderr.write('usage: npm run demo [-- --port PORT]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const out = { port: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      log('usage: npm run demo [-- --port PORT]   (default: 8080 or the first free port after it)');
      process.exit(0);
    } else if (a === '--port' || a.startsWith('--port=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 65535) usage(`--port needs a port number (got ${v ?? 'nothing'})`);
      out.port = n;
    } else usage(`unknown option ${a}`);
  }
  return out;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  log('rxn demo: the extension in VS Code (code-server)');

  const pre = ensurePrerequisites({ log: (s) => log(s) });
  for (const d of pre.did) log(`  setup: ${d}`);
  if (!pre.ok) {
    log(`✖ cannot start the demo: ${pre.reason}`);
    log('  (node test/workbench/setup.mjs installs the prerequisites — as root for the apt packages)');
    return 1;
  }

  const scratch = makeScratch('rxn-demo-');
  let server;
  let stopping;
  const stop = async () => {
    stopping ??= (async () => {
      if (server) await server.stop();
      scratch.remove();
    })();
    return stopping;
  };
  process.on('exit', () => {
    server?.kill();
    try {
      scratch.remove();
    } catch {
      // best effort
    }
  });

  try {
    writeUserSettings(scratch);
    const vsix = buildVsix(scratch.dir, { log: (s) => log(`  ${s}`) });
    installVsix(pre.codeServerEntry, scratch, vsix, { log: (s) => log(`  ${s}`) });
    let port;
    if (opts.port !== undefined) {
      port = await freePort(opts.port);
      if (port !== opts.port) throw new Error(`port ${opts.port} is in use on 127.0.0.1 (try another --port, or leave it out)`);
    } else port = await freePort(8080);
    server = await startCodeServer(pre.codeServerEntry, scratch, port);
  } catch (err) {
    log(`✖ ${err instanceof Error ? err.message : err}`);
    await stop();
    return 1;
  }

  const address = `${server.url}/?folder=${encodeURI(scratch.samples)}`;
  log('');
  log(`  ready in ${secs(t0)}. Open this address in a browser on this machine:`);
  log('');
  log(`    ${address}`);
  log('');
  log(`  The protocols are copies of samples/ in ${scratch.samples}: edit them freely.`);
  log('  Try: open q2-alcohol-byproduct-nabh4-one-pot.rxn, hover a reagent, Ctrl+. on the red squiggle.');
  log('  Press Ctrl+C to stop.');

  const why = await new Promise((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => resolve(sig));
    server.exited.then(({ code, signal }) => resolve(`code-server exited by itself (${signal ?? `exit ${code}`})`));
  });
  const byItself = why.startsWith('code-server');
  log(`\n  ${byItself ? why : `${why}: stopping code-server`}…`);
  if (byItself) log(server.log().slice(-2000));
  await stop();
  log('  stopped; the scratch folder is removed.');
  return byItself ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    log(`✖ ${err?.stack ?? err}`);
    process.exit(1);
  },
);
