// 归档: the whole-process record is complete (G34, APL 47).
import { blank, guard } from './guard-kit';
import type { GuardInput, Guard, Messages } from './guard-kit';
import { msg } from '../../messages/catalogue';

/** Stages the record must cover, by how the case ended. */
function coverage(f: GuardInput): Messages {
  const { ctx } = f;
  if (ctx.termination) {
    return [!ctx.filedOn && msg('G34.noFiling')];
  }
  if (ctx.procedure === 'summary') {
    return [!ctx.decision && msg('G34.noDecision'), !ctx.service && msg('G34.noService')];
  }
  const transfer = ctx.decision?.outcome === 'transfer_judiciary';
  return [
    !ctx.filedOn && msg('G34.noFiling'),
    !ctx.report && msg('G34.noReport'),
    ctx.reviews.length === 0 && msg('G34.noReview'),
    !ctx.decision && msg('G34.noDecision'),
    !transfer && !ctx.service && msg('G34.noService'),
    !transfer && !ctx.settledOn && !ctx.court?.outcome && msg('G34.noExecution'),
  ];
}

/** APL 47 and the 全过程记录 rules: mandatory audio-visual records. */
function audioVisual(f: GuardInput): Messages {
  const { ctx } = f;
  const service = ctx.service;
  const needsRecording =
    service?.method === 'left_at_address' || service?.method === 'public_notice';
  const onSpotRecorded =
    ctx.evidence.some((record) => record.recordType === 'audio_visual') ||
    !blank(service?.recordingSha256);
  return [
    ...ctx.seizures
      .filter((seizure) => blank(seizure.recordingSha256))
      .map((seizure) => msg('G34.seizureNoRecording', { on: seizure.on })),
    needsRecording &&
      blank(service?.recordingSha256) &&
      msg('G34.serviceNoRecording', { method: String(service?.method) }),
    ctx.procedure === 'summary' && !onSpotRecorded && msg('G34.onSiteNoRecording'),
  ];
}

export const G34 = guard(
  'G34',
  'APL 47',
  'the whole-process record covers every stage, with the mandatory audio-visual records',
  (f) => [...coverage(f), ...audioVisual(f)],
);

export const ARCHIVE_GUARDS: readonly Guard[] = [G34];
