import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { AreaTheme } from './AreaTheme';
import { RequireRole } from './RequireRole';

/**
 * The routes of one role's area (issue 17): each page in the area's theme, shown only to that
 * role; `signedIn` is the app's frame for signed-in screens. The service refuses the rest anyway.
 */
export function roleRoutes(
  role: string,
  pages: [string, ReactNode][],
  signedIn: (page: ReactNode) => ReactNode,
) {
  return pages.map(([path, page]) => (
    <Route
      key={path}
      path={path}
      element={signedIn(
        <AreaTheme>
          <RequireRole role={role}>{page}</RequireRole>
        </AreaTheme>,
      )}
    />
  ));
}
