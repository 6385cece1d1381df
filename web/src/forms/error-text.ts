import type { Lang } from '../i18n/i18n';
import type { PayloadError } from './payload-schema';

const ZH: Record<string, (p: Record<string, unknown>) => string> = {
  required: () => '必填',
  type: (p) => `类型应为 ${String(p.type)}`,
  format: () => '格式不正确',
  pattern: () => '格式不正确',
  minLength: (p) => `至少 ${String(p.limit)} 个字符`,
  maxLength: (p) => `至多 ${String(p.limit)} 个字符`,
  minimum: (p) => `不得小于 ${String(p.limit)}`,
  maximum: (p) => `不得大于 ${String(p.limit)}`,
  minItems: (p) => `至少 ${String(p.limit)} 项`,
  enum: () => '请从选项中选择',
  const: () => '取值不正确',
  additionalProperties: (p) => `不应有字段 ${String(p.additionalProperty)}`,
};

/** A schema error next to its field: Chinese for the common keywords, Ajv's English otherwise. */
export function errorText(e: PayloadError, lang: Lang): string {
  const zh = ZH[e.keyword];
  return lang === 'zh' && zh ? zh(e.params) : e.message;
}
