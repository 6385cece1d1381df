import { Alert, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { CSRF_COOKIE, CSRF_HEADER, cookie, problemText } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { Upload } from './prefill';

/**
 * POST /cases/:id/attachments with XMLHttpRequest, whose upload events give the progress fetch
 * does not. The stored file's SHA-256 goes to the 调查取证 form (RECORD_EVIDENCE attachments).
 */
function send(caseId: string, file: File, onProgress: (pct: number) => void): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/cases/${caseId}/attachments`);
    xhr.withCredentials = true;
    const csrf = cookie(CSRF_COOKIE);
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((100 * e.loaded) / e.total));
    };
    xhr.onload = () => {
      const body = JSON.parse(xhr.responseText || '{}') as { sha256?: string };
      if (xhr.status >= 200 && xhr.status < 300 && body.sha256)
        resolve({ sha256: body.sha256, filename: file.name });
      else reject(new Error(problemText(body)));
    };
    xhr.onerror = () => reject(new Error(xhr.statusText || 'network'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export function EvidenceUpload({
  caseId,
  onUploaded,
}: {
  caseId: string;
  onUploaded: (u: Upload) => void;
}) {
  const { t } = useI18n();
  const [pct, setPct] = useState<number>();
  const [done, setDone] = useState<Upload[]>([]);
  const [error, setError] = useState<string>();

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setPct(0);
    try {
      const u = await send(caseId, file, setPct);
      setPct(100);
      setDone((d) => [...d, u]);
      onUploaded(u);
    } catch (e) {
      setPct(undefined);
      setError(`${t('uploadFailed')}：${(e as Error).message}`);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <label>
        {t('chooseFile')} <input type="file" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {pct !== undefined && <Progress percent={pct} aria-label={t('upload')} />}
      {error && <Alert type="error" role="alert" message={error} />}
      {done.map((u) => (
        <Typography.Text key={u.sha256}>
          {t('uploaded')}：{u.filename}（{u.sha256.slice(0, 12)}…）
        </Typography.Text>
      ))}
    </Space>
  );
}
