// Where a next action's form starts: the decision and the collective resolution from the
// proposal as approved (APL 57, 58: what was reviewed is what is decided), evidence with the
// files just uploaded. The officer can still change any field; the service checks the result.
import type { CaseView } from '../api/client';

export interface Upload {
  sha256: string;
  filename: string;
}

export function prefillOf(
  type: string,
  view: CaseView,
  uploads: Upload[] = [],
): Record<string, unknown> | undefined {
  const proposal = view.proposal;
  switch (type) {
    case 'DECIDE':
      return proposal && { outcome: proposal.outcome, penalties: proposal.penalties };
    case 'RECORD_COLLECTIVE_DECISION':
      return proposal && { resolution: proposal };
    case 'REVISE_PROPOSAL':
      return proposal && { proposal };
    case 'RECORD_EVIDENCE':
      return uploads.length > 0
        ? { attachments: uploads.map((u) => ({ sha256: u.sha256, description: u.filename })) }
        : undefined;
    default:
      return undefined;
  }
}
