// The case file's answers (issue 15): attachments, 文书 and their numbers; and the search's.
import type { EntryRecord } from './text';
import { fn } from './text';

export const CASE_FILE_MESSAGES = {
  'search.relevanceNeedsQ': {
    zh: '按相关度排序须同时提供 q',
    en: 'relevance needs q',
  },
  'attachment.sha256': { zh: '必须是64位十六进制数字', en: 'must be 64 hex digits' },
  'attachment.tooLarge': fn<{ max: number }>(
    (p) => `文件不得超过 ${p.max} 字节（ATTACHMENT_MAX_BYTES）`,
    (p) => `must be at most ${p.max} bytes (ATTACHMENT_MAX_BYTES)`,
  ),
  'attachment.nameLong': { zh: '不得超过255个字符', en: 'must be at most 255 characters' },
  'attachment.multipart': {
    zh: '必须是带 boundary 的 multipart/form-data',
    en: 'must be multipart/form-data with a boundary',
  },
  'attachment.field': fn<{ field: string }>(
    (p) => `不应出现：文件应放在字段 '${p.field}' 中`,
    (p) => `unexpected: the file goes in the field '${p.field}'`,
  ),
  'attachment.cutOff': {
    zh: '请求在文件传完之前中断，未保存任何内容',
    en: 'the request ended before the file did; nothing was stored',
  },
  'attachment.required': {
    zh: '必填：multipart 请求体中须有一个文件',
    en: 'is required: one file in the multipart body',
  },
  'attachment.notStored': fn<{ sha256: string; caseId: string }>(
    (p) => `本案未存有附件 ${p.sha256}（先 POST /cases/${p.caseId}/attachments 上传）`,
    (p) =>
      `no attachment ${p.sha256} is stored for this case (POST /cases/${p.caseId}/attachments)`,
  ),
  'attachment.readForbidden': {
    zh: '附件仅向本案执法人员和审计人员开放',
    en: 'attachments are open to the officers of this case and to auditors',
  },
  'attachment.uploadForbidden': {
    zh: '附件由本案承办人上传',
    en: 'attachments are uploaded by the handlers of this case',
  },
  'document.numberTaken': fn<{ number: string }>(
    (p) => `${p.number} 已被使用`,
    (p) => `${p.number} is already used`,
  ),
  'document.numberNamesOne': fn<{ number: string }>(
    (p) => `${p.number} 已是另一份文书的文号`,
    (p) => `${p.number} already names a document`,
  ),
  'document.fileForbidden': {
    zh: '案卷载有当事人的个人信息：仅本案执法人员和审计人员可以查阅',
    en: "the case file carries the party's personal data: only the case's officers and auditors read it",
  },
  'document.pdfUnavailable': fn<{ why: string }>(
    (p) => `PDF 暂不能生成（${p.why}）；可用 format=docx 取得 .docx 原件`,
    (p) => `PDF rendering is unavailable (${p.why}); the .docx original is served with format=docx`,
  ),
  'document.templateUnreadable': fn<{ file: string; why: string }>(
    (p) => `文书模板 ${p.file} 无法读取（${p.why}）`,
    (p) => `the template ${p.file} cannot be read (${p.why})`,
  ),
} satisfies EntryRecord;
