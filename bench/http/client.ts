// A small JSON client on node:http with a keep-alive agent (one socket per load client).
import { Agent, request } from 'node:http';

export interface JsonResponse {
  status: number;
  body: string;
}

export class JsonClient {
  private readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(baseUrl: string, sockets: number) {
    const u = new URL(baseUrl);
    this.host = u.hostname;
    this.port = Number(u.port);
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  /** POST with a bearer token; `idempotencyKey` becomes the Idempotency-Key header. */
  post(path: string, token: string, body: unknown, idempotencyKey?: string): Promise<JsonResponse> {
    const data = Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: this.host,
          port: this.port,
          method: 'POST',
          path,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'content-length': data.length,
            // The answer a load client needs is the outcome (RFC 7240; the service honours it
            // on events, every peer answers that much anyway).
            prefer: 'return=minimal',
            ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  }

  /** POST that must answer `expected`; the error names the call and the problem details. */
  async expect(
    path: string,
    token: string,
    body: unknown,
    expected: number,
    idempotencyKey?: string,
  ): Promise<string> {
    const res = await this.post(path, token, body, idempotencyKey);
    if (res.status !== expected) {
      throw new Error(`POST ${path} → ${res.status} ${res.body.slice(0, 400)}`);
    }
    return res.body;
  }

  close(): void {
    this.agent.destroy();
  }
}
