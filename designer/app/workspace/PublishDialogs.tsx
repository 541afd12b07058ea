// 发布 and 版本历史: the publish dialog (version bump with a suggestion, the change list since the last published
// version, publishing) and the version history (published versions read-only, and the changes between two).
// Both are modal <dialog> elements: focus moves in, Escape closes, focus returns to the button that opened them.
// A chunk of its own, loaded when one of the buttons (PublishButtons.tsx, which also brings publish.css) is used.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { LocalText } from '../../../schemas/index.ts';
import { compile, hasErrors } from '../../compiler/index.ts';
import { bumpVersion, diffDefinitions, isEmptyChangeList, type ChangeEntry, type ChangeList, type VersionBump } from '../../model/changeList.ts';
import { localText, type Lang } from '../i18n.ts';
import { FlowOutlineSection, Guide } from '../ItemPage.tsx';
import { selectDocument } from '../store/designerStore.ts';
import { previewPublish, refusalMessage, type PublishPreview } from './publish.ts';
import type { PublishedVersion } from './storage.ts';
import type { ItemSession, Workspace } from './workspace.ts';

const strings = {
  'zh-CN': {
    publishTitle: '发布新版本',
    historyTitle: '版本历史',
    close: '关闭',
    cancel: '取消',
    confirm: '发布',
    publishing: '正在发布…',
    working: (v: string) => `工作稿版本：${v}`,
    latest: (v: string | undefined) => (v ? `上次发布：${v}` : '尚未发布过任何版本'),
    versionLegend: '新版本号',
    keep: (v: string) => `按当前版本号发布 ${v}`,
    bumps: { patch: '修订', minor: '次版本', major: '主版本' } as Record<VersionBump, string>,
    suggested: '（建议）',
    why: {
      major: '建议主版本：删除了字段或材料，或字段的类型、数据键名有变化，旧版本的填报数据可能不再有效。',
      minor: '建议次版本：新增了内容，旧版本的填报数据仍然有效。',
      patch: '建议修订版本：只有文字、条件或办事指南的变化。',
    } as Record<VersionBump, string>,
    first: '这是第一次发布，没有可比较的上一版本。',
    changesSince: (v: string) => `自 ${v} 以来的变化`,
    changesBetween: (a: string, b: string) => `${a} → ${b} 的变化`,
    none: '没有变化。',
    groups: { removed: '删除', changed: '修改', added: '新增' },
    kinds: { field: '字段', material: '材料', condition: '条件', guide: '办事指南' } as Record<ChangeEntry['kind'], string>,
    details: {
      key: '数据键名', label: '名称', type: '类型', required: '是否必填', options: '选项', constraints: '填写限制', hint: '提示文字',
      name: '名称', necessity: '必要性', ways: '提交方式', upload: '上传要求', form: '材料形式', copies: '份数', eLicence: '电子证照',
      deferral: '容缺后补', commitment: '告知承诺', text: '说明文字', source: '起点', target: '终点', condition: '条件',
    } as Record<string, string>,
    changedParts: (parts: string) => `改了：${parts}`,
    before: '原为',
    after: '现为',
    published: (v: string) => `已发布版本 ${v}。之后的修改将作为下一版本的草稿。`,
    already: (v: string) => `版本 ${v} 已以相同内容发布过。`,
    blocked: (n: number) => `有 ${n} 个错误，无法发布：请先在“问题”中修正。`,
    noVersions: '尚未发布任何版本。',
    versionCol: '版本', timeCol: '发布时间', hashCol: '内容哈希', actionsCol: '操作',
    view: (v: string) => `查看 ${v}`,
    viewing: (v: string) => `版本 ${v}（只读）`,
    backToList: '返回版本列表',
    packageJson: '服务包 JSON',
    compare: '比较两个版本',
    from: '从', to: '到',
    compareButton: '比较',
  },
  en: {
    publishTitle: 'Publish a new version',
    historyTitle: 'Version history',
    close: 'Close',
    cancel: 'Cancel',
    confirm: 'Publish',
    publishing: 'Publishing…',
    working: (v: string) => `Working version: ${v}`,
    latest: (v: string | undefined) => (v ? `Last published: ${v}` : 'Nothing published yet'),
    versionLegend: 'New version',
    keep: (v: string) => `Publish as the current version ${v}`,
    bumps: { patch: 'Patch', minor: 'Minor', major: 'Major' } as Record<VersionBump, string>,
    suggested: ' (suggested)',
    why: {
      major: 'Major suggested: fields or materials were removed, or a field’s type or data key changed; answers of the old version may no longer be valid.',
      minor: 'Minor suggested: something was added; answers of the old version stay valid.',
      patch: 'Patch suggested: only texts, conditions or the guide changed.',
    } as Record<VersionBump, string>,
    first: 'This is the first publication: there is no earlier version to compare with.',
    changesSince: (v: string) => `Changes since ${v}`,
    changesBetween: (a: string, b: string) => `Changes from ${a} to ${b}`,
    none: 'No changes.',
    groups: { removed: 'Removed', changed: 'Changed', added: 'Added' },
    kinds: { field: 'Field', material: 'Material', condition: 'Condition', guide: 'Guide' } as Record<ChangeEntry['kind'], string>,
    details: {
      key: 'data key', label: 'label', type: 'type', required: 'required', options: 'options', constraints: 'constraints', hint: 'hint',
      name: 'name', necessity: 'necessity', ways: 'ways', upload: 'upload rules', form: 'form', copies: 'copies', eLicence: 'e-licence',
      deferral: 'deferral', commitment: 'commitment', text: 'texts', source: 'source', target: 'target', condition: 'condition',
    } as Record<string, string>,
    changedParts: (parts: string) => `Changed: ${parts}`,
    before: 'Was',
    after: 'Now',
    published: (v: string) => `Version ${v} is published. Further edits are a draft of the next version.`,
    already: (v: string) => `Version ${v} was already published with the same content.`,
    blocked: (n: number) => `${n} error(s) stop publishing: fix them in Problems first.`,
    noVersions: 'No version has been published yet.',
    versionCol: 'Version', timeCol: 'Published', hashCol: 'Content hash', actionsCol: 'Actions',
    view: (v: string) => `View ${v}`,
    viewing: (v: string) => `Version ${v} (read-only)`,
    backToList: 'Back to the versions',
    packageJson: 'Package JSON',
    compare: 'Compare two versions',
    from: 'From', to: 'To',
    compareButton: 'Compare',
  },
};

type Strings = (typeof strings)['zh-CN'];

/** A modal dialog: opened on mount, closed (and `onClose` called) by Escape or the close button. */
function Modal({ title, onClose, children, className }: { title: string; onClose(): void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className={`publish-dialog ${className ?? ''}`} aria-labelledby={headingId} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <h2 id={headingId} className="publish-dialog__title">{title}</h2>
      {children}
    </dialog>
  );
}

function entryText(entry: ChangeEntry, lang: Lang, s: Strings): { head: string; path?: string; parts?: string } {
  return {
    head: `${s.kinds[entry.kind]} · ${localText(entry.label, lang)}`,
    ...(entry.path ? { path: entry.path.join('.') } : {}),
    ...(entry.details && entry.details.length > 0 ? { parts: s.changedParts(entry.details.map((d) => s.details[d] ?? d).join(lang === 'en' ? ', ' : '、')) } : {}),
  };
}

const text = (value: LocalText | undefined, lang: Lang) => (value ? localText(value, lang) : '');

/** The change list, grouped: removed, changed, added. */
export function ChangeListView({ changes, lang, headingLevel = 3 }: { changes: ChangeList; lang: Lang; headingLevel?: 3 | 4 }) {
  const s = strings[lang];
  if (isEmptyChangeList(changes)) return <p className="change-list__none">{s.none}</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="change-list">
      {(['removed', 'changed', 'added'] as const).map((group) =>
        changes[group].length === 0 ? null : (
          <section key={group} className={`change-list__group change-list__group--${group}`}>
            <Heading>{lang === 'en' ? `${s.groups[group]} (${changes[group].length})` : `${s.groups[group]}（${changes[group].length}）`}</Heading>
            <ul>
              {changes[group].map((entry) => {
                const t = entryText(entry, lang, s);
                return (
                  <li key={`${entry.kind}-${entry.id}`} className="change-list__entry" data-change={`${entry.change} ${entry.kind} ${entry.id}`}>
                    <span className="change-list__head">{t.head}</span>
                    {t.path && <> <code className="change-list__path">{t.path}</code></>}
                    {t.parts && <span className="change-list__parts">{t.parts}</span>}
                    {(entry.before || entry.after) && (
                      <span className="change-list__values">
                        {entry.before && <span>{s.before}：{text(entry.before, lang)}</span>}
                        {entry.after && <span>{s.after}：{text(entry.after, lang)}</span>}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}

type Choice = VersionBump | 'keep';

export function PublishDialog({ workspace, session, lang, onClose }: { workspace: Workspace; session: ItemSession; lang: Lang; onClose(): void }) {
  const s = strings[lang];
  const definition = selectDocument(session.store.getState())!;
  const [preview, setPreview] = useState<PublishPreview>();
  const [choice, setChoice] = useState<Choice>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [errors] = useState(() => {
    const result = compile(definition);
    return !result.package || hasErrors(result.diagnostics) ? result.diagnostics.filter((d) => d.severity === 'error').length : 0;
  });

  useEffect(() => {
    let live = true;
    void workspace.published(session.id).then((records) => {
      if (!live) return;
      const next = previewPublish(definition, records);
      setPreview(next);
      setChoice(next.latest ? next.suggestion : 'keep');
    });
    return () => {
      live = false;
    };
  }, [workspace, session.id, definition]);

  const base = preview?.latest?.version ?? definition.version;
  const versionOf = (c: Choice) => (c === 'keep' ? definition.version : bumpVersion(base, c));
  const choices: Choice[] = preview?.latest ? ['patch', 'minor', 'major'] : ['keep', 'patch', 'minor', 'major'];
  const done = message?.kind === 'ok';

  const publish = async () => {
    if (!choice) return;
    setBusy(true);
    const version = versionOf(choice);
    const outcome = await workspace.publish(session.id, version);
    setBusy(false);
    if (outcome.ok) setMessage({ kind: 'ok', text: outcome.already ? s.already(version) : s.published(version) });
    else setMessage({ kind: 'error', text: refusalMessage(outcome.refusal)[lang] });
  };

  return (
    <Modal title={s.publishTitle} onClose={onClose}>
      <p className="publish-dialog__versions">
        <span>{s.working(definition.version)}</span> · <span>{s.latest(preview?.latest?.version)}</span>
      </p>
      {preview && choice && (
        <>
          <fieldset className="publish-dialog__bump" disabled={busy || done}>
            <legend>{s.versionLegend}</legend>
            {choices.map((c) => (
              <label key={c} className="publish-dialog__choice">
                <input type="radio" name="bump" value={c} checked={choice === c} onChange={() => setChoice(c)} />
                {c === 'keep' ? s.keep(definition.version) : `${s.bumps[c]} ${versionOf(c)}`}
                {preview.latest && c === preview.suggestion ? s.suggested : ''}
              </label>
            ))}
          </fieldset>
          {preview.latest && <p className="publish-dialog__why">{s.why[preview.suggestion]}</p>}
          <section aria-labelledby="publish-changes-heading" className="publish-dialog__changes">
            <h3 id="publish-changes-heading">{preview.latest ? s.changesSince(preview.latest.version) : s.first}</h3>
            {preview.latest && <ChangeListView changes={preview.changes} lang={lang} headingLevel={4} />}
          </section>
        </>
      )}
      {errors > 0 && <p className="publish-dialog__error">{s.blocked(errors)}</p>}
      <p role="status" className={`publish-dialog__message publish-dialog__message--${message?.kind ?? 'none'}`}>{message?.text ?? ''}</p>
      <div className="publish-dialog__actions">
        {!done && (
          <button type="button" className="button button--primary" onClick={() => void publish()} disabled={busy || errors > 0 || !choice}>
            {busy ? s.publishing : s.confirm}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>{done ? s.close : s.cancel}</button>
      </div>
    </Modal>
  );
}

const shortHash = (hash: string) => hash.replace(/^sha256:/, '').slice(0, 12);

function VersionView({ record, lang, onBack }: { record: PublishedVersion; lang: Lang; onBack(): void }) {
  const s = strings[lang];
  return (
    <div className="version-view">
      <button type="button" className="button" onClick={onBack}><span aria-hidden="true">← </span>{s.backToList}</button>
      <h3>{s.viewing(record.version)}</h3>
      <p className="muted"><code>{record.hash}</code></p>
      <div className="version-view__body">
        <Guide definition={record.definition} lang={lang} />
        <FlowOutlineSection definition={record.definition} lang={lang} />
      </div>
      <details className="version-view__package">
        <summary>{s.packageJson}</summary>
        <pre tabIndex={0} aria-label={s.packageJson}>{JSON.stringify(record.package, null, 2)}</pre>
      </details>
    </div>
  );
}

export function HistoryDialog({ workspace, session, lang, onClose }: { workspace: Workspace; session: ItemSession; lang: Lang; onClose(): void }) {
  const s = strings[lang];
  const [records, setRecords] = useState<PublishedVersion[]>();
  const [viewing, setViewing] = useState<PublishedVersion>();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [compared, setCompared] = useState<{ a: PublishedVersion; b: PublishedVersion }>();
  const fromId = useId();
  const toId = useId();

  useEffect(() => {
    let live = true;
    void workspace.published(session.id).then((list) => {
      if (!live) return;
      setRecords(list);
      setFrom(list[list.length - 2]?.version ?? list[0]?.version ?? '');
      setTo(list[list.length - 1]?.version ?? '');
    });
    return () => {
      live = false;
    };
  }, [workspace, session.id]);

  const formatTime = (ms: number) => new Date(ms).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN');
  const compare = () => {
    const a = records?.find((r) => r.version === from);
    const b = records?.find((r) => r.version === to);
    if (a && b) setCompared({ a, b });
  };

  return (
    <Modal title={s.historyTitle} onClose={onClose} className="publish-dialog--wide">
      {viewing ? (
        <VersionView record={viewing} lang={lang} onBack={() => setViewing(undefined)} />
      ) : records && records.length === 0 ? (
        <p>{s.noVersions}</p>
      ) : records ? (
        <>
          <table className="version-table">
            <thead>
              <tr><th scope="col">{s.versionCol}</th><th scope="col">{s.timeCol}</th><th scope="col">{s.hashCol}</th><th scope="col">{s.actionsCol}</th></tr>
            </thead>
            <tbody>
              {[...records].reverse().map((record) => (
                <tr key={record.version}>
                  <th scope="row">{record.version}</th>
                  <td>{formatTime(record.publishedAt)}</td>
                  <td><code title={record.hash}>{shortHash(record.hash)}</code></td>
                  <td><button type="button" className="button" onClick={() => setViewing(record)}>{s.view(record.version)}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
          {records.length > 1 && (
            <section aria-labelledby="compare-heading" className="version-compare">
              <h3 id="compare-heading">{s.compare}</h3>
              <div className="version-compare__form">
                <label htmlFor={fromId}>{s.from}</label>
                <select id={fromId} value={from} onChange={(event) => setFrom(event.target.value)}>
                  {records.map((r) => <option key={r.version} value={r.version}>{r.version}</option>)}
                </select>
                <label htmlFor={toId}>{s.to}</label>
                <select id={toId} value={to} onChange={(event) => setTo(event.target.value)}>
                  {records.map((r) => <option key={r.version} value={r.version}>{r.version}</option>)}
                </select>
                <button type="button" className="button" onClick={compare}>{s.compareButton}</button>
              </div>
              {compared && (
                <div className="version-compare__result" aria-live="polite">
                  <h4>{s.changesBetween(compared.a.version, compared.b.version)}</h4>
                  <ChangeListView changes={diffDefinitions(compared.a.definition, compared.b.definition)} lang={lang} headingLevel={4} />
                </div>
              )}
            </section>
          )}
        </>
      ) : null}
      <div className="publish-dialog__actions">
        <button type="button" className="button" onClick={onClose}>{s.close}</button>
      </div>
    </Modal>
  );
}
