import { Alert } from 'antd';
import type { Problem } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** A refusal as the service gives it: each failing rule, its message and its article. */
export function Refusal({ problem }: { problem: Problem }) {
  const { t, lang } = useI18n();
  const guards = problem.guards ?? [];
  return (
    <Alert
      type="error"
      role="alert"
      message={`${t('refused')}${lang === 'zh' ? '：' : ': '}${problem.detail ?? problem.title}`}
      description={
        guards.length + (problem.errors?.length ?? 0) > 0 && (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {guards.map((g) => (
              <li key={g.id}>
                <strong>{g.id}</strong> {g.message}（{g.citationText ?? g.citation}）
              </li>
            ))}
            {problem.errors?.map((e) => (
              <li key={e.field}>
                <strong>{e.field}</strong> {e.reason}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
