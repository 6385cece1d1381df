// 归档: the whole-process record is complete (G34, APL 47).
import { blank, guard } from './guard-kit';
import type { Facts, Guard } from './guard-kit';

/** Stages the record must cover, by how the case ended. */
function coverage(f: Facts): (string | false)[] {
  const { ctx } = f;
  if (ctx.termination) {
    return [!ctx.filedOn && 'no filing on record'];
  }
  if (ctx.procedure === 'summary') {
    return [!ctx.decision && 'no decision on record', !ctx.service && 'no service on record'];
  }
  const transfer = ctx.decision?.outcome === 'transfer_judiciary';
  return [
    !ctx.filedOn && 'no filing on record',
    !ctx.report && 'no investigation report on record',
    ctx.reviews.length === 0 && 'no review on record',
    !ctx.decision && 'no decision on record',
    !transfer && !ctx.service && 'no service on record',
    !transfer && !ctx.settledOn && !ctx.court?.outcome && 'no execution on record',
  ];
}

/** APL 47 and the 全过程记录 rules: mandatory audio-visual records. */
function audioVisual(f: Facts): (string | false)[] {
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
      .map((seizure) => `the seizure of ${seizure.on} has no audio-visual record`),
    needsRecording &&
      blank(service?.recordingSha256) &&
      `the ${service?.method} service has no audio-visual record`,
    ctx.procedure === 'summary' &&
      !onSpotRecorded &&
      'the on-site enforcement has no audio-visual record',
  ];
}

export const G34 = guard(
  'G34',
  'APL 47',
  'the whole-process record covers every stage, with the mandatory audio-visual records',
  (f) => [...coverage(f), ...audioVisual(f)],
);

export const ARCHIVE_GUARDS: readonly Guard[] = [G34];
