// The build the runtime's size budget measures (scripts/sizeBudget.js): a React portal page that renders one
// service form (examples/hosts/react), built on its own, exactly as a portal team's bundler would build it. The
// multi-page dist-web build shares chunks between the designer, the host pages and the case page, which splits
// the runtime into more, smaller chunks than any single portal would ship; its figure is printed too, for
// information. `node node_modules/vite/bin/vite.js build -c runtime/budget.vite.config.ts`
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import base from '../vite.config.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const baseConfig = base as UserConfig;

export default defineConfig({
  ...baseConfig,
  build: {
    ...baseConfig.build,
    outDir: here('../dist-budget'),
    sourcemap: false,
    rolldownOptions: {
      ...baseConfig.build?.rolldownOptions,
      input: { reactHost: here('../examples/hosts/react/index.html') },
    },
  },
});
