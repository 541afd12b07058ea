// Builds the two benchmark pages (ours.html, rjsf.html) to bench/runtime/dist/ (gitignored); run.js serves them.
// `react-dom/client` is aliased to `react-dom/profiling` on both pages so that <Profiler onRender> reports commits
// in a production build (the keystroke and validation intervals end at the frame after a commit).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
/** BENCH_SIDES=rjsf builds one page only (run.js sets it while runtime/react does not exist yet). */
const sides = (process.env.BENCH_SIDES ?? 'ours,rjsf').split(',');

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // RJSF + ajv + React is one ~630 kB page: that is the point of the comparison, not a warning.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: Object.fromEntries(sides.map((side) => [side, `${here}${side}.html`])) },
  },
});
