import { useStore } from 'zustand';
import type { Workspace, WorkspaceState } from './workspace.ts';

/** One slice of the workspace state; re-renders only when that slice changes. */
export function useWorkspace<T>(workspace: Workspace, selector: (state: WorkspaceState) => T): T {
  return useStore(workspace.state, selector);
}
