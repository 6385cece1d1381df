import { createServer, type Server } from 'node:http';
import { RETRY_AFTER_SECONDS } from '../common/errors/database-unavailable';

/**
 * What PORT answers while the service waits for its database: alive (`/health/live` 200), not
 * ready (`/health/ready`, `/health` 503), and 503 SERVICE_UNAVAILABLE with Retry-After for
 * everything else, so a load balancer holds traffic back instead of seeing refused connections.
 */
export function startStandby(port: number): Promise<{ close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: unknown) => {
      if (status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.writeHead(status, { 'content-type': type }).end(JSON.stringify(body));
    };
    if (path === '/health/live') return send(200, 'application/json', { status: 'ok' });
    if (path === '/health' || path === '/health/ready') {
      return send(503, 'application/json', { status: 'error', database: 'down' });
    }
    send(503, 'application/problem+json', {
      type: 'https://zhifa.dev/problems/service-unavailable',
      title: 'Service Unavailable',
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      detail: 'The service is starting: the database is not reachable yet',
      instance: req.url,
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () =>
      resolve({
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
