import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ServiceDefinition } from '../../schemas/service.types.ts';
import { App } from './App.tsx';
import { parseRoute } from './useHashRoute.ts';
import { createBroadcastChannel } from './workspace/channel.ts';
import { openIndexedDbStorage } from './workspace/indexedDbStorage.ts';
import { bindPageLifecycle } from './workspace/pageLifecycle.ts';
import { createMemoryStorage } from './workspace/storage.ts';
import { createWorkspace } from './workspace/workspace.ts';
import './styles.css';
import './workspace/workspace.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

let examples: Promise<readonly ServiceDefinition[]> | undefined;
let examplesComplete = false;
/**
 * The examples (JSON files fetched by items.ts, a chunk of its own), loaded once: only the first run (to seed the
 * workspace) and the catalogue (新建自示例) need them, so an item opened on a later visit never downloads them.
 * Never rejects: the catalogue offers what could be loaded.
 */
function loadExamples(): Promise<readonly ServiceDefinition[]> {
  examples ??= import('./items.ts')
    .then(({ loadExampleCatalogue }) => loadExampleCatalogue())
    .then(
      (catalogue) => {
        for (const file of catalogue.skipped) console.warn(`examples: ${file.path} is not offered (${file.reason})`);
        examplesComplete = !catalogue.skipped.some((file) => file.unavailable);
        return catalogue.items;
      },
      (error: unknown) => {
        console.warn('examples: could not be loaded', error);
        return [];
      },
    );
  return examples;
}
/** The first run's seed: every example, or a rejection (and a fresh try next time) so a later visit seeds again. */
async function seedExamples(): Promise<readonly ServiceDefinition[]> {
  const items = await loadExamples();
  if (!examplesComplete) {
    examples = undefined;
    throw new Error('some examples could not be loaded');
  }
  return items;
}
// The catalogue shows them: fetch them alongside opening the workspace rather than after it.
if (parseRoute(window.location.hash).page === 'catalogue') void loadExamples();

const channel = createBroadcastChannel();
// Private modes may refuse IndexedDB: the designer then works in memory and says so in a banner.
const workspace = await openIndexedDbStorage()
  .then((storage) => createWorkspace({ storage, channel, seed: seedExamples }))
  .catch((error: unknown) => {
    console.warn('IndexedDB unavailable, keeping the workspace in memory', error);
    return createWorkspace({ storage: createMemoryStorage(), channel, seed: seedExamples });
  });
bindPageLifecycle(workspace);

createRoot(container).render(
  <StrictMode>
    <App workspace={workspace} examples={loadExamples} />
  </StrictMode>,
);
