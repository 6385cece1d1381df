// 事前公开 (GO118; PROCEDURE.md §7.1): the procedure as the public reads it, generated from the
// machine description itself so the published workflow is the one the cases run on. Pure.
import type { MachineDescription } from '../../../workflows';

/** PROCEDURE.md §4: the stage names of the statute beside the machine's names. */
export const STAGE_NAMES: Readonly<Record<string, string>> = {
  clueVerification: '线索核查',
  notFiled: '不予立案',
  transferred: '移送',
  investigation: '调查取证',
  caseReview: '审核',
  legalReview: '法制审核',
  proposalApproval: '负责人审批',
  notification: '告知（陈述、申辩、听证权利）',
  hearing: '听证',
  collectiveDiscussion: '集体讨论',
  decision: '作出决定',
  enforcement: '送达、执行与公示',
  terminated: '终止调查',
  closed: '结案',
  archived: '归档',
  summary: '简易程序（当场处罚）',
};

export interface PublicAct {
  event: string;
  summary: string;
  /** Who acts (a role of the department, never a named officer). */
  by: readonly string[];
  /** Guards that must hold, by id (see `guards`). */
  requires: string[];
  /** The stages the act can lead to (empty: the case stays in the stage). */
  leadsTo: string[];
}

export interface PublicStage {
  id: string;
  name: string;
  final: boolean;
  acts: PublicAct[];
  next: string[];
  /** Every citation the stage's acts rest on. */
  legalBasis: string[];
}

export interface PublicProcedure {
  machine: { id: string; version: number };
  department: string;
  start: { event: string; summary: string; stage: string }[];
  stages: PublicStage[];
  guards: { id: string; summary: string; citation: string }[];
  clocks: MachineDescription['clocks'];
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];
const stageOfPath = (path: string): string => path.split('.')[0] ?? path;

/** Targets of `event` from any state of `stage`, lifted to stages, other than `stage` itself. */
function targetsOf(d: MachineDescription, stage: string, event: string): string[] {
  const targets = d.states
    .filter((s) => s.stage === stage)
    .flatMap((s) => s.transitions.filter((t) => t.event === event).flatMap((t) => t.targets));
  return unique(targets.map(stageOfPath)).filter((t) => t !== stage);
}

/** 'APL 45, 62, 64; PR' → 'APL 45', 'APL 62', 'APL 64', 'PR'. */
function articles(citation: string): string[] {
  return citation.split(/;\s*/).flatMap((part) => {
    const m = /^(\S+)\s+(.+)$/.exec(part.trim());
    if (!m) return part.trim() ? [part.trim()] : [];
    const [, law, rest] = m;
    return rest
      .split(/,\s*/)
      .map((article) => (/^\d/.test(article) ? `${law} ${article}` : article));
  });
}

function citations(d: MachineDescription, guardIds: string[]): string[] {
  const parts = d.guards
    .filter((g) => guardIds.includes(g.id))
    .flatMap((g) => articles(g.citation));
  return unique(parts).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function stageOf(d: MachineDescription, id: string): PublicStage {
  const acts: PublicAct[] = d.events
    .filter((e) => e.stages.includes(id))
    .map((e) => ({
      event: e.type,
      summary: e.summary,
      by: e.rolesByStage?.[id] ?? e.roles,
      requires: e.guards.map((g) => g.id),
      leadsTo: targetsOf(d, id, e.type),
    }));
  const final = d.states.some((s) => s.path === id && s.type === 'final');
  return {
    id,
    name: STAGE_NAMES[id] ?? id,
    final,
    acts,
    next: unique(acts.flatMap((a) => a.leadsTo)),
    legalBasis: citations(d, unique(acts.flatMap((a) => a.requires))),
  };
}

export function publicProcedure(d: MachineDescription, department: string): PublicProcedure {
  const opening = d.states.find((s) => s.path === 'opening');
  const firstStages = opening?.transitions.flatMap((t) => t.targets.map(stageOfPath)) ?? [];
  const start = d.events
    .filter((e) => e.stages.includes('(start)'))
    .map((e) => ({
      event: e.type,
      summary: e.summary,
      // REGISTER_CLUE opens the ordinary procedure, OPEN_SUMMARY_CASE the summary one.
      stage:
        e.type === 'OPEN_SUMMARY_CASE'
          ? 'summary'
          : (firstStages.find((s) => s !== 'summary') ?? ''),
    }));
  return {
    machine: { id: d.id, version: d.version },
    department,
    start,
    stages: d.stages.map((id) => stageOf(d, id)),
    guards: d.guards.map(({ id, summary, citation }) => ({ id, summary, citation })),
    clocks: d.clocks,
  };
}
