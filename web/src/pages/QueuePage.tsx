import { Alert, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/client';
import { DeadlineLight } from '../components/DeadlineLight';
import { useLoad } from '../hooks/use-load';
import { eventNames } from '../case/names';
import { useI18n } from '../i18n/i18n';
import { stageName } from '../i18n/stages';
import { inReviewQueue, REVIEW_EVENTS } from '../review/review-reasons';

type DeskItem = Schemas['DeskItemDto'];

/**
 * A work queue over the desk (GET /me/desk: cases where the caller may act now, most urgent
 * first): the legal reviewer's reviews, or the approver's approvals (the acts the machine gives
 * the approver role). The service decides who may act; a reviewer's own cases never offer a
 * review (G09), so they are not in the queue.
 */
export default function QueuePage({ kind }: { kind: 'reviews' | 'approvals' }) {
  const { t, lang } = useI18n();
  const desk = useLoad('desk', () =>
    api.GET('/api/v1/me/desk', { params: { query: { pageSize: '100' } } }),
  );
  const machine = useLoad('machine', () => api.GET('/api/v1/workflows/penalty-case'));
  const names = useMemo(() => eventNames(machine.data, lang), [machine.data, lang]);
  const approverEvents = useMemo(
    () =>
      new Set(
        (machine.data?.events ?? []).filter((e) => e.roles.includes('approver')).map((e) => e.type),
      ),
    [machine.data],
  );
  const wanted = (type: string) =>
    kind === 'reviews' ? REVIEW_EVENTS.includes(type) : approverEvents.has(type);
  const items = (desk.data?.items ?? []).filter((i) =>
    kind === 'reviews' ? inReviewQueue(i) : i.allowedEvents.some(wanted),
  );
  const title = kind === 'reviews' ? t('reviewQueue') : t('approvals');

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {title}
      </Typography.Title>
      {desk.error && <Alert type="error" role="alert" message={desk.error} />}
      <Table<DeskItem>
        rowKey="caseId"
        loading={desk.loading || machine.loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: kind === 'reviews' ? t('noReviews') : t('noApprovals') }}
        columns={[
          {
            title: t('light'),
            key: 'light',
            render: (_, i) => <DeadlineLight deadline={i.nextDeadline} />,
          },
          {
            title: t('caseNumber'),
            key: 'n',
            render: (_, i) => (
              <Link to={`/${kind === 'reviews' ? 'reviews' : 'cases'}/${i.caseId}`}>
                {i.caseNumber}
              </Link>
            ),
          },
          { title: t('party'), dataIndex: 'partyName' },
          { title: t('stage'), key: 's', render: (_, i) => stageName(i.stage, lang) },
          {
            title: t('waitingAction'),
            key: 'e',
            render: (_, i) =>
              i.allowedEvents
                .filter(wanted)
                .map((e) => names.get(e) ?? e)
                .join('、'),
          },
        ]}
      />
    </>
  );
}
