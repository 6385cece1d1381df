import { Space, Typography } from 'antd';
import { Link, NavLink } from 'react-router';
import { useAuditText } from './messages';
import { LINK } from './StatusTag';

/** The case an auditor is reading, and its three reads: time travel, verify, export. */
export function CaseAuditHeader({ id, caseNumber }: { id: string; caseNumber?: string }) {
  const t = useAuditText();
  return (
    <>
      <Link to="/audit" style={LINK}>
        ← {t('navAudit')}
      </Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {caseNumber ?? id}
      </Typography.Title>
      <nav aria-label={caseNumber ?? id} style={{ marginBottom: 16 }}>
        <Space wrap size="large">
          <NavLink to={`/audit/cases/${id}`} end>
            {t('history')}
          </NavLink>
          <NavLink to={`/audit/cases/${id}/verify`}>{t('verify')}</NavLink>
          <a href={`/api/v1/cases/${id}/export`} download={`case-${id}.json`}>
            {t('exportJson')}
          </a>
          <a href={`/api/v1/cases/${id}/export?include=files`} download={`case-${id}.zip`}>
            {t('exportZip')}
          </a>
        </Space>
      </nav>
    </>
  );
}
