import { Alert, Card, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, type Problem } from '../api/client';
import { Refusal } from '../case/Refusal';
import { SchemaForm } from '../forms/SchemaForm';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';

/**
 * 新建线索: the form of REGISTER_CLUE's payload schema, sent as POST /cases. The case page then
 * offers the filing (立案) to the approver.
 */
export default function NewCluePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [refusal, setRefusal] = useState<Problem>();
  const machine = useLoad('machine', () => api.GET('/api/v1/workflows/penalty-case'));
  const event = machine.data?.events.find((e) => e.type === 'REGISTER_CLUE');

  const register = async (payload: Record<string, unknown>) => {
    const { data, error } = await api.POST('/api/v1/cases', { body: payload as never });
    setRefusal(error);
    if (data) void navigate(`/cases/${data.id}`);
  };

  return (
    <>
      <Link to="/">← {t('back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('newClue')}
      </Typography.Title>
      {machine.error && <Alert type="error" role="alert" message={machine.error} />}
      <Card size="small" style={{ maxWidth: 760 }}>
        {refusal && <Refusal problem={refusal} />}
        {event ? (
          <SchemaForm
            name="REGISTER_CLUE"
            schema={event.schema}
            initialValues={{ procedure: 'ordinary' }}
            submitLabel={t('registerClue')}
            onSubmit={register}
          />
        ) : (
          <Spin />
        )}
      </Card>
    </>
  );
}
