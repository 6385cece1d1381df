import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, problemText, type Schemas } from '../api/client';
import { useLoad } from '../hooks/use-load';
import { useAdminText, type AdminKey } from './messages';
import { OfficerForm } from './OfficerForm';
import { PasswordReset } from './PasswordReset';
import { StatusTag } from '../audit/StatusTag';

type Officer = Schemas['OfficerView'];

/** Days from today (the reader's date) to a credential's last valid day. */
export function daysLeft(validUntil: string, today = new Date()): number {
  const end = Date.parse(`${validUntil}T00:00:00Z`);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((end - start) / 86_400_000);
}

/** 执法人员管理: officers, their roles, credentials (with expiry warnings), qualification. */
export default function OfficersPage() {
  const t = useAdminText();
  const { message } = App.useApp();
  const list = useLoad('officers', () => api.GET('/api/v1/officers'));
  const [editing, setEditing] = useState<Officer | 'new'>();
  const [resetting, setResetting] = useState<string>();
  const officers = list.data ?? [];
  const expiring = officers.filter(
    (o) =>
      o.active && o.enforcementCredential && daysLeft(o.enforcementCredential.validUntil) <= 30,
  );

  const setActive = async (o: Officer, active: boolean) => {
    const res = await api.PATCH('/api/v1/officers/{id}', {
      params: { path: { id: o.id } },
      body: { active },
    });
    if (res.error) void message.error(problemText(res.error));
    list.reload();
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('officersTitle')}
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('newOfficer')}
        </Button>
      </Space>
      {list.error && <Alert type="error" role="alert" message={list.error} />}
      {expiring.length > 0 && (
        <Alert type="warning" showIcon message={t('expiryWarning', { n: expiring.length })} />
      )}
      <Table<Officer>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={officers}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          { title: t('id'), dataIndex: 'id' },
          { title: t('name'), dataIndex: 'name' },
          {
            title: t('roles'),
            key: 'r',
            render: (_, o) => (
              <Space wrap size={4}>
                {o.roles.map((r) => (
                  <Tag key={r}>{t(`role_${r}` as AdminKey)}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('credential'),
            key: 'c',
            render: (_, o) => <Credential officer={o} />,
          },
          {
            title: t('legalQualification'),
            key: 'l',
            render: (_, o) =>
              o.legalQualification
                ? `${t('yes')}${o.legalReviewerSince ? `（${o.legalReviewerSince}）` : ''}`
                : t('no'),
          },
          {
            title: t('statusCol'),
            key: 'a',
            render: (_, o) =>
              o.active ? (
                <StatusTag tone="green">{t('active')}</StatusTag>
              ) : (
                <Tag>{t('inactive')}</Tag>
              ),
          },
          {
            title: t('actions'),
            key: 'x',
            render: (_, o) => (
              <Space wrap size={4}>
                <Button
                  size="small"
                  onClick={() => setEditing(o)}
                  aria-label={`${t('edit')} ${o.id}`}
                >
                  {t('edit')}
                </Button>
                <Button
                  size="small"
                  onClick={() => setResetting(o.id)}
                  aria-label={`${t('resetPassword')} ${o.id}`}
                >
                  {t('resetPassword')}
                </Button>
                {o.active ? (
                  <Popconfirm
                    title={t('confirmDeactivate')}
                    onConfirm={() => void setActive(o, false)}
                  >
                    <Button size="small" danger aria-label={`${t('deactivate')} ${o.id}`}>
                      {t('deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => void setActive(o, true)}>
                    {t('reactivate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <OfficerForm
        key={editing === 'new' ? 'new' : editing?.id}
        open={editing !== undefined}
        officer={editing === 'new' ? undefined : editing}
        onClose={(changed) => {
          setEditing(undefined);
          if (changed) {
            void message.success(t('saved'));
            list.reload();
          }
        }}
      />
      <PasswordReset
        officerId={resetting}
        onClose={(done) => {
          setResetting(undefined);
          if (done) void message.success(t('passwordSet'));
        }}
      />
    </Space>
  );
}

function Credential({ officer: o }: { officer: Officer }) {
  const t = useAdminText();
  const c = o.enforcementCredential;
  if (!c) return <>{t('noCredential')}</>;
  const n = daysLeft(c.validUntil);
  return (
    <Space wrap size={4}>
      <span>
        {c.number}（{t('validUntil')} {c.validUntil}）
      </span>
      {n < 0 && <StatusTag tone="red">{t('expired')}</StatusTag>}
      {n >= 0 && n <= 30 && <StatusTag tone="orange">{t('expiresSoon', { n })}</StatusTag>}
    </Space>
  );
}
