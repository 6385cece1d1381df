import { Alert, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type CaseView } from '../api/client';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';
import { stageName } from '../i18n/stages';
import { useAuditText } from './messages';
import { SUBTLE } from './StatusTag';

/** 执法监督: any case of the bureau, found by number, party or 文号, opened for audit. */
export default function AuditCasesPage() {
  const t = useAuditText();
  const { t: tw, lang } = useI18n();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const found = useLoad(`audit-cases:${q}:${page}`, () =>
    api.GET('/api/v1/cases', {
      params: { query: { ...(q ? { q } : {}), page: String(page), pageSize: '20' } },
    }),
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('auditTitle')}
      </Typography.Title>
      <Typography.Text style={SUBTLE}>{t('auditSearchHint')}</Typography.Text>
      <Input.Search
        aria-label={t('auditSearchPlaceholder')}
        placeholder={t('auditSearchPlaceholder')}
        enterButton={t('history')}
        allowClear
        onSearch={(v) => {
          setPage(1);
          setQ(v.trim());
        }}
      />
      {found.error && <Alert type="error" role="alert" message={found.error} />}
      <Table<CaseView>
        rowKey="id"
        size="small"
        loading={found.loading}
        dataSource={found.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: found.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: tw('caseNumber'),
            key: 'n',
            render: (_, c) => <Link to={`/audit/cases/${c.id}`}>{c.caseNumber}</Link>,
          },
          {
            title: tw('party'),
            key: 'p',
            render: (_, c) => String((c.party as { name?: string }).name ?? ''),
          },
          {
            title: tw('stage'),
            key: 's',
            render: (_, c) => stageName(c.stage, lang),
          },
          {
            title: t('verify'),
            key: 'v',
            render: (_, c) => <Link to={`/audit/cases/${c.id}/verify`}>{t('verify')}</Link>,
          },
        ]}
      />
    </Space>
  );
}
