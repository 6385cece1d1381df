import { Progress, Space, Typography } from 'antd';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** 办案期限 as the server counts it: days used and left, paused spans and extensions. */
export function CaseLimitBar({ limit }: { limit: Schemas['CaseLimitDto'] }) {
  const { t } = useI18n();
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
          {t('pausedSpans')}: {limit.pausedSpans.map((s) => Object.values(s).join('–')).join('；')}
        </Typography.Text>
      )}
      {limit.extensions.length > 0 && (
        <Typography.Text type="secondary">
          {t('extensions')}: {limit.extensions.map((e) => Object.values(e).join(' ')).join('；')}
        </Typography.Text>
      )}
    </Space>
  );
}
