import { Space } from 'antd';
import { NavLink } from 'react-router';
import { useAuditText, type AuditKey } from './messages';

const LINKS: { role: string; to: string; label: AuditKey }[] = [
  { role: 'auditor', to: '/audit', label: 'navAudit' },
  { role: 'auditor', to: '/audit/integrity', label: 'navIntegrity' },
  { role: 'admin', to: '/admin/officers', label: 'navOfficers' },
  { role: 'admin', to: '/admin/calendar', label: 'navCalendar' },
  { role: 'admin', to: '/admin/settings', label: 'navSettings' },
];

/** The auditor's and administrator's menus, shown only to those roles (issue 17). */
export function RoleNav({ roles = [] }: { roles?: string[] }) {
  const t = useAuditText();
  const links = LINKS.filter((l) => roles.includes(l.role));
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('navLabel')}>
      <Space wrap>
        {links.map((l) => (
          <NavLink key={l.to} to={l.to} end style={{ color: '#fff' }}>
            {t(l.label)}
          </NavLink>
        ))}
      </Space>
    </nav>
  );
}
