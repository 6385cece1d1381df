import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of PostgreSQL, to play the database's faults: closed (the
 * port refuses connections), open (forwards), frozen (connections stay up but nothing passes).
 */
export class TcpProxy {
  private server?: Server;
  private readonly pairs = new Set<[Socket, Socket]>();
  private frozen = false;

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  /** Starts accepting and forwarding (also after close()). */
  open(): Promise<void> {
    this.frozen = false;
    for (const pair of this.pairs) pair.forEach((s) => s.resume());
    if (this.server) return Promise.resolve();
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      const pair: [Socket, Socket] = [client, upstream];
      this.pairs.add(pair);
      client.pipe(upstream);
      upstream.pipe(client);
      if (this.frozen) pair.forEach((s) => s.pause());
      const end = () => {
        client.destroy();
        upstream.destroy();
        this.pairs.delete(pair);
      };
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    });
    this.server = server;
    return new Promise((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
  }

  /** Nothing passes any more, in either direction; connections stay open (a frozen server). */
  freeze(): void {
    this.frozen = true;
    for (const pair of this.pairs) pair.forEach((s) => s.pause());
  }

  /** The port refuses connections and every open one is cut (a stopped server). */
  close(): Promise<void> {
    for (const pair of this.pairs) pair.forEach((s) => s.destroy());
    this.pairs.clear();
    const server = this.server;
    this.server = undefined;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
