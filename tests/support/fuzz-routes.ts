import { caseBody, FILE_CONDITIONS } from './case-fixtures';

/** An endpoint of the API for the fuzz test, with a valid body to start mutations from. */
export interface FuzzRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  body?: Record<string, unknown>;
}

/** Every write and query endpoint of the app (the controllers' routes; API.md). */
export const FUZZ_ROUTES: readonly FuzzRoute[] = [
  { method: 'POST', path: '/api/v1/cases', body: caseBody() },
  { method: 'GET', path: '/api/v1/cases' },
  { method: 'GET', path: '/api/v1/cases/:id' },
  { method: 'GET', path: '/api/v1/cases/by-number/:id' },
  {
    method: 'POST',
    path: '/api/v1/cases/:id/events',
    body: { type: 'RECORD_EVIDENCE', payload: { kind: 'photo', description: '照片' } },
  },
  {
    method: 'POST',
    path: '/api/v1/cases/:id/events',
    body: { type: 'FILE_CASE', payload: { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS } },
  },
  { method: 'POST', path: '/api/v1/cases/:id/recusals', body: { officerId: 'h2', reason: '回避' } },
  { method: 'GET', path: '/api/v1/cases/:id/log' },
  { method: 'GET', path: '/api/v1/cases/:id/replay' },
  { method: 'GET', path: '/api/v1/cases/:id/verify' },
  { method: 'GET', path: '/api/v1/cases/:id/export' },
  { method: 'GET', path: '/api/v1/cases/:id/export?include=files' },
  // Multipart only: a JSON body is refused (400 Content-Type) before anything is stored.
  { method: 'POST', path: '/api/v1/cases/:id/attachments', body: { file: 'x' } },
  { method: 'GET', path: `/api/v1/cases/:id/attachments/${'ab'.repeat(32)}` },
  { method: 'GET', path: '/api/v1/deadlines' },
  { method: 'GET', path: '/api/v1/me/desk' },
  { method: 'GET', path: '/api/v1/calendar/2025' },
  { method: 'GET', path: '/api/v1/calendar/:id' },
  {
    method: 'PUT',
    path: '/api/v1/calendar/2027',
    body: { holidays: ['2027-01-01'], workdays: [] },
  },
  { method: 'PUT', path: '/api/v1/calendar/:id', body: { holidays: [], workdays: [] } },
  { method: 'GET', path: '/api/v1/officers' },
  { method: 'GET', path: '/api/v1/officer-names' },
  { method: 'GET', path: '/api/v1/officers/:id' },
  {
    method: 'POST',
    path: '/api/v1/officers',
    body: { id: 'fz1', name: '模糊', roles: ['handler'] },
  },
  { method: 'PATCH', path: '/api/v1/officers/h2', body: { name: '改名' } },
  { method: 'PATCH', path: '/api/v1/officers/:id', body: { active: false } },
  { method: 'GET', path: '/api/v1/public/decisions' },
  { method: 'GET', path: '/api/v1/public/decisions/feed.json' },
  { method: 'GET', path: '/api/v1/public/decisions/:id' },
  { method: 'GET', path: '/api/v1/public/withdrawals' },
  { method: 'GET', path: '/api/v1/public/checkpoints' },
  { method: 'GET', path: '/api/v1/public/checkpoints/consistency' },
  { method: 'GET', path: '/api/v1/public/procedure' },
  { method: 'GET', path: '/api/v1/workflows/penalty-case' },
  { method: 'GET', path: '/api/v1/workflows/penalty-case/:id' },
  { method: 'GET', path: '/health' },
];
