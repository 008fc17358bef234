/** The help texts of the `rxn` command. */

export const USAGE = `Usage:
  rxn check [--format text|json|sarif] [--fix] [--rule ID=off|info|warning|error]... PATH...
  rxn amounts [--format text|json] PATH
  rxn rules [--format text|json]
  rxn lsp --stdio
  rxn help [COMMAND] | rxn --help | rxn --version
`;

const CHECK = `rxn check — check reductive-amination protocols (.rxn files)

Usage:
  rxn check [--format text|json|sarif] [--fix] [--rule ID=SEVERITY]... PATH...

PATH is a file or a folder; folders are searched recursively for *.rxn files
(skipping node_modules and folders whose name starts with a dot). - reads the
protocol from standard input (shown as <stdin>; not with --fix).

Options:
  -f, --format FORMAT   text (default), json or sarif (SARIF 2.1.0)
      --fix             apply every safe fix, rewrite the changed files, then report
                        what remains (files with invalid UTF-8 are never rewritten)
      --rule ID=SEV     set a rule's severity: off, info, warning or error
                        (repeatable; \`rxn rules\` lists the ids)
  -h, --help            show this help

Text output: PATH:LINE:COL: SEVERITY RULE message, then a summary line.
Lines and columns count from 1; columns count UTF-16 code units (as editors do).

Exit status:
  0  no error-severity diagnostic
  1  at least one error-severity diagnostic
  2  usage error, or a path that could not be read or written (the other
     files are still checked and reported); 2 wins over 1
`;

const AMOUNTS = `rxn amounts — the stoichiometry table of one protocol

Usage:
  rxn amounts [--format text|json] PATH

PATH may be - for standard input.

For each reagent: alias, name, role, equiv, mmol, MW (g/mol), mass and, for
liquids with a known density, volume; then the solvent volume from its
concentration and the scale.

Options:
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help
`;

const RULES = `rxn rules — list every rule

Usage:
  rxn rules [--format text|json]

Shows each rule's id, default severity, whether it can be fixed (safe: by
\`rxn check --fix\`; yes: by a quick fix in the editor only; no) and a summary.

Options:
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help
`;

const LSP = `rxn lsp — run the language server

Usage:
  rxn lsp --stdio

Speaks the Language Server Protocol on standard input/output, for any LSP
client (Neovim, Emacs, Helix…).
`;

export const HELP = { check: CHECK, amounts: AMOUNTS, rules: RULES, lsp: LSP } as const;

export function mainHelp(version: string): string {
  return `rxn ${version} — checks, fixes and amounts for reductive-amination protocols (.rxn)

${USAGE}
Commands:
  check     report problems (and --fix the safe ones) in files and folders
  amounts   print the stoichiometry table of one protocol
  rules     list every rule with its default severity
  lsp       run the language server on stdio

Run \`rxn help COMMAND\` (or \`rxn COMMAND --help\`) for a command's options.
Documentation: docs/cli.md
`;
}
