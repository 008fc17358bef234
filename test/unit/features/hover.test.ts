import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { hover } from '../../../server/src/features/hover';
import { lookupById } from '../../../server/src/kb';
import { getRule } from '../../../server/src/rules';
import type { Position } from '../../../server/src/types';
import { BAD, EXAMPLE, posOf, textAt } from './helpers';

function md(text: string, p: Position, opts: Parameters<typeof hover>[2] = { structures: false }): { value: string; covered?: string } {
  const h = hover(analyze(text), p, opts);
  assert.ok(h, `no hover at ${JSON.stringify(p)}`);
  const contents = h.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  return { value: contents.value, covered: h.range ? textAt(text, h.range) : undefined };
}

/** CommonMark with raw HTML disabled, as VS Code renders a hover that does not allow HTML. */
const markdown: { render(s: string): string } = new (require('markdown-it') as new (o: object) => { render(s: string): string })({ html: false, linkify: false });

describe('features/hover', () => {
  it('text from the protocol cannot make a link, a code span break-out, a picture or HTML in a hover (VS Code trusts the rule-docs command link)', () => {
    const cmd = 'command:rxn.showRuleDocs?%5B%22nabh4-one-pot%22%5D';
    const names = [`[docs](${cmd}) <img src=x>`, `\\[open\\](${cmd})`, `a\`\` [L](${cmd}) \`\`b`];
    const opts = { structures: false, docsUri: (id: string) => `command:rxn.showRuleDocs?${encodeURIComponent(JSON.stringify([id]))}` };
    for (const name of names) {
      const text = `protocol "x"\nscale 1 mmol\nreagent evil = "${name}" 1.0 equiv mw 100\nreagent am = 1,4-diazepane 2.0 equiv\nsolvent ![p](data:x) 0.2 M\n\nstep "a"\n  add am, evil\n\nworkup\n  quench "${name}"\n`;
      const shown = [
        md(text, posOf(text, 'evil =', 1), opts).value,
        md(text, posOf(text, name.slice(0, 3), 2), opts).value,
        md(text, posOf(text, '![p]', 3), opts).value,
        md(text, posOf(text, 'quench "', 9), opts).value,
      ];
      for (const v of shown) {
        // Rendered as VS Code renders hovers (CommonMark): every link is a rule page's "rule docs",
        // and there is no picture and no HTML.
        const html = markdown.render(v);
        const links = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => m[2]);
        assert.ok(links.every((l) => l === 'rule docs'), `links ${JSON.stringify(links)} in ${html}`);
        assert.doesNotMatch(html, /<img|<a href="command:[^"]*">(?!rule docs<)/, html);
      }
      assert.match(shown[1], /rule docs/, 'the unknown-reagent diagnostic is explained, with its own link');
    }
  });

  it('shows the NaBH(OAc)3 card on its alias: figures, solvents, advice and the amounts of this protocol', () => {
    const h = md(EXAMPLE, posOf(EXAMPLE, 'stab      =', 1));
    assert.equal(h.covered, 'stab');
    assert.match(h.value, /NaBH\(OAc\)3/);
    assert.match(h.value, /211\.94 g\/mol/);
    assert.match(h.value, /C6H10BNaO6/);
    assert.match(h.value, /sodium triacetoxyborohydride/);
    assert.match(h.value, /\*\*Recommended solvents:\*\* DCE, DCM, THF/);
    const stab = lookupById('stab')!;
    assert.ok(stab.advice && h.value.includes(stab.advice), 'the knowledge-base advice is shown');
    assert.ok(h.value.includes(stab.explanation), 'the explanation is shown');
    // 1.5 equiv of 5 mmol = 7.50 mmol; × 211.94 g/mol = 1.59 g
    assert.match(h.value, /1\.5 equiv · 7\.50 mmol · 1\.59 g/);
    assert.ok(!h.value.includes('data:image'), 'no picture when structures are off');
  });

  it('shows the same card on the alias in an add line and on the reagent name', () => {
    const onAdd = md(EXAMPLE, posOf(EXAMPLE, 'add stab', 5));
    assert.equal(onAdd.covered, 'stab');
    assert.match(onAdd.value, /211\.94/);
    const onName = md(EXAMPLE, posOf(EXAMPLE, 'NaBH(OAc)3', 2));
    assert.equal(onName.covered, 'NaBH(OAc)3');
    assert.match(onName.value, /7\.50 mmol/);
  });

  it('gives volumes for liquids and a structure picture when asked', () => {
    const h = md(EXAMPLE, posOf(EXAMPLE, 'ald,', 1), {});
    // 5 mmol × 107.11 g/mol = 536 mg; ÷ 1.137 g/mL = 471 µL
    assert.match(h.value, /5\.00 mmol · 536 mg · 471 µL/);
    const m = /!\[structure\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(h.value);
    assert.ok(m, 'a base64 SVG picture');
    assert.match(Buffer.from(m[1], 'base64').toString('utf8'), /<svg/);
  });

  it('explains the solvent and the volume it implies', () => {
    const h = md(EXAMPLE, posOf(EXAMPLE, 'DCE 0.2', 1));
    assert.equal(h.covered, 'DCE');
    assert.match(h.value, /1,2-dichloroethane/);
    assert.match(h.value, /25\.0 mL/); // 5 mmol / 0.2 M
    assert.ok(h.value.includes(lookupById('dce')!.advice!));
  });

  it('says what the engine inferred for an unknown reagent', () => {
    const text = EXAMPLE.replace('pyridine-4-carboxaldehyde', '5-bromothiophene-2-carbaldehyde');
    const h = md(text, posOf(text, 'bromothiophene'));
    assert.match(h.value, /Not in the knowledge base/);
    assert.match(h.value, /carbonyl \(from the ending of its name\)/);
    const withRole = 'reagent x = mystery amine thing role amine 1.0 equiv\n';
    const h2 = md(withRole, posOf(withRole, 'mystery'));
    assert.match(h2.value, /amine \(from the `role` attribute/);
  });

  it('flags an undeclared alias in an add line, once', () => {
    const text = EXAMPLE.replace('add stab portionwise', 'add stabb portionwise');
    const h = md(text, posOf(text, 'stabb'));
    assert.match(h.value, /undeclared-reagent/, 'the diagnostic under the token is explained');
    // The editor shows the diagnostic's message above the card; the card said it twice more, with
    // two different lines to add (`= NAME 1.0 equiv` and `= stabb 1.0 equiv`).
    assert.doesNotMatch(h.value, /is not declared/);
    assert.equal(h.value.match(/never declared/g)?.length, 1, h.value);
    const tea = EXAMPLE.replace('add stab portionwise', 'add tea');
    const t = md(tea, posOf(tea, 'tea'));
    assert.equal(t.value.match(/reagent tea = /g)?.length, 1, t.value);
    // With the rule turned off there is no diagnostic: the card says it alone.
    const off = hover(analyze(text, { rules: { 'undeclared-reagent': 'off' } }), posOf(text, 'stabb'), { structures: false });
    assert.match((off!.contents as { value: string }).value, /`stabb` is not declared/);
  });

  it('explains keywords, units and words', () => {
    const add = md(EXAMPLE, posOf(EXAMPLE, 'add diazepane', 1));
    assert.equal(add.covered, 'add');
    assert.match(add.value, /```rxn\nadd ALIAS/);
    assert.match(md(EXAMPLE, posOf(EXAMPLE, 'equiv', 2)).value, /multiples of the `scale`/);
    assert.match(md(EXAMPLE, posOf(EXAMPLE, 'at rt', 4)).value, /20–25 °C/);
    assert.match(md(EXAMPLE, posOf(EXAMPLE, '30 min', 4)).value, /Minutes/);
    assert.match(md(EXAMPLE, posOf(EXAMPLE, 'portionwise', 3)).value, /portions/);
    assert.match(md(EXAMPLE, posOf(EXAMPLE, 'mono', 1)).value, /one nitrogen/);
    assert.match(md(EXAMPLE, posOf(EXAMPLE, 'workup', 2)).value, /work-up/);
    const overnight = 'step\n  stir overnight at 40 °C\n';
    assert.match(md(overnight, posOf(overnight, 'overnight', 2)).value, /16 h/);
    const deg = md(overnight, posOf(overnight, '°C', 1));
    assert.equal(deg.covered, '°C');
    assert.match(deg.value, /Celsius/);
    // The Greek letter mu is read as the micro sign: its hover must not say litres.
    const greek = 'reagent b = benzaldehyde 508 \u03bcL\nreagent c = AcOH 5 \u03bcmol\n';
    const ul = md(greek, posOf(greek, '\u03bcL', 1));
    assert.equal(ul.covered, '\u03bcL');
    assert.match(ul.value, /Microlitres/);
    assert.match(md(greek, posOf(greek, '\u03bcmol', 2)).value, /Micromoles/);
    // On the % sign, or right after it, the unit — not the number before it.
    const pct = md(EXAMPLE, posOf(EXAMPLE, '% Et3N'));
    assert.equal(pct.covered, '%');
    assert.match(pct.value, /Percent/);
    assert.equal(md(EXAMPLE, posOf(EXAMPLE, '% Et3N', 1)).covered, '%');
    // On the digits of a quantity glued to its unit, the range holds the cursor (the quantity).
    const glued = 'scale 5mmol\nstep\n  stir 2 h at 40°C\n';
    assert.equal(md(glued, posOf(glued, '5mmol')).covered, '5mmol');
    assert.equal(md(glued, posOf(glued, 'mmol', 1)).covered, 'mmol');
    assert.equal(md(glued, posOf(glued, '40°C')).covered, '40°C');
    // On the number of a reagent's amount: what the line comes to at this scale.
    const amount = md(EXAMPLE, posOf(EXAMPLE, '3.0 equiv'));
    assert.equal(amount.covered, '3.0 equiv');
    assert.match(amount.value, /3\.0 equiv · 15\.0 mmol · 1\.50 g/);
    // Free text is the author's: `1H NMR` in a note has no unit `H`.
    const note = 'step\n  note "1H NMR shows the imine"\n';
    assert.equal(hover(analyze(note), posOf(note, 'H NMR'), { structures: false }), undefined);
  });

  it('matches work-up names against the knowledge base and the work-up vocabulary', () => {
    const et3n = md(EXAMPLE, posOf(EXAMPLE, 'Et3N', 1));
    assert.equal(et3n.covered, 'Et3N');
    assert.match(et3n.value, /triethylamine/);
    assert.match(et3n.value, /amine modifier/);
    const meoh = md(EXAMPLE, posOf(EXAMPLE, 'MeOH 95', 1));
    assert.equal(meoh.covered, 'MeOH');
    assert.match(meoh.value, /methanol/);
    // Names with commas stay readable in the card's list of other names.
    const h2 = 'reagent h2 = H2, Pd/C\n';
    assert.match(md(h2, posOf(h2, 'H2, Pd', 1)).value, /\*\*Also known as:\*\* `H2\/Pd-C` · /);
    const ratio = md(EXAMPLE, posOf(EXAMPLE, '95:5', 1));
    assert.equal(ratio.covered, '95:5');
    assert.match(ratio.value, /ratio of the eluent's solvents/);
    const quench = md(EXAMPLE, posOf(EXAMPLE, 'NaHCO3', 1));
    assert.match(quench.value, /`sat\. NaHCO3` reads as a basic quench/);
    // What an acid does depends on the statement: HCl in a `salt` line makes the product's
    // hydrochloride; it is no wash that loses the product.
    const salted = EXAMPLE.replace(/(purify silica[^\n]*\n)/, '$1  salt HCl in Et2O\n  wash 1 M HCl\n');
    const salt = md(salted, posOf(salted, 'HCl in Et2O', 1));
    assert.match(salt.value, /turns the purified amine into its salt/);
    assert.doesNotMatch(salt.value, /pulls the amine product into the water/);
    const wash = md(salted, posOf(salted, '1 M HCl', 1));
    assert.match(wash.value, /pulls the amine product into the water/);
  });

  it('explains a diagnostic under the cursor with the rule summary and a docs link', () => {
    const p = posOf(BAD, 'MeOH 0.2', 1);
    const h = md(BAD, p, { structures: false, docsUri: (id) => `https://example.test/rules/${id}` });
    assert.match(h.value, /methanol/, 'the solvent card comes first');
    assert.match(h.value, /\*\*stab-protic-solvent\*\* \(error\)/);
    assert.ok(h.value.includes(getRule('stab-protic-solvent')!.summary));
    assert.match(h.value, /\[rule docs\]\(https:\/\/example\.test\/rules\/stab-protic-solvent\)/);
    assert.match(h.value, /quick fix/);
    const a = analyze(BAD);
    const d = a.diagnostics.find((x) => x.rule === 'stab-protic-solvent')!;
    assert.ok(markdown.render(h.value).includes(d.message), 'the message reads as written once rendered');
    // Its `code` spans render as code, not as literal backticks.
    const undeclared = 'step\n  add sieves\n';
    const u = md(undeclared, posOf(undeclared, 'sieves'));
    assert.match(markdown.render(u.value), /<code>reagent sieves = sieves<\/code>/);
    assert.match(h.value, /3 quick fixes available \(one applied by "Fix all"\)/);
    // While a line does not read, "Fix all" holds the chemistry fixes back, and the hover says so.
    const broken = BAD.replace('  stir 16 h at rt', '  stri 16 h at rt');
    assert.match(md(broken, posOf(broken, 'MeOH 0.2', 1)).value, /\("Fix all" applies one once every line reads\)/);
  });

  it('for a client that shows the problem in its hover (VS Code): no second copy of the message, only what it does not show', () => {
    // VS Code's own problem hover shows the message and `rxn(stab-protic-solvent)`; the card
    // repeated "**stab-protic-solvent** (error): NaBH(OAc)3 reacts with MeOH: …" word for word.
    const docsUri = (id: string) => `command:rxn.showRuleDocs?${encodeURIComponent(JSON.stringify([id]))}`;
    const p = posOf(BAD, 'MeOH 0.2', 1);
    const d = analyze(BAD).diagnostics.find((x) => x.rule === 'stab-protic-solvent')!;
    const vscode = md(BAD, p, { structures: false, docsUri, diagnosticsShown: true }).value;
    const section = vscode.split('\n\n---\n\n')[1];
    assert.equal(
      section,
      `**stab-protic-solvent**: ${getRule('stab-protic-solvent')!.summary}\n\n3 quick fixes (one applied by "Fix all") · [rule docs](${docsUri('stab-protic-solvent')})`,
    );
    assert.ok(!markdown.render(vscode).includes(d.message.slice(0, 30)), 'the message is not repeated');
    assert.doesNotMatch(vscode, /\(error\)/, 'nor the severity (the squiggle and the problem hover say it)');
    // Other clients (Neovim prints no diagnostic in its hover) keep the whole section.
    const nvim = md(BAD, p, { structures: false, docsUri }).value;
    assert.match(nvim, /\*\*stab-protic-solvent\*\* \(error\): NaBH\\\(OAc\\\)3 reacts with MeOH/);
    // On an undeclared alias the card itself says nothing (the problem says it): the section remains.
    const undeclared = 'step\n  add sieves\n';
    const u = md(undeclared, posOf(undeclared, 'sieves'), { structures: false, docsUri, diagnosticsShown: true }).value;
    assert.equal(u, `**undeclared-reagent**: ${getRule('undeclared-reagent')!.summary}\n\n1 quick fix · [rule docs](${docsUri('undeclared-reagent')})`);
  });

  it('explains the rule ids of a suppression comment', () => {
    const text = '# rxn-disable missing-acid, no-such-rule\n' + EXAMPLE;
    assert.match(md(text, posOf(text, 'missing-acid', 2)).value, new RegExp(escape(getRule('missing-acid')!.summary)));
    assert.match(md(text, posOf(text, 'no-such-rule', 2)).value, /not a rule/);
  });

  it('shows nothing on a blank line or plain comment text', () => {
    const a = analyze(EXAMPLE);
    assert.equal(hover(a, posOf(EXAMPLE, '\n\nreagent', 1)), undefined);
    assert.equal(hover(a, posOf(EXAMPLE, 'homopiperazine', 2)), undefined);
    assert.equal(hover(a, { line: 999, character: 0 }), undefined);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
