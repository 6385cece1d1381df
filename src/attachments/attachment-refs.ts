import { SHA256_HEX } from '../storage/blob-store';

export interface AttachmentRef {
  sha256: string;
  /** Where in the request: `payload.attachments[0].sha256`. */
  field: string;
}

/**
 * The files an event's payload says it records (`attachments: [{ sha256 }]`). Malformed items
 * are left to the payload schema, which names them.
 */
export function attachmentRefs(payload: unknown): AttachmentRef[] {
  const list = (payload as { attachments?: unknown } | null)?.attachments;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, i) => {
    const sha256 = (item as { sha256?: unknown } | null)?.sha256;
    return typeof sha256 === 'string' && SHA256_HEX.test(sha256)
      ? [{ sha256, field: `payload.attachments[${i}].sha256` }]
      : [];
  });
}
