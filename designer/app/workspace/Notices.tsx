import type { Lang } from '../i18n.ts';
import { useWorkspace } from './useWorkspace.ts';
import { workspaceText } from './text.ts';
import type { Workspace } from './workspace.ts';

/** The page-wide storage banner: memory only (no IndexedDB), or the last write that failed. */
export function StorageBanner({ workspace, lang }: { workspace: Workspace; lang: Lang }) {
  const t = workspaceText(lang);
  const persistence = useWorkspace(workspace, (s) => s.persistence);
  const problem = useWorkspace(workspace, (s) => s.problem);
  if (persistence !== 'memory' && !problem) return null;
  return (
    <div className="banner banner--warning" role="alert">
      {persistence === 'memory' ? <p>{t.memoryOnly}</p> : null}
      {problem ? <p>{problem[lang]}</p> : null}
    </div>
  );
}

/** What other tabs do to the open item: a conflict (with the two ways out), or just that it is open there too. */
export function TabNotices({ workspace, id, lang }: { workspace: Workspace; id: string; lang: Lang }) {
  const t = workspaceText(lang);
  const conflict = useWorkspace(workspace, (s) => s.conflicts[id]);
  const elsewhere = useWorkspace(workspace, (s) => s.elsewhere[id]?.length ?? 0);
  if (conflict) {
    const deleted = conflict.theirs === undefined;
    return (
      <div className="banner banner--conflict" role="alert">
        <p>{deleted ? t.conflictDeleted : t.conflictChanged}</p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => void workspace.resolveConflict(id, 'reload')}>
            {deleted ? t.conflictReloadDeleted : t.conflictReload}
          </button>
          <button type="button" className="button" onClick={() => void workspace.resolveConflict(id, 'keep-mine')}>
            {deleted ? t.conflictKeepMineDeleted : t.conflictKeepMine}
          </button>
        </div>
      </div>
    );
  }
  if (elsewhere > 0) {
    return (
      <div className="banner banner--info" role="status">
        <p>{t.otherTabOpen}</p>
      </div>
    );
  }
  return null;
}
