// Issue 14: `npm ci` printed 52 EBADENGINE warnings (packages wanting Node 22 while `engines`
// says 20.19). npm itself judges the lockfile here, as a user's install would (dry run: nothing
// is fetched or written).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');

describe('engines agree with the Node the project supports', () => {
  it('promises Node 20.19 or later', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(manifest.engines.node).toBe('>=20.19');
  });

  it('npm ci warns of no package refusing this Node (EBADENGINE)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhifa-engines-'));
    try {
      for (const f of ['package.json', 'package-lock.json'])
        copyFileSync(join(root, f), join(dir, f));
      const run = spawnSync(
        'npm',
        ['ci', '--dry-run', '--no-audit', '--no-fund', '--ignore-scripts'],
        { cwd: dir, encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.status).toBe(0);
      const warnings = `${run.stdout}${run.stderr}`
        .split('\n')
        .filter((l) => /EBADENGINE\s+package:/.test(l));
      expect(warnings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
