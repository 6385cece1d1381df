import { Progress, Space, Typography } from 'antd';
import type { Schemas } from '../api/client';
import { valueLabel } from '../forms/labels';
import { useI18n } from '../i18n/i18n';

interface Span {
  from: string;
  to?: string;
  kind: string;
  days: number;
}
interface Extension {
  on: string;
  days?: number;
  until?: string;
  collective: boolean;
}

/** 办案期限 as the server counts it: days used and left, paused spans and extensions. */
export function CaseLimitBar({ limit }: { limit: Schemas['CaseLimitDto'] }) {
  const { t, lang } = useI18n();
  const spanText = (s: Span) =>
    `${valueLabel(s.kind, lang)} ${s.from}–${s.to ?? ''}（${t('days', { n: s.days })}）`;
  const extensionText = (e: Extension) =>
    `${e.on} ${e.days !== undefined ? `+${t('days', { n: e.days })}` : ''}${e.until ? ` → ${e.until}` : ''}`;
  const total = Math.max(1, limit.daysUsed + limit.daysLeft);
  const percent = Math.min(100, Math.round((limit.daysUsed / total) * 100));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Progress
        percent={percent}
        status={limit.daysLeft < 0 ? 'exception' : limit.paused ? 'normal' : 'active'}
        aria-label={t('caseLimit')}
        format={() => `${limit.daysUsed}/${total}`}
      />
      <Typography.Text>
        {t('daysUsed', { n: limit.daysUsed })} · {t('daysLeft', { n: limit.daysLeft })} ·{' '}
        {t('dueOn')} {limit.dueOn}
        {limit.paused && ` · ${t('paused')}`}
      </Typography.Text>
      {limit.pausedSpans.length > 0 && (
        <Typography.Text type="secondary">
          {t('pausedSpans')}：
          {limit.pausedSpans.map((s) => spanText(s as unknown as Span)).join('；')}
        </Typography.Text>
      )}
      {limit.extensions.length > 0 && (
        <Typography.Text type="secondary">
          {t('extensions')}：
          {limit.extensions.map((e) => extensionText(e as unknown as Extension)).join('；')}
        </Typography.Text>
      )}
    </Space>
  );
}
