import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Issue 18: the layers are kept by a lint rule (eslint.config.mjs), not by good will. ESLint
// lints a virtual file: text given on stdin under the name of a real file of that folder (the
// type-aware parser only knows the files of the project).
const root = join(__dirname, '..', '..');

function lint(asFile: string, source: string): { ruleId: string | null; message: string }[] {
  const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [eslint, '--stdin', '--stdin-filename', asFile, '--format', 'json'],
      { cwd: root, input: source, encoding: 'utf8' },
    );
  } catch (e) {
    // Exit code 1: problems found; the JSON report is on stdout all the same.
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { messages: { ruleId: string | null; message: string }[] }[])[0]
    .messages;
}

describe('layer boundaries (eslint no-restricted-imports)', () => {
  // Each lint loads the TypeScript program: seconds, more on a busy machine.
  jest.setTimeout(180_000);

  it('rejects an import from src/audit into src/cases', () => {
    const messages = lint(
      'src/audit/audit.module.ts',
      "import { CasesModule } from '../cases/cases.module';\nexport const m = CasesModule;\n",
    );
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'no-restricted-imports',
        message: expect.stringContaining('never import src/cases'),
      }),
    ]);
  });

  it('rejects src/ reaching into workflows/ internals, and accepts its public index', () => {
    const deep = lint(
      'src/cases/cases.module.ts',
      "import { CURRENT } from '../../workflows/registry';\nexport const c = CURRENT;\n",
    );
    expect(deep.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
    const index = lint(
      'src/cases/cases.module.ts',
      "import { CURRENT } from '../../workflows';\nexport const c = CURRENT;\n",
    );
    expect(index).toEqual([]);
  });
});
