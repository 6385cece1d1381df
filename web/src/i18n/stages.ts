// Stage names for the screens (the same words as the public procedure page, 事前公开).
const ZH: Readonly<Record<string, string>> = {
  clueVerification: '线索核查',
  notFiled: '不予立案',
  transferred: '移送',
  investigation: '调查取证',
  caseReview: '审核',
  legalReview: '法制审核',
  proposalApproval: '负责人审批',
  notification: '告知',
  hearing: '听证',
  collectiveDiscussion: '集体讨论',
  decision: '作出决定',
  enforcement: '送达、执行与公示',
  suspended: '中止调查',
  terminated: '终止调查',
  closed: '结案',
  archived: '归档',
  summary: '简易程序',
};

const EN: Readonly<Record<string, string>> = {
  clueVerification: 'Clue verification',
  notFiled: 'Not filed',
  transferred: 'Transferred',
  investigation: 'Investigation',
  caseReview: 'Case review',
  legalReview: 'Legal review',
  proposalApproval: 'Approval',
  notification: 'Notification',
  hearing: 'Hearing',
  collectiveDiscussion: 'Collective discussion',
  decision: 'Decision',
  enforcement: 'Enforcement',
  suspended: 'Suspended',
  terminated: 'Terminated',
  closed: 'Closed',
  archived: 'Archived',
  summary: 'Summary procedure',
};

export function stageName(stage: string, lang: 'zh' | 'en'): string {
  return (lang === 'zh' ? ZH : EN)[stage] ?? stage;
}
