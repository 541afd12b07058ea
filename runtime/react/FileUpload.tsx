import { useState } from 'react';
import type { UploadRule } from '../../schemas/index.ts';
import { message } from '../engine/index.ts';
import { useFormContext } from './context.ts';
import { acceptAttribute, DEFAULT_UPLOAD, mediaTypeOf, typeNames } from './format.ts';

/** A file reference as the schema wants it: never the file's contents. */
export interface FileRef {
  id: string;
  name: string;
  size: number;
  mediaType: string;
}

/**
 * A file picker with the type and size checks done before anything is uploaded, the host's upload hook, and the
 * list of uploaded files with a remove button each.
 */
export function FileUpload(props: {
  id: string;
  label: string;
  rule: UploadRule | undefined;
  files: readonly FileRef[];
  context: { materialKey?: string; fieldId?: string };
  invalid: boolean;
  describedBy: string | undefined;
  onFiles: (files: FileRef[]) => void;
}) {
  const { t, locale, upload } = useFormContext();
  const rule = props.rule ?? DEFAULT_UPLOAD;
  const maxFiles = rule.maxFiles ?? 1;
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const hintId = `${props.id}-accept`;
  const problemId = `${props.id}-problems`;

  const pick = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const found: string[] = [];
    const ok: { file: File; mediaType: string }[] = [];
    for (const file of Array.from(list)) {
      const mediaType = mediaTypeOf(file, rule.accept);
      if (!mediaType) found.push(message(locale, 'enum.file-type', { label: props.label, fileName: file.name, accept: typeNames(rule.accept) }));
      else if (file.size < 1) found.push(message(locale, 'range.file-empty', { label: props.label, fileName: file.name }));
      else if (file.size > rule.maxSizeMB * 1024 * 1024) found.push(message(locale, 'range.file-size', { label: props.label, fileName: file.name, max: rule.maxSizeMB }));
      else ok.push({ file, mediaType });
    }
    const room = maxFiles === 1 ? 1 : Math.max(0, maxFiles - props.files.length);
    if (ok.length > room) found.push(message(locale, 'items.max-files', { label: props.label, max: maxFiles }));
    const accepted = ok.slice(0, room);
    setBusy(accepted.length > 0);
    const uploaded: FileRef[] = [];
    for (const { file, mediaType } of accepted) {
      try {
        const { id } = await upload(file, props.context);
        uploaded.push({ id, name: file.name, size: file.size, mediaType });
      } catch {
        found.push(t.uploadFailed(file.name));
      }
    }
    setBusy(false);
    setProblems(found);
    if (uploaded.length > 0) props.onFiles(maxFiles === 1 ? uploaded : [...props.files, ...uploaded]);
  };

  const describedBy = [hintId, problems.length > 0 ? problemId : '', props.describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div className="bs-file">
      <div id={hintId} className="bs-hint">
        {t.acceptHint(typeNames(rule.accept), rule.maxSizeMB, maxFiles)}
      </div>
      {problems.length > 0 && (
        <div id={problemId} className="bs-error-message" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <label className="bs-label bs-label--small" htmlFor={props.id}>
        {`${t.uploadFiles}：${props.label}`}
      </label>
      <input
        id={props.id}
        className={`bs-file__input${props.invalid ? ' bs-input--error' : ''}`}
        type="file"
        accept={acceptAttribute(rule.accept)}
        multiple={maxFiles > 1}
        aria-invalid={props.invalid || problems.length > 0 || undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const input = event.currentTarget;
          void pick(input.files).finally(() => {
            input.value = '';
          });
        }}
      />
      {busy && (
        <p className="bs-hint" role="status">
          {t.uploading}
        </p>
      )}
      {props.files.length > 0 && (
        <ul className="bs-file__list" aria-label={t.uploaded}>
          {props.files.map((file) => (
            <li key={file.id} className="bs-file__item">
              <span>{file.name}</span>
              <button type="button" className="bs-link" onClick={() => props.onFiles(props.files.filter((f) => f.id !== file.id))}>
                {t.removeFile(file.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The default upload hook: nothing leaves the page; a random id the schema accepts. */
export async function localUpload(): Promise<{ id: string }> {
  const bytes = new Uint8Array(12);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  return { id: `local-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}` };
}
