// Refusal messages of G22–G45: service, disclosure, enforcement, closing, archiving and the v2
// acts after the decision.
import type { EntryRecord } from './text';
import { fn } from './text';

const SERVICE_ZH: Readonly<Record<string, string>> = {
  left_at_address: '留置送达',
  public_notice: '公告送达',
};

export const AFTER_DECISION_MESSAGES = {
  'G22.consent': {
    zh: '电子送达须经受送达人签署同意',
    en: 'electronic service needs the party’s signed consent',
  },
  'G23.witnessesAreServers': {
    zh: '所列见证人均为送达人：需要送达人以外的见证人或录音录像',
    en: 'the only witnesses named are the serving officers: a witness other than them or an audio-visual record is needed',
  },
  'G23.noWitness': {
    zh: '留置送达需要见证人或录音录像',
    en: 'leaving the decision at the address needs witnesses or an audio-visual record',
  },
  'G24.partyFindable': {
    zh: '仅在受送达人下落不明时才可公告送达（当事人有登记地址）',
    en: 'service by public notice only when the party cannot be found (the party has an address on record)',
  },
  'G25.notPublished': fn<{ reason: string }>(
    (p) => `该决定不予公开（${p.reason}）`,
    (p) => `this decision is not published (${p.reason})`,
  ),
  'G25.exempted': { zh: '该决定已豁免公开', en: 'the decision was exempted from disclosure' },
  'G25.alreadyPublished': fn<{ channel: string }>(
    (p) => `已在 ${p.channel} 公开`,
    (p) => `already published on ${p.channel}`,
  ),
  'G26.noRevocation': {
    zh: '没有撤销或变更该决定的记录',
    en: 'no revocation or change of the decision is recorded',
  },
  'G29.planRuns': fn<{ until: string }>(
    (p) => `批准的延期或分期缴纳计划至${p.until}届满`,
    (p) => `the approved payment plan runs until ${p.until}`,
  ),
  'G29.appealPending': { zh: '复议或诉讼尚未终结', en: 'an appeal is pending' },
  'G29.periodsRun': fn<{ until: string }>(
    (p) => `申请复议或提起诉讼的期限至${p.until}届满`,
    (p) => `the 复议/诉讼 periods run until ${p.until}`,
  ),
  'G29.periodEnded': fn<{ on: string }>(
    (p) => `申请强制执行的3个月期限已于${p.on}届满`,
    (p) => `the 3-month period to apply ended on ${p.on}`,
  ),
  'G29.noReminder': fn<{ remindBy: string; payBy?: string }>(
    (p) =>
      `${p.remindBy}（10个工作日前）或之前未送达催告书${p.payBy ? `（且须在缴款期限${p.payBy}之后送达）` : ''}`,
    (p) =>
      `no 催告书 served on or before ${p.remindBy} (10 WD before)${p.payBy ? ` and after payment was due (${p.payBy})` : ''}`,
  ),
  'G29.nothingOwed': { zh: '当事人没有应缴款项', en: 'nothing is owed' },
  'G31.notOnSpot': fn<{ reason: string }>(
    (p) => `不能当场作出决定（${p.reason}）：请适用普通程序`,
    (p) => `not decidable on the spot (${p.reason}): use the ordinary procedure`,
  ),
  'G33.noDecision': { zh: '尚无处罚决定', en: 'no decision' },
  'G33.notServed': { zh: '处罚决定尚未送达', en: 'the decision has not been served' },
  'G33.notPerformed': { zh: '处罚决定尚未履行', en: 'the decision has not been performed' },
  'G33.notFiled': {
    zh: '尚未报所属行政机关备案（行政处罚法第五十二条）',
    en: 'not filed with the department (APL 52)',
  },
  'G33.servedNotPerformed': {
    zh: '处罚决定已送达，但尚未履行完毕（未缴清），也没有法院强制执行结果',
    en: 'the decision was served but is not performed (not paid in full) and has no court enforcement outcome',
  },
  'G33.performedNotServed': {
    zh: '处罚决定已履行，但尚未送达',
    en: 'the decision is performed but has not been served',
  },
  'G33.neitherServedNorPerformed': {
    zh: '处罚决定既未送达，也未履行或强制执行',
    en: 'the decision has been neither served nor performed or enforced',
  },
  'G33.disclosure': {
    zh: '信息公示尚未完成（公开、豁免或撤回）',
    en: 'disclosure is not done (publish, exempt or withdraw)',
  },
  'G34.noFiling': { zh: '没有立案记录', en: 'no filing on record' },
  'G34.noReport': { zh: '没有调查终结报告记录', en: 'no investigation report on record' },
  'G34.noReview': { zh: '没有审核记录', en: 'no review on record' },
  'G34.noDecision': { zh: '没有处罚决定记录', en: 'no decision on record' },
  'G34.noService': { zh: '没有送达记录', en: 'no service on record' },
  'G34.noExecution': { zh: '没有执行记录', en: 'no execution on record' },
  'G34.seizureNoRecording': fn<{ on: string }>(
    (p) => `${p.on}的查封、扣押没有录音录像`,
    (p) => `the seizure of ${p.on} has no audio-visual record`,
  ),
  'G34.serviceNoRecording': fn<{ method: string }>(
    (p) => `${SERVICE_ZH[p.method] ?? p.method}没有录音录像`,
    (p) => `the ${p.method} service has no audio-visual record`,
  ),
  'G34.onSiteNoRecording': {
    zh: '当场执法没有录音录像',
    en: 'the on-site enforcement has no audio-visual record',
  },
  'G41.planShort': fn<{ planned: string; outstanding: string }>(
    (p) => `计划只涵盖${p.planned}元，尚欠${p.outstanding}元`,
    (p) => `the plan covers ${p.planned} yuan of ${p.outstanding} yuan outstanding`,
  ),
  'G42.heavier': {
    zh: '变更后的处罚重于原决定（不得作出对申请人更为不利的变更决定）',
    en: 'the changed penalties are heavier than the decision (不得作出对申请人更为不利的变更决定)',
  },
  'G43.onTheSpot': {
    zh: '简易程序决定应当场交付',
    en: 'a summary decision is delivered on the spot',
  },
  'G43.sameDay': fn<{ decidedOn: string }>(
    (p) => `简易程序决定应于${p.decidedOn}当场交付`,
    (p) => `a summary decision is delivered on ${p.decidedOn}`,
  ),
  'G44.noneInForce': { zh: '没有可撤销的生效决定', en: 'no decision in force to revoke' },
  'G45.notInEffect': fn<{ servedOn?: string }>(
    (p) =>
      p.servedOn
        ? `处罚决定于${p.servedOn}生效：此前不得送达催告书`
        : '处罚决定尚未送达：不得送达催告书',
    (p) =>
      `the decision ${p.servedOn ? `takes effect on ${p.servedOn}` : 'has not been served'}: no 催告书 before`,
  ),
} satisfies EntryRecord;
