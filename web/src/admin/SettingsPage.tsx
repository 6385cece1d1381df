import { Alert, App, Button, Form, Input, Space, Table, Typography } from 'antd';
import { api, problemText, type Schemas } from '../api/client';
import { StatusTag, SUBTLE } from '../audit/StatusTag';
import { useLoad } from '../hooks/use-load';
import { useAdminText, type AdminKey } from './messages';

type Setting = Schemas['BureauSettingDto'];
type Changes = Schemas['BureauSettingsDto'];

/**
 * 本局设置: what the 文书 name (the reconsideration body, the courts, where fines are paid).
 * An administrator's value is used by every document issued after it (PUT /settings/bureau);
 * one never set comes from the configuration; the bureau's name is configuration only.
 */
export default function SettingsPage() {
  const t = useAdminText();
  const { message } = App.useApp();
  const settings = useLoad('settings', () => api.GET('/api/v1/settings/bureau'));
  const rows = settings.data ?? [];

  const save = async (values: Changes) => {
    const res = await api.PUT('/api/v1/settings/bureau', { body: values });
    if (res.error) return void message.error(problemText(res.error));
    void message.success(t('saved'));
    settings.reload();
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('settingsTitle')}
      </Typography.Title>
      <Typography.Paragraph style={SUBTLE}>{t('settingsHint')}</Typography.Paragraph>
      {settings.error && <Alert type="error" role="alert" message={settings.error} />}
      <Table<Setting>
        rowKey="key"
        size="small"
        pagination={false}
        loading={settings.loading}
        dataSource={rows}
        scroll={{ x: true }}
        columns={[
          { title: t('setting'), key: 'k', render: (_, s) => t(`setting_${s.key}` as AdminKey) },
          { title: t('value'), dataIndex: 'value' },
          {
            title: t('source'),
            key: 's',
            render: (_, s) =>
              s.source === 'admin' ? (
                <StatusTag tone="blue">
                  {t('setByAdmin', {
                    who: s.changedBy ?? '',
                    at: (s.changedAt ?? '').slice(0, 16).replace('T', ' '),
                  })}
                </StatusTag>
              ) : (
                <StatusTag tone="grey">
                  {t('fromConfig')} <code>{s.variable}</code>
                </StatusTag>
              ),
          },
        ]}
      />
      {rows.length > 0 && (
        <Form<Changes>
          key={rows.map((r) => r.value).join('|')}
          layout="vertical"
          style={{ maxWidth: 640 }}
          initialValues={Object.fromEntries(rows.map((r) => [r.key, r.value]))}
          onFinish={(v) => void save(v)}
        >
          {rows
            .filter((r) => r.editable)
            .map((r) => (
              <Form.Item
                key={r.key}
                name={r.key}
                label={t(`setting_${r.key}` as AdminKey)}
                rules={[{ required: true, whitespace: true, max: 200, message: t('required') }]}
              >
                <Input />
              </Form.Item>
            ))}
          <Button type="primary" htmlType="submit">
            {t('save')}
          </Button>
        </Form>
      )}
    </Space>
  );
}
