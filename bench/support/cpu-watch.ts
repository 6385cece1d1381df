// On a shared machine a number is only as good as the quiet around it: this measures how much CPU
// processes outside the bench (not this process nor its descendants) took during a phase.
import { readdirSync, readFileSync } from 'node:fs';

interface Sample {
  total: number;
  idle: number;
  ours: number;
}

function machineTicks(): { total: number; idle: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
  const n = cpu.map(Number);
  // user nice system idle iowait irq softirq steal
  const idle = n[3] + n[4];
  return { total: n.slice(0, 8).reduce((a, b) => a + b, 0), idle };
}

/** utime + stime + children's (cutime + cstime) of this process and every descendant. */
function ourTicks(): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // after "(comm) ": state ppid … utime(12) stime(13) cutime(14) cstime(15)
      const ticks = [11, 12, 13, 14].reduce((a, i) => a + Number(fields[i]), 0);
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks });
    } catch {
      // the process ended while we looked
    }
  }
  const isOurs = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (p === process.pid) return true;
      p = stats.get(p)?.ppid ?? 0;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, s] of stats) if (isOurs(pid)) ticks += s.ticks;
  return ticks;
}

function sample(): Sample {
  return { ...machineTicks(), ours: ourTicks() };
}

export interface CpuShare {
  /** Busy share of all cores, in percent of the machine. */
  busyPercent: number;
  /** What processes outside the bench used, in percent of the machine (≈ 0 on a quiet one). */
  foreignPercent: number;
}

/**
 * Starts watching; `stop()` gives the shares over the interval. Processes of ours that ended in
 * between are counted through their parents' cutime/cstime.
 */
export function watchCpu(): { stop(): CpuShare } {
  const a = sample();
  return {
    stop() {
      const b = sample();
      const total = b.total - a.total || 1;
      const busy = total - (b.idle - a.idle);
      const foreign = Math.max(0, busy - (b.ours - a.ours));
      const pct = (x: number) => Number(((100 * x) / total).toFixed(1));
      return { busyPercent: pct(busy), foreignPercent: pct(foreign) };
    },
  };
}

export function loadAverage(): number[] {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
}
