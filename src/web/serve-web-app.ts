import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Paths the workbench never answers: the API, probes, metrics and the public portal (issue 17,
 * server-rendered). Everything else that looks like a page is the single-page app's index.html.
 */
const RESERVED = /^\/(api|health|metrics|gongshi)(\/|$)/;

/** The built workbench (`vite build` → dist/web), beside package.json from src/ or dist/src/. */
export function webAppDir(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

/** A client route (/login, /cases/…): no reserved prefix and no file extension. */
export function isClientRoute(path: string): boolean {
  return !RESERVED.test(path) && !/\.[^/]*$/.test(path);
}

/**
 * Serves the workbench at `/`: hashed assets cached for a year, index.html for client routes
 * (never cached, so a new build is picked up at the next load). Without a build, nothing is
 * served and the API works as before.
 */
export function serveWebApp(app: NestExpressApplication, dir = webAppDir()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '1y' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isClientRoute(req.path)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
