#!/usr/bin/env node
// The `banshi` command. Runs the compiled CLI in dist/ (built by `npm install` via the prepare script, or by
// `npm run build:node`), so it starts without a bundler or a TypeScript loader.
import { existsSync } from 'node:fs';

const main = new URL('../dist/designer/cli/main.js', import.meta.url);

if (!existsSync(main)) {
  process.stderr.write(
    'banshi: 找不到编译后的命令行程序（dist/）。请先运行 npm install（会生成 dist/），或运行 npm run build:node。\n' +
      'banshi: the compiled CLI (dist/) is missing. Run npm install (builds dist/), or npm run build:node.\n',
  );
  process.exit(70);
}

const { runCli } = await import(main.href);
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
