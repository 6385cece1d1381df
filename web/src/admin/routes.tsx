import { lazy, type ReactNode } from 'react';
import { Route } from 'react-router';
import { AreaTheme } from '../audit/AreaTheme';
import { RequireRole } from '../audit/RequireRole';

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
  return PAGES.map(([path, page]) => (
    <Route
      key={path}
      path={path}
      element={signedIn(
        <AreaTheme>
          <RequireRole role="admin">{page}</RequireRole>
        </AreaTheme>,
      )}
    />
  ));
}
