import { CYANO, defineRule, hydrideInRun, kbIs, NABH4, reductantName, replaceSolventEdit, STAB } from './helpers';
import type { Finding } from './types';
import type { Reagent, SolventState } from '../model/types';
import { alcoholSolutionOf } from '../kb';
import { potHolds } from '../model/model';
import { amountsTable } from '../model/amounts';
import { formatVolume } from '../features/common';

/** Minutes after an addition of NaBH(OAc)3 during which it is taken to be still reducing. */
const REDUCTION_MIN = 60;

export default defineRule({
  id: 'stab-protic-solvent',
  severity: 'error',
  category: 'chemistry',
  summary: 'NaBH(OAc)3 is used in methanol, ethanol, isopropanol or water, which destroy it.',
  fixes: [
    { title: 'Replace the solvent with DCE', safe: true },
    { title: 'Replace the solvent with DCM', safe: false },
    { title: 'Replace the solvent with THF', safe: false },
  ],
  check(ctx) {
    const { model } = ctx;
    const flagged = new Set<SolventState>();
    // (Me4NBH(OAc)3, the tetramethylammonium salt of the same anion, is NaBH(OAc)3 to `kbIs`: the same solvents destroy it.)
    const stabAdds = model.reductantAdditions.filter((ra) => kbIs(ra.reductant, STAB));
    if (stabAdds.length === 0) return [];
    // Named as used: MP-triacetoxyborohydride (NaBH(OAc)3 on a resin, which methanol destroys just
    // the same) or Me4NBH(OAc)3 when it is the only kind, else NaBH(OAc)3.
    const stab = hydrideInRun(model, STAB);
    for (const ra of stabAdds) if (ra.add.solvent?.protic) flagged.add(ra.add.solvent);
    // A protic solvent switched to while NaBH(OAc)3 is reducing: less than an hour after an
    // addition of it. Once the reduction has had its time (`stir 16 h`), methanol added to
    // quench what is left of the hydride is the usual work-up, not a problem.
    const stabAt = new Set(stabAdds.map((ra) => ra.add.index));
    let since: number | undefined; // minutes since the last addition of NaBH(OAc)3
    for (const ev of model.events) {
      if (ev.type === 'add') {
        if (stabAt.has(ev.index)) since = 0;
      } else if (ev.type === 'time' && since !== undefined) since += ev.minutes;
      else if (ev.type === 'solvent' && since !== undefined && since < REDUCTION_MIN && ev.solvent.protic) flagged.add(ev.solvent);
    }
    const out: Finding[] = [];
    // Reagents dosed as solutions in an alcohol (`amine (0.5 M in MeOH)`): the alcohol goes into
    // the pot with them. Reported when it is a tenth or more of the liquid at the NaBH(OAc)3
    // addition, or when the volumes are not known; a few µL of a stock in 10 mL of DCE are not.
    // The stocks are found once, and each NaBH(OAc)3 addition asks only whether they are in its
    // pot (walking the whole pot at every addition made a long protocol quadratic: twice the time
    // at 50,000 lines). Listed in the order they went into the pot, as the messages name them.
    const stocks = model.reagents.filter((r) => r.added.length > 0 && alcoholSolutionOf(r.name) !== undefined);
    const potOrder = (r: Reagent) => r.added[0].index;
    stocks.sort((a, b) => potOrder(a) - potOrder(b) || a.added[0].reagents.indexOf(a) - b.added[0].reagents.indexOf(b));
    const reported = new Set<Reagent>();
    let table: ReturnType<typeof amountsTable> | undefined;
    for (const ra of stocks.length > 0 ? stabAdds : []) {
      // Into a protic solvent (reported on its own line below), the stocks are reported too: the
      // fix that replaces the solvent leaves their alcohol in the pot, and they would otherwise
      // turn up as new errors only once it is applied. Their share is of the pot as it would be then.
      const solventToo = ra.add.solvent?.protic === true;
      const inPot = stocks.filter((r) => !reported.has(r) && r !== ra.reductant && potHolds(ra.add, r));
      if (inPot.length === 0) continue;
      table ??= amountsTable(model);
      const vol = (r: Reagent) => table!.rows[model.reagents.indexOf(r)]?.volumeMl;
      const alcohol = inPot.reduce<number | undefined>((sum, r) => (sum === undefined || vol(r) === undefined ? undefined : sum + vol(r)!), 0);
      const sv = ra.add.solvent ? table.solvents[model.solvents.indexOf(ra.add.solvent)]?.volumeMl : undefined;
      if (alcohol !== undefined && sv !== undefined && alcohol / (alcohol + sv) < 0.1) continue;
      const pct = (x: number) => `${Math.round((100 * x) / (alcohol! + sv!))} % of the liquid`;
      const known = alcohol !== undefined && sv !== undefined;
      const alcohols = new Set(inPot.map((r) => alcoholSolutionOf(r.name)));
      for (const r of inPot) {
        reported.add(r);
        const alc = alcoholSolutionOf(r.name)!;
        const v = vol(r);
        // Several stocks: each names its own share, and the total with the others once (the
        // Problems panel showed the same total on every line).
        const others = inPot.filter((o) => o !== r).map((o) => `'${o.alias}'`);
        const brings = solventToo
          ? others.length === 0
            ? `replacing the solvent alone would still leave ${alc} in the pot${known ? ` (${pct(alcohol!)})` : ''} when ${stab} goes in`
            : known
              ? `with ${others.join(' and ')}, ${pct(alcohol!)} would still be ${alcohols.size === 1 ? alc : 'alcohol'} with the solvent replaced`
              : `replacing the solvent alone would still leave ${alc} in the pot when ${stab} goes in, as ${others.join(' and ')} ${others.length > 1 ? 'do' : 'does'}`
          : others.length === 0
            ? `it brings ${alc} into the pot${known ? ` (${pct(alcohol!)})` : ''} when ${stab} goes in`
            : known
              ? `with ${others.join(' and ')}, ${pct(alcohol!)} is ${alcohols.size === 1 ? alc : 'alcohol'} when ${stab} goes in`
              : `it brings ${alc} into the pot when ${stab} goes in, as ${others.join(' and ')} ${others.length > 1 ? 'do' : 'does'}`;
        out.push({
          range: r.decl.name.range,
          message:
            `'${r.alias}' is a solution in ${alc}${v !== undefined ? ` (${formatVolume(v)}${others.length && known ? `, ${pct(v)}` : ''})` : ''}: ${brings}, and the protic solvent consumes the hydride. ` +
            `Make the stock in ${solventToo ? 'the aprotic solvent that replaces it' : 'the reaction solvent'} (DCE, DCM or THF), or concentrate after the imine has formed and take the residue up in DCE.`,
        });
      }
    }
    for (const s of flagged) {
      const protic = s.components.filter((c) => c.kb?.protic || /^(meoh|etoh|iproh|water|h2o)$/i.test(c.token.text));
      const names = protic.map((c) => c.token.text).join(' and ') || s.stmt.name.text;
      const token = protic[0]?.token ?? s.stmt.name;
      // NaBH4 or NaBH3CN reducing in the same solvent, which suits it (MeOH; TFE for NaBH4, a
      // published catalyst-free method): the solvent is right for that reductant, and only
      // NaBH(OAc)3 is out of place. An aprotic solvent in its place would not suit the other one,
      // so the swap is not "Fix all"'s to make.
      const other = ctx.model.reductantAdditions.find(
        (ra) => ra.add.solvent === s && kbIs(ra.reductant, NABH4, CYANO) && (s.components.some((c) => c.kb && ra.reductant.kb?.recommendedSolvents?.includes(c.kb.id)) || (kbIs(ra.reductant, NABH4) && s.components.some((c) => c.kb?.id === 'tfe'))),
      )?.reductant;
      const remedy = other
        ? `${names} suits the ${reductantName(other)} that also goes into it${kbIs(other, NABH4) && s.components.some((c) => c.kb?.id === 'tfe') ? ' (NaBH4 in TFE is a published catalyst-free method)' : ''}, but not ${stab}: let ${reductantName(other)} do the reduction alone, or give the ${stab} reduction a step of its own in an aprotic solvent such as DCE, DCM or THF.`
        : 'Run it in an aprotic solvent such as DCE, DCM or THF.';
      // Where NaBH(OAc)3 meets this solvent: the additions into it, or (a protic solvent switched
      // to while it reduces) the addition before the switch.
      const switchedAt = ctx.model.events.find((ev) => ev.type === 'solvent' && ev.solvent === s)?.index;
      const into = stabAdds.filter((ra) => ra.add.solvent === s);
      const meets = into.length ? into : stabAdds.filter((ra) => switchedAt !== undefined && ra.add.index < switchedAt).slice(-1);
      out.push({
        range: token.range,
        related: meets.map((ra) => ({ range: ra.add.stmt.range, message: `'${ra.reductant.alias}' (${ra.reductant.name}) goes into ${names} here` })),
        message: `${stab} reacts with ${names}: the hydride is consumed by the protic solvent and the reduction stalls. ${remedy}`,
        fixes: ['DCE', 'DCM', 'THF'].map((name, i) => ({
          title: `Replace the solvent with ${name}`,
          edits: [replaceSolventEdit(ctx, s, name)],
          safe: i === 0 && !other,
          preferred: i === 0,
        })),
      });
    }
    return out;
  },
});
