import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api, problemText } from '../api/client';
import { useAdminText } from './messages';

/** PUT /officers/:id/password: the officer is signed out and changes it at the next sign-in. */
export function PasswordReset({
  officerId,
  onClose,
}: {
  officerId?: string;
  onClose: (done: boolean) => void;
}) {
  const t = useAdminText();
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<string>();
  const submit = async ({ password }: { password: string }) => {
    const res = await api.PUT('/api/v1/officers/{id}/password', {
      params: { path: { id: officerId! } },
      body: { password },
    });
    if (res.error) return setError(problemText(res.error));
    onClose(true);
  };
  return (
    <Modal
      open={officerId !== undefined}
      title={`${t('resetPassword')} ${officerId ?? ''}`}
      okText={t('save')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {error && <div role="alert">{error}</div>}
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="password"
          label={t('newPassword')}
          rules={[{ required: true, min: 12, message: t('newPassword') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
