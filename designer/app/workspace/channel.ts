/**
 * Tabs of the designer tell each other what they save, delete and have open, over BroadcastChannel
 * ('banshi-designer'). The interface lets tests connect two workspaces in memory.
 */
export type WorkspaceMessage =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number; readonly tab: string }
  | { readonly type: 'deleted'; readonly id: string; readonly tab: string }
  /** This tab shows the item now; tabs that have it open too answer `present`. */
  | { readonly type: 'opened'; readonly id: string; readonly tab: string }
  | { readonly type: 'present'; readonly id: string; readonly tab: string }
  | { readonly type: 'closed'; readonly id: string; readonly tab: string };

export interface WorkspaceChannel {
  post(message: WorkspaceMessage): void;
  subscribe(listener: (message: WorkspaceMessage) => void): () => void;
  close(): void;
}

export const CHANNEL_NAME = 'banshi-designer';

/** The browser's BroadcastChannel, or undefined where there is none (the workspace still detects conflicts on save). */
export function createBroadcastChannel(name = CHANNEL_NAME): WorkspaceChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      const onMessage = (event: MessageEvent<WorkspaceMessage>) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

/** Channels in memory that deliver to every other port (not to the sender), like BroadcastChannel. */
export function createMemoryChannelHub(): () => WorkspaceChannel {
  const ports = new Set<(message: WorkspaceMessage) => void>();
  return () => {
    const listeners = new Set<(message: WorkspaceMessage) => void>();
    const deliver = (message: WorkspaceMessage) => listeners.forEach((listener) => listener(structuredClone(message)));
    ports.add(deliver);
    return {
      post: (message) => ports.forEach((port) => port !== deliver && port(message)),
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => ports.delete(deliver),
    };
  };
}
