// The desk's red / amber / green light (issue 16): overdue / within 3 working days / later.
// The working days are the server's (GET /me/desk counts them on the calendar in use); the
// browser only sorts the answer into a colour.

export type Light = 'red' | 'amber' | 'green' | 'none';

export interface DeadlineFacts {
  status: string;
  workingDaysLeft: number;
}

/** Within this many working days a deadline is amber. */
export const AMBER_WORKING_DAYS = 3;

export function lightOf(deadline: DeadlineFacts | undefined): Light {
  if (!deadline) return 'none';
  if (deadline.status === 'missed' || deadline.workingDaysLeft < 0) return 'red';
  if (deadline.workingDaysLeft <= AMBER_WORKING_DAYS) return 'amber';
  return 'green';
}
