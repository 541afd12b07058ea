import type { ChoiceOption } from '../../../schemas/service.types.ts';
import { ListEditor, LocalTextField, TextField } from './controls.tsx';
import { nextName } from './keys.ts';
import { useT } from './lang.ts';

const OPTION_VALUE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Choice options: value (what conditions and the submission hold) and labels. */
export function OptionsEditor({ options, onChange }: { options: readonly ChoiceOption[]; onChange: (options: ChoiceOption[]) => void }) {
  const t = useT();
  return (
    <ListEditor
      legend={t('选项', 'Options')}
      items={options}
      onChange={onChange}
      minItems={1}
      maxItems={500}
      itemName={(option, index) => t(`选项 ${index + 1}`, `option ${index + 1}`) + (option.label['zh-CN'] ? `（${option.label['zh-CN']}）` : '')}
      addLabel={t('添加选项', 'Add option')}
      create={() => {
        const value = nextName('option', new Set(options.map((o) => o.value)));
        return { value, label: { 'zh-CN': t(`选项 ${options.length + 1}`, `Option ${options.length + 1}`) } };
      }}
      renderItem={(option, update) => (
        <>
          <TextField
            label={t('值', 'Value')}
            value={option.value}
            required
            hint={t('提交数据和条件使用的值：英文字母、数字、- 或 _。', 'Used in the submission and in conditions: letters, digits, - or _.')}
            validate={(text) => {
              if (!OPTION_VALUE.test(text)) return t('值只能含英文字母、数字、- 和 _，且以字母或数字开头。', 'Letters, digits, - and _ only, starting with a letter or digit.');
              if (text !== option.value && options.some((o) => o.value === text)) return t('值已被其他选项使用。', 'Another option has this value.');
              return undefined;
            }}
            onCommit={(value) => update({ ...option, value })}
          />
          <LocalTextField legend={t('选项文字', 'Label')} value={option.label} required onCommit={(label) => label && update({ ...option, label })} />
        </>
      )}
    />
  );
}
