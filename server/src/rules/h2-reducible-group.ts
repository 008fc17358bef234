import {
  acidPresent,
  acidToAdd,
  andList,
  addAcidEdits,
  basicBeforeExtract,
  catalystName,
  declarationInsertLine,
  defineRule,
  formatEquiv,
  hydrideEquiv,
  arylCarbonylOf,
  hydrideReductants,
  isHydrogenation,
  laterDeprotectionSubject,
  raiseToStayInExcess,
  proseName,
  proticSolventsFor,
  quenchEdit,
  removeReagentEdits,
  replaceSolventEdit,
  setAmineEquivEdits,
  STAB,
  sumEquiv,
  switchReagentEdits,
  tiActivator,
} from './helpers';
import { lookupById } from '../kb';
import type { Finding } from './types';
import type { Model, Reagent, SolventState } from '../model/types';
import type { TextEdit } from '../types';

export default defineRule({
  id: 'h2-reducible-group',
  severity: 'warning',
  category: 'chemistry',
  summary: 'H2 over Pd/C, Pt/C or PtO2 is used with a reagent that has a C=C, C≡C, nitro or nitrile group, which hydrogenation also reduces, or over Pd with a Cbz group, a benzyl ether or ester, a benzyl on a tertiary amine nitrogen, or an aryl bromide or iodide, which it cleaves.',
  fixes: [{ title: 'Switch to NaBH(OAc)3 in DCE', safe: false }],
  check(ctx) {
    const { model } = ctx;
    const hydrogenations = model.reagents.filter((r) => isHydrogenation(r) && r.added.length > 0);
    if (hydrogenations.length === 0) return [];
    // H2 over Pd/C that is there to take a Cbz group off (no carbonyl in its pot: the model's
    // `deprotection`) reduces what the product already carries, not a reductive amination's reagents.
    const removals = model.amines.filter((a) => a.deprotection?.group === 'Cbz' && !!a.deprotection.acid && hydrogenations.includes(a.deprotection.acid));
    // (With the catalyst declared apart from the H2, both lines are the removal's.)
    const h2 = hydrogenations.filter((r) => !removals.some((a) => a.deprotection!.acid === r || !!a.deprotection!.moreAcids?.includes(r)));
    const out: Finding[] = cbzRemovalFindings(model, removals);
    if (h2.length === 0) return out;
    // The catalyst named (Pd/C when only `H2` is): platinum reduces the same C=C, C≡C and nitro
    // groups but is far slower at hydrogenolysis, so benzyl ethers, N-benzyl and Cbz groups are
    // reported over palladium only.
    const cat = catalystName(h2);
    const palladium = cat.startsWith('Pd');
    // The switch is the same for every flagged reagent: built once (when its fixes are first
    // read: removing a reagent reads every `add` line of the document), shared.
    let switchFix: { title: string; edits: TextEdit[] } | undefined;
    const buildSwitch = (): { title: string; edits: TextEdit[] } => {
      const edits: TextEdit[] = [];
      let title = 'Switch to NaBH(OAc)3 in DCE';
      const solvents = new Set<SolventState>();
      // The catalyst loading written for a hydrogenation is no measure of a hydride.
      const equiv = hydrideEquiv(model);
      // H2 and the catalyst declared apart (`h2 = H2`, `cat = 10% Pd/C`, added together): one
      // hydrogenation, so one NaBH(OAc)3 — the others leave the table and the add lines.
      // Declared for separate rounds, each becomes a share of the hydride.
      const firstAdds = new Set(h2[0].added.map((ev) => ev.stmt));
      const extras = h2.slice(1);
      const together = extras.every((x) => x.added.every((ev) => firstAdds.has(ev.stmt)));
      const converted = together ? [h2[0]] : h2;
      for (const hr of converted) {
        edits.push(...switchReagentEdits(ctx, hr, STAB, 'stab', { equiv: equiv / converted.length }));
        for (const ev of hr.added) if (ev.solvent) solvents.add(ev.solvent);
      }
      const removed = together ? extras : [];
      if (removed.length) edits.push(...removeReagentEdits(ctx, removed));
      // Also a protic solvent switched to after the H2 went in: NaBH(OAc)3 would meet it there.
      for (const s of proticSolventsFor(model, h2.flatMap((hr) => hr.added))) solvents.add(s);
      // DCE already, and nothing protic mixed in (DCE/MeOH 9:1 would destroy NaBH(OAc)3): keep it.
      for (const s of solvents) if (s.protic || !s.components.some((c) => c.kb?.name === 'DCE')) edits.push(replaceSolventEdit(ctx, s, 'DCE'));
      // What NaBH(OAc)3 needs and a hydrogenation did not: an acid in the pot when it goes in
      // (as missing-acid adds it) and a basic quench before the extraction (as missing-quench).
      const first = model.reductantAdditions.find((ra) => h2.includes(ra.reductant));
      // (Declared after the table's last line, unless that line is one removed here.)
      let at = declarationInsertLine(model);
      const goneAliases = new Set(removed.map((x) => x.alias));
      const goneLines = new Set([...removed.map((x) => x.decl.line), ...model.duplicateDecls.filter((d) => goneAliases.has(d.alias.text)).map((d) => d.line)]);
      if (goneLines.has(at)) at = h2[0].decl.line;
      if (first && !acidPresent(first.add) && !tiActivator(first.add)) edits.push(...addAcidEdits(ctx, first, acidToAdd(ctx, first), at));
      if (model.workupStmt && !basicBeforeExtract(model)) {
        // A hydrogenation's work-up (filter off the catalyst, concentrate) has no extraction:
        // after NaBH(OAc)3 the boron salts and the acid are washed out, as missing-workup's
        // standard work-up does.
        if (model.workup.some((st) => st.kind === 'extract')) edits.push(quenchEdit(ctx, model.workupStmt, 'sat. NaHCO3'));
        else {
          // In the order a work-up goes: the quench first, the extraction after the last
          // quench or basify already there, drying after the last wash (unless it is dried).
          const first = model.workup[0];
          const indent = first ? ctx.edits.indentOf(first.line) : '  ';
          const lastOf = (...kinds: string[]) => [...model.workup].reverse().find((st) => kinds.includes(st.kind))?.line;
          const extractAfter = lastOf('quench', 'basify') ?? model.workupStmt.line;
          const dryAfter = Math.max(extractAfter, lastOf('wash') ?? -1);
          const dried = model.workup.some((st) => st.kind === 'dry');
          const head = [`${indent}quench sat. NaHCO3`];
          const atExtract = [`${indent}extract DCM x3`];
          if (!dried && dryAfter === extractAfter) atExtract.push(`${indent}dry Na2SO4`);
          if (extractAfter === model.workupStmt.line) edits.push(ctx.edits.insertLinesAfter(model.workupStmt.line, [...head, ...atExtract]));
          else {
            edits.push(ctx.edits.insertLinesAfter(model.workupStmt.line, head));
            edits.push(ctx.edits.insertLinesAfter(extractAfter, atExtract));
          }
          if (!dried && dryAfter !== extractAfter) edits.push(ctx.edits.insertLinesAfter(dryAfter, [`${indent}dry Na2SO4`]));
        }
      }
      // For mono-alkylation the diazepane must stay in excess over the hydride the switch
      // brings (as nabh4-one-pot's and reductant-short's fixes keep it), else a
      // mono-stoichiometry error follows the fix.
      const hydrides = sumEquiv(hydrideReductants(model.reductants));
      const raise = raiseToStayInExcess(model, hydrides, hydrides + equiv);
      if (raise) {
        const raised = setAmineEquivEdits(ctx, raise.amine, raise.target);
        edits.push(...raised.edits);
        title += ` and '${raise.amine.alias}' to ${formatEquiv(raise.target)} equiv (to keep it in excess)${raised.title}`;
      }
      return { title, edits };
    };
    for (const r of model.reagents) {
      if (hydrogenations.includes(r) || r.added.length === 0) continue;
      // Taken off on purpose: the Cbz removal is not the reductive amination's.
      if (r.deprotection?.group === 'Cbz') continue;
      // A Cbz protecting group is itself cleaved by hydrogenolysis over palladium: on the amine
      // (the freed nitrogen is alkylated too) or on the carbonyl (`1-Cbz-4-piperidone`: its N–H
      // meets the carbonyl).
      const cbz = r.groups.cbz;
      if (cbz && palladium) {
        const freed = r.role === 'amine' ? ': the protection is lost during the reductive amination and the freed nitrogen can be alkylated too' : `, and the N–H it frees ${r.role === 'carbonyl' ? 'can react with the carbonyl' : 'is alkylated'} as well`;
        out.push({
          range: r.decl.name.range,
          message: `The Cbz group of ${r.name} comes off under H2 over ${cat} (hydrogenolysis)${freed}. NaBH(OAc)3 in DCE leaves the Cbz group in place.`,
          fixes: () => [{ ...(switchFix ??= buildSwitch()), safe: false }],
        });
        continue;
      }
      const g = r.groups;
      // A nitrile is reduced over either metal (over platinum more slowly); MeCN as a reagent is a solvent, not a substrate.
      const nitrile = g.nitrile && r.kb?.role !== 'solvent';
      const what = [g.alkene && 'a C=C double bond', g.alkyne && 'a C≡C triple bond', g.nitro && 'a nitro group', nitrile && 'a nitrile'].filter(Boolean) as string[];
      // Benzyl groups that hydrogenolysis cuts: a benzyl ether or ester (the OH is set free) and a
      // benzyl on a tertiary amine nitrogen (the N–H is set free, and it reacts too). Only the
      // reagents': a benzyl the reductive amination puts on (benzaldehyde) is the product's.
      const cut: string[] = [];
      const off = (kind: string) => (what.length || cut.length ? `the ${kind} group is cleaved as well` : `the ${kind} group of ${proseName(r)} comes off under H2 over ${cat} (hydrogenolysis)`);
      // (The benzyl carbamate of a Cbz group is an O-benzyl too: over platinum it mostly stays.)
      if (g.oBenzyl && palladium && !cbz) cut.push(`${off('O-benzyl')}, leaving the free OH (a phenol, alcohol or acid) in the product`);
      if (g.nBenzyl && palladium) cut.push(`${off('N-benzyl')}, and the N–H it frees ${r.role === 'carbonyl' ? 'can react with the carbonyl' : 'is alkylated'} as well`);
      // Aryl bromides and iodides lose the halogen over palladium (hydrodehalogenation); platinum,
      // the catalyst chosen to keep them, and aryl chlorides (slow without added base) are not reported.
      const halogens = [g.arylBr && 'bromine', g.arylI && 'iodine'].filter(Boolean) as string[];
      if (halogens.length && palladium) {
        const hal = halogens.join(' and ');
        const halide = `aryl ${halogens.map((h) => h.replace(/ine$/, 'ide')).join(' and ')}`;
        cut.push(
          what.length || cut.length
            ? `the ${halide} loses its ${hal} as well (hydrodehalogenation)`
            : `the ${hal} of ${proseName(r)} ${halogens.length > 1 ? 'are' : 'is'} replaced by hydrogen under H2 over ${cat} (hydrodehalogenation of the ${halide}), so part of the product comes out without it`,
        );
      }
      if (what.length === 0 && cut.length === 0) continue;
      const reduced = what.length
        ? // (The name is not the first word: `cinnamaldehyde`, `o-vanillin` keep their case.)
          `${what.join(' and ').replace(/^a/, 'A')} in ${proseName(r)}: H2 over ${cat} ${what.length === 1 && nitrile ? 'can reduce' : 'reduces'} ${what.length > 1 ? 'them' : 'it'} along with the imine${amineNote(g.nitro, nitrile)}`
        : '';
      const all = what.length + cut.length;
      const sentence = [reduced, ...cut].filter(Boolean).join('; ');
      out.push({
        range: r.decl.name.range,
        message: `${sentence.replace(/^t/, 'T')}. NaBH(OAc)3 in DCE leaves ${all > 1 ? 'these groups' : 'it'} ${what.length ? 'alone' : 'in place'}.`,
        fixes: () => [{ ...(switchFix ??= buildSwitch()), safe: false }],
      });
    }
    return out;
  },
});

/** What a reduced nitro group or nitrile becomes: a new amine that takes part in the reaction. */
function amineNote(nitro: boolean, nitrile: boolean): string {
  if (nitro && nitrile) return ' (the nitro group and the nitrile go to amines that can themselves be alkylated)';
  if (nitro) return ' (a nitro group goes to an amine that can itself be alkylated)';
  if (nitrile) return ' (a nitrile goes to a primary amine, CH2–NH2, that can itself be alkylated)';
  return '';
}

/**
 * An aryl aldehyde or ketone known only by its name (`4-(benzyloxy)benzaldehyde`,
 * `thiophene-2-carbaldehyde`, `4'-methylacetophenone`): what it puts on the nitrogen is benzylic.
 * (Not `cyclohexanecarbaldehyde`: only aromatic rings are named.)
 */
const ARYL_CARBONYL_NAME = (name: string): boolean =>
  /benzaldehyde|naphthaldehyde|phenone\b|\b(?:Ph|Ar|Py)CHO\b|(?:pyridine|thiophene|furan|pyrrole|pyrazole|imidazole|thiazole|oxazole|indole|quinoline|pyrimidine|pyrazine|benzofuran|benzothiophene)-?[\d,]*-?carb(?:ox)?aldehyde/i.test(name);

/**
 * A Cbz group taken off by hydrogenolysis once the first group is on: what the product carries
 * from the earlier reaction meets H2 over palladium too. A benzyl-type group that an aryl
 * aldehyde or ketone put on the other nitrogen comes off again, and a C=C, C≡C, nitro group
 * or benzyl ether is reduced or cut.
 */
function cbzRemovalFindings(model: Model, removals: Reagent[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<Reagent>();
  for (const amine of removals) {
    const d = amine.deprotection!;
    const cat = catalystName([d.acid!, ...(d.moreAcids ?? [])]);
    // Hydrogen from ammonium formate in that stage, not from a cylinder (a transfer hydrogenation): named so.
    const formate = model.reagents.find((r) => r.kb?.id === 'ammonium-formate' && r.added.some((a) => a.stage === d.add.stage && a.index < d.carbonylAt));
    const hydrogenation = formate && !model.reagents.some((r) => /^H2\b|hydrogen/i.test(r.name) && r.added.some((a) => a.stage === d.add.stage)) ? `${cat} with ${proseName(formate)} (a transfer hydrogenation)` : `H2 over ${cat}`;
    // (Every Cbz amine the one hydrogenolysis deprotects, each name once.)
    const names = [...new Set(d.amines.map(proseName))];
    const several = names.length > 1;
    // (After an `isolate` the H2 meets the product of the earlier reaction, named as such.)
    const subject = laterDeprotectionSubject(model, d.amines, 'Cbz', d.add);
    for (const r of model.reagents) {
      if (seen.has(r) || r === amine || r.role !== 'carbonyl' || !r.added.some((a) => a.index < d.add.index)) continue;
      const g = r.groups;
      const what = [
        arylCarbonylOf(r, ARYL_CARBONYL_NAME) && (several
            ? `the benzyl-type groups that ${proseName(r)} put on the other nitrogens come off again (hydrogenolysis)`
            : `the benzyl-type group that ${proseName(r)} put on the other nitrogen comes off again (hydrogenolysis)`),
        g.oBenzyl && `its benzyl ether or ester is cut, leaving the free OH`,
        g.nitro && 'its nitro group is reduced to an amine',
        (g.alkene || g.alkyne) && `its ${g.alkene ? 'C=C' : 'C≡C'} bond is reduced`,
        // (Over palladium, as for a reductive amination under H2: platinum keeps the halogen.)
        cat.startsWith('Pd') && (g.arylBr || g.arylI) && `its aryl ${[g.arylBr && 'bromide', g.arylI && 'iodide'].filter(Boolean).join(' and ')} loses the halogen (hydrodehalogenation)`,
        g.nitrile && 'its nitrile can be reduced to a CH2–NH2 amine',
      ].filter(Boolean) as string[];
      if (what.length === 0) continue;
      seen.add(r);
      const head = /^the benzyl-type/.test(what[0]) ? what.shift()! : '';
      const rest = what.length ? `${head ? '; ' : ''}from ${proseName(r)}, ${what.join(', ')}` : '';
      out.push({
        range: r.decl.name.range,
        message: `${hydrogenation}, there to take the Cbz ${several ? 'groups' : 'group'} off ${subject ? `${subject}, also reaches the rest of ${several ? 'those products' : 'that product'}` : `${andList(names)}, also reaches the ${several ? 'products' : 'product'} of the first reaction`}: ${head}${rest}. Use ${several ? 'the Boc-protected amines' : bocAnalogue(amine)} (TFA or HCl takes the Boc ${several ? 'groups' : 'group'} off and leaves these groups), or put this group on after the Cbz removal.`,
      });
    }
  }
  return out;
}

/**
 * What to use instead of a Cbz amine: its Boc analogue. The diazepane is "the Boc-protected
 * diazepane"; another amine the knowledge base holds in both forms by its Boc name
 * (1-Cbz-piperazine: 1-Boc-piperazine); else "the Boc-protected amine".
 */
function bocAnalogue(amine: Reagent): string {
  const id = amine.kb?.id;
  if (id === 'cbz-diazepane' || /azepan|homopiperazin/i.test(amine.kb?.name ?? amine.name)) return 'the Boc-protected diazepane';
  const boc = id?.startsWith('cbz-') ? lookupById(`boc-${id.slice(4)}`) : undefined;
  return boc ? boc.name : 'the Boc-protected amine';
}
