import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useSession } from '../auth/session';
import { useAuditText } from './messages';

/** A page for one role: others see a refusal (the service refuses them anyway). */
export function RequireRole({ role, children }: { role: string; children: ReactNode }) {
  const { state } = useSession();
  const t = useAuditText();
  const roles = state.status === 'signedIn' ? (state.me.roles ?? []) : [];
  if (!roles.includes(role)) return <Result status="403" title="403" subTitle={t('forbidden')} />;
  return <>{children}</>;
}
