/**
 * Grammar and language-configuration tests.
 *
 * - Runs the vscode-tmgrammar-test CLI on test/grammar/*.rxn (inline `# ^^^ scope` assertions)
 *   and the vscode-tmgrammar-snap CLI on test/grammar/snap/*.rxn (reviewed .snap files).
 * - Guards against vacuous passes: counts the assertions the tool parses, checks every file is
 *   reported, and shows that a deliberately wrong expectation / a tampered snapshot fails.
 * - Checks syntaxes/language-configuration.json the way VS Code uses it (word selection,
 *   indentation after `step` / `workup`, comment toggling, auto-closing).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/parsing';
import * as oniguruma from 'vscode-oniguruma';

const ROOT = path.resolve(__dirname, '..', '..');
const GRAMMAR_DIR = path.join(ROOT, 'test', 'grammar');
const CONFIG = path.join('test', 'grammar', 'tmgrammar-config.json');
const UNIT_CLI = path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const SNAP_CLI = path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'snapshot.js');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'rxn.tmLanguage.json');
const LANG_CONFIG_PATH = path.join(ROOT, 'syntaxes', 'language-configuration.json');

/** The minimum number of inline scope assertions the suite must contain (there are ~270). */
const MIN_ASSERTIONS = 250;

interface RunResult {
  status: number | null;
  out: string;
}

function run(cli: string, args: string[]): RunResult {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function unitTestFiles(): string[] {
  return fs
    .readdirSync(GRAMMAR_DIR)
    .filter((f) => f.endsWith('.rxn'))
    .sort();
}

/** An inline assertion line putting `^` under the first `text` of `line`. */
function caret(line: string, text: string, scopes: string): string {
  const col = line.indexOf(text);
  assert.ok(col > 0, `${text} not in ${line}`);
  return `#${' '.repeat(col - 1)}${'^'.repeat(text.length)} ${scopes}`;
}

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rxn-grammar-'));
}

/** Posix-style path for the CLI's glob argument. */
function globPath(p: string): string {
  return p.split(path.sep).join('/');
}

describe('TextMate grammar (vscode-tmgrammar-test)', function () {
  this.timeout(120_000);

  it('has inline test files for every construct group', () => {
    const files = unitTestFiles();
    for (const f of ['comments.rxn', 'header.rxn', 'numbers.rxn', 'procedure.rxn', 'reagent.rxn', 'workup.rxn']) {
      assert.ok(files.includes(f), `missing test/grammar/${f}`);
    }
  });

  it(`passes every inline assertion (at least ${MIN_ASSERTIONS} of them)`, () => {
    const files = unitTestFiles();
    let total = 0;
    for (const f of files) {
      const tc = parseGrammarTestCase(fs.readFileSync(path.join(GRAMMAR_DIR, f), 'utf8'));
      assert.equal(tc.metadata.scope, 'source.rxn', `${f}: header must name source.rxn`);
      const n = tc.assertions.reduce((a, l) => a + l.scopeAssertions.length, 0);
      assert.ok(n >= 10, `${f} has only ${n} assertions`);
      total += n;
    }
    assert.ok(total >= MIN_ASSERTIONS, `only ${total} assertions in test/grammar/*.rxn`);

    const r = run(UNIT_CLI, ['--config', CONFIG, 'test/grammar/*.rxn']);
    assert.equal(r.status, 0, `vscode-tmgrammar-test failed:\n${r.out}`);
    for (const f of files) {
      assert.ok(r.out.includes(`test/grammar/${f} run successfuly`), `${f} was not reported as run:\n${r.out}`);
    }
    assert.ok(!/ERROR|failed/.test(r.out), r.out);
  });

  it('fails on a deliberately wrong expectation (the wrapper cannot pass vacuously)', () => {
    const dir = tmpDir();
    try {
      // Right expectation: the whole `1,4-diazepane` is one reagent name.
      const reagent = 'reagent diazepane = 1,4-diazepane 3.0 equiv';
      const step = 'step "Imine formation # not a comment"';
      const good = [
        '# SYNTAX TEST "source.rxn" "control"',
        reagent,
        caret(reagent, '1,4-diazepane', 'entity.name.reagent.rxn'),
        step,
        caret(step, '# not', 'string.quoted.double.rxn'),
        '',
      ].join('\n');
      fs.writeFileSync(path.join(dir, 'good.rxn'), good);
      const ok = run(UNIT_CLI, ['--config', CONFIG, globPath(path.join(dir, 'good.rxn'))]);
      assert.equal(ok.status, 0, `control case should pass:\n${ok.out}`);

      // Wrong expectations: the "4" of 1,4-diazepane as a number, and a `#` inside a string as a comment.
      const bad = [
        '# SYNTAX TEST "source.rxn" "deliberately wrong"',
        reagent,
        caret(reagent, '4', 'constant.numeric.rxn'),
        step,
        caret(step, '# not', 'comment.line.number-sign.rxn'),
        '',
      ].join('\n');
      fs.writeFileSync(path.join(dir, 'bad.rxn'), bad);
      const r = run(UNIT_CLI, ['--config', CONFIG, '--compact', globPath(path.join(dir, 'bad.rxn'))]);
      assert.notEqual(r.status, 0, `a wrong expectation must fail:\n${r.out}`);
      const errors = r.out.split('\n').filter((l) => l.startsWith('ERROR'));
      assert.equal(errors.length, 2, r.out);
      assert.match(errors[0]!, /Missing required scopes: \[ constant\.numeric\.rxn \]/);
      assert.match(errors[1]!, /Missing required scopes: \[ comment\.line\.number-sign\.rxn \]/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('matches the reviewed snapshot of the spec example', () => {
    const snapDir = path.join(GRAMMAR_DIR, 'snap');
    const cases = fs.readdirSync(snapDir).filter((f) => f.endsWith('.rxn'));
    assert.ok(cases.length >= 1);
    for (const c of cases) {
      // Without its .snap the tool would silently write one and pass.
      assert.ok(fs.existsSync(path.join(snapDir, `${c}.snap`)), `missing ${c}.snap`);
    }
    const r = run(SNAP_CLI, ['--config', CONFIG, 'test/grammar/snap/*.rxn']);
    assert.equal(r.status, 0, `vscode-tmgrammar-snap failed:\n${r.out}`);
    assert.ok(!/Generating snapshot|Updating snapshot|ERROR/.test(r.out), r.out);
  });

  it('fails when a snapshot expectation is changed', () => {
    const dir = tmpDir();
    try {
      const src = path.join(GRAMMAR_DIR, 'snap', 'spec-example.rxn');
      fs.copyFileSync(src, path.join(dir, 'example.rxn'));
      const snap = fs.readFileSync(`${src}.snap`, 'utf8');
      const tampered = snap.replace('entity.name.reagent.rxn', 'constant.numeric.rxn');
      assert.notEqual(tampered, snap);
      fs.writeFileSync(path.join(dir, 'example.rxn.snap'), tampered);
      const r = run(SNAP_CLI, ['--config', CONFIG, globPath(path.join(dir, '*.rxn'))]);
      assert.notEqual(r.status, 0, `a tampered snapshot must fail:\n${r.out}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface RawRule {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  patterns?: RawRule[];
}
interface RawGrammar {
  name: string;
  scopeName: string;
  patterns: RawRule[];
  repository: Record<string, RawRule>;
}

function allRules(g: RawGrammar): RawRule[] {
  const out: RawRule[] = [];
  const walk = (r: RawRule): void => {
    out.push(r);
    for (const p of r.patterns ?? []) walk(p);
  };
  for (const p of g.patterns) walk(p);
  for (const r of Object.values(g.repository)) walk(r);
  return out;
}

describe('TextMate grammar file', () => {
  const grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as RawGrammar;

  it('is named RXN with scope source.rxn', () => {
    assert.equal(grammar.name, 'RXN');
    assert.equal(grammar.scopeName, 'source.rxn');
  });

  it('has no dangling #include references', () => {
    for (const r of allRules(grammar)) {
      if (r.include === undefined) continue;
      assert.match(r.include, /^#/);
      assert.ok(r.include.slice(1) in grammar.repository, `unknown include ${r.include}`);
    }
  });

  it('has only regular expressions that Oniguruma compiles', async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    let n = 0;
    for (const r of allRules(grammar)) {
      for (const re of [r.match, r.begin, r.end]) {
        if (re === undefined) continue;
        n++;
        assert.doesNotThrow(() => new oniguruma.OnigScanner([re]).dispose(), `bad regex: ${re}`);
      }
    }
    assert.ok(n > 20);
  });
});

interface RegexSpec {
  pattern: string;
  flags?: string;
}
interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
  indentationRules: { increaseIndentPattern: RegexSpec; decreaseIndentPattern: RegexSpec };
}

describe('language configuration', () => {
  const conf = JSON.parse(fs.readFileSync(LANG_CONFIG_PATH, 'utf8')) as LanguageConfiguration;
  const words = (line: string): string[] => line.match(new RegExp(conf.wordPattern, 'g')) ?? [];
  /** The word VS Code selects on a double-click at `col` (the match that contains it). */
  const wordAt = (line: string, col: number): string | undefined => {
    const re = new RegExp(conf.wordPattern, 'g');
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (m.index <= col && col < m.index + m[0].length) return m[0];
    }
    return undefined;
  };
  const rx = (s: RegexSpec): RegExp => new RegExp(s.pattern, s.flags);

  it('toggles comments with #', () => {
    assert.equal(conf.comments.lineComment, '#');
  });

  it('auto-closes quotes (not inside strings or comments) and brackets', () => {
    const quote = conf.autoClosingPairs.find((p) => p.open === '"');
    assert.ok(quote);
    assert.equal(quote.close, '"');
    assert.deepEqual([...(quote.notIn ?? [])].sort(), ['comment', 'string']);
    assert.ok(conf.autoClosingPairs.some((p) => p.open === '(' && p.close === ')'));
    assert.ok(conf.autoClosingPairs.some((p) => p.open === '[' && p.close === ']'));
    assert.deepEqual(conf.brackets, [
      ['(', ')'],
      ['[', ']'],
    ]);
    assert.ok(conf.surroundingPairs.some(([a, b]) => a === '"' && b === '"'));
  });

  it('selects chemical names as one word', () => {
    const line = 'reagent stab = NaBH(OAc)3 1.5 equiv';
    assert.equal(wordAt(line, line.indexOf('OAc')), 'NaBH(OAc)3');
    const daz = 'reagent diazepane = 1,4-diazepane 3.0 equiv';
    assert.equal(wordAt(daz, daz.indexOf('1,4')), '1,4-diazepane');
    assert.equal(wordAt(daz, daz.indexOf(',4') + 1), '1,4-diazepane');
    assert.equal(wordAt(daz, daz.indexOf('3.0')), '3.0');
    assert.deepEqual(words('reagent ti = Ti(OiPr)4 0.96 g'), ['reagent', 'ti', 'Ti(OiPr)4', '0.96', 'g']);
    assert.deepEqual(words('wash sat. NaHCO3; Et3N 20 µL at 0 °C'), ['wash', 'sat', 'NaHCO3', 'Et3N', '20', 'µL', 'at', '0', '°C']);
    assert.deepEqual(words('stir .5 h; 1e-3 mol; one-pot'), ['stir', '.5', 'h', '1e-3', 'mol', 'one-pot']);
  });

  it('does not glue list items, mixtures or punctuation into words', () => {
    assert.deepEqual(words('add diazepane, ald, acid'), ['add', 'diazepane', 'ald', 'acid']);
    assert.deepEqual(words('purify silica DCM/MeOH 95:5 + 1% Et3N'), ['purify', 'silica', 'DCM', 'MeOH', '95', '5', '1', 'Et3N']);
    assert.deepEqual(words('note "dry (anhydrous) flask"'), ['note', 'dry', 'anhydrous', 'flask']);
    assert.deepEqual(words('reagent x = Pd/C'), ['reagent', 'x', 'Pd', 'C']);
    assert.deepEqual(words('# rxn-disable-next-line mono-stoichiometry, acid-excess'), [
      'rxn-disable-next-line',
      'mono-stoichiometry',
      'acid-excess',
    ]);
  });

  it('indents after step and workup lines, case-insensitively', () => {
    const inc = rx(conf.indentationRules.increaseIndentPattern);
    for (const l of ['step "Imine formation"', 'step', '  STEP "Reduction" # second', 'workup', 'Work-up', 'workup # end']) {
      assert.ok(inc.test(l), `should indent after: ${l}`);
    }
    for (const l of ['stepwise', '  add stab', 'reagent step = x', '# step', 'workups', '  stir 1 h']) {
      assert.ok(!inc.test(l), `should not indent after: ${l}`);
    }
  });

  it('outdents a new step or workup line typed inside a block', () => {
    const dec = rx(conf.indentationRules.decreaseIndentPattern);
    for (const l of ['  step', '    step "Reduction"', '  workup', '  WORK-UP']) {
      assert.ok(dec.test(l), `should outdent: ${l}`);
    }
    for (const l of ['  stir 16 h at rt', '  steps', '  # step']) {
      assert.ok(!dec.test(l), `should not outdent: ${l}`);
    }
  });
});
