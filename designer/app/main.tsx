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
/**
 * The examples (JSON files fetched by items.ts, a chunk of its own), loaded once: only the first run (to seed the
 * workspace) and the catalogue (新建自示例) need them, so an item opened on a later visit never downloads them.
 */
function loadExamples(): Promise<readonly ServiceDefinition[]> {
  examples ??= import('./items.ts').then(async ({ loadExampleCatalogue }) => {
    const catalogue = await loadExampleCatalogue();
    for (const file of catalogue.skipped) console.warn(`examples: ${file.path} is not offered (${file.reason})`);
    return catalogue.items;
  });
  return examples;
}
// The catalogue shows them: fetch them alongside opening the workspace rather than after it.
if (parseRoute(window.location.hash).page === 'catalogue') void loadExamples();

const channel = createBroadcastChannel();
// Private modes may refuse IndexedDB: the designer then works in memory and says so in a banner.
const workspace = await openIndexedDbStorage()
  .then((storage) => createWorkspace({ storage, channel, seed: loadExamples }))
  .catch((error: unknown) => {
    console.warn('IndexedDB unavailable, keeping the workspace in memory', error);
    return createWorkspace({ storage: createMemoryStorage(), channel, seed: loadExamples });
  });
bindPageLifecycle(workspace);

createRoot(container).render(
  <StrictMode>
    <App workspace={workspace} examples={loadExamples} />
  </StrictMode>,
);
