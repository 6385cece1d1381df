import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * The auditor's and administrator's pages: links in the app's blue (#1d4ed8, 6.7:1 on white)
 * and a darker red than antd's defaults, which fall below WCAG AA contrast; button words as
 * written (no space inserted between two characters), so a name that repeats them matches.
 */
export function AreaTheme({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider
      theme={{ token: { colorLink: '#1d4ed8', colorLinkHover: '#1e40af', colorError: '#b91c1c' } }}
      button={{ autoInsertSpace: false }}
    >
      {children}
    </ConfigProvider>
  );
}
