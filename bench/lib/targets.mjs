// Issue 4's targets judged on the measured figures (met / not met), and for unmet ones the arithmetic that bounds them.
import { SEEDFORGE, TARGET_SCALE, compileAndLoad, int, matchingFloor, mb, ratio, rowsPerSecond, sec, targetRatio } from './format.mjs';

/** Issue 4's targets, each { name, goal, value, status: 'met' | 'not met' | 'not measured', detail }. */
export function evaluateTargets(f) {
  const s = f.summary;
  const atScale = f.scale === TARGET_SCALE ? '' : ` (measured at scale ${f.scale}; the target is set at scale ${TARGET_SCALE})`;
  const targets = [];
  const add = (name, goal, value, ok, detail) =>
    targets.push({ name, goal, value, status: value === undefined ? 'not measured' : ok ? 'met' : 'not met', detail: value === undefined ? detail : `${detail}${atScale}` });

  // Judged on the faster of the two ways to compile and load (compile --apply, compile && apply) that were measured.
  const [best, ...others] = compileAndLoad(s);
  const dz = s['drizzle-seed'];
  const speedup = best && dz ? dz.medianMs / best.r.medianMs : undefined;
  add(
    'compile + apply ≥ 20× faster than drizzle-seed',
    '≥ 20×',
    speedup,
    speedup >= 20,
    speedup === undefined
      ? 'needs compile-apply or compile+apply, and drizzle-seed'
      : `${sec(dz.medianMs)} / ${sec(best.r.medianMs)} = ${targetRatio(speedup)} (${[best.name, ...others.map((o) => `${o.name}: ${targetRatio(dz.medianMs / o.r.medianMs)}`)].join('; ')})`,
  );

  const floor = matchingFloor(f);
  const applyRatio = s.apply && floor ? s.apply.medianMs / floor.medianMs : undefined;
  add(
    `apply within 1.3× of psql \\copy (same FK setting: ${f.applyFk === 'relaxed' ? 'off' : 'on'})`,
    '≤ 1.3×',
    applyRatio,
    applyRatio <= 1.3,
    applyRatio === undefined ? 'needs apply and the matching psql floor' : `${sec(s.apply.medianMs)} / ${sec(floor.medianMs)} = ${ratio(applyRatio)}`,
  );

  const w2 = s['compile-w2'];
  const w2Rate = w2 ? rowsPerSecond(w2) : undefined;
  const cold = s['compile-cold'];
  add(
    'compile ≥ 1M rows/s with 2 workers',
    '≥ 1,000,000 rows/s',
    w2Rate,
    w2Rate >= 1_000_000,
    w2Rate === undefined ? 'needs compile-w2' : `${int(w2Rate)} rows/s (cache warm${cold ? `; a first compile, --no-cache with default workers: ${int(rowsPerSecond(cold))} rows/s` : ''})`,
  );

  const w1 = s['compile-w1'];
  const scaling = w1 && w2 ? w1.medianMs / w2.medianMs : undefined;
  add('compile --workers 2 ≥ 1.7× faster than --workers 1', '≥ 1.7×', scaling, scaling >= 1.7, scaling === undefined ? 'needs compile-w1 and compile-w2' : `${sec(w1.medianMs)} / ${sec(w2.medianMs)} = ${ratio(scaling)}`);

  const ours = SEEDFORGE.filter((t) => s[t]);
  const peak = ours.length ? Math.max(...ours.map((t) => s[t].peakRss)) : undefined;
  const worst = ours.find((t) => s[t].peakRss === peak);
  add(`peak RSS < 200 MB at scale ${TARGET_SCALE}`, '< 200 MB', peak, peak < 200 * 1024 ** 2, peak === undefined ? 'needs a seedforge command' : `largest: ${worst} ${mb(peak)}`);

  const m = f.memory;
  const bigPeak = m ? Math.max(m.compile.peakRss, m.compileCold?.peakRss ?? 0, m.apply?.peakRss ?? 0, m.compileApply?.peakRss ?? 0) : undefined;
  const bigOk = bigPeak < 250 * 1024 ** 2;
  targets.push({
    name: 'peak RSS < 250 MB at scale 400 (9.7M rows)',
    goal: '< 250 MB',
    value: bigPeak,
    status: bigPeak === undefined ? 'not measured' : bigOk ? 'met' : 'not met',
    detail:
      bigPeak === undefined
        ? 'run with --memory-scale 400'
        : `compile ${mb(m.compile.peakRss)}${m.compileCold ? `, --no-cache ${mb(m.compileCold.peakRss)}` : ''}${m.apply ? `, apply ${mb(m.apply.peakRss)}` : ' (apply not measured)'}${m.compileApply ? `, compile --apply ${mb(m.compileApply.peakRss)}` : ''}${m.scale === 400 ? '' : ` (measured at scale ${m.scale})`}`,
  });
  return targets;
}

/** Arithmetic on the measured figures that bounds each unmet target (regenerated with the figures). */
export function diagnose(f) {
  const s = f.summary;
  const out = [];
  const unmet = new Set(f.targets.filter((t) => t.status === 'not met').map((t) => t.name));
  const has = (prefix) => [...unmet].some((n) => n.startsWith(prefix));
  const dz = s['drizzle-seed'];
  const loads = compileAndLoad(s);
  if (has('compile + apply') && dz && loads.length > 0) {
    const budget = dz.medianMs / 20;
    const took = loads.length === 1 ? `it took ${sec(loads[0].r.medianMs)} (${loads[0].name})` : loads.map((l) => `${l.name} took ${sec(l.r.medianMs)}`).join(', ');
    const parts = [`20× drizzle-seed's ${sec(dz.medianMs)} means compile + apply in **${sec(budget)}**; ${took}`];
    if (s.compile && s.apply) parts.push(`(compile alone ${sec(s.compile.medianMs)}, apply alone ${sec(s.apply.medianMs)})`);
    let text = parts.join(' ') + '.';
    if (s.psql) text += ` With FK triggers on, raw COPY alone takes ${sec(s.psql.medianMs)}, so no loader that keeps them on can beat drizzle-seed by more than ${ratio(dz.medianMs / s.psql.medianMs)}.`;
    if (s['psql-relaxed']) {
      const left = sec(Math.max(0, budget - s['psql-relaxed'].medianMs));
      const streamed = loads.some((l) => l.tool === 'compile-apply');
      text += ` With them off the floor is ${sec(s['psql-relaxed'].medianMs)}, which leaves ${left} for compile${streamed ? ` (for compile --apply, for the part of compiling that does not overlap the load)` : ''}.`;
    }
    if (s['compile-fixed']) text += ` compile's fixed cost (1 row per table) is ${sec(s['compile-fixed'].medianMs)} on its own.`;
    for (const l of loads) {
      if (l.r.cpuMs === undefined || l.r.serverCpuMs === undefined) continue;
      // The work the host's cores had to do for it: the command's CPU and the server's.
      const work = l.r.cpuMs + l.r.serverCpuMs;
      const least = work / f.machine.cores;
      text += ` ${l.name} kept the host's cores busy for ${sec(work)} (seedforge ${sec(l.r.cpuMs)} of CPU, PostgreSQL ${sec(l.r.serverCpuMs)}): on ${f.machine.cores} cores that work takes at least ${sec(least)} even with every core busy from start to end, at most ${ratio(dz.medianMs / least)} drizzle-seed; 20× needs it to fit in ${(100 * work / (budget * f.machine.cores)).toFixed(0)}% of the cores' time in the budget.`;
    }
    out.push(`- **compile + apply vs drizzle-seed.** ${text}`);
  }
  const w1 = s['compile-w1'];
  const w2 = s['compile-w2'];
  const fixed = s['compile-fixed'];
  if (has('compile ≥ 1M') && w2) {
    const budget = w2.rows / 1000;
    let text = `1M rows/s on ${int(w2.rows)} rows means the whole command in **${sec(budget)}**; --workers 2 took ${sec(w2.medianMs)}.`;
    if (fixed) {
      const volume = w2.medianMs - fixed.medianMs;
      text += ` The fixed cost (1 row per table) is ${sec(fixed.medianMs)}${fixed.medianMs >= budget ? ', more than the whole budget' : ''}; the volume part (${sec(Math.max(0, volume))}) runs at ${volume > 0 ? int((w2.rows * 1000) / volume) : '–'} rows/s.`;
    }
    if (w2.cpuMs !== undefined) text += ` The command used ${sec(w2.cpuMs)} of CPU (user+sys) in ${sec(w2.medianMs)}: ${(w2.cpuMs / w2.medianMs).toFixed(2)} cores busy on average; on ${f.machine.cores} cores that work takes at least ${sec(w2.cpuMs / f.machine.cores)} (${int((w2.rows * 1000 * f.machine.cores) / w2.cpuMs)} rows/s).`;
    out.push(`- **compile throughput.** ${text}`);
  }
  if (has('compile --workers 2') && w1 && w2) {
    let text = `Measured ${ratio(w1.medianMs / w2.medianMs)}.`;
    if (fixed) {
      const serial = Math.min(fixed.medianMs, w1.medianMs);
      const best = w1.medianMs / (serial + (w1.medianMs - serial) / 2);
      text += ` If only the volume part parallelised, the fixed ${sec(serial)} of the ${sec(w1.medianMs)} single-worker run (${((100 * serial) / w1.medianMs).toFixed(0)}%, serial) would cap 2 workers at ${ratio(best)} (Amdahl); 1.7× needs the serial part under ${((2 / 1.7 - 1) * 100).toFixed(1)}% of the single-worker time.`;
    }
    if (w1.cpuMs !== undefined) {
      const least = w1.cpuMs / f.machine.cores;
      const split = w1.mainThreadCpuMs !== undefined ? ` (main thread ${sec(w1.mainThreadCpuMs)}, Node's other threads ${sec(w1.otherThreadsCpuMs)}: V8's optimizing compiler and garbage collector run beside it, on the second core)` : '';
      text += ` Work bound: --workers 1 used ${sec(w1.cpuMs)} of CPU${split}. Two threads do at least that work (each also loads the project and compiles its own code: --workers 2 used ${w2.cpuMs === undefined ? '?' : sec(w2.cpuMs)}), so on ${f.machine.cores} cores --workers 2 cannot take less than ${sec(least)}, a speedup of at most ${ratio(w1.medianMs / least)} over ${sec(w1.medianMs)}.`;
    }
    const m = f.memory;
    if (m?.compileW1) text += ` At scale ${m.scale} (${int(m.rows)} rows, one run each): --workers 1 took ${sec(m.compileW1.ms)}, the default ${sec(m.compile.ms)}: ${ratio(m.compileW1.ms / m.compile.ms)}.`;
    out.push(`- **worker scaling.** ${text}`);
  }
  if (has('peak RSS < 200') || has('peak RSS < 250')) {
    const bits = [];
    if (fixed) bits.push(`compile with 1 row per table already peaks at ${mb(fixed.peakRss)} (modules, not rows)`);
    if (s['apply-fixed']) bits.push(`apply with 1 row per table at ${mb(s['apply-fixed'].peakRss)}`);
    for (const t of ['compile-w1', 'compile-w2', 'compile', 'compile-cold', 'apply', 'compile-apply']) if (s[t]) bits.push(`${t} at scale ${f.scale}: ${mb(s[t].peakRss)}`);
    if (f.memory) bits.push(`compile at scale ${f.memory.scale}: ${mb(f.memory.compile.peakRss)}${f.memory.compileW1 ? ` (--workers 1: ${mb(f.memory.compileW1.peakRss)})` : ''}${f.memory.compileCold ? ` (--no-cache: ${mb(f.memory.compileCold.peakRss)})` : ''}${f.memory.apply ? `, apply ${mb(f.memory.apply.peakRss)}` : ''}${f.memory.compileApply ? `, compile --apply ${mb(f.memory.compileApply.peakRss)}` : ''}`);
    out.push(`- **peak RSS.** ${bits.join('; ')}.`);
  }
  return out.join('\n');
}
