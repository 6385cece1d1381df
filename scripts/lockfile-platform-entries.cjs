// node scripts/lockfile-platform-entries.cjs — run after `npm install` changes the lockfile.
// The registry mirror here serves no platform binaries for other systems (404), so npm leaves
// them out of package-lock.json and `npm ci` then refuses the lockfile. This adds an entry with
// the right os/cpu for each such optional package; `npm ci` skips them on this platform, as it
// would with any registry.
const fs = require('fs');

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'netbsd'];
const CPU = ['arm64', 'x64', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32', 'arm'];

function platformOf(name) {
  const tail = name.split('/').pop();
  const entry = { cpu: [CPU.find((c) => tail.includes(`-${c}`)) ?? 'unknown'] };
  const os = OS.find((o) => tail.includes(`-${o}-`) || tail.endsWith(`-${o}`));
  if (os) entry.os = [os];
  if (/-gnu/.test(tail)) entry.libc = ['glibc'];
  if (/-musl/.test(tail)) entry.libc = ['musl'];
  return entry;
}

let added = 0;
for (const p of Object.values({ ...pkgs })) {
  for (const [name, spec] of Object.entries(p.optionalDependencies ?? {})) {
    if (pkgs[`node_modules/${name}`]) continue;
    pkgs[`node_modules/${name}`] = {
      version: spec.replace(/^[\^~=]/, ''),
      ...platformOf(name),
      optional: true,
    };
    added++;
  }
}
const sorted = {};
for (const k of Object.keys(pkgs).sort((a, b) =>
  a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
)) {
  sorted[k] = pkgs[k];
}
lock.packages = sorted;
fs.writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries`);
