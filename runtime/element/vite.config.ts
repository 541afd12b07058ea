// The script-tag build: one IIFE file, dist-element/banshi-element.js, React and react-dom bundled in, that
// registers <banshi-service-form> when it loads. `node node_modules/vite/bin/vite.js build -c runtime/element/vite.config.ts`
// (scripts/buildElement.js). Budget: 110 KiB gzip (scripts/sizeBudget.js).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('../..'),
  plugins: [react()],
  // React's development checks are dropped: the bundle is for production portals.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: here('../../dist-element'),
    emptyOutDir: true,
    sourcemap: true,
    // The runtime's CSS goes in through `?inline` as a constructable stylesheet; no separate .css file is needed.
    cssCodeSplit: false,
    lib: {
      entry: here('./index.ts'),
      name: 'Banshi',
      formats: ['iife'],
      fileName: () => 'banshi-element.js',
    },
  },
});
