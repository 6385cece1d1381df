import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { effectSummary } from './effect-summary';
import type { ClaimedDelivery } from './outbox-delivery.repository';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature';

/** The body a webhook receives: ids, types and dates only (see effectSummary). */
export function webhookBody(d: ClaimedDelivery): string {
  return JSON.stringify({
    id: d.eventId,
    type: d.type,
    caseId: d.caseId,
    caseNumber: d.caseNumber,
    seq: d.seq,
    recordedAt: d.recordedAt,
    data: effectSummary(d.data),
  });
}

/**
 * POSTs an effect to one receiver, signed. Anything but a 2xx within WEBHOOK_TIMEOUT_MS is a
 * failure (redirects are not followed: a receiver moves by configuration, not by a 3xx).
 * The receiver de-duplicates by `Zhifa-Event-Id` (the body's `id`): delivery is at least once.
 */
@Injectable()
export class WebhookSender {
  constructor(private readonly config: AppConfig) {}

  async send(url: string, d: ClaimedDelivery, nowUnixSeconds: number): Promise<void> {
    const body = webhookBody(d);
    const res = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'zhifa-webhooks/1',
        'zhifa-event-id': d.eventId,
        'zhifa-event-type': d.type,
        'zhifa-delivery-attempt': String(d.attempt),
        [SIGNATURE_HEADER]: signWebhook(this.config.WEBHOOK_SECRET ?? '', body, nowUnixSeconds),
      },
      body,
    });
    await res.body?.cancel();
    if (res.status < 200 || res.status > 299) throw new Error(`HTTP ${res.status}`);
  }
}
