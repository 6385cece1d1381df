import { Alert, Space, Table, Typography } from 'antd';
import { api } from '../api/client';
import { useLoad } from '../hooks/use-load';
import { useAdminText, type AdminKey } from './messages';

interface Setting {
  key: string;
  value: string;
  variable: string;
}

/**
 * 本局设置: what the 文书 name (the reconsideration body, the courts, where fines are paid), as
 * the service's configuration sets them. Read-only: they change with the configuration.
 */
export default function SettingsPage() {
  const t = useAdminText();
  const settings = useLoad('settings', () => api.GET('/api/v1/settings/bureau'));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('settingsTitle')}
      </Typography.Title>
      <Alert type="info" showIcon message={t('settingsReadOnly')} />
      {settings.error && <Alert type="error" role="alert" message={settings.error} />}
      <Table<Setting>
        rowKey="key"
        size="small"
        pagination={false}
        loading={settings.loading}
        dataSource={settings.data ?? []}
        columns={[
          { title: t('setting'), key: 'k', render: (_, s) => t(`setting_${s.key}` as AdminKey) },
          { title: t('value'), dataIndex: 'value' },
          { title: t('variable'), key: 'v', render: (_, s) => <code>{s.variable}</code> },
        ]}
      />
    </Space>
  );
}
