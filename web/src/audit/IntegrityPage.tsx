import { Alert, Button, Card, Progress, Result, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemText } from '../api/client';
import { CheckpointsCard } from './CheckpointsCard';
import { useAuditText } from './messages';
import { SUBTLE } from './StatusTag';
import { runScan, type ScanEvent, type ScanProblem } from './scan';

type Summary = Extract<ScanEvent, { type: 'summary' }>;
type Breach = Extract<ScanEvent, { type: 'breaches' }>;

/** 全库完整性校验: every case and the latest checkpoint, with progress as the scan goes. */
export default function IntegrityPage() {
  const t = useAuditText();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [problems, setProblems] = useState<ScanProblem[]>([]);
  const [breaches, setBreaches] = useState<Breach[]>([]);
  const [summary, setSummary] = useState<Summary>();
  const [error, setError] = useState<string>();

  const start = () => {
    setRunning(true);
    setProgress(undefined);
    setProblems([]);
    setBreaches([]);
    setSummary(undefined);
    setError(undefined);
    runScan((e) => {
      if (e.type === 'progress') setProgress({ done: e.done, total: e.total });
      else if (e.type === 'problem') setProblems((p) => [...p, e.problem]);
      else if (e.type === 'breaches') setBreaches((b) => [...b, e]);
      else setSummary(e);
    })
      .catch((e: Error) => setError(problemText(e.message)))
      .finally(() => setRunning(false));
  };
  const percent = progress?.total ? Math.round((100 * progress.done) / progress.total) : 0;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('integrityTitle')}
      </Typography.Title>
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button type="primary" onClick={start} loading={running}>
            {running ? t('scanning') : t('runScan')}
          </Button>
          {(running || progress) && (
            <div aria-live="polite">
              <Progress percent={summary ? 100 : percent} aria-label={t('integrityTitle')} />
              {progress && t('progress', progress)}
            </div>
          )}
          {error && <Alert type="error" role="alert" message={error} />}
          {summary && (
            <Result
              status={summary.valid ? 'success' : 'error'}
              title={summary.valid ? t('scanValid') : t('scanInvalid')}
              subTitle={
                <span style={SUBTLE}>
                  {t('scanDone', {
                    cases: summary.cases,
                    entries: summary.entries,
                    problems: summary.problems,
                  })}
                </span>
              }
            />
          )}
        </Space>
      </Card>
      {problems.length > 0 && (
        <section aria-label={t('problems')}>
          <Table<ScanProblem>
            rowKey={(p, i) => `${p.caseId}:${p.seq}:${i}`}
            size="small"
            pagination={false}
            title={() => t('problems')}
            dataSource={problems}
            columns={[
              {
                title: t('caseId'),
                key: 'c',
                render: (_, p) =>
                  p.caseId ? <Link to={`/audit/cases/${p.caseId}/verify`}>{p.caseId}</Link> : '—',
              },
              { title: '#', key: 's', render: (_, p) => p.seq ?? '—' },
              { title: t('position'), key: 'p', render: (_, p) => p.position ?? '—' },
              { title: t('reason'), dataIndex: 'reason' },
            ]}
          />
        </section>
      )}
      {breaches.length > 0 && (
        <Table<Breach>
          rowKey="caseId"
          size="small"
          pagination={false}
          title={() => t('casesWithBreaches')}
          dataSource={breaches}
          columns={[
            {
              title: t('caseId'),
              key: 'c',
              render: (_, b) => <Link to={`/audit/cases/${b.caseId}/verify`}>{b.caseId}</Link>,
            },
            {
              title: t('breaches'),
              key: 'b',
              render: (_, b) => b.breaches.map((x) => `${x.seq}: ${x.invariant}`).join('；'),
            },
          ]}
        />
      )}
      <CheckpointsCard />
    </Space>
  );
}
