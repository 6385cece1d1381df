import { lazy, type ReactNode } from 'react';
import { roleRoutes } from './role-routes';

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
  return roleRoutes('auditor', PAGES, signedIn);
}
