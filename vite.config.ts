// One Vite config for the two pages (dev server, build to dist-web/, preview for browser tests) and vitest.
//
// The designer is the root index.html; the citizen host page is runtime/demo/index.html (the second build input).
// Vite's root stays the repository root, so the pages can glob /examples/*/* and import /schemas without widening
// server.fs.allow.
import react from '@vitejs/plugin-react';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
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

/**
 * The citizen runtime's policy: what a strict government portal grants an embedded form. No inline styles at all
 * (style-src falls back to default-src 'self'), no eval: the runtime must work with exactly this.
 */
export const runtimeCsp = "default-src 'self'; script-src 'self'";

/**
 * The plain HTML portal (examples/hosts/plain/, issue 9): the custom element from the script-tag build under a
 * policy that also forbids inline styles explicitly (constructable stylesheets are what it may use).
 */
export const plainHostCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Path prefixes and their policies; everything else gets the designer's. */
const pagePolicies: [string, string][] = [
  ['/runtime/demo', runtimeCsp],
  ['/examples/hosts/react', runtimeCsp],
  ['/examples/hosts/plain', plainHostCsp],
];

/** The Content-Security-Policy for a request path: by prefix (pagePolicies), the designer's elsewhere. */
export function cspForPath(url: string): string {
  const path = new URL(url, 'http://localhost').pathname;
  return pagePolicies.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`))?.[1] ?? designerCsp;
}

/**
 * In `vite preview`, the plain host page's unbundled files come from the repository as the dev server serves
 * them: the script-tag build (/dist-element/banshi-element.js, built by runtime/element/vite.config.ts) and the
 * example packages it fetches (/examples/<id>/<id>.package.json). Nothing else is served from outside the build.
 */
const repositoryFiles = /^\/(dist-element\/banshi-element\.js|examples\/[a-z0-9-]+\/[a-z0-9-]+\.package\.json)$/;
function repositoryFilesInPreview(): Plugin {
  return {
    name: 'banshi:repository-files-in-preview',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (!repositoryFiles.test(path)) return next();
        readFile(page(`.${path}`)).then(
          (body) => {
            response.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'application/json');
            response.end(body);
          },
          () => next(),
        );
      });
    },
  };
}

/**
 * Sets the policy by path in `vite preview` (every browser test runs the built pages under it). Runs before the
 * static file and HTML middlewares; `preview.headers` must therefore not set a CSP of its own, or it would
 * overwrite this one. Not in the dev server: its React Refresh preamble is an inline script, which neither policy
 * allows.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'banshi:csp-by-path',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        response.setHeader('Content-Security-Policy', cspForPath(request.url ?? '/'));
        next();
      });
    },
  };
}

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), repositoryFilesInPreview()],
  // Hash routes need no history fallback; without it a missing file is a 404 that the browser tests catch,
  // instead of index.html served with 200.
  appType: 'mpa',
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    // The Content-Security-Policy is set per path by contentSecurityPolicy() above.
    headers: { 'X-Content-Type-Options': 'nosniff' },
  },
  build: {
    outDir: 'dist-web',
    emptyOutDir: true,
    sourcemap: true,
    // dist-web/.vite/manifest.json: scripts/sizeBudget.js reads which chunks each page loads initially.
    manifest: true,
    // Every browser the runtime targets (current Chromium, Safari, Firefox, and the Chromium-based WeChat and app
    // webviews) supports <link rel=modulepreload>; the polyfill would only add bytes to the citizen's first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The designer stays the first input; the citizen host page is built beside it (dist-web/runtime/demo/).
      input: {
        designer: page('./index.html'),
        demo: page('./runtime/demo/index.html'),
        guide: page('./runtime/demo/guide.html'),
        // After submission (issue 8): case progress, corrections, rating; its own page, so the form page loads none of it.
        case: page('./runtime/demo/case.html'),
        // Embedding examples (issue 9): a plain HTML portal with the script tag, a React portal with <ServiceForm>.
        plainHost: page('./examples/hosts/plain/index.html'),
        reactHost: page('./examples/hosts/react/index.html'),
      },
      output: {
        // React and react-dom in a chunk of their own: a portal may already ship them, and the size budget
        // counts the runtime without them. The designer's zustand (its stores) in a named chunk too: otherwise its
        // zustand/esm/react.mjs gives some designer chunk the name `react`, which reads like a second React. (React
        // Flow's own nested zustand 4 is not in it: it stays with the canvas.)
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'zustand', test: (id) => /[\\/]node_modules[\\/]zustand[\\/]/.test(id) && !/[\\/]node_modules[\\/].+[\\/]node_modules[\\/]/.test(id) },
          ],
        },
      },
    },
  },
  test: {
    // vitest 4 dropped environmentMatchGlobs: two projects instead. Plain .test.ts files run in Node,
    // component tests (.test.tsx) in jsdom.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['**/*.test.ts'], exclude: ['**/node_modules/**', 'dist/**', 'dist-web/**', 'dist-element/**', 'dist-budget/**', 'dist-lib/**', 'e2e/**'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['**/*.test.tsx'], exclude: ['**/node_modules/**', 'dist/**', 'dist-web/**', 'dist-element/**', 'dist-budget/**', 'dist-lib/**', 'e2e/**'] },
      },
    ],
  },
});
