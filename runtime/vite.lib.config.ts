// The library build for portals with a bundler (issue 9): ES modules with React and react-dom left external (the
// portal ships its own), one file per public entry plus shared chunks, and the runtime's stylesheet:
//   dist-lib/react.js    <ServiceForm>, <ServiceGuide>, <MaterialNotice>, theming (no side effects but its CSS)
//   dist-lib/element.js  defineBanshiServiceForm() and the element class; importing it does not register it
//   dist-lib/engine.js   the headless engine (no React, no DOM)
//   dist-lib/case.js     after submission: progress, 补正, owed materials, 好差评, the case engine and the calendar
// Types come from tsconfig.lib.json (dist-lib/types/). `npm run build:lib`; checked by scripts/checkLibrary.js.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('..'),
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: here('../dist-lib'),
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        react: here('./react/index.ts'),
        element: here('./element/element.ts'),
        engine: here('./engine/index.ts'),
        case: here('./react/case/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/],
    },
  },
});
