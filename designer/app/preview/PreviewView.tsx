// The 预览 tab (loaded lazily): the compiled package rendered by the citizen runtime (<ServiceForm>) exactly as an
// applicant meets it, in a frame of desktop or phone (375px) width, optionally in 长辈版. The frame is a plain
// container on the designer's own page (no iframe): runtime/react uses no inline styles, so it works under the
// designer's CSP. Drafts live in memory only, so when an edit changes the package hash the form is mounted again
// from where the citizen was (the engine migrates the draft and lists answers to check), or starts over with a note.
import './preview.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ServicePackage } from '../../../schemas/index.ts';
import { draftKey, type DraftStorage } from '../../../runtime/engine/index.ts';
import { ServiceForm } from '../../../runtime/react/index.ts';
import type { Lang } from '../i18n.ts';
import { selectCompiled, type DesignerState } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import { NoPackage } from './NoPackage.tsx';
import { previewStrings } from './strings.ts';

const selectPackage = (state: DesignerState) => selectCompiled(state)?.package;

/** Drafts in memory, for this tab only: never localStorage, so the preview leaves nothing behind. */
export function createMemoryDrafts(): DraftStorage & { readonly texts: Map<string, string> } {
  const texts = new Map<string, string>();
  return {
    texts,
    load: (key) => texts.get(key) ?? null,
    save: (key, text) => void texts.set(key, text),
    remove: (key) => void texts.delete(key),
  };
}

/** The engine's page ids for a package's nodes (situation and step pages, material runs) plus its fixed pages. */
export function canResumeAt(pkg: ServicePackage, page: string): boolean {
  if (page === 'checklist' || page === 'review') return true;
  const id = page.startsWith('materials:') ? page.slice('materials:'.length) : page;
  return pkg.flow.nodes.some((node) => node.id === id);
}

function draftPage(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const page = (JSON.parse(text) as { page?: unknown }).page;
    return typeof page === 'string' ? page : undefined;
  } catch {
    return undefined;
  }
}

type Width = 'desktop' | 'phone';

function PreviewFrame({ pkg, lang }: { pkg: ServicePackage; lang: Lang }) {
  const s = previewStrings(lang);
  const storage = useMemo(() => createMemoryDrafts(), []);
  const [width, setWidth] = useState<Width>('desktop');
  const [elder, setElder] = useState(false);
  const [mounted, setMounted] = useState<{ hash: string; seq: number } | null>(null);
  const [note, setNote] = useState('');
  const seq = useRef(0);

  // A new hash: the old form is not rendered (its unmount writes its pending draft), then the new one mounts.
  useEffect(() => {
    if (mounted?.hash === pkg.hash) return;
    if (mounted) {
      const key = draftKey(pkg);
      const page = draftPage(storage.texts.get(key));
      if (page !== undefined && canResumeAt(pkg, page)) setNote(s.keptPlace);
      else {
        storage.remove(key);
        setNote(page !== undefined ? s.startedOver : '');
      }
    }
    setMounted({ hash: pkg.hash, seq: ++seq.current });
  }, [pkg, mounted, storage, s]);

  const restart = () => {
    storage.remove(draftKey(pkg));
    setNote('');
    setMounted({ hash: pkg.hash, seq: ++seq.current });
  };

  return (
    <div className="preview">
      <div className="preview__bar" role="group" aria-label={s.settings}>
        <fieldset className="preview__widths">
          <legend>{s.width}</legend>
          {(['desktop', 'phone'] as const).map((option) => (
            <label key={option} className="preview__choice">
              <input type="radio" name="preview-width" value={option} checked={width === option} onChange={() => setWidth(option)} />
              {option === 'desktop' ? s.desktop : s.phone}
            </label>
          ))}
        </fieldset>
        <label className="preview__choice">
          <input type="checkbox" checked={elder} onChange={(event) => setElder(event.target.checked)} />
          {s.elder}
        </label>
        <button type="button" onClick={restart}>{s.restart}</button>
      </div>
      <p className="preview__hint">{s.previewHint}</p>
      <p className="preview__note" role="status">{note}</p>
      <div className="preview__stage">
        <div className={`preview__frame preview__frame--${width}`} role="region" aria-label={s.previewLabel} data-width={width}>
          {mounted?.hash === pkg.hash && (
            <ServiceForm
              key={mounted.seq}
              package={pkg}
              locale={lang}
              storage={storage}
              elderMode={elder}
              onSubmit={() => undefined}
            />
          )}
        </div>
      </div>
    </div>
  );
}

export default function PreviewView({ lang }: { readonly lang: Lang }) {
  const pkg = useDesigner(selectPackage);
  return pkg ? <PreviewFrame pkg={pkg} lang={lang} /> : <NoPackage lang={lang} />;
}
