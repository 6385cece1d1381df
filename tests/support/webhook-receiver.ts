import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../../src/outbox/webhook-signature';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: { id: string; type: string; caseId: string; data: Record<string, unknown> };
  /** The signature checked as a receiver would, on arrival. */
  signed: boolean;
  status: number;
}

/** A real webhook receiver on 127.0.0.1 (random port) that records what it is sent. */
export class WebhookReceiver {
  readonly received: Received[] = [];
  /** Statuses to answer next on a path, then 200 (or `always` for the path). */
  readonly queued = new Map<string, number[]>();
  readonly always = new Map<string, number>();
  /** How long to take before answering. */
  delayMs = 0;
  private server?: Server;
  port = 0;

  constructor(private readonly secret: string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        const status = this.always.get(path) ?? this.queued.get(path)?.shift() ?? 200;
        const header = req.headers['zhifa-signature'] as string | undefined;
        const signed = verifyWebhook(this.secret, raw, header, Math.floor(Date.now() / 1000));
        this.received.push({
          path,
          headers: req.headers,
          raw,
          body: JSON.parse(raw),
          signed,
          status,
        });
        setTimeout(() => res.writeHead(status).end(), this.delayMs);
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  on(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((done) => this.server?.close(done));
  }
}

/** Runs `step` until `done()` holds (or throws after `ms`). */
export async function until(
  done: () => boolean | Promise<boolean>,
  step: () => Promise<unknown> = () => Promise.resolve(),
  ms = 15_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await step();
    await new Promise((r) => setTimeout(r, 50));
  }
}
