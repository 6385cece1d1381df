import { Injectable } from '@nestjs/common';
import { type Accepted, type EventEnvelope, CURRENT, earlierThan, msg } from '../../workflows';
import type { CalendarPin } from '../ledger/log-entry';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { AppConfig } from '../config/app-config';
import type { CaseRecord } from '../ledger/case.repository';
import { hashEntry } from '../ledger/entry-hash';
import { GENESIS_HASH, type DocumentRef, type LogEntry } from '../ledger/log-entry';
import {
  businessDateOf,
  businessInstant,
  isBareDate,
  toInstant,
} from '../common/clock/business-time';

/** Builds and hashes log entries, and judges the business time an event claims. */
@Injectable()
export class EntrySealer {
  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** A date of the past (e.g. when a violation ended) is not after today's business date. */
  notInFuture(field: string, value: string | undefined): void {
    if (value !== undefined && value > businessDateOf(this.clock.now(), this.config.TZ_BUSINESS)) {
      throw DomainException.validation([{ field, reason: msg('date.future') }]);
    }
  }

  /**
   * EVENTS.md: occurredAt defaults to now, may not lie in the future, nor before the case's
   * previous event (the machine's own rule, earlierThan). A bare date means that business day
   * (kept after the previous event). Checked here first, to answer in business time.
   */
  occurredAt(value: string | undefined, previous: string | undefined): string {
    const now = this.clock.now();
    const tz = this.config.TZ_BUSINESS;
    if (value === undefined) {
      return new Date(Math.max(now.getTime(), Date.parse(previous ?? '1970-01-01'))).toISOString();
    }
    const instant = toInstant(value, tz);
    if (Number.isNaN(instant.getTime())) {
      throw DomainException.validation([{ field: 'occurredAt', reason: msg('date.invalid') }]);
    }
    const bare = isBareDate(value);
    if (bare ? value > businessDateOf(now, tz) : instant > now) {
      throw DomainException.validation([{ field: 'occurredAt', reason: msg('date.future') }]);
    }
    if (previous) {
      const prevDate = businessDateOf(new Date(previous), tz);
      if (earlierThan(value, previous, { timeZone: tz })) {
        throw DomainException.validation([
          {
            field: 'occurredAt',
            // Named as the officer reads it: the business date, or the instant at +08:00.
            reason: msg('date.beforePrevious', {
              previous: bare ? prevDate : businessInstant(new Date(previous), tz),
            }),
          },
        ]);
      }
      if (bare && value === prevDate && instant.toISOString() < previous) return previous;
    }
    return instant.toISOString();
  }

  seal(
    caseId: string,
    seq: number,
    previous: CaseRecord | undefined,
    envelope: EventEnvelope,
    result: Accepted,
    calendar?: CalendarPin,
    documents: DocumentRef[] = [],
  ): LogEntry {
    const unhashed = {
      caseId,
      seq,
      type: envelope.type,
      occurredAt: envelope.occurredAt,
      recordedAt: this.clock.now().toISOString(),
      actorId: envelope.actor.id,
      payload: envelope.payload,
      facts: {
        actor: envelope.actor,
        officers: envelope.officers,
        recusedOfficerIds: envelope.recusedOfficerIds,
        ...(calendar ? { calendar } : {}),
      },
      // Issue 15: the 文书 the act issued (the member is absent when it issued none).
      ...(documents.length > 0 ? { documents } : {}),
      flags: [...result.flags],
      machineVersion: previous?.machineVersion ?? CURRENT.version,
      prevHash: previous?.headHash ?? GENESIS_HASH,
    };
    return { ...unhashed, hash: hashEntry(unhashed) };
  }
}
