// CPU accounting from /proc. On a shared 2-core machine a throughput number is only as good as the
// quiet around it, so every load also reports what processes outside the bench took, and the CPU
// milliseconds each part (load generator, service, PostgreSQL) spent per event: a figure that
// survives a noisy neighbour far better than events/s does.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

interface Proc {
  ppid: number;
  comm: string;
  /** utime + stime + cutime + cstime (children it has waited for) */
  ticks: number;
}

function processes(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // after "(comm) ": state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
      const ticks = [11, 12, 13, 14].reduce((a, i) => a + Number(fields[i]), 0);
      out.set(Number(entry), { ppid: Number(fields[1]), comm, ticks });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

function machineTicks(): { total: number; idle: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const n = line.trim().split(/\s+/).slice(1, 9).map(Number);
  // user nice system idle iowait irq softirq steal
  return { total: n.reduce((a, b) => a + b, 0), idle: n[3] + n[4] };
}

/** Ticks of `root` and all its descendants. */
function treeTicks(procs: Map<number, Proc>, root: number): number {
  let ticks = 0;
  for (const [pid, p] of procs) {
    for (let q = pid, hops = 0; q > 1 && hops < 64; hops++) {
      if (q === root) {
        ticks += p.ticks;
        break;
      }
      q = procs.get(q)?.ppid ?? 0;
    }
  }
  return ticks;
}

interface Sample {
  total: number;
  idle: number;
  ours: number;
  service: number;
  postgres: number;
}

function sample(servicePid?: number): Sample {
  const procs = processes();
  // The embedded cluster: the postmaster is our child named postgres (its backends below it).
  const postmaster = [...procs].find(([, p]) => p.ppid === process.pid && p.comm === 'postgres');
  return {
    ...machineTicks(),
    ours: treeTicks(procs, process.pid),
    service: servicePid ? treeTicks(procs, servicePid) : 0,
    postgres: postmaster ? treeTicks(procs, postmaster[0]) : 0,
  };
}

export interface CpuShare {
  /** Busy share of all cores, in percent of the machine. */
  busyPercent: number;
  /** What processes outside the bench used, in percent of the machine (≈ 0 on a quiet one). */
  foreignPercent: number;
  /** CPU milliseconds per event, by process (service only when it runs apart). */
  msPerEvent?: { loadGenerator: number; service?: number; postgres?: number };
}

/** Starts watching; `stop(events)` gives the shares over the interval (events: all of it). */
export function watchCpu(servicePid?: number): { stop(events: number): CpuShare } {
  const benchCpu = process.cpuUsage();
  const a = sample(servicePid);
  return {
    stop(events: number) {
      const b = sample(servicePid);
      const own = process.cpuUsage(benchCpu);
      const total = b.total - a.total || 1;
      const busy = total - (b.idle - a.idle);
      const foreign = Math.max(0, busy - (b.ours - a.ours));
      const pct = (x: number) => Number(((100 * x) / total).toFixed(1));
      const per = (ticks: number) => Number(((ticks * TICK_MS) / Math.max(1, events)).toFixed(2));
      const benchMs = (own.user + own.system) / 1000;
      return {
        busyPercent: pct(busy),
        foreignPercent: pct(foreign),
        msPerEvent: {
          loadGenerator: Number((benchMs / Math.max(1, events)).toFixed(2)),
          ...(servicePid ? { service: per(b.service - a.service) } : {}),
          ...(b.postgres ? { postgres: per(b.postgres - a.postgres) } : {}),
        },
      };
    },
  };
}

export function loadAverage(): number[] {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
}
