import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { adminRoutes } from './admin/routes';
import { auditRoutes } from './audit/routes';
import { useSession } from './auth/session';
import { Shell } from './components/Shell';
import { useI18n } from './i18n/i18n';
import { LoginPage } from './pages/LoginPage';

// The signed-in screens load after sign-in: the first page stays small (600 KB gzipped budget).
const DeskPage = lazy(() => import('./pages/DeskPage'));
const CasePage = lazy(() => import('./pages/CasePage'));
const NewCluePage = lazy(() => import('./pages/NewCluePage'));
const ReviewPage = lazy(() => import('./pages/ReviewPage'));
const QueuePage = lazy(() => import('./pages/QueuePage'));

/** Signed-in screens only: a visitor goes to /login (and comes back here after). */
function SignedIn({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (state.status === 'loading') return <Spin tip={t('loading')} fullscreen />;
  if (state.status === 'signedOut' || state.me.mustChangePassword) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <Shell me={state.me}>
      <Suspense fallback={<Spin />}>{children}</Suspense>
    </Shell>
  );
}

export function App() {
  const { lang } = useI18n();
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      // Secondary text darker than antd's default, for 4.5:1 contrast (WCAG 1.4.3).
      theme={{
        token: {
          colorPrimary: '#1d4ed8',
          colorLink: '#1d4ed8',
          colorInfo: '#1d4ed8',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
        },
      }}
    >
      <AntApp>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            path="/"
            element={
              <SignedIn>
                <DeskPage />
              </SignedIn>
            }
          />
          <Route
            path="/cases/:id"
            element={
              <SignedIn>
                <CasePage />
              </SignedIn>
            }
          />
          <Route
            path="/cases/new"
            element={
              <SignedIn>
                <NewCluePage />
              </SignedIn>
            }
          />
          <Route
            path="/reviews"
            element={
              <SignedIn>
                <QueuePage kind="reviews" />
              </SignedIn>
            }
          />
          <Route
            path="/reviews/:id"
            element={
              <SignedIn>
                <ReviewPage />
              </SignedIn>
            }
          />
          <Route
            path="/approvals"
            element={
              <SignedIn>
                <QueuePage kind="approvals" />
              </SignedIn>
            }
          />
          {auditRoutes((page) => (
            <SignedIn>{page}</SignedIn>
          ))}
          {adminRoutes((page) => (
            <SignedIn>{page}</SignedIn>
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AntApp>
    </ConfigProvider>
  );
}
