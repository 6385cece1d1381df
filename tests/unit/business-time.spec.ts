// The one rule for instants in answers (README "Language and time").
import { StreamableFile } from '@nestjs/common';
import { businessInstant } from '../../src/common/clock/business-time';
import { inBusinessTime } from '../../src/common/http/business-time.interceptor';

describe('instants in answers carry the business offset', () => {
  it('writes the same instant as the bureau reads it', () => {
    expect(businessInstant(new Date('2026-06-30T16:00:00.000Z'), 'Asia/Shanghai')).toBe(
      '2026-07-01T00:00:00.000+08:00',
    );
    // A zone with daylight saving time and a negative offset.
    expect(businessInstant(new Date('2026-07-01T12:30:00.000Z'), 'America/New_York')).toBe(
      '2026-07-01T08:30:00.000-04:00',
    );
  });

  it('renders stored instants and Dates, leaves dates, other text and payloads as they are', () => {
    const answer = {
      recordedAt: '2026-06-30T16:00:00.000Z',
      createdAt: new Date('2026-06-30T16:00:00.000Z'),
      dueOn: '2026-07-01',
      summary: 'at 2026-06-30T16:00:00.000Z',
      sent: '2026-07-01T00:00:00+08:00',
      entries: [{ occurredAt: '2026-06-30T16:00:00Z', payload: { at: '2026-06-30T16:00:00Z' } }],
    };
    expect(inBusinessTime(answer, 'Asia/Shanghai')).toEqual({
      recordedAt: '2026-07-01T00:00:00.000+08:00',
      createdAt: '2026-07-01T00:00:00.000+08:00',
      dueOn: '2026-07-01',
      summary: 'at 2026-06-30T16:00:00.000Z',
      sent: '2026-07-01T00:00:00+08:00',
      entries: [
        { occurredAt: '2026-07-01T00:00:00.000+08:00', payload: { at: '2026-06-30T16:00:00Z' } },
      ],
    });
    expect(answer.recordedAt).toBe('2026-06-30T16:00:00.000Z');
  });

  it('passes files and bytes through untouched (a download is not JSON)', () => {
    const file = new StreamableFile(Buffer.from('2026-06-30T16:00:00.000Z'));
    const bytes = Buffer.from('x');
    expect(inBusinessTime(file, 'Asia/Shanghai')).toBe(file);
    expect(inBusinessTime({ bytes }, 'Asia/Shanghai')).toEqual({ bytes });
    expect((inBusinessTime({ bytes }, 'Asia/Shanghai') as { bytes: unknown }).bytes).toBe(bytes);
  });
});
