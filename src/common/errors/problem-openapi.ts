import type { OpenAPIObject } from '@nestjs/swagger';
import { ProblemDetailsDto } from './problem-details.dto';

const PROBLEM = {
  'application/problem+json': {
    schema: { $ref: `#/components/schemas/${ProblemDetailsDto.name}` },
  },
};

/** What each error status means for a client (error-code.ts decides which code has which). */
const ERROR_RESPONSES = {
  '4XX':
    'RFC 7807 problem details: 400 VALIDATION_FAILED names each bad field, 401, 403 FORBIDDEN, 404, 409 ILLEGAL_TRANSITION or VERSION_CONFLICT, 413, 422 GUARD_FAILED lists every failing guard, 429',
  '5XX':
    'RFC 7807 problem details: 503 SERVICE_UNAVAILABLE with Retry-After when the database is down',
} as const;

/**
 * Every operation answers errors as problem details (one filter, src/common/errors): declared
 * once here rather than on each route. An operation's own 4xx declarations are kept.
 */
export function withProblemResponses(doc: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item as Record<string, { responses?: object }>)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      const responses = op.responses as Record<string, object>;
      for (const [status, description] of Object.entries(ERROR_RESPONSES)) {
        responses[status] ??= { description, content: PROBLEM };
      }
    }
  }
  return doc;
}
