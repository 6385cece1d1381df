import { Alert, Button, Card, Col, Descriptions, Row, Slider, Space, Spin, Tag } from 'antd';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';
import { stageName } from '../i18n/stages';
import { CaseAuditHeader } from './CaseAuditHeader';
import { ChangeTable } from './ChangeTable';
import { ClockTable, OPEN_CLOCK } from './clocks';
import { useAuditText } from './messages';

type Entry = Schemas['HistoryEntryDto'];

/** The statechart's state in words: {investigation: 'suspended'} → 调查取证 › 中止调查. */
function stateText(state: unknown, lang: 'zh' | 'en'): string {
  if (typeof state === 'string') return stageName(state, lang);
  if (!state || typeof state !== 'object') return String(state);
  return Object.entries(state as Record<string, unknown>)
    .map(([k, v]) => `${stageName(k, lang)} › ${stateText(v, lang)}`)
    .join('；');
}

/**
 * 时间回溯: the case after each entry of its log, as the service replays it (GET
 * /cases/:id/history): stage, open clocks, allowed events, and what the entry changed.
 */
export default function HistoryPage() {
  const { id = '' } = useParams();
  const t = useAuditText();
  const [params, setParams] = useSearchParams();
  const history = useLoad(`history:${id}`, () =>
    api.GET('/api/v1/cases/{id}/history', { params: { path: { id } } }),
  );
  const machine = useLoad('machine', () => api.GET('/api/v1/workflows/penalty-case'));
  const names = useMemo(
    () => new Map((machine.data?.events ?? []).map((e) => [e.type, e.summary])),
    [machine.data],
  );
  const entries = history.data?.entries ?? [];
  const count = entries.length;
  const seq = Math.min(Math.max(Number(params.get('seq')) || count, 1), Math.max(count, 1));
  const go = (n: number) => setParams({ seq: String(n) }, { replace: true });
  const name = (type: string) => names.get(type) ?? type;

  if (history.error) return <Alert type="error" role="alert" message={history.error} />;
  if (!history.data) return <Spin />;
  const e: Entry | undefined = entries[seq - 1];

  return (
    <>
      <CaseAuditHeader id={id} caseNumber={history.data.caseNumber} />
      <Card size="small" title={`${t('history')} · ${t('entries', { n: count })}`}>
        <Slider
          min={1}
          max={Math.max(count, 1)}
          value={seq}
          onChange={go}
          ariaLabelForHandle={t('entryPicker')}
          marks={count <= 30 ? Object.fromEntries(entries.map((x) => [x.seq, String(x.seq)])) : {}}
          tooltip={{ formatter: (n) => (n ? name(entries[n - 1]?.type ?? '') : '') }}
        />
        <Space>
          <Button disabled={seq <= 1} onClick={() => go(seq - 1)}>
            {t('previous')}
          </Button>
          <Button disabled={seq >= count} onClick={() => go(seq + 1)}>
            {t('next')}
          </Button>
        </Space>
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={7}>
          <Card size="small" title={t('entryPicker')}>
            <ol style={{ paddingLeft: 20, margin: 0 }}>
              {entries.map((x) => (
                <li key={x.seq}>
                  <Button
                    type={x.seq === seq ? 'primary' : 'text'}
                    size="small"
                    aria-current={x.seq === seq ? 'step' : undefined}
                    onClick={() => go(x.seq)}
                    style={{ textAlign: 'left', height: 'auto', whiteSpace: 'normal' }}
                  >
                    {t('entry', { n: x.seq })} {name(x.type)}
                  </Button>
                </li>
              ))}
            </ol>
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          {e && <EntryState entry={e} name={name} />}
        </Col>
      </Row>
    </>
  );
}

function EntryState({ entry: e, name }: { entry: Entry; name: (type: string) => string }) {
  const { lang } = useI18n();
  const t = useAuditText();
  const open = e.deadlines.filter((d) => OPEN_CLOCK.has(d.status));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('entry', { n: e.seq })} data-testid="entry-state">
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('eventType')}>{name(e.type)}</Descriptions.Item>
          <Descriptions.Item label={t('occurredAt')}>
            {e.occurredAt.slice(0, 16).replace('T', ' ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('actor')}>{e.actorId}</Descriptions.Item>
          <Descriptions.Item label={t('stageAfter')}>
            <strong data-testid="stage">{stageName(e.stage, lang)}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={t('state')} span={2}>
            {stateText(e.state, lang)}
          </Descriptions.Item>
        </Descriptions>
        {e.previousStage && e.previousStage !== e.stage && (
          <Alert
            style={{ marginTop: 8 }}
            type="info"
            message={t('stageChanged', {
              from: stageName(e.previousStage, lang),
              to: stageName(e.stage, lang),
            })}
          />
        )}
        {e.invariantBreaches.length > 0 && (
          <Alert
            style={{ marginTop: 8 }}
            type="error"
            message={t('breaches')}
            description={e.invariantBreaches.map((b) => (
              <div key={b.invariant}>
                {b.invariant}（{b.article}）：{b.message}
              </div>
            ))}
          />
        )}
      </Card>
      <ClockTable deadlines={open} caption={t('openClocks')} />
      <Card size="small" title={t('waitingFor')}>
        <Space wrap>
          {e.allowedEvents.map((type) => (
            <Tag key={type} title={type}>
              {name(type)}
            </Tag>
          ))}
          {e.allowedEvents.length === 0 && t('nothingWaiting')}
        </Space>
      </Card>
      <ChangeTable changes={e.changes} />
      <Card size="small" title={t('context')}>
        <details>
          <summary>{t('context')}</summary>
          <pre style={{ maxHeight: 400, overflow: 'auto', fontSize: 12 }}>
            {JSON.stringify(e.context, null, 2)}
          </pre>
        </details>
      </Card>
    </Space>
  );
}
