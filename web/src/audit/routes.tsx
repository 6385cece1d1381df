import { lazy, type ReactNode } from 'react';
import { Route } from 'react-router';
import { AreaTheme } from './AreaTheme';
import { RequireRole } from './RequireRole';

// Loaded only when opened: the first page (the desk) stays within its budget.
const AuditCasesPage = lazy(() => import('./AuditCasesPage'));
const HistoryPage = lazy(() => import('./HistoryPage'));
const VerifyPage = lazy(() => import('./VerifyPage'));
const IntegrityPage = lazy(() => import('./IntegrityPage'));

const PAGES: [string, ReactNode][] = [
  ['/audit', <AuditCasesPage />],
  ['/audit/cases/:id', <HistoryPage />],
  ['/audit/cases/:id/verify', <VerifyPage />],
  ['/audit/integrity', <IntegrityPage />],
];

/** The auditor's routes (issue 17); `signedIn` is the app's frame for signed-in screens. */
export function auditRoutes(signedIn: (page: ReactNode) => ReactNode) {
  return PAGES.map(([path, page]) => (
    <Route
      key={path}
      path={path}
      element={signedIn(
        <AreaTheme>
          <RequireRole role="auditor">{page}</RequireRole>
        </AreaTheme>,
      )}
    />
  ));
}
