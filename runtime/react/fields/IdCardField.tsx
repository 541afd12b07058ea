import { normalizeResidentId } from '../../../schemas/formats/index.ts';
import { useFormContext } from '../context.ts';
import { TextInput } from './TextInput.tsx';
import type { FieldRendererProps } from './types.ts';

/**
 * 身份证号码: 17 digits and a last character that may be X. inputMode="numeric" gives the big digit keypad
 * (what elderly citizens manage best on a phone), but phone keypads have no X, so an "输入 X" button appends
 * it; hardware keyboards type X directly (inputmode restricts nothing). Whatever is typed is normalised before
 * it is stored (full-width digits, spaces, lowercase x), so the engine's checksum message is about the number.
 */
export function IdCardField(props: FieldRendererProps) {
  const { t } = useFormContext();
  const stored = typeof props.value === 'string' ? props.value : '';
  return (
    <div className="bs-id-input">
      <TextInput {...props} inputMode="numeric" autoCapitalize="characters" className="bs-input--medium" maxLength={22} parse={normalizeResidentId} />
      <button
        type="button"
        className="bs-button bs-button--secondary bs-id-input__x"
        disabled={stored.length >= 18}
        onClick={(event) => {
          props.onChange(normalizeResidentId(`${stored}X`));
          (event.currentTarget.getRootNode() as Document).getElementById(props.id)?.focus();
        }}
      >
        {t.idCardX}
      </button>
    </div>
  );
}
