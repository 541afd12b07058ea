/**
 * Citizen-facing messages in zh-CN and en. Written for the person filling in the form: they name the field by
 * its label and say what to do, never what a validator keyword is ("请输入18位居民身份证号码", not "must match
 * pattern"). The catalogue is typed, so a key missing in one locale is a compile error.
 */

/** Locales the engine writes messages in. */
import type { Locale } from '../../schemas/localText.ts';
export type { Locale };
export { localText } from '../../schemas/localText.ts';

/** Parameters a message may use. `label` is the field label (or material name) in the message's locale. */
export interface MessageParams {
  label: string;
  min?: number | string;
  max?: number | string;
  fileName?: string;
  accept?: string;
  expected?: string;
  reason?: string;
}

type Template = (p: MessageParams) => string;

/** Every message the engine can produce. */
export type MessageKey =
  | 'required.enter'
  | 'required.select'
  | 'required.answer'
  | 'required.upload'
  | 'required.material'
  | 'required.group'
  | 'required.commitment'
  | 'required.deferral'
  | 'not-allowed.answer'
  | 'not-allowed.unknown'
  | 'type.text'
  | 'type.number'
  | 'type.integer'
  | 'type.choice'
  | 'type.multi'
  | 'type.yes-no'
  | 'type.object'
  | 'type.list'
  | 'type.submission'
  | 'length.max'
  | 'length.min'
  | 'pattern.custom'
  | 'pattern.generic'
  | 'pattern.mobile'
  | 'pattern.postal'
  | 'pattern.email'
  | 'pattern.uscc'
  | 'pattern.resident-id'
  | 'pattern.date'
  | 'pattern.division'
  | 'pattern.file-id'
  | 'pattern.licence-id'
  | 'pattern.signed-at'
  | 'format.date'
  | 'format.email'
  | 'resident-id.length'
  | 'resident-id.characters'
  | 'resident-id.date'
  | 'resident-id.future-date'
  | 'resident-id.checksum'
  | 'resident-id.document-type'
  | 'uscc.registration-department'
  | 'uscc.checksum'
  | 'uscc.org-code-checksum'
  | 'enum.choice'
  | 'enum.file-type'
  | 'range.min'
  | 'range.max'
  | 'range.file-size'
  | 'range.file-empty'
  | 'items.min-select'
  | 'items.max-select'
  | 'items.unique'
  | 'items.min-group'
  | 'items.max-group'
  | 'items.min-files'
  | 'items.max-files'
  | 'material-way'
  | 'not-eligible'
  | 'incomplete';

const zhCN: Record<MessageKey, Template> = {
  'required.enter': (p) => `请填写${p.label}`,
  'required.select': (p) => `请选择${p.label}`,
  // Situation labels are whole questions (“您是否为在校学生？”): ask for an answer instead of gluing a verb on.
  'required.answer': (p) => `请回答：${p.label}`,
  'required.upload': (p) => `请上传${p.label}`,
  'required.material': (p) => `请选择如何提供“${p.label}”`,
  'required.group': (p) => `请添加${p.label}`,
  'required.commitment': (p) => `请阅读承诺内容，并勾选“我已阅读并承诺”：${p.label}`,
  'required.deferral': (p) => `请确认“${p.label}”的补交日期`,
  'not-allowed.answer': (p) => `根据您的回答，无需填写${p.label}`,
  'not-allowed.unknown': (p) => `提交内容中有无法识别的项目“${p.label}”`,
  'type.text': (p) => `${p.label}应填写文字`,
  'type.number': (p) => `${p.label}请填写数字`,
  'type.integer': (p) => `${p.label}请填写整数`,
  'type.choice': (p) => `请选择${p.label}`,
  'type.multi': (p) => `请选择${p.label}`,
  'type.yes-no': (p) => `请选择“是”或“否”：${p.label}`,
  'type.object': (p) => `${p.label}的内容不完整，请重新填写`,
  'type.list': (p) => `${p.label}的内容不完整，请重新填写`,
  'type.submission': () => '提交的内容无法识别，请重新填写',
  'length.max': (p) => `${p.label}不能超过${p.max}个字`,
  'length.min': (p) => `${p.label}至少需要${p.min}个字`,
  'pattern.custom': (p) => p.reason ?? `${p.label}的格式不正确`,
  'pattern.generic': (p) => `${p.label}的格式不正确，请核对`,
  'pattern.mobile': () => '请输入11位手机号码，如 13800138000',
  'pattern.postal': () => '请输入6位数字的邮政编码',
  'pattern.email': () => '请输入正确的电子邮箱地址，如 name@example.com',
  'pattern.uscc': () => '请输入18位统一社会信用代码（数字或大写字母，不含 I、O、S、V、Z）',
  'pattern.resident-id': () => '请输入18位居民身份证号码',
  'pattern.date': (p) => `请按“年-月-日”填写${p.label}，如 2026-01-31`,
  'pattern.division': (p) => `请选择${p.label}的省、市、区`,
  'pattern.file-id': (p) => `文件“${p.label}”上传未完成，请重新上传`,
  'pattern.licence-id': (p) => `“${p.label}”的电子证照无法识别，请重新选择`,
  'pattern.signed-at': (p) => `“${p.label}”的承诺签署时间无效，请重新签署`,
  'format.date': (p) => `${p.label}不是有效的日期，请核对年、月、日`,
  'format.email': () => '请输入正确的电子邮箱地址，如 name@example.com',
  'resident-id.length': () => '请输入18位居民身份证号码',
  'resident-id.characters': (p) => `${p.label}只能由数字和最后一位的大写字母 X 组成`,
  'resident-id.date': (p) => `${p.label}中的出生日期不正确，请核对第7至14位`,
  'resident-id.future-date': (p) => `${p.label}中的出生日期晚于今天，请核对第7至14位`,
  'resident-id.checksum': (p) => `${p.label}校验位不正确，请核对最后一位`,
  'resident-id.document-type': (p) => `这个号码是${p.expected ?? '其他证件'}的号码，请确认证件类型`,
  'uscc.registration-department': (p) => `${p.label}的第1位不正确，请核对`,
  'uscc.checksum': (p) => `${p.label}校验位不正确，请核对最后一位`,
  'uscc.org-code-checksum': (p) => `${p.label}中的组织机构代码（第9至17位）不正确，请核对`,
  'enum.choice': (p) => `请从列出的选项中选择${p.label}`,
  'enum.file-type': (p) => `文件“${p.fileName}”的格式不支持，请上传 ${p.accept} 格式`,
  'range.min': (p) => `${p.label}不能小于${p.min}`,
  'range.max': (p) => `${p.label}不能大于${p.max}`,
  'range.file-size': (p) => `文件“${p.fileName}”超过${p.max}MB，请压缩后重新上传`,
  'range.file-empty': (p) => `文件“${p.fileName}”是空文件，请重新上传`,
  'items.min-select': (p) => `${p.label}请至少选择${p.min}项`,
  'items.max-select': (p) => `${p.label}最多选择${p.max}项`,
  'items.unique': (p) => `${p.label}中有重复的选项`,
  'items.min-group': (p) => `${p.label}请至少添加${p.min}条`,
  'items.max-group': (p) => `${p.label}最多添加${p.max}条`,
  'items.min-files': (p) => `请上传${p.label}`,
  'items.max-files': (p) => `${p.label}最多上传${p.max}个文件`,
  'material-way': (p) => `“${p.label}”不能通过这种方式提供，请重新选择`,
  'not-eligible': (p) => p.reason ?? '根据您的回答，您暂不符合申请条件',
  'incomplete': () => '申请尚未填写完整，请回答所有问题后再提交',
};

const en: Record<MessageKey, Template> = {
  'required.enter': (p) => `Enter ${p.label}`,
  'required.select': (p) => `Select ${p.label}`,
  'required.answer': (p) => `Answer this question: ${p.label}`,
  'required.upload': (p) => `Upload ${p.label}`,
  'required.material': (p) => `Choose how you will provide "${p.label}"`,
  'required.group': (p) => `Add ${p.label}`,
  'required.commitment': (p) => `Read the commitment and tick "I have read it and I promise": ${p.label}`,
  'required.deferral': (p) => `Confirm the date by which you will provide "${p.label}"`,
  'not-allowed.answer': (p) => `You do not need to answer ${p.label} given your other answers`,
  'not-allowed.unknown': (p) => `The application contains an item we do not recognise: "${p.label}"`,
  'type.text': (p) => `${p.label} must be text`,
  'type.number': (p) => `${p.label} must be a number`,
  'type.integer': (p) => `${p.label} must be a whole number`,
  'type.choice': (p) => `Select ${p.label}`,
  'type.multi': (p) => `Select ${p.label}`,
  'type.yes-no': (p) => `Select yes or no: ${p.label}`,
  'type.object': (p) => `${p.label} is incomplete; fill it in again`,
  'type.list': (p) => `${p.label} is incomplete; fill it in again`,
  'type.submission': () => 'We could not read this application; fill it in again',
  'length.max': (p) => `${p.label} must be ${p.max} characters or fewer`,
  'length.min': (p) => `${p.label} must be at least ${p.min} characters`,
  'pattern.custom': (p) => p.reason ?? `Enter ${p.label} in the right format`,
  'pattern.generic': (p) => `Enter ${p.label} in the right format`,
  'pattern.mobile': () => 'Enter an 11-digit mobile number, like 13800138000',
  'pattern.postal': () => 'Enter a 6-digit postcode',
  'pattern.email': () => 'Enter an email address in the correct format, like name@example.com',
  'pattern.uscc': () => 'Enter the 18-character unified social credit code (digits or capital letters except I, O, S, V, Z)',
  'pattern.resident-id': () => 'Enter the 18-character resident ID number',
  'pattern.date': (p) => `Enter ${p.label} as year-month-day, like 2026-01-31`,
  'pattern.division': (p) => `Select the province, city and district of ${p.label}`,
  'pattern.file-id': (p) => `The upload of "${p.label}" did not finish; upload it again`,
  'pattern.licence-id': (p) => `We could not recognise the e-licence for "${p.label}"; choose it again`,
  'pattern.signed-at': (p) => `The signing time of the commitment for "${p.label}" is not valid; sign it again`,
  'format.date': (p) => `${p.label} must be a real date; check the year, month and day`,
  'format.email': () => 'Enter an email address in the correct format, like name@example.com',
  'resident-id.length': () => 'Enter the 18-character resident ID number',
  'resident-id.characters': (p) => `${p.label} can only contain digits, and a capital X as the last character`,
  'resident-id.date': (p) => `The date of birth in ${p.label} is not a real date; check characters 7 to 14`,
  'resident-id.future-date': (p) => `The date of birth in ${p.label} is in the future; check characters 7 to 14`,
  'resident-id.checksum': (p) => `The check character of ${p.label} is wrong; check the last character`,
  'resident-id.document-type': (p) => `This number belongs to ${p.expected ?? 'another document'}; check the document type`,
  'uscc.registration-department': (p) => `The first character of ${p.label} is wrong`,
  'uscc.checksum': (p) => `The check character of ${p.label} is wrong; check the last character`,
  'uscc.org-code-checksum': (p) => `The organisation code in ${p.label} (characters 9 to 17) is wrong`,
  'enum.choice': (p) => `Select ${p.label} from the options listed`,
  'enum.file-type': (p) => `"${p.fileName}" is not an accepted file type; upload ${p.accept}`,
  'range.min': (p) => `${p.label} must be ${p.min} or more`,
  'range.max': (p) => `${p.label} must be ${p.max} or less`,
  'range.file-size': (p) => `"${p.fileName}" is larger than ${p.max} MB; make it smaller and upload it again`,
  'range.file-empty': (p) => `"${p.fileName}" is empty; upload it again`,
  'items.min-select': (p) => `Select at least ${p.min} for ${p.label}`,
  'items.max-select': (p) => `Select no more than ${p.max} for ${p.label}`,
  'items.unique': (p) => `${p.label} has the same option twice`,
  'items.min-group': (p) => `Add at least ${p.min} to ${p.label}`,
  'items.max-group': (p) => `Add no more than ${p.max} to ${p.label}`,
  'items.min-files': (p) => `Upload ${p.label}`,
  'items.max-files': (p) => `Upload no more than ${p.max} files for ${p.label}`,
  'material-way': (p) => `"${p.label}" cannot be provided this way; choose another`,
  'not-eligible': (p) => p.reason ?? 'From your answers, you cannot apply for this service',
  'incomplete': () => 'The application is not complete; answer every question before you submit',
};

/** The catalogue: one template per key and locale. */
export const messages: Readonly<Record<Locale, Readonly<Record<MessageKey, Template>>>> = Object.freeze({
  'zh-CN': zhCN,
  en,
});

/** Formats a message. */
export function message(locale: Locale, key: MessageKey, params: MessageParams): string {
  return messages[locale][key](params);
}


/** Names of the three document types sharing the 身份证 algorithm, for the 'document-type' message. */
export const documentTypeNames: Readonly<Record<Locale, Readonly<Record<string, string>>>> = Object.freeze({
  'zh-CN': { 'resident-id': '居民身份证', 'residence-permit': '港澳台居民居住证', 'permanent-residence': '外国人永久居留身份证' },
  en: {
    'resident-id': 'a resident identity card',
    'residence-permit': 'a residence permit for Hong Kong, Macao or Taiwan residents',
    'permanent-residence': 'a foreign permanent resident ID card',
  },
});
