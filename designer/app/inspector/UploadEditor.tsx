import type { UploadRule } from '../../../schemas/service.types.ts';
import { CheckboxGroup, NumberField } from './controls.tsx';
import { withOptional } from './keys.ts';
import { useT } from './lang.ts';

type MediaType = UploadRule['accept'][number];

/** Accepted file types, size and count of an upload. */
export function UploadEditor({ rule, onChange }: { rule: UploadRule; onChange: (rule: UploadRule) => void }) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('上传要求', 'Upload rules')}</legend>
      <CheckboxGroup<MediaType>
        legend={t('接受的文件类型', 'Accepted file types')}
        values={rule.accept}
        min={1}
        onChange={(accept) => onChange({ ...rule, accept })}
        choices={[
          { value: 'application/pdf', label: 'PDF' },
          { value: 'image/jpeg', label: 'JPEG' },
          { value: 'image/png', label: 'PNG' },
          { value: 'image/heic', label: 'HEIC' },
          { value: 'application/ofd', label: t('OFD（版式文件）', 'OFD') },
        ]}
      />
      <NumberField label={t('单个文件大小上限（MB）', 'Largest file (MB)')} required min={0.1} max={200} value={rule.maxSizeMB} onCommit={(maxSizeMB) => maxSizeMB !== undefined && onChange({ ...rule, maxSizeMB })} />
      <NumberField label={t('最多文件数', 'Most files')} integer min={1} max={100} value={rule.maxFiles} onCommit={(maxFiles) => onChange(withOptional(rule, 'maxFiles', maxFiles))} />
    </fieldset>
  );
}
