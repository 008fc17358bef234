/**
 * The `rxn` command line: `check`, `amounts`, `rules`, `lsp`. Bundled to dist/cli.js and
 * run by bin/rxn.js. See docs/cli.md. Start-up stays light: the language server and the
 * SARIF builder are loaded only by the commands that need them.
 */
import { version } from '../../package.json';
import { describeFsError, processIO, UsageError, type CliIO } from './cli/io';
import { HELP, USAGE, mainHelp } from './cli/help';
import { runCheck } from './cli/check';
import { runAmounts } from './cli/amounts';
import { runRules } from './cli/rules';

export { version };

const COMMANDS = ['check', 'amounts', 'rules', 'lsp'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (c: string | undefined): c is Command => (COMMANDS as readonly string[]).includes(c ?? '');

/**
 * Runs one `rxn` invocation and resolves to its exit status (0, 1 or 2). Output goes
 * through `io` (the process's streams by default), so tests can call it in-process.
 */
export async function main(argv: readonly string[], ioOverrides: Partial<CliIO> = {}): Promise<number> {
  const io: CliIO = { ...processIO(), ...ioOverrides };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        io.err(`rxn: no command given\n\n${USAGE}\nRun \`rxn --help\` for more.\n`);
        return 2;
      case '-h':
      case '--help':
      case 'help': {
        // `rxn help check` and `rxn --help check` alike; anything after the topic is a mistake.
        const topic = rest[0];
        if (rest.length > 1) throw new UsageError(`unexpected argument "${rest[1]}" after ${command} ${topic}`);
        if (topic === undefined) io.out(mainHelp(version));
        else if (isCommand(topic)) io.out(HELP[topic]);
        else {
          io.err(`rxn: no help for unknown command "${topic}"\n\n${USAGE}`);
          return 2;
        }
        return 0;
      }
      case '-v':
      case '--version':
      case 'version':
        if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" after ${command}`);
        io.out(`${version}\n`);
        return 0;
      case 'check':
        return await runCheck(rest, io, { version });
      case 'amounts':
        return runAmounts(rest, io);
      case 'rules':
        return runRules(rest, io);
      case 'lsp':
        return await runLsp(rest, io);
      default:
        io.err(`rxn: unknown command "${command}"\n\n${USAGE}\nRun \`rxn --help\` for more.\n`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      const cmd = e.command ? ` ${e.command}` : '';
      io.err(`rxn${cmd}: ${e.message}\nRun \`rxn${cmd} --help\` for usage.\n`);
      return 2;
    }
    io.err(`rxn: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

async function runLsp(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(HELP.lsp);
    return 0;
  }
  // `--clientProcessId=N` (or `--clientProcessId N`) is what vscode-languageclient adds when it
  // starts a server over stdio; the connection reads it itself (and exits with that process).
  const unknown = argv.filter((a, i) => a !== '--stdio' && !/^--clientProcessId(=\d+)?$/.test(a) && !(/^\d+$/.test(a) && argv[i - 1] === '--clientProcessId'));
  if (!argv.includes('--stdio') || unknown.length) {
    throw new UsageError(
      unknown.length ? `unsupported argument ${unknown[0]}: only --stdio is supported` : 'say --stdio (the only transport supported)',
      'lsp',
    );
  }
  // Loaded only here: `check` never pays for the LSP libraries. Standard output now
  // belongs to the protocol: nothing else may be written to it.
  const server = await import('./server');
  server.startServer();
  return 0;
}

declare const RXN_BUNDLED: boolean | undefined;

// Run when this is the program (the bundle dist/cli.js required by bin/rxn.js, or
// `tsx server/src/cli.ts`), not when a test imports `main`.
if ((typeof RXN_BUNDLED !== 'undefined' && RXN_BUNDLED) || require.main === module) {
  // The exit status is the run's, whatever happens to the output (docs/cli.md):
  // - a reader that closes the pipe early (`rxn check … | head`) is not an error: further
  //   output is dropped and the status stays what the check found (1 with errors, 2 for a
  //   missing file), not 0;
  // - a report that cannot be written (a full disk, `> /dev/full`) is: one line on standard
  //   error and status 2, never a stack trace or the status of a clean run.
  let outputFailed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED' || outputFailed) return;
    outputFailed = true;
    process.exitCode = 2;
    process.stderr.write(`rxn: cannot write the report: ${describeFsError(e)}\n`);
  });
  // Standard error closed or full: nothing left to tell anyone, and the status is the run's
  // all the same — an error there (a file that cannot be read) is already status 2, while a
  // warning that could not be shown (invalid UTF-8) must not turn a clean run into a failure.
  process.stderr.on('error', () => {});
  main(process.argv.slice(2)).then(
    (code) => {
      // 2 (a report that could not be written) wins over what the check found.
      process.exitCode = outputFailed ? 2 : Math.max(code, typeof process.exitCode === 'number' ? process.exitCode : 0);
    },
    (e) => {
      process.stderr.write(`rxn: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
