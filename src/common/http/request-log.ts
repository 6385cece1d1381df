import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import pino from 'pino';

/** The request log (one JSON line per request), for the service and the bench's peers alike. */
export function requestLog(level: string): Params {
  return {
    pinoHttp: [
      {
        level,
        genReqId: (req, res) => {
          const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
          res.setHeader('x-request-id', id);
          return id;
        },
        // Credentials never reach the log: tokens, session cookies, CSRF tokens. Bodies
        // (passwords) are not logged at all.
        redact: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
        ],
        // Health probes are polled by load balancers; they would drown the request log.
        autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      },
      // Buffered writes: a log line must not hold up the request that produced it.
      pino.destination({ dest: 1, sync: false }),
    ],
  };
}
