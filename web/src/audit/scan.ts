// GET /audit/verify-all streams one JSON object per line (src/audit/integrity-scan.service.ts):
// progress, problems, breaches, then a summary. Read here as it arrives, for live progress.

export interface ScanProblem {
  caseId?: string;
  seq?: number;
  position?: number;
  reason: string;
}
export type ScanEvent =
  | { type: 'progress'; done: number; total: number }
  | { type: 'problem'; problem: ScanProblem }
  | { type: 'breaches'; caseId: string; breaches: { seq: number; invariant: string }[] }
  | {
      type: 'summary';
      valid: boolean;
      cases: number;
      entries: number;
      problems: number;
      casesWithInvariantBreaches: number;
    };

export async function runScan(onEvent: (e: ScanEvent) => void): Promise<void> {
  const res = await fetch('/api/v1/audit/verify-all', {
    credentials: 'same-origin',
    headers: { accept: 'application/x-ndjson' },
  });
  if (!res.ok || !res.body) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string; title?: string };
    throw new Error(problem.detail ?? problem.title ?? res.statusText);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    rest += value;
    const lines = rest.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as ScanEvent);
  }
  if (rest.trim()) onEvent(JSON.parse(rest) as ScanEvent);
}
