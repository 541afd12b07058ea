// `npm run dev`: starts the Vite dev server on 127.0.0.1 and prints the URL of the designer opened on the
// first example item (the catalogue when examples/ holds none yet).
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Ids of examples/<dir>/<name>.service.json, sorted like the catalogue sorts them. */
async function exampleIds() {
  const dirs = await readdir(new URL('examples/', `file://${root}`), { withFileTypes: true }).catch(() => []);
  const ids = [];
  for (const dir of dirs.filter((entry) => entry.isDirectory())) {
    const folder = new URL(`examples/${dir.name}/`, `file://${root}`);
    for (const file of (await readdir(folder)).filter((name) => name.endsWith('.service.json'))) {
      try {
        const definition = JSON.parse(await readFile(new URL(file, folder), 'utf8'));
        if (typeof definition.id === 'string') ids.push(definition.id);
      } catch {
        // A half-written example: the catalogue lists it as skipped.
      }
    }
  }
  return ids.sort();
}

const port = Number(process.env.PORT ?? 5173);
const server = await createServer({ root, server: { host: '127.0.0.1', port } });
await server.listen();

const base = (server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`).replace(/\/$/, '');
const [first] = await exampleIds();
console.log('\n  Banshi 办事 · 服务事项设计器\n');
console.log(`  Designer: ${first ? `${base}/#/item/${encodeURIComponent(first)}` : `${base}/#/`}`);
console.log(`  Catalogue: ${base}/#/`);
if (!first) console.log('  (examples/ holds no service item yet: the designer opens on an empty catalogue)');
console.log('\n  Press Ctrl+C to stop.\n');

let closing = false;
async function close() {
  if (closing) return;
  closing = true;
  await server.close();
  process.exit(0);
}
process.on('SIGINT', close);
process.on('SIGTERM', close);
// `npm run dev` puts npm between the shell and this process, and npm does not pass a SIGTERM on: when npm
// goes away we are re-parented, so stop too instead of leaving a server behind.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void close();
}, 500).unref();
