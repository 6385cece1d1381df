import { Alert, Button, Card, Form, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, problemText, type Schemas } from '../api/client';
import { useLoad } from '../hooks/use-load';
import { verifyConsistency } from './merkle-check';
import { useAuditText } from './messages';
import { SUBTLE } from './StatusTag';

type Checkpoint = Schemas['CheckpointDto'];

/** The signed checkpoints with their Merkle roots, and a consistency check between two. */
export function CheckpointsCard() {
  const t = useAuditText();
  const list = useLoad('checkpoints', () => api.GET('/api/v1/public/checkpoints'));
  const [building, setBuilding] = useState(false);
  const [older, setOlder] = useState<number>();
  const [newer, setNewer] = useState<number>();
  const [outcome, setOutcome] = useState<{ ok: boolean; size: number } | { error: string }>();
  const items = list.data ?? [];
  const bySize = new Map(items.map((c) => [c.treeSize, c]));
  const options = items.map((c) => ({
    value: c.treeSize,
    label: `${c.treeSize} · ${c.issuedAt.slice(0, 16).replace('T', ' ')}`,
  }));

  const build = async () => {
    setBuilding(true);
    await api.POST('/api/v1/audit/checkpoints');
    setBuilding(false);
    list.reload();
  };
  const check = async () => {
    const a = bySize.get(older!);
    const b = bySize.get(newer!);
    if (!a || !b) return;
    setOutcome(undefined);
    const res = await api.GET('/api/v1/public/checkpoints/consistency', {
      params: { query: { first: String(a.treeSize), second: String(b.treeSize) } },
    });
    if (res.error || !res.data) return setOutcome({ error: problemText(res.error) });
    const ok = await verifyConsistency(
      a.treeSize,
      b.treeSize,
      res.data.proof,
      a.rootHash,
      b.rootHash,
    );
    setOutcome({ ok, size: res.data.proof.length });
  };

  return (
    <Card
      size="small"
      title={t('checkpoints')}
      role="region"
      aria-label={t('checkpoints')}
      extra={
        <Button size="small" onClick={() => void build()} loading={building}>
          {t('buildCheckpoint')}
        </Button>
      }
    >
      {list.error && <Alert type="error" message={list.error} />}
      <Table<Checkpoint>
        rowKey="treeSize"
        size="small"
        loading={list.loading}
        dataSource={items}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        locale={{ emptyText: t('noCheckpoints') }}
        scroll={{ x: true }}
        columns={[
          { title: t('treeSize'), dataIndex: 'treeSize' },
          {
            title: t('issuedAt'),
            key: 'i',
            render: (_, c) => c.issuedAt.slice(0, 19).replace('T', ' '),
          },
          {
            title: t('rootHash'),
            key: 'r',
            render: (_, c) => <code style={{ wordBreak: 'break-all' }}>{c.rootHash}</code>,
          },
          { title: t('keyId'), dataIndex: 'keyId' },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('consistency')}
      </Typography.Title>
      <Typography.Paragraph style={SUBTLE}>{t('consistencyHint')}</Typography.Paragraph>
      <Form layout="inline" onFinish={() => void check()}>
        <Form.Item label={t('older')} htmlFor="cp-older">
          <Select
            id="cp-older"
            style={{ minWidth: 220 }}
            options={options}
            value={older}
            onChange={setOlder}
          />
        </Form.Item>
        <Form.Item label={t('newer')} htmlFor="cp-newer">
          <Select
            id="cp-newer"
            style={{ minWidth: 220 }}
            options={options}
            value={newer}
            onChange={setNewer}
          />
        </Form.Item>
        <Button htmlType="submit" disabled={older === undefined || newer === undefined}>
          {t('check')}
        </Button>
      </Form>
      {outcome && (
        <Space style={{ marginTop: 12 }}>
          {'error' in outcome ? (
            <Alert type="error" role="alert" message={outcome.error} />
          ) : (
            <Alert
              role="status"
              type={outcome.ok ? 'success' : 'error'}
              message={outcome.ok ? t('consistent') : t('inconsistent')}
              description={t('proofSize', { n: outcome.size })}
            />
          )}
        </Space>
      )}
    </Card>
  );
}
