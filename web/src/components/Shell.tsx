import { Button, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RoleNav } from '../audit/RoleNav';
import { useSession, type Me } from '../auth/session';
import { useI18n } from '../i18n/i18n';

/** The frame of every signed-in screen: title, who is signed in, language, sign-out. */
export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { logout } = useSession();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          background: '#0f2a5c',
          padding: '0 16px',
        }}
      >
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>
          {t('appName')}
        </Link>
        <RoleNav roles={me.roles} />
        <Space wrap>
          <Typography.Text style={{ color: '#fff' }}>{me.name ?? me.id}</Typography.Text>
          <Button size="small" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </Button>
          <Button size="small" onClick={() => void logout()}>
            {t('signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}
