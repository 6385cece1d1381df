// Where the service's CPU time goes: the top self-time functions of a V8 .cpuprofile, the same
// grouped by package, and the inclusive time of our own functions.
// Usage: node dist/bench/profile-summary.js <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds after the profile started: only samples inside count (skips start-up). */
export interface ProfileWindow {
  fromMs: number;
  toMs: number;
}

export interface ProfileItem {
  name: string;
  where: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  sampledMs: number;
  /** Share of samples in which the process was idle (waiting for I/O). */
  idlePercent: number;
  topSelf: ProfileItem[];
  byPackage: { name: string; ms: number; percent: number }[];
  /** Our functions (src/, workflows/) by inclusive time: the calls that cost most in total. */
  topInclusiveOwn: ProfileItem[];
}

const IDLE = new Set(['(idle)']);

/** `node_modules/@nestjs/core/x.js` → '@nestjs/core', `dist/src/…` → 'zhifa src/', … */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'V8 / native';
  if (url.startsWith('node:')) return 'node internals';
  const mod = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (mod) return mod[1];
  const own = /dist\/(src|workflows|bench|scripts)\//.exec(url);
  return own ? `zhifa ${own[1]}/` : 'other';
}

function shortWhere(url: string, line: number): string {
  if (!url) return '';
  const tail = /(?:node_modules\/|dist\/)(.*)$/.exec(url)?.[1] ?? url.replace(/^file:\/\//, '');
  return `${tail}:${line + 1}`;
}

const round = (x: number) => Number(x.toFixed(1));

function windowed(profile: CpuProfile, window?: ProfileWindow): number[] {
  if (!window) return profile.samples;
  const kept: number[] = [];
  let t = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] / 1000;
    if (t >= window.fromMs && t <= window.toMs) kept.push(id);
  });
  return kept;
}

export function summarise(profile: CpuProfile, top = 15, window?: ProfileWindow): ProfileSummary {
  const samples = windowed(profile, window);
  const allMs = (profile.endTime - profile.startTime) / 1000;
  const perSample = allMs / Math.max(1, profile.samples.length);
  const totalMs = perSample * samples.length;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map<number, number>();
  for (const id of samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const keyOf = (n: ProfileNode) => {
    const f = n.callFrame;
    return `${f.functionName || '(anonymous)'}|${shortWhere(f.url, f.lineNumber)}`;
  };
  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  let idle = 0;
  for (const [id, count] of hits) {
    const n = byId.get(id)!;
    if (IDLE.has(n.callFrame.functionName)) {
      idle += count;
      continue;
    }
    self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + count);
    const pkg = packageOf(n.callFrame.url, n.callFrame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + count);
  }
  const busy = samples.length - idle;
  // Inclusive: every sample counts once for each distinct function on its stack.
  const inclusive = new Map<string, number>();
  const children = new Set(profile.nodes.flatMap((n) => n.children ?? []));
  const walk = (n: ProfileNode, onStack: Set<string>): number => {
    let total = IDLE.has(n.callFrame.functionName) ? 0 : (hits.get(n.id) ?? 0);
    const key = keyOf(n);
    const fresh = !onStack.has(key);
    if (fresh) onStack.add(key);
    for (const c of n.children ?? []) total += walk(byId.get(c)!, onStack);
    if (fresh) {
      onStack.delete(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + total);
    }
    return total;
  };
  for (const n of profile.nodes) if (!children.has(n.id)) walk(n, new Set());
  const item = ([key, count]: [string, number]): ProfileItem => {
    const [name, where] = key.split('|');
    return { name, where, ms: round(count * perSample), percent: round((100 * count) / busy) };
  };
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  const own = sorted(inclusive).filter(([k]) => /^[^|]*\|(src|workflows)\//.test(k));
  return {
    sampledMs: round(totalMs),
    idlePercent: round((100 * idle) / Math.max(1, samples.length)),
    topSelf: sorted(self).slice(0, top).map(item),
    byPackage: sorted(packages)
      .slice(0, top)
      .map(([name, count]) => ({
        name,
        ms: round(count * perSample),
        percent: round((100 * count) / busy),
      })),
    topInclusiveOwn: own.slice(0, top).map(item),
  };
}

export function printSummary(s: ProfileSummary): void {
  const line = (i: ProfileItem) =>
    `  ${i.percent.toFixed(1).padStart(5)} %  ${i.name}  ${i.where ? `(${i.where})` : ''}`;
  console.log(`sampled ${s.sampledMs} ms, idle ${s.idlePercent} %; shares of busy time:`);
  console.log('top self time:');
  s.topSelf.forEach((i) => console.log(line(i)));
  console.log('self time by package:');
  s.byPackage.forEach((p) => console.log(`  ${p.percent.toFixed(1).padStart(5)} %  ${p.name}`));
  console.log('our functions, inclusive:');
  s.topInclusiveOwn.forEach((i) => console.log(line(i)));
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/bench/profile-summary.js <file.cpuprofile> [top]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  printSummary(summarise(profile, top ? Number(top) : 15));
}
