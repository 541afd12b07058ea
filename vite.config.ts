// One Vite config for the designer page (dev server, build to dist-web/, preview for browser tests) and vitest.
//
// The page is the root index.html: Vite's root stays the repository root, so the designer can glob
// /examples/*/*.service.json and import /schemas without widening server.fs.allow.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The strict policy from STACK.md. Served by `vite preview`, so every browser test runs the built designer
 * under it (the dev server injects an inline React Refresh preamble, so it cannot carry the same policy).
 */
export const designerCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export default defineConfig({
  plugins: [react()],
  // Hash routes need no history fallback; without it a missing file is a 404 that the browser tests catch,
  // instead of index.html served with 200.
  appType: 'mpa',
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': designerCsp, 'X-Content-Type-Options': 'nosniff' },
  },
  build: { outDir: 'dist-web', emptyOutDir: true, sourcemap: true },
  test: {
    // vitest 4 dropped environmentMatchGlobs: two projects instead. Plain .test.ts files run in Node,
    // component tests (.test.tsx) in jsdom.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['**/*.test.ts'], exclude: ['**/node_modules/**', 'dist/**', 'dist-web/**', 'e2e/**'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['**/*.test.tsx'], exclude: ['**/node_modules/**', 'dist/**', 'dist-web/**', 'e2e/**'] },
      },
    ],
  },
});
