import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';

interface Credentials {
  officerId: string;
  password: string;
}
interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** /login: sign-in, then (when an admin set the password) the first sign-in's password change. */
export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const { state, login, changePassword } = useSession();
  const location = useLocation();
  const [error, setError] = useState<string>();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (state.status === 'signedIn' && !state.me.mustChangePassword)
    return <Navigate to={from} replace />;
  const changing = state.status === 'signedIn';

  const run = async (act: () => Promise<void>) => {
    setError(undefined);
    await act().catch((e: Error) => setError(e.message || t('signInFailed')));
  };

  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '10vh 16px' }}>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('appName')}
        </Typography.Title>
        {error && <Alert type="error" role="alert" message={error} style={{ marginBottom: 16 }} />}
        {changing ? (
          <Form<PasswordChange>
            layout="vertical"
            aria-label={t('changePassword')}
            onFinish={(v) => void run(() => changePassword(v.currentPassword, v.newPassword))}
          >
            <Typography.Paragraph>{t('firstSignIn')}</Typography.Paragraph>
            <Form.Item
              name="currentPassword"
              label={t('currentPassword')}
              rules={[{ required: true, message: t('required') }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item
              name="newPassword"
              label={t('newPassword')}
              rules={[{ required: true, message: t('required') }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block>
              {t('changePassword')}
            </Button>
          </Form>
        ) : (
          <Form<Credentials>
            layout="vertical"
            aria-label={t('signIn')}
            onFinish={(v) => void run(() => login(v.officerId, v.password))}
          >
            <Form.Item
              name="officerId"
              label={t('officerId')}
              rules={[{ required: true, message: t('required') }]}
            >
              <Input autoComplete="username" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('password')}
              rules={[{ required: true, message: t('required') }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block>
              {t('signIn')}
            </Button>
          </Form>
        )}
        <Button
          type="link"
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          style={{ marginTop: 8 }}
        >
          {t('language')}
        </Button>
      </Card>
    </main>
  );
}
