import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useSession } from '../auth/session';
import { useAuditText } from './messages';

/** A page for one role: others see a refusal (the service refuses them anyway). */
export function RequireRole({ role, children }: { role: string; children: ReactNode }) {
  const { state } = useSession();
  const t = useAuditText();
  const roles = state.status === 'signedIn' ? (state.me.roles ?? []) : [];
  // Alert, not Result: Result's illustrations would land in the first page's bundle.
  if (!roles.includes(role)) return <Alert type="error" role="alert" message={t('forbidden')} />;
  return <>{children}</>;
}
