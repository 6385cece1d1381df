import type { OfficerFacts } from '../../workflows';

/** Officer facts as read from the database on this request (never from the token). */
export interface AuthenticatedOfficer extends OfficerFacts {
  name: string;
}
