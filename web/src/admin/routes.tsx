import { lazy, type ReactNode } from 'react';
import { roleRoutes } from '../audit/role-routes';

// Loaded only when opened: the first page (the desk) stays within its budget.
const OfficersPage = lazy(() => import('./OfficersPage'));
const CalendarPage = lazy(() => import('./CalendarPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));

const PAGES: [string, ReactNode][] = [
  ['/admin/officers', <OfficersPage />],
  ['/admin/calendar', <CalendarPage />],
  ['/admin/settings', <SettingsPage />],
];

/** The administrator's routes (issue 17); `signedIn` is the app's frame for signed-in screens. */
export function adminRoutes(signedIn: (page: ReactNode) => ReactNode) {
  return roleRoutes('admin', PAGES, signedIn);
}
