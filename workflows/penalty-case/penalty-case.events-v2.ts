// Catalogue entries added in penalty-case@2 (issue 12; workflows/README.md "Added to the catalogue").
import type { EventSpec } from './penalty-case.event-spec';
import { arrayOf, bool, officerIds, optional, sha256, text } from './penalty-case.payload';

export const SERVICE_METHODS = [
  'on_the_spot',
  'direct',
  'left_at_address',
  'electronic',
  'entrusted',
  'mail',
  'public_notice',
] as const;

/** The officers present at an act done in person with the party (APL 42, 55). */
export const present2 = { officersPresent: optional(officerIds) };

/** How a document was served, for every service event (CPL 88–95, G22–G24). */
export const serviceFacts = {
  ...present2,
  electronicConsent: optional(bool),
  witnessIds: optional(arrayOf(text)),
  recordingSha256: optional(sha256),
  partyCannotBeFound: optional(bool),
};

export const V2_EVENT_SPECS = {
  REPLACE_HANDLERS: {
    summary: '更换办案人员 (the new full set; APL 42, 43)',
    roles: ['approver'],
    payload: { handlerIds: officerIds, reason: text },
  },
  REVOKE_DECISION: {
    summary: '自行纠错: 撤销处罚决定 (withdraw disclosure within 3 WD, APL 48 ¶2)',
    roles: ['approver'],
    payload: { reason: text },
  },
} as const satisfies Record<'REPLACE_HANDLERS' | 'REVOKE_DECISION', EventSpec>;
