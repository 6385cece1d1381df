#!/usr/bin/env node
// Fails on any file-level import cycle in the given folders (`madge --circular` without the
// dependency): relative imports of .ts files, type-only imports included, since a cycle of types
// is still two files that cannot be understood one without the other.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const roots = process.argv.slice(2);
if (roots.length === 0) roots.push('src', 'workflows');

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return filesUnder(p);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolve(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base + '.ts', base + '.tsx', path.join(base, 'index.ts')]) {
    if (fs.existsSync(c)) return path.relative(process.cwd(), c);
  }
  return undefined;
}

const graph = new Map();
for (const file of roots.flatMap(filesUnder)) {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const deps = importedFiles.map((i) => resolve(file, i.fileName)).filter(Boolean);
  graph.set(file, [...new Set(deps)]);
}

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const on = new Set();
const cycles = [];
function visit(v) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  on.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!graph.has(w)) continue;
    if (!idx.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const scc = [];
    let w;
    do {
      w = stack.pop();
      on.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(scc.sort());
  }
}
for (const v of graph.keys()) if (!idx.has(v)) visit(v);

if (cycles.length > 0) {
  for (const c of cycles) console.error(`import cycle (${c.length} files):\n  ${c.join('\n  ')}`);
  process.exit(1);
}
console.log(`no import cycles in ${roots.join(', ')} (${graph.size} files)`);
