import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  state: string;
  cmdline: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so split after the last ')'.
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid: Number(ppid), state, cmdline });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Every live (not zombie) descendant of `pid`, with its command line. */
export function descendants(pid: number): Proc[] {
  const all = processes().filter((p) => p.state !== 'Z');
  const found: Proc[] = [];
  let frontier = [pid];
  while (frontier.length > 0) {
    const children = all.filter((p) => frontier.includes(p.ppid));
    found.push(...children);
    frontier = children.map((p) => p.pid);
  }
  return found;
}

/** The live processes among `pids`, plus any whose command line mentions `text`. */
export function stillRunning(pids: number[], text: string): Proc[] {
  return processes().filter(
    (p) => p.state !== 'Z' && (pids.includes(p.pid) || p.cmdline.includes(text)),
  );
}

/** Polls until `check` returns an empty list or `ms` pass; returns the last list. */
export async function waitUntilEmpty<T>(check: () => T[], ms: number): Promise<T[]> {
  const until = Date.now() + ms;
  let left = check();
  while (left.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    left = check();
  }
  return left;
}
