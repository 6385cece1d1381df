import { Alert, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api, type CaseView, type Schemas } from '../api/client';
import { DeadlineLight } from '../components/DeadlineLight';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';
import { stageName } from '../i18n/stages';

type DeskItem = Schemas['DeskItemDto'];

/** 我的待办: the cases waiting for me, most urgent first (the server's order), and a search. */
export default function DeskPage() {
  const { t, lang } = useI18n();
  const desk = useLoad('desk', () =>
    api.GET('/api/v1/me/desk', { params: { query: { pageSize: '100' } } }),
  );
  const [q, setQ] = useState('');
  const found = useLoad(`search:${q}`, () =>
    q
      ? api.GET('/api/v1/cases', { params: { query: { q, pageSize: '20' } } })
      : Promise.resolve({ data: undefined }),
  );
  const items = useMemo(() => desk.data?.items ?? [], [desk.data]);
  const counts = useMemo(() => {
    const by = new Map<string, number>();
    for (const i of items) by.set(i.stage, (by.get(i.stage) ?? 0) + 1);
    return [...by];
  }, [items]);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('desk')}
      </Typography.Title>
      <Input.Search
        aria-label={t('search')}
        placeholder={t('searchPlaceholder')}
        enterButton={t('search')}
        allowClear
        onSearch={(v) => setQ(v.trim())}
      />
      {q && (
        <Card title={t('searchResults')} size="small">
          {found.error && <Alert type="error" message={found.error} />}
          <Table<CaseView>
            rowKey="id"
            size="small"
            loading={found.loading}
            pagination={false}
            dataSource={found.data?.items ?? []}
            columns={[
              {
                title: t('caseNumber'),
                key: 'n',
                render: (_, c) => <Link to={`/cases/${c.id}`}>{c.caseNumber}</Link>,
              },
              {
                title: t('party'),
                key: 'p',
                render: (_, c) => String((c.party as { name?: string }).name ?? ''),
              },
              { title: t('stage'), key: 's', render: (_, c) => stageName(c.stage, lang) },
            ]}
          />
        </Card>
      )}
      <Card title={t('countsByStage')} size="small">
        <Space wrap>
          {counts.map(([stage, n]) => (
            <Tag key={stage}>
              {stageName(stage, lang)} {n}
            </Tag>
          ))}
          {counts.length === 0 && !desk.loading && t('empty')}
        </Space>
      </Card>
      {desk.error && <Alert type="error" role="alert" message={desk.error} />}
      <Table<DeskItem>
        rowKey="caseId"
        loading={desk.loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            title: t('light'),
            key: 'light',
            render: (_, i) => <DeadlineLight deadline={i.nextDeadline} />,
          },
          {
            title: t('caseNumber'),
            key: 'n',
            render: (_, i) => <Link to={`/cases/${i.caseId}`}>{i.caseNumber}</Link>,
          },
          { title: t('party'), dataIndex: 'partyName' },
          { title: t('stage'), key: 's', render: (_, i) => stageName(i.stage, lang) },
          {
            title: t('nextDeadline'),
            key: 'd',
            render: (_, i) =>
              i.nextDeadline
                ? `${i.nextDeadline.dueOn}（${t('workingDaysLeft', { n: i.nextDeadline.workingDaysLeft })}）`
                : '—',
          },
        ]}
      />
    </Space>
  );
}
