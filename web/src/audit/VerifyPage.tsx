import { Alert, Button, Card, Descriptions, Result, Space, Spin, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { useLoad } from '../hooks/use-load';
import { CaseAuditHeader } from './CaseAuditHeader';
import { useAuditText } from './messages';
import { StatusTag, SUBTLE } from './StatusTag';

type Entry = Schemas['LogEntryDto'];

/**
 * 校验: every hash, the chain and the replay of one case (GET /cases/:id/verify), with the first
 * entry that no longer agrees and the entries that break a legal invariant marked in its log.
 */
export default function VerifyPage() {
  const { id = '' } = useParams();
  const t = useAuditText();
  const path = { params: { path: { id } } };
  const report = useLoad(`verify:${id}`, () => api.GET('/api/v1/cases/{id}/verify', path));
  const view = useLoad(`case:${id}`, () => api.GET('/api/v1/cases/{id}', path));
  const log = useLoad(`log:${id}`, () => api.GET('/api/v1/cases/{id}/log', path));
  const machine = useLoad('machine', () => api.GET('/api/v1/workflows/penalty-case'));
  const names = useMemo(
    () => new Map((machine.data?.events ?? []).map((e) => [e.type, e.summary])),
    [machine.data],
  );
  const r = report.data;
  const breachesBySeq = useMemo(() => {
    const by = new Map<number, string[]>();
    for (const b of r?.invariantBreaches ?? [])
      by.set(b.seq, [...(by.get(b.seq) ?? []), `${b.invariant}（${b.article}）`]);
    return by;
  }, [r]);

  return (
    <>
      <CaseAuditHeader id={id} caseNumber={view.data?.caseNumber} />
      {report.error && <Alert type="error" role="alert" message={report.error} />}
      {!r && !report.error && <Spin />}
      {r && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Result
            status={r.valid ? 'success' : 'error'}
            title={r.valid ? t('valid') : t('invalid')}
            subTitle={
              r.firstInvalidSeq !== undefined && (
                <span style={SUBTLE}>{t('firstBad', { n: r.firstInvalidSeq })}</span>
              )
            }
            extra={
              <Button onClick={report.reload} loading={report.loading}>
                {t('runVerify')}
              </Button>
            }
          />
          <Descriptions bordered size="small" column={1}>
            {r.reason && <Descriptions.Item label={t('reason')}>{r.reason}</Descriptions.Item>}
            <Descriptions.Item label={t('headHash')}>
              <code style={{ wordBreak: 'break-all' }}>{r.headHash}</code>
            </Descriptions.Item>
            {r.machineVersion !== undefined && (
              <Descriptions.Item label={t('machineVersion')}>
                {r.machineVersion} {r.machineVersionCurrent === false && t('machineOld')}
              </Descriptions.Item>
            )}
          </Descriptions>
          {(r.invariantBreaches?.length ?? 0) > 0 ? (
            <Alert
              type="warning"
              message={t('breaches')}
              description={r.invariantBreaches!.map((b, i) => (
                <div key={i}>
                  {t('entry', { n: b.seq })}：{b.invariant}（{b.article}）{b.message}
                </div>
              ))}
            />
          ) : (
            r.valid && <Alert type="success" message={t('noBreaches')} />
          )}
          <Card size="small" title={t('entries', { n: log.data?.length ?? r.entries })}>
            <Table<Entry>
              rowKey="seq"
              size="small"
              pagination={false}
              dataSource={log.data ?? []}
              onRow={(e) => ({
                style: {
                  background:
                    e.seq === r.firstInvalidSeq
                      ? '#fff1f0'
                      : breachesBySeq.has(e.seq)
                        ? '#fff7e6'
                        : undefined,
                },
              })}
              columns={[
                { title: '#', dataIndex: 'seq', width: 56 },
                {
                  title: t('eventType'),
                  key: 't',
                  render: (_, e) => names.get(e.type) ?? e.type,
                },
                {
                  title: t('occurredAt'),
                  key: 'o',
                  render: (_, e) => e.occurredAt.slice(0, 16).replace('T', ' '),
                },
                { title: t('actor'), dataIndex: 'actorId' },
                {
                  title: t('status'),
                  key: 's',
                  render: (_, e) => (
                    <Space wrap>
                      {e.seq === r.firstInvalidSeq && (
                        <StatusTag tone="red">{t('firstBad', { n: e.seq })}</StatusTag>
                      )}
                      {(breachesBySeq.get(e.seq) ?? []).map((b) => (
                        <Tag key={b} color="orange">
                          {b}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Space>
      )}
    </>
  );
}
