// Refusal messages of G01–G20 and the v2 rights checks: filing, investigation, notice, hearing,
// legal review, collective discussion and the case limit. Codes (outcomes, reasons) stay as sent.
import type { EntryRecord } from './text';
import { enList, fn, zhList } from './text';

type List = { reasons: readonly string[] };
/** Who a group of officers is, in both languages (credentialedOfficers' `what`). */
export type OfficerGroup = 'handlers' | 'present' | 'caseHandlers';
const GROUP = {
  handlers: { zh: '办案人员', en: 'handlers' },
  present: { zh: '在场执法人员', en: 'officers present' },
  caseHandlers: {
    zh: '本案办案人员（未列明 officersPresent）',
    en: 'handlers of the case (no officersPresent named)',
  },
} as const;
/** The subject of a content check: the decision or the collective resolution. */
export type Subject = 'decision' | 'resolution';
const SUBJECT = {
  decision: { zh: '处罚决定', en: 'the decision' },
  resolution: { zh: '集体讨论决定', en: 'the resolution' },
} as const;

export const BEFORE_DECISION_MESSAGES = {
  'officers.tooFew': fn<{ what: OfficerGroup; min: number; got: number }>(
    (p) => `${GROUP[p.what].zh}：至少需要${p.min}名，实际${p.got}名`,
    (p) => `${GROUP[p.what].en}: at least ${p.min} officers required, got ${p.got}`,
  ),
  'officers.noCredential': fn<{ what: OfficerGroup; id: string; on: string }>(
    (p) => `${GROUP[p.what].zh}：执法人员 ${p.id} 在${p.on}没有有效的执法证件`,
    (p) => `${GROUP[p.what].en}: officer ${p.id} holds no enforcement credential valid on ${p.on}`,
  ),
  'reason.required': { zh: '须说明理由', en: 'a reason is required' },
  'reasons.required': { zh: '须说明理由', en: 'reasons are required' },
  'G01.conditions': fn<{ missing: readonly string[] }>(
    (p) => `立案条件不满足：${zhList(p.missing)}`,
    (p) => `filing conditions not met: ${enList(p.missing)}`,
  ),
  'G01.limitation': fn<{ due: string; endedAt: string; receivedAt: string }>(
    (p) => `追责时效已于${p.due}届满（违法行为终了于${p.endedAt}，发现于${p.receivedAt}）`,
    (p) =>
      `limitation expired on ${p.due} (violation ended ${p.endedAt}, discovered ${p.receivedAt})`,
  ),
  'G04.notHandler': fn<{ id: string }>(
    (p) => `执法人员 ${p.id} 不是本案办案人员：请先变更办案人员（REPLACE_HANDLERS）`,
    (p) => `officer ${p.id} is not a handler of this case: REPLACE_HANDLERS first`,
  ),
  'G06.recused': fn<{ id: string }>(
    (p) => `执法人员 ${p.id} 已回避本案`,
    (p) => `officer ${p.id} is recused from this case`,
  ),
  'G07.ground': { zh: '须说明依据', en: 'a ground is required' },
  'G08.noFacts': { zh: '调查终结报告未载明案件事实', en: 'the report states no facts' },
  'G08.noEvidence': { zh: '调查终结报告未概述证据', en: 'the report summarises no evidence' },
  'G08.noLegalBasis': { zh: '处理意见未载明法律依据', en: 'the proposal names no legal basis' },
  'G08.noPenalty': {
    zh: '给予行政处罚的处理意见未列明处罚',
    en: 'a penalty proposal names no penalty',
  },
  'G08.penaltiesListed': fn<{ outcome: string }>(
    (p) => `结论为 ${p.outcome} 的处理意见不得列有处罚`,
    (p) => `a ${p.outcome} proposal lists penalties`,
  ),
  'G11.notReviewed': {
    zh: '当前处理意见尚未通过审核',
    en: 'the current proposal has not passed review',
  },
  'legalReview.required': fn<List & { afterHearing: boolean }>(
    (p) =>
      `须经法制审核（${zhList(p.reasons)}），当前处理意见${p.afterHearing ? '在听证报告之后' : ''}尚未通过法制审核`,
    (p) =>
      `legal review is required (${enList(p.reasons)}) and has not passed on the current proposal` +
      (p.afterHearing ? ' after the hearing report' : ''),
  ),
  'G11.mustOffer': fn<List>(
    (p) => `告知书应当告知听证权利（${zhList(p.reasons)}）`,
    (p) => `the notice must offer a hearing (${enList(p.reasons)})`,
  ),
  'G11.mustNotOffer': {
    zh: '该处理意见不适用听证（行政处罚法第六十三条）：告知书不得告知听证权利',
    en: 'no hearing right applies to this proposal (APL 63): the notice must not offer one',
  },
  'notice.none': { zh: '尚未送达行政处罚告知书', en: 'no 告知书 has been served' },
  'notice.noneForCurrent': {
    zh: '尚未就当前处理意见送达告知书',
    en: 'no 告知书 has been served for the current proposal',
  },
  'G12.windowOpen': fn<{ end: string }>(
    (p) => `陈述、申辩和要求听证的5个工作日期限至${p.end}届满，且没有书面放弃`,
    (p) =>
      `the 5-WD window for statements and a hearing request ends on ${p.end}; no waiver on file`,
  ),
  'G12.unreviewedCount': fn<{ count: number }>(
    (p) => `${p.count}份陈述、申辩尚未复核`,
    (p) => `${p.count} statement(s) not yet reviewed`,
  ),
  'G12.hearingPending': { zh: '听证申请尚待处理', en: 'a hearing request is pending' },
  'G12.statementUnreviewed': fn<{ receivedOn: string }>(
    (p) => `${p.receivedOn}收到的陈述、申辩尚未复核`,
    (p) => `the statement received on ${p.receivedOn} is not reviewed yet (复核)`,
  ),
  'G13.heavier': fn<{ servedOn: string }>(
    (p) => `重于${p.servedOn}告知的处罚：请修改处理意见并重新送达告知书`,
    (p) =>
      `heavier than the penalty notified on ${p.servedOn}: revise the proposal and serve a new notice`,
  ),
  'G14.noHearingOffered': {
    zh: '告知书未告知听证权利：该处罚不属于听证范围',
    en: 'the notice offered no hearing: the penalty is not in the hearing scope',
  },
  'G14.late': fn<{ end: string }>(
    (p) => `已逾期：期限已于${p.end}届满`,
    (p) => `late: the window ended on ${p.end}`,
  ),
  'G14.waived': { zh: '当事人已书面放弃权利', en: 'the party waived its rights in writing' },
  'G15.noPresiding': {
    zh: '尚无听证主持人：请先受理听证申请',
    en: 'no presiding officer: accept the request first',
  },
  'G15.presidingIsHandler': fn<{ id: string }>(
    (p) => `听证主持人 ${p.id} 是本案办案人员`,
    (p) => `presiding officer ${p.id} is a handler of the case`,
  ),
  'G15.presidingNotHearingOfficer': fn<{ id: string }>(
    (p) => `听证主持人 ${p.id} 不具有听证主持人（hearing_officer）角色`,
    (p) => `presiding officer ${p.id} does not hold the hearing_officer role`,
  ),
  'G15.noticeShort': fn<{ servedOn: string; hearingOn: string; serveBy: string }>(
    (p) =>
      `听证通知于${p.servedOn}送达，距${p.hearingOn}举行听证不足7个工作日（应于${p.serveBy}前送达）`,
    (p) =>
      `the hearing notice served ${p.servedOn} is less than 7 WD before the hearing on ${p.hearingOn} (serve by ${p.serveBy})`,
  ),
  'G18.collectiveTooFew': fn<{ min: number; got: number }>(
    (p) => `至少须有${p.min}名负责人参加，实际${p.got}名`,
    (p) => `at least ${p.min} approvers must attend, got ${p.got}`,
  ),
  'G19.notApprover': fn<{ id: string }>(
    (p) => `参加人 ${p.id} 不是负责人（approver）`,
    (p) => `attendee ${p.id} is not an approver`,
  ),
  'G19.required': fn<List>(
    (p) => `须经集体讨论（${zhList(p.reasons)}），当前处理意见尚无集体讨论记录`,
    (p) =>
      `collective discussion is required (${enList(p.reasons)}) and none is recorded for the current proposal`,
  ),
  'G20.nameDays': {
    zh: '请写明延长天数或集体讨论决定',
    en: 'name the days of extension or a collective resolution',
  },
  'G20.firstMax30': { zh: '首次延长不得超过30日', en: 'the first extension is at most 30 days' },
  'G20.furtherNeedsResolution': {
    zh: '再次延长须经集体讨论决定，并写明截止日期',
    en: 'a further extension needs a collective-discussion resolution naming an end date',
  },
  'G20.resolutionEnd': fn<{ due: string }>(
    (p) => `集体讨论决定的截止日期须晚于当前期限${p.due}`,
    (p) => `the resolution must end after the current limit ${p.due}`,
  ),
  'G20.limitEnded': fn<{ due: string }>(
    (p) => `办案期限已于${p.due}届满；请先经集体讨论决定延长`,
    (p) => `the case limit ended on ${p.due}; extend it by collective resolution first`,
  ),
  'rights.contradiction': fn<{ what: Subject; outcome: string; count: number }>(
    (p) =>
      `${SUBJECT[p.what].zh}：结论 ${p.outcome} 与其给予的${p.count}项处罚相矛盾；结论应为 penalty（行政处罚法第五十七条第一款）`,
    (p) =>
      `${SUBJECT[p.what].en}: outcome ${p.outcome} contradicts the ${p.count} penalty(ies) it imposes; use outcome penalty (APL 57 ¶1)`,
  ),
  'rights.noPenaltyNamed': fn<{ what: Subject }>(
    (p) => `${SUBJECT[p.what].zh}：结论为 penalty 却未列明处罚（行政处罚法第五十九条第一款第三项）`,
    (p) => `${SUBJECT[p.what].en}: outcome penalty names no penalty (APL 59(3))`,
  ),
  'rights.noNotice': fn<{ what: Subject }>(
    (p) => `${SUBJECT[p.what].zh}给予的处罚未经告知书告知（行政处罚法第四十四条、第六十二条）`,
    (p) => `${SUBJECT[p.what].en} imposes penalties no 告知书 has named (APL 44, 62)`,
  ),
  'rights.beyondNotice': fn<{ what: Subject; servedOn: string }>(
    (p) =>
      `${SUBJECT[p.what].zh}给予的处罚超出${p.servedOn}告知的处罚（新增种类、金额更大、期限更长或未载明金额）：请修改处理意见并重新送达告知书（行政处罚法第四十四条、第六十二条）`,
    (p) =>
      `${SUBJECT[p.what].en} imposes more than the penalties notified on ${p.servedOn} (a new kind, a larger amount, a longer duration or a value left unstated): revise the proposal and serve a new notice (APL 44, 62)`,
  ),
  'rights.departs': fn<{ outcome: string; count: number }>(
    (p) =>
      `处罚决定与集体讨论决定（${p.outcome}，${p.count}项处罚）不一致（行政处罚法第五十七条第二款）`,
    (p) =>
      `the decision departs from the collective resolution (${p.outcome}, ${p.count} penalty(ies)) (APL 57 ¶2)`,
  ),
  'rights.withdrawAdoptionReason': {
    zh: '撤回采纳须说明理由（行政处罚法第四十五条）',
    en: 'state the reasons for withdrawing the adoption (APL 45)',
  },
  'rights.adoptionPending': fn<{ on: string; adopted: string }>(
    (p) =>
      `${p.on}的复核认为当事人的申辩成立（采纳：${p.adopted}）：请修改处理意见（REVISE_PROPOSAL）或说明理由撤回采纳（WITHDRAW_ADOPTION）（行政处罚法第四十五条：成立的，应当采纳）`,
    (p) =>
      `the review of ${p.on} accepted the party's defence (adopted: ${p.adopted}): revise the proposal (REVISE_PROPOSAL) or withdraw the adoption with reasons (WITHDRAW_ADOPTION) (APL 45: 成立的，应当采纳)`,
  ),
  'rights.nameGround': {
    zh: '请说明不予听证的理由（late、out_of_scope 或 withdrawn）：在期限内提出且属于听证范围的申请应当组织听证（行政处罚法第六十三条）',
    en: 'name the ground (late, out_of_scope or withdrawn): a timely request in scope must be heard (APL 63)',
  },
  'rights.requestInTime': fn<{ actOn: string; end: string }>(
    (p) => `${p.actOn}提出的申请在${p.end}届满的期限内（行政处罚法第六十四条第一项）`,
    (p) => `the request of ${p.actOn} was within the window ending ${p.end} (APL 64(1))`,
  ),
  'rights.inScope': fn<List>(
    (p) => `告知的处罚属于听证范围（${zhList(p.reasons)}）（行政处罚法第六十三条）`,
    (p) => `the notified penalties are in the hearing scope (${enList(p.reasons)}) (APL 63)`,
  ),
  'rights.notPresiding': fn<{ presiding: string; actor: string }>(
    (p) =>
      `听证应由指定的主持人 ${p.presiding} 主持，而非 ${p.actor}（行政处罚法第六十四条第四项）`,
    (p) =>
      `the hearing is presided over by the designated officer ${p.presiding}, not ${p.actor} (APL 64(4))`,
  ),
  'rights.heldEarly': fn<{ hearingOn: string }>(
    (p) => `听证通知的日期为${p.hearingOn}：不得提前举行（行政处罚法第六十四条第二项）`,
    (p) => `the hearing was notified for ${p.hearingOn}: it cannot be held before (APL 64(2))`,
  ),
  'rights.heldLate': fn<{ hearingOn: string; on: string }>(
    (p) =>
      `听证通知的日期为${p.hearingOn}：如需在${p.on}举行，应重新安排并另行通知（行政处罚法第六十四条第二项）`,
    (p) =>
      `the hearing was notified for ${p.hearingOn}: to hold it on ${p.on}, schedule it again with a new notice (APL 64(2))`,
  ),
  'rights.noticeShort': fn<{ servedOn: string; on: string }>(
    (p) =>
      `听证通知于${p.servedOn}送达，距${p.on}不足7个工作日（行政处罚法第六十四条第二项、第八十五条）`,
    (p) =>
      `the hearing notice served ${p.servedOn} is less than 7 WD before ${p.on} (APL 64(2), 85)`,
  ),
  'rights.extensionLate': fn<{ due: string }>(
    (p) => `办案期限已于${p.due}届满：延长应在届满前批准（行政处罚法第六十条）`,
    (p) => `the case limit ran out on ${p.due}: an extension must be approved before then (APL 60)`,
  ),
} satisfies EntryRecord;
