// The UI suite: drives the real VS Code 1.100.3 workbench (code-server) in Chromium with
// keyboard and mouse, the way a chemist would, and asserts what is on the screen.
// Run by run.mjs (which starts code-server with the packaged .vsix installed and a scratch
// copy of samples/ open); see docs/workbench.md.
//
// Every wait is on a condition (a selector, a text, a count) with a deadline; no fixed sleeps.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, writeUserSettings } from './lib.mjs';

const Q1 = 'q1-low-conversion-stab-in-methanol.rxn';
const Q2 = 'q2-alcohol-byproduct-nabh4-one-pot.rxn';
const TYPOS = 'typos-and-syntax-errors.rxn';

/** In-page helpers (installed with addInitScript): geometry and text of the active editor. */
function pageHelpers() {
  const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ');
  window.__rxn = {
    editor() {
      return [...document.querySelectorAll('.part.editor .monaco-editor')].find((e) => e.querySelector('.view-lines') && e.offsetParent !== null) ?? null;
    },
    lineNumberEl(n) {
      const ed = this.editor();
      if (!ed) return null;
      return [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(n)) ?? null;
    },
    lineEl(n) {
      const ln = this.lineNumberEl(n);
      if (!ln) return null;
      const y = ln.getBoundingClientRect().top;
      return [...this.editor().querySelectorAll('.view-lines .view-line')].find((e) => Math.abs(e.getBoundingClientRect().top - y) < 2) ?? null;
    },
    /** The text shown on line n, inlay hints included (null when the line is not rendered). */
    lineText(n) {
      const l = this.lineEl(n);
      return l ? norm(l.textContent) : null;
    },
    lineAtY(y) {
      const ed = this.editor();
      if (!ed) return null;
      const ln = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => Math.abs(e.getBoundingClientRect().top - y) < 2);
      return ln ? Number(ln.textContent.trim()) : null;
    },
    /** Screen rectangle of the nth occurrence of `token` on line n. */
    tokenRect(n, token, nth = 0) {
      const l = this.lineEl(n);
      if (!l) return null;
      const walker = document.createTreeWalker(l, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        nodes.push([t, text.length]);
        text += norm(t.data);
      }
      let i = -1;
      for (let k = 0; k <= nth; k++) {
        i = text.indexOf(token, i + 1);
        if (i < 0) return null;
      }
      // The text node holding index k (as a start, or as an exclusive end).
      const at = (k, end) => {
        for (const [node, start] of nodes) {
          const len = node.data.length;
          if (end ? k > start && k <= start + len : k >= start && k < start + len) return [node, k - start];
        }
        return null;
      };
      const r = document.createRange();
      r.setStart(...at(i, false));
      r.setEnd(...at(i + token.length, true));
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    },
    /** Squiggles of one severity in the active editor: line and horizontal extent. */
    squiggles(kind) {
      const ed = this.editor();
      if (!ed) return [];
      return [...ed.querySelectorAll(`.squiggly-${kind}`)].map((e) => {
        const b = e.getBoundingClientRect();
        return { line: this.lineAtY(b.top), x: b.x, w: b.width };
      });
    },
    /** The problems listed in the Problems panel (not the file rows): { label (aria), text }. */
    problems() {
      return [...document.querySelectorAll('.markers-panel .monaco-list-row')]
        .map((e) => ({ label: e.getAttribute('aria-label') ?? '', text: norm(e.textContent) }))
        .filter((r) => /^(Error|Warning|Info): /.test(r.label));
    },
  };
}

class Workbench {
  constructor(page, { defaultTimeout = 30000 } = {}) {
    this.page = page;
    this.timeout = defaultTimeout;
  }

  /** Waits until fn(arg) (run in the page) is truthy; a readable error names the condition. */
  async until(what, fn, arg, timeout = this.timeout) {
    try {
      const h = await this.page.waitForFunction(fn, arg, { timeout, polling: 100 });
      return await h.jsonValue();
    } catch (err) {
      if (/Timeout/i.test(String(err?.message))) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
      throw err;
    }
  }

  eval(fn, arg) {
    return this.page.evaluate(fn, arg);
  }

  async waitVisible(selector, what = selector, timeout = this.timeout) {
    try {
      await this.page.locator(selector).first().waitFor({ state: 'visible', timeout });
    } catch {
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
    }
  }

  async waitHidden(selector, what = selector, timeout = this.timeout) {
    try {
      await this.page.locator(selector).first().waitFor({ state: 'hidden', timeout });
    } catch {
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${what} to close`);
    }
  }

  /** Quick Open (Ctrl+P): type the file name, Enter; waits for its tab and the focused editor. */
  async openFile(name) {
    const { page } = this;
    await page.keyboard.press('Control+P');
    await this.waitVisible('.quick-input-widget input', 'Quick Open');
    await page.keyboard.type(name);
    await this.waitVisible(`.quick-input-list .monaco-list-row.focused[aria-label^="${name},"]`, `${name} in Quick Open`);
    await page.keyboard.press('Enter');
    await this.waitActiveTab(name);
    await this.waitVisible('.part.editor .monaco-editor.focused', 'the editor to take the keyboard focus');
  }

  async waitActiveTab(name) {
    await this.waitVisible(`.tabs-container .tab.active[aria-label^="${name}"]`, `the tab of ${name}`);
  }

  /** Command palette (F1): type the title, wait for the exact entry to be focused, Enter. */
  async command(title) {
    const { page } = this;
    await page.keyboard.press('F1');
    await this.waitVisible('.quick-input-widget input', 'the command palette');
    await page.keyboard.type(title);
    // The focused row must be exactly this command (arrow down to it if another ranks first).
    const focusedIs = () => this.eval((t) => document.querySelector('.quick-input-list .monaco-list-row.focused')?.getAttribute('aria-label')?.split(', ')[0] === t, title);
    await this.until(`"${title}" in the command palette`, (t) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => r.getAttribute('aria-label')?.split(', ')[0] === t), title);
    for (let i = 0; i < 10 && !(await focusedIs()); i++) await page.keyboard.press('ArrowDown');
    assert.ok(await focusedIs(), `could not select "${title}" in the command palette`);
    await page.keyboard.press('Enter');
    await this.waitHidden('.quick-input-widget', 'the command palette');
  }

  /** Ctrl+G LINE[:COL] Enter. */
  async gotoLine(line, col) {
    const { page } = this;
    await page.keyboard.press('Control+G');
    await this.waitVisible('.quick-input-widget input', 'Go to Line');
    await page.keyboard.type(col ? `${line}:${col}` : String(line));
    await page.keyboard.press('Enter');
    await this.waitHidden('.quick-input-widget', 'Go to Line');
    await this.until(`the cursor on line ${line}`, (l) => /Ln (\d+)/.exec(document.querySelector('#status\\.editor\\.selection')?.textContent ?? '')?.[1] === String(l), line);
  }

  lineText(n) {
    return this.eval((k) => window.__rxn.lineText(k), n);
  }

  async waitLineText(n, re, what) {
    const src = re.source;
    const flags = re.flags;
    return this.until(what ?? `line ${n} to match /${src}/`, ([k, s, f]) => {
      const t = window.__rxn.lineText(k);
      return t !== null && new RegExp(s, f).test(t) && t;
    }, [n, src, flags]);
  }

  squiggles(kind) {
    return this.eval((k) => window.__rxn.squiggles(k), kind);
  }

  /** Waits until the editor shows exactly `errors` red and `warnings` yellow squiggles. */
  async waitSquiggles(errors, warnings, what) {
    await this.until(what ?? `${errors} error and ${warnings} warning squiggles`, ([e, w]) => {
      const r = window.__rxn;
      return r.squiggles('error').length === e && (w === undefined || r.squiggles('warning').length === w);
    }, [errors, warnings]);
    return { errors: await this.squiggles('error'), warnings: await this.squiggles('warning') };
  }

  tokenRect(line, token, nth = 0) {
    return this.eval(([l, t, k]) => window.__rxn.tokenRect(l, t, k), [line, token, nth]);
  }

  /** Counts in the status bar's problems item: [errors, warnings]. */
  async statusProblems() {
    const t = await this.page.locator('#status\\.problems').textContent();
    return t.trim().split(/\s+/).map(Number);
  }

  async openProblems() {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await this.waitVisible('.markers-panel', 'the Problems panel');
  }

  problems() {
    return this.eval(() => window.__rxn.problems());
  }

  async tabCount() {
    return this.page.locator('.tabs-container .tab').count();
  }

  /** Back to a clean workbench: no widget open, panel hidden, every editor closed unsaved. */
  async reset() {
    const { page } = this;
    await page.mouse.move(700, 880);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    if (await page.locator('.quick-input-widget').isVisible()) await page.keyboard.press('Escape');
    for (let i = 0; i < 20 && (await this.tabCount()) > 0; i++) {
      const before = await this.tabCount();
      await this.command('View: Revert and Close Editor');
      await this.until('an editor to close', (n) => document.querySelectorAll('.tabs-container .tab').length < n, before);
    }
    if (await page.locator('.part.panel').isVisible()) {
      await this.command('View: Hide Panel');
      await this.waitHidden('.part.panel', 'the panel');
    }
    // The side bar as it starts: the files section open, the Outline section closed.
    await this.setSection('Explorer Section: samples', true);
    await this.setSection('Outline Section', false);
  }

  /** Opens or closes a section of the Explorer side bar by clicking its header. */
  async setSection(label, expanded) {
    const header = this.page.locator(`.pane-header[aria-label="${label}"]`);
    if ((await header.getAttribute('aria-expanded')) !== String(expanded)) {
      await header.click();
      await this.until(`the "${label}" section to ${expanded ? 'open' : 'close'}`, ([l, e]) => {
        const h = document.querySelector(`.pane-header[aria-label="${l}"]`);
        const body = h?.parentElement?.querySelector(':scope > .pane-body');
        const shown = !!body && body.getBoundingClientRect().height > 0 && getComputedStyle(body).display !== 'none';
        return h?.getAttribute('aria-expanded') === String(e) && shown === e;
      }, [label, expanded]);
    }
  }
}

/** What the command-line checker says about a protocol (the editor must show the same). */
function cliDiagnostics(file) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'rxn.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  return out.files[0].diagnostics;
}

const ruleRows = (rows, rule) => rows.filter((r) => r.text.includes(rule));

export const UI_TESTS = [
  {
    id: 'explorer-and-language-mode',
    title: 'opening samples/ lists the .rxn protocols; a click opens one in the RXN language mode',
    async run(w, t) {
      const expected = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.rxn'));
      assert.ok(expected.length >= 5, 'the repository has sample protocols');
      const shown = await w.until('every sample protocol in the Explorer', (names) => {
        const labels = [...document.querySelectorAll('.explorer-folders-view .monaco-list-row')].map((r) => r.getAttribute('aria-label'));
        return names.every((n) => labels.includes(n)) && labels;
      }, expected);
      assert.deepEqual(shown.filter((l) => l.endsWith('.rxn')).sort(), [...expected].sort());
      // A click with the mouse, like anyone would.
      await t.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${Q1}"]`).click();
      await w.waitActiveTab(Q1);
      await w.until('the status bar to show the RXN language mode', () => document.querySelector('#status\\.editor\\.mode')?.textContent.trim() === 'RXN');
      assert.equal((await t.page.locator('#status\\.editor\\.mode').textContent()).trim(), 'RXN');
      await w.waitLineText(4, /^protocol "1-\(Pyridin-4-ylmethyl\)-1,4-diazepane \(first attempt\)"$/, 'the protocol line to be shown');
    },
  },
  {
    id: 'nabh4-error-and-problems',
    title: 'NaBH4 added one-pot: a red squiggle under the reagent on line 16, and the Problems panel lists nabh4-one-pot with its message',
    async run(w, t) {
      await w.openFile(Q2);
      const { errors } = await w.waitSquiggles(1, 0, 'one error squiggle and no warning squiggle');
      await w.waitLineText(16, /^ {2}add nabh4 portionwise$/);
      assert.equal(errors[0].line, 16, 'the squiggle is on line 16');
      const tok = await w.tokenRect(16, 'nabh4');
      assert.ok(tok, 'the token nabh4 is on line 16');
      assert.ok(Math.abs(errors[0].x - tok.x) <= 2 && Math.abs(errors[0].w - tok.w) <= 3, `the squiggle (x=${errors[0].x}, w=${errors[0].w}) covers exactly "nabh4" (x=${tok.x}, w=${tok.w})`);
      assert.deepEqual(await w.statusProblems(), [1, 0], 'the status bar counts 1 error, 0 warnings');

      await w.openProblems();
      const [cli] = cliDiagnostics(join(t.scratch.samples, Q2));
      assert.equal(cli.rule, 'nabh4-one-pot');
      const rows = await w.until('nabh4-one-pot in the Problems panel', () => window.__rxn.problems().filter((r) => r.text.includes('nabh4-one-pot')).length === 1 && window.__rxn.problems());
      const row = ruleRows(rows, 'nabh4-one-pot')[0];
      assert.ok(row.label.startsWith('Error: '), `it is listed as an error (${row.label.slice(0, 40)}…)`);
      assert.ok(row.text.includes(cli.message), 'the panel shows the same message as `rxn check`');
      assert.match(cli.message, /NaBH4/);
      assert.match(row.text, /rxn\s*nabh4-one-pot\s*\[Ln 16, Col 7\]$/, 'source rxn, rule id and position');

      // The rule id is a link: clicking it opens the rule's page rendered, not its Markdown source.
      const link = t.page.locator('.markers-panel .monaco-list-row a.monaco-link', { hasText: 'nabh4-one-pot' }).first();
      await link.click();
      await w.waitActiveTab('Preview nabh4-one-pot.md');
      assert.equal(await t.page.locator('.tabs-container .tab[aria-label^="nabh4-one-pot.md"]').count(), 0, 'no tab shows the page as text');
    },
  },
  {
    id: 'hover-card',
    title: 'hovering NaBH(OAc)3 shows its card: MW 211.94, recommended solvents, advice and the structure',
    async run(w, t) {
      await w.openFile(Q1);
      await w.waitSquiggles(1, 1);
      const tok = await w.tokenRect(10, 'NaBH(OAc)3');
      assert.ok(tok, 'NaBH(OAc)3 is on line 10');
      await t.page.mouse.move(tok.x + tok.w / 2, tok.y + tok.h / 2, { steps: 4 });
      const text = await w.until('the hover card of NaBH(OAc)3', () => {
        const h = document.querySelector('.monaco-hover:not(.hidden)');
        return h && /MW: 211\.94 g\/mol/.test(h.innerText) && h.innerText;
      });
      assert.match(text, /^NaBH\(OAc\)3\n/, 'the card is titled with the reagent');
      assert.match(text, /Recommended solvents: DCE, DCM, THF/);
      assert.match(text, /In this protocol \(stab\): 1\.5 equiv · 7\.50 mmol · 1\.59 g/);
      assert.match(text, /Advice: .*DCE/);
      const picture = await w.until('the structure picture to load', () => {
        const img = document.querySelector('.monaco-hover:not(.hidden) img[src^="data:image/svg+xml"]');
        return img && img.complete && img.naturalWidth > 0 && { w: img.naturalWidth, h: img.naturalHeight };
      });
      assert.ok(picture.w > 50 && picture.h > 50, 'the structure is drawn');
      await t.shot('hover-card', { readme: 'workbench-hover.png' });
    },
  },
  {
    id: 'quick-fix',
    title: 'Ctrl+. on the NaBH4 error offers the switch to NaBH(OAc)3; choosing it rewrites the protocol and the error goes away',
    async run(w, t) {
      const { page } = t;
      await w.openFile(Q2);
      await w.waitSquiggles(1, 0);
      await w.openProblems();
      await w.until('nabh4-one-pot in the Problems panel', () => window.__rxn.problems().some((r) => r.text.includes('nabh4-one-pot')));
      const tok = await w.tokenRect(16, 'nabh4');
      await page.mouse.click(tok.x + tok.w / 2, tok.y + tok.h / 2);
      await w.waitVisible('.part.editor .monaco-editor.focused', 'the editor focus');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      await w.waitVisible('.action-widget .monaco-list-row.action', 'the quick-fix menu');
      const labels = await w.eval(() => [...document.querySelectorAll('.action-widget .monaco-list-row.action')].map((r) => r.getAttribute('aria-label')));
      const want = "Switch 'nabh4' to NaBH(OAc)3 in DCE, with 1.0 equiv AcOH";
      assert.ok(labels.includes(want), `the menu offers "${want}" (got: ${labels.join(' | ')})`);
      assert.ok(labels.includes('Show documentation for nabh4-one-pot'), 'and the rule documentation');
      assert.ok(labels.includes('Fix all rxn problems'), 'and "Fix all" (VS Code shows no source action in this menu: it comes as a quick fix)');
      const focused = () => w.eval(() => document.querySelector('.action-widget .monaco-list-row.action.focused')?.getAttribute('aria-label'));
      for (let i = 0; i < labels.length && (await focused()) !== want; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await focused(), want, 'the switch is selected with the arrow keys');
      await t.shot('quick-fix-menu', { readme: 'workbench-demo.png' });
      await page.keyboard.press('Enter');
      await w.waitHidden('.action-widget', 'the quick-fix menu');
      // The alias `nabh4` named the old reductant: it becomes `stab`; the AcOH NaBH(OAc)3 wants joins the table.
      await w.waitLineText(9, /^reagent stab {6}= NaBH\(OAc\)3 +1\.5 equiv/, 'line 9 to name NaBH(OAc)3');
      await w.waitLineText(10, /^reagent acoh {6}= AcOH 1\.0 equiv/, 'line 10 to declare the acid');
      await w.waitLineText(11, /^solvent DCE 0\.5 M/, 'the solvent to become DCE');
      await w.waitSquiggles(0, undefined, 'the error squiggle to disappear');
      await w.until('nabh4-one-pot to leave the Problems panel', () => !window.__rxn.problems().some((r) => r.text.includes('nabh4-one-pot')));
      assert.equal((await w.statusProblems())[0], 0, 'no error left in the status bar');
      assert.match(await w.lineText(17), /^ {2}add acoh$/, 'the acid goes in right after the aldehyde');
      assert.match(await w.lineText(18), /^ {2}add stab portionwise$/, 'the addition line follows the new alias');
      assert.ok(await page.locator('.tabs-container .tab.active.dirty').isVisible(), 'the protocol is modified (unsaved)');
    },
  },
  {
    id: 'completion',
    title: 'typing `add ` on a new line inside a step offers the declared reagent aliases',
    async run(w, t) {
      const { page } = t;
      await w.openFile(Q2);
      await w.waitSquiggles(1, 0);
      const declared = [...readFileSync(join(ROOT, 'samples', Q2), 'utf8').matchAll(/^reagent\s+(\S+)\s*=/gm)].map((m) => m[1]);
      assert.deepEqual(declared, ['diazepane', 'ald', 'nabh4']);
      await w.gotoLine(15);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('add ');
      const offered = await w.until('the suggestion widget with the aliases', (want) => {
        const rows = [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row')].map((r) => r.getAttribute('aria-label')?.split(',')[0]);
        return want.every((a) => rows.includes(a)) && rows;
      }, declared);
      assert.deepEqual([...offered].sort(), [...declared].sort(), `exactly the declared aliases are offered (got: ${offered.join(', ')})`);
      await t.shot('completion');
      await page.keyboard.type('nab');
      await w.until('nabh4 to be the selected suggestion', () => document.querySelector('.suggest-widget.visible .monaco-list-row.focused')?.getAttribute('aria-label')?.split(',')[0] === 'nabh4');
      await page.keyboard.press('Enter');
      await w.waitHidden('.suggest-widget.visible', 'the suggestion widget');
      await w.waitLineText(16, /^ {2}add nabh4$/, 'the new line to read "add nabh4"');
    },
  },
  {
    id: 'fix-all',
    title: '"rxn: Fix All Auto-Fixable Problems" from the command palette clears every safe-fixable problem',
    async run(w, t) {
      const { page } = t;
      await w.openFile(TYPOS);
      await w.openProblems();
      const before = await w.until('the four problems of the typo sample', () => {
        const rows = window.__rxn.problems();
        return rows.length === 4 && rows.map((r) => r.text);
      });
      for (const rule of ['invalid-quantity', 'undeclared-reagent', 'syntax-error', 'silica-amine-modifier']) {
        assert.ok(before.some((r) => r.includes(rule)), `${rule} is listed before the fix`);
      }
      // (the warning is on line 27, below the visible part of the editor)
      await w.waitSquiggles(3, undefined, 'three error squiggles');
      await page.locator('.part.editor .monaco-editor .view-lines').click();
      await w.command('rxn: Fix All Auto-Fixable Problems');
      // The three safe fixes: decimal comma, the typo `stri`, the amine modifier on silica.
      // Adding an undeclared reagent is not a safe fix: that problem must stay.
      await w.until('only undeclared-reagent to remain in the Problems panel', () => {
        const rows = window.__rxn.problems();
        return rows.length === 1 && rows[0].text.includes('undeclared-reagent');
      });
      await w.waitSquiggles(1, undefined, 'one error squiggle left');
      await w.waitLineText(10, /^reagent acid = AcOH +1\.5 equiv/, 'the decimal comma to be fixed');
      await w.waitLineText(17, /^ {2}stir 30 min$/, 'the typo stri → stir to be fixed');
      await w.gotoLine(27);
      await w.waitLineText(27, /^ {2}purify silica EtOAc\/hexane 1:1 \+ 1% Et3N$/, 'the eluent to get 1% Et3N');
      await t.shot('fix-all');
      // Nothing safe is left: a second run says so.
      await w.command('rxn: Fix All Auto-Fixable Problems');
      await w.until('the "nothing to fix" notification', () =>
        [...document.querySelectorAll('.notifications-toasts .notification-toast')].some((n) => n.textContent.includes('no problem in this protocol can be fixed automatically')),
      );
    },
  },
  {
    id: 'outline-and-inlay-hints',
    title: 'the Outline shows protocol, reagents, solvent, steps and work-up; inlay hints show the amounts',
    async run(w, t) {
      const { page } = t;
      await w.openFile(Q2);
      await w.waitSquiggles(1, 0);
      // Inlay hints: computed amounts after the reagent and solvent lines, not part of the text.
      const src = readFileSync(join(t.scratch.samples, Q2), 'utf8').split('\n');
      assert.ok(!src.join('\n').includes('mmol ·'), 'the file itself holds no amounts');
      await w.waitLineText(7, /^reagent diazepane = 1,4-diazepane 3\.0 equiv\s*30\.0 mmol · 3\.00 g$/, 'the amount hint on line 7');
      await w.waitLineText(8, /1\.0 equiv\s*10\.0 mmol · 1\.06 g · 1\.02 mL$/, 'the amount hint on line 8');
      await w.waitLineText(9, /1\.5 equiv\s*15\.0 mmol · 567 mg$/, 'the amount hint on line 9');
      await w.waitLineText(10, /^solvent MeOH 0\.5 M\s*→ 20\.0 mL$/, 'the solvent volume hint on line 10');
      await w.gotoLine(7);
      await page.keyboard.press('End');
      const col = src[6].length + 1;
      await w.until(`the cursor at the real end of line 7 (Col ${col})`, (c) => document.querySelector('#status\\.editor\\.selection')?.textContent.trim() === `Ln 7, Col ${c}`, col);

      await w.command('Explorer: Focus on Outline View');
      await w.waitVisible('.outline-pane .monaco-list-row', 'the Outline');
      // Room for the whole outline: fold the file list away.
      await w.setSection('Explorer Section: samples', false);
      const protocol = '1-Benzyl-1,4-diazepane (NaBH4, one-pot attempt) (module)';
      // (rows of the tree itself, not sticky-scroll headers)
      const rows = await w.until('the protocol and the Work-up in the Outline', (p) => {
        const r = [...document.querySelectorAll('.outline-pane .monaco-list-rows .monaco-list-row')].map((e) => [e.getAttribute('aria-label'), e.getAttribute('aria-level')]);
        return r.some(([l]) => l === p) && r.some(([l]) => l?.startsWith('Work-up')) && r;
      }, protocol);
      const seen = new Map(rows);
      assert.equal(seen.get(protocol), '1', 'the protocol is the root');
      for (const [label, kind] of [['diazepane', 'variable'], ['ald', 'variable'], ['nabh4', 'variable'], ['MeOH', 'property'], ['Reaction', 'function'], ['Work-up', 'namespace']]) {
        assert.equal(seen.get(`${label} (${kind})`), '2', `${label} (${kind}) is listed under the protocol (seen: ${[...seen.keys()].join(' | ')})`);
      }
      await t.shot('outline-and-inlay-hints');
    },
  },
  {
    id: 'settings-rule-off',
    title: 'setting "rxn.rules": { "missing-acid": "off" } in settings.json removes that warning',
    async run(w, t) {
      const { page } = t;
      await w.openFile(Q1);
      await w.openProblems();
      const { warnings } = await w.waitSquiggles(1, 1);
      assert.equal(warnings[0].line, 17, 'the missing-acid warning is on line 17');
      await w.until('missing-acid in the Problems panel', () => window.__rxn.problems().some((r) => r.text.includes('missing-acid')));

      await w.command('Preferences: Open User Settings (JSON)');
      await w.waitActiveTab('settings.json');
      await w.waitVisible('.part.editor .monaco-editor.focused', 'the settings editor');
      // A new first entry: after the opening brace, on a line of its own.
      await w.gotoLine(1);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText('"rxn.rules": { "missing-acid": "off" },');
      await w.waitLineText(2, /^\s*"rxn\.rules": \{ "missing-acid": "off" \},$/, 'the new setting in settings.json');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+S');
      await w.until('settings.json to be saved', () => !document.querySelector('.tabs-container .tab.active.dirty'));
      const saved = JSON.parse(readFileSync(join(t.scratch.userData, 'User', 'settings.json'), 'utf8'));
      assert.deepEqual(saved['rxn.rules'], { 'missing-acid': 'off' }, 'the setting is saved');

      await w.openFile(Q1);
      await w.until('missing-acid to leave the Problems panel', () => {
        const rows = window.__rxn.problems();
        return !rows.some((r) => r.text.includes('missing-acid')) && rows.some((r) => r.text.includes('stab-protic-solvent'));
      });
      const after = await w.waitSquiggles(1, 0, 'the warning squiggle to disappear, the error to stay');
      assert.equal(after.errors[0].line, 11, 'stab-protic-solvent (not switched off) still marks line 11');
      await t.shot('settings-rule-off');
    },
    cleanup(t) {
      writeUserSettings(t.scratch); // back to the seeded settings
    },
  },
];

/**
 * Runs UI_TESTS in order on `page` (already showing the workbench). Each test starts from a
 * clean workbench; a screenshot is saved after each test (and named …-FAILED on failure).
 */
export async function runUiSuite({ page, scratch, shotsDir, readmeDir, log = console.log, grep, testTimeoutMs = 120000, shouldStop = () => false }) {
  mkdirSync(shotsDir, { recursive: true });
  await page.addInitScript(pageHelpers);
  await page.evaluate(pageHelpers);
  const w = new Workbench(page);
  const results = [];
  let n = 0;
  for (const test of UI_TESTS) {
    if (shouldStop()) break;
    n++;
    const prefix = `${String(n).padStart(2, '0')}-${test.id}`;
    if (grep && !grep.test(test.title) && !grep.test(test.id)) {
      results.push({ id: test.id, title: test.title, status: 'skipped' });
      continue;
    }
    const t0 = Date.now();
    const t = {
      page,
      scratch,
      readmeShots: [],
      /** A screenshot; `readme`: also the README picture of that name, once the test has passed. */
      shot: async (name, { readme } = {}) => {
        const file = join(shotsDir, `${prefix}--${name}.png`);
        await page.screenshot({ path: file });
        if (readme) t.readmeShots.push({ file, name: readme });
      },
    };
    let error;
    try {
      await w.reset();
      let timer;
      await Promise.race([
        test.run(w, t),
        new Promise((_, rej) => (timer = setTimeout(() => rej(new Error(`the test took longer than ${testTimeoutMs / 1000} s`)), testTimeoutMs))),
      ]).finally(() => clearTimeout(timer));
    } catch (err) {
      error = err;
    }
    if (shouldStop()) break; // interrupted: the browser is going away, this result means nothing
    try {
      await page.screenshot({ path: join(shotsDir, `${prefix}${error ? '-FAILED' : ''}.png`) });
    } catch {
      // the page is gone; the error says why
    }
    try {
      await test.cleanup?.(t);
    } catch {
      // best effort
    }
    const ms = Date.now() - t0;
    if (error) {
      results.push({ id: test.id, title: test.title, status: 'failed', ms, error });
      log(`  ✖ ${test.title} (${(ms / 1000).toFixed(1)} s)\n      ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n      ')}`);
    } else {
      results.push({ id: test.id, title: test.title, status: 'passed', ms });
      log(`  ✔ ${test.title} (${(ms / 1000).toFixed(1)} s)`);
      for (const shot of readmeDir ? t.readmeShots : []) {
        const target = join(readmeDir, shot.name);
        writeFileSync(target, readFileSync(shot.file));
        log(`    wrote the README screenshot ${target}`);
      }
    }
  }
  return results;
}
