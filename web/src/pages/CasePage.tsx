import { Alert, Card, Col, Descriptions, Row, Spin, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { ClockStatus } from '../audit/clocks';
import { useSession } from '../auth/session';
import { EvidenceUpload } from '../case/EvidenceUpload';
import { CaseDocuments } from '../case/CaseDocuments';
import { CaseLimitBar } from '../case/CaseLimitBar';
import { CaseTimeline } from '../case/CaseTimeline';
import { clockNames, eventNames as namesOfEvents, useOfficerNames } from '../case/names';
import { NextActions, type MachineEvent } from '../case/NextActions';
import type { Upload } from '../case/prefill';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';
import { stageName } from '../i18n/stages';

const OPEN = new Set(['open', 'missed', 'paused']);

/** One case: who and where it is, its time limit, its log, its clocks, what to do next. */
export default function CasePage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { state } = useSession();
  const meId = state.status === 'signedIn' ? state.me.id : undefined;
  const [uploads, setUploads] = useState<Upload[]>([]);
  const path = { params: { path: { id } } };
  const view = useLoad(`case:${id}`, () => api.GET('/api/v1/cases/{id}', path));
  const version = view.data?.version;
  const log = useLoad(`log:${id}:${version}`, () => api.GET('/api/v1/cases/{id}/log', path));
  const docs = useLoad(`docs:${id}:${version}`, () =>
    api.GET('/api/v1/cases/{id}/documents', {
      params: { path: { id }, query: { pageSize: '100' } },
    }),
  );
  const machine = useLoad('machine', () => api.GET('/api/v1/workflows/penalty-case'));
  const events = useMemo(
    () => new Map((machine.data?.events ?? []).map((e) => [e.type, e as unknown as MachineEvent])),
    [machine.data],
  );
  const eventNames = useMemo(() => namesOfEvents(machine.data, lang), [machine.data, lang]);
  const clocks = useMemo(() => clockNames(machine.data, lang), [machine.data, lang]);
  const officerName = useOfficerNames();

  if (view.error) return <Alert type="error" role="alert" message={view.error} />;
  const c = view.data;
  if (!c) return <Spin />;
  const party = c.party as { name?: string; creditCode?: string };

  return (
    <>
      <Link to="/">← {t('back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {c.caseNumber}
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2, md: 3 }}>
        <Descriptions.Item label={t('caseNumber')}>{c.caseNumber}</Descriptions.Item>
        <Descriptions.Item label={t('party')}>
          {party.name} {party.creditCode && `（${party.creditCode}）`}
        </Descriptions.Item>
        <Descriptions.Item label={t('stage')}>{stageName(c.stage, lang)}</Descriptions.Item>
      </Descriptions>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          {c.caseLimit && (
            <Card title={t('caseLimit')} size="small" style={{ marginBottom: 16 }}>
              <CaseLimitBar limit={c.caseLimit} />
            </Card>
          )}
          <Card title={t('nextActions')} size="small" style={{ marginBottom: 16 }}>
            <NextActions view={c} events={events} onDone={view.reload} uploads={uploads} />
          </Card>
          {meId && c.handlerIds.includes(meId) && (
            <Card title={t('upload')} size="small" style={{ marginBottom: 16 }}>
              <EvidenceUpload caseId={c.id} onUploaded={(u) => setUploads((us) => [...us, u])} />
            </Card>
          )}
          <Card title={t('clocks')} size="small">
            <Table
              rowKey="clock"
              size="small"
              pagination={false}
              dataSource={c.deadlines.filter((d) => OPEN.has(d.status))}
              columns={[
                {
                  title: t('nextDeadline'),
                  key: 'c',
                  render: (_, d) => `${clocks.get(d.clock) ?? d.clock}（${d.citation}）`,
                },
                { title: t('dueOn'), dataIndex: 'dueOn' },
                {
                  title: t('status'),
                  key: 's',
                  render: (_, d) => <ClockStatus status={d.status} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('timeline')} size="small" style={{ marginBottom: 16 }}>
            {log.error && <Alert type="warning" message={log.error} />}
            <CaseTimeline
              entries={log.data ?? []}
              eventNames={eventNames}
              officerName={officerName}
              documents={docs.data?.items ?? []}
            />
          </Card>
          <Card title={t('documents')} size="small">
            <CaseDocuments documents={docs.data?.items ?? []} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
