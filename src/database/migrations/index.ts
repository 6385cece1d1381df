import { Officers1763700000000 } from './1763700000000-officers';
import { CaseLedger1763700100000 } from './1763700100000-case-ledger';
import { Audit1763700200000 } from './1763700200000-audit';
import { Calendar1763700300000 } from './1763700300000-calendar';
import { Deadlines1763700400000 } from './1763700400000-deadlines';
import { Disclosure1763700500000 } from './1763700500000-disclosure';
import { OfficerNotify1763700600000 } from './1763700600000-officer-notify';
import { ContextFromSnapshot1763700700000 } from './1763700700000-context-from-snapshot';
import { PublicRateLimits1763701300000 } from './1763701300000-public-rate-limits';
import { OutboxDelivery1763701400000 } from './1763701400000-outbox-delivery';
import { CaseAttachments1790000100000 } from './1790000100000-case-attachments';
import { CaseSearch1790000200000 } from './1790000200000-case-search';
import { Documents1790000300000 } from './1790000300000-documents';
import { DocumentNumberKey1790000400000 } from './1790000400000-document-number-key';
import { SignIn1790000500000 } from './1790000500000-sign-in';
import { BureauSettings1790000700000 } from './1790000700000-bureau-settings';
import { DeskIndexes1790000800000 } from './1790000800000-desk-indexes';
import { DropDerivedContext1790000950000 } from './1790000950000-drop-derived-context';

/** Ordered list of migrations; add new ones at the end. */
export const migrations = [
  Officers1763700000000,
  CaseLedger1763700100000,
  Audit1763700200000,
  Calendar1763700300000,
  Deadlines1763700400000,
  Disclosure1763700500000,
  OfficerNotify1763700600000,
  ContextFromSnapshot1763700700000,
  PublicRateLimits1763701300000,
  OutboxDelivery1763701400000,
  CaseAttachments1790000100000,
  CaseSearch1790000200000,
  Documents1790000300000,
  DocumentNumberKey1790000400000,
  SignIn1790000500000,
  BureauSettings1790000700000,
  DeskIndexes1790000800000,
  DropDerivedContext1790000950000,
];
