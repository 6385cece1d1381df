import { Button, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RoleNav } from '../audit/RoleNav';
import { useSession, type Me } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

/** The work screens of each role (the service still decides every act). */
const WORK_LINKS: { to: string; label: MessageKey; role: string }[] = [
  { to: '/cases/new', label: 'newClue', role: 'handler' },
  { to: '/reviews', label: 'reviewQueue', role: 'legal_reviewer' },
  { to: '/approvals', label: 'approvals', role: 'approver' },
];

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
          flexWrap: 'wrap',
          gap: 8,
          height: 'auto',
          minHeight: 64,
          lineHeight: '40px',
          background: '#0f2a5c',
          padding: '8px 16px',
        }}
      >
        <nav aria-label={t('appName')} style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>
            {t('appName')}
          </Link>
          <Link to="/" style={{ color: '#fff' }}>
            {t('desk')}
          </Link>
          {WORK_LINKS.filter((l) => me.roles?.includes(l.role)).map((l) => (
            <Link key={l.to} to={l.to} style={{ color: '#fff' }}>
              {t(l.label)}
            </Link>
          ))}
        </nav>
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
