import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { exampleCatalogue } from './items.ts';
import { createBroadcastChannel } from './workspace/channel.ts';
import { openIndexedDbStorage } from './workspace/indexedDbStorage.ts';
import { bindPageLifecycle } from './workspace/pageLifecycle.ts';
import { createMemoryStorage } from './workspace/storage.ts';
import { createWorkspace } from './workspace/workspace.ts';
import './styles.css';
import './workspace/workspace.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const catalogue = exampleCatalogue();
const examples = catalogue.items;
for (const file of catalogue.skipped) console.warn(`examples: ${file.path} is not offered (${file.reason})`);
const channel = createBroadcastChannel();
// Private modes may refuse IndexedDB: the designer then works in memory and says so in a banner.
const workspace = await openIndexedDbStorage()
  .then((storage) => createWorkspace({ storage, channel, seed: examples }))
  .catch((error: unknown) => {
    console.warn('IndexedDB unavailable, keeping the workspace in memory', error);
    return createWorkspace({ storage: createMemoryStorage(), channel, seed: examples });
  });
bindPageLifecycle(workspace);

createRoot(container).render(
  <StrictMode>
    <App workspace={workspace} examples={examples} />
  </StrictMode>,
);
