import { Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api, problemText, type Schemas } from '../api/client';
import { ROLE_KEYS, useAdminText, type AdminKey } from './messages';

type Officer = Schemas['OfficerView'];
type Role = Officer['roles'][number];

interface Values {
  id: string;
  name: string;
  roles: Role[];
  credentialNumber?: string;
  validUntil?: string;
  legalQualification?: boolean;
  legalReviewerSince?: string;
  password?: string;
}

/**
 * New officer (with the first password, POST /officers then PUT /officers/:id/password), or an
 * existing one's name, roles, credential and qualification (PATCH /officers/:id).
 */
export function OfficerForm({
  officer,
  open,
  onClose,
}: {
  officer?: Officer;
  open: boolean;
  onClose: (changed: boolean) => void;
}) {
  const t = useAdminText();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const creating = !officer;
  const required = [{ required: true, message: t('required') }];

  const submit = async (v: Values) => {
    setError(undefined);
    setBusy(true);
    const credential =
      v.credentialNumber && v.validUntil
        ? { enforcementCredential: { number: v.credentialNumber, validUntil: v.validUntil } }
        : {};
    const body = {
      name: v.name,
      roles: v.roles ?? [],
      legalQualification: Boolean(v.legalQualification),
      ...credential,
      ...(v.legalReviewerSince ? { legalReviewerSince: v.legalReviewerSince } : {}),
    };
    const saved = creating
      ? await api.POST('/api/v1/officers', { body: { id: v.id, ...body } })
      : await api.PATCH('/api/v1/officers/{id}', { params: { path: { id: officer.id } }, body });
    let failure = saved.error ? problemText(saved.error) : undefined;
    if (!failure && creating && v.password) {
      const set = await api.PUT('/api/v1/officers/{id}/password', {
        params: { path: { id: v.id } },
        body: { password: v.password },
      });
      if (set.error) failure = problemText(set.error);
    }
    setBusy(false);
    if (failure) return setError(failure);
    form.resetFields();
    onClose(true);
  };

  return (
    <Modal
      open={open}
      title={creating ? t('newOfficer') : `${t('edit')} ${officer.id}`}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {error && (
        <div role="alert" style={{ color: '#b91c1c', marginBottom: 12 }}>
          {error}
        </div>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => void submit(v)}
        initialValues={
          officer && {
            name: officer.name,
            roles: officer.roles,
            credentialNumber: officer.enforcementCredential?.number,
            validUntil: officer.enforcementCredential?.validUntil,
            legalQualification: officer.legalQualification,
            legalReviewerSince: officer.legalReviewerSince,
          }
        }
      >
        {creating && (
          <Form.Item name="id" label={t('id')} rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('name')} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="roles" label={t('roles')} rules={required}>
          <Checkbox.Group
            options={ROLE_KEYS.map((r) => ({ value: r, label: t(`role_${r}` as AdminKey) }))}
          />
        </Form.Item>
        <Form.Item name="credentialNumber" label={t('credentialNumber')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="validUntil" label={t('validUntil')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="legalQualification" valuePropName="checked">
          <Checkbox>{t('legalQualification')}</Checkbox>
        </Form.Item>
        <Form.Item name="legalReviewerSince" label={t('legalReviewerSince')}>
          <Input type="date" />
        </Form.Item>
        {creating && (
          <Form.Item name="password" label={t('initialPassword')} rules={[{ min: 12 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
