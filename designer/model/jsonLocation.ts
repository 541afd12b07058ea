/**
 * Where a JSON text is malformed: line, column, a caret excerpt and a localized explanation. JSON.parse's
 * messages only sometimes carry a position, so a small scanner finds the first error itself.
 */
import type { LocalMessage } from './validateDefinition.ts';

export interface JsonSyntaxProblem {
  /** 0-based offset into the text (UTF-16 code units). */
  readonly offset: number;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters (code points). */
  readonly column: number;
  readonly message: LocalMessage;
  /** Two lines: the source line and a caret under the column. */
  readonly excerpt: string;
}

class Fail {
  constructor(readonly offset: number, readonly message: LocalMessage) {}
}

const describeChar = (text: string, i: number): { zh: string; en: string } => {
  if (i >= text.length) return { zh: '文件结尾', en: 'end of file' };
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return { zh: `“${ch}”`, en: `'${ch}'` };
};

/** Finds the first syntax error, or undefined when the text is valid JSON. */
export function scanJson(text: string): { offset: number; message: LocalMessage } | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const unexpected = (expectedZh: string, expectedEn: string): Fail => {
    const c = describeChar(text, i);
    return i >= text.length
      ? new Fail(i, { 'zh-CN': `JSON 意外结束：应为${expectedZh}（是否缺少右括号或引号？）`, en: `Unexpected end of JSON: expected ${expectedEn} (a missing closing bracket or quote?)` })
      : new Fail(i, { 'zh-CN': `意外的字符 ${c.zh}：应为${expectedZh}`, en: `Unexpected ${c.en}: expected ${expectedEn}` });
  };
  const string = (): void => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 0x22) { i++; return; }
      if (ch < 0x20) throw new Fail(i, { 'zh-CN': '字符串中不能直接换行或包含控制字符（是否缺少右引号？）', en: 'A string cannot contain a raw line break or control character (a missing closing quote?)' });
      if (ch === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Fail(i, { 'zh-CN': '无效的 \\u 转义：应为 4 位十六进制数', en: 'Invalid \\u escape: expected 4 hex digits' });
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) throw new Fail(i, { 'zh-CN': '无效的转义字符', en: 'Invalid escape sequence' });
        i += 2;
        continue;
      }
      i++;
    }
    throw new Fail(i, { 'zh-CN': 'JSON 意外结束：字符串缺少右引号', en: 'Unexpected end of JSON: a string is missing its closing quote' });
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] === '}') throw new Fail(i, { 'zh-CN': '多余的逗号：最后一个属性后面不能有逗号', en: 'Trailing comma: no comma after the last property' });
        if (text[i] !== '"') throw unexpected('用双引号括起的属性名', 'a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') throw unexpected('冒号 “:”', "':'");
        i++;
        value();
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        throw unexpected('逗号 “,” 或 “}”（是否缺少逗号？）', "',' or '}' (a missing comma?)");
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        ws();
        if (text[i] === ']') throw new Fail(i, { 'zh-CN': '多余的逗号：最后一项后面不能有逗号', en: 'Trailing comma: no comma after the last item' });
        value();
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        throw unexpected('逗号 “,” 或 “]”（是否缺少逗号？）', "',' or ']' (a missing comma?)");
      }
    }
    if (ch === '"') return string();
    const literal = /^(true|false|null)/.exec(text.slice(i, i + 5));
    if (literal) { i += literal[0].length; return; }
    const number = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (number && number[0] !== '-' && number[0] !== '') { i += number[0].length; return; }
    if (ch === "'") throw new Fail(i, { 'zh-CN': '字符串必须使用双引号，不能用单引号', en: 'Strings need double quotes, not single quotes' });
    throw unexpected('一个值（对象、数组、字符串、数字、true、false 或 null）', 'a value (object, array, string, number, true, false or null)');
  };
  try {
    value();
    ws();
    if (i < text.length) throw unexpected('文件结尾（JSON 只能有一个顶层值）', 'end of file (JSON holds one top-level value)');
    return undefined;
  } catch (error) {
    if (error instanceof Fail) return { offset: error.offset, message: error.message };
    throw error;
  }
}

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : ch === '\t' ? 1 : 1;
  return w;
}

export function locate(text: string, offset: number): { line: number; column: number; excerpt: string } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = text.length;
  const source = text.slice(lineStart, lineEnd).replace(/\r$/, '').replace(/\t/g, ' ');
  const prefix = text.slice(lineStart, clamped).replace(/\t/g, ' ');
  const column = [...prefix].length + 1;
  // Long lines (minified JSON): show a window around the column.
  let shown = source;
  let caretAt = width(prefix);
  const chars = [...source];
  const col0 = column - 1;
  if (chars.length > 100) {
    const from = Math.max(0, col0 - 50);
    const window = chars.slice(from, from + 100).join('');
    shown = `${from > 0 ? '…' : ''}${window}${from + 100 < chars.length ? '…' : ''}`;
    caretAt = (from > 0 ? 1 : 0) + width(chars.slice(from, col0).join(''));
  }
  const gutter = String(line);
  // The line before helps with the commonest mistake: a comma missing at the end of the previous line.
  let previous = '';
  if (line > 1 && [...source.slice(0, column - 1)].every((ch) => ch === ' ')) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prevLine = text.slice(prevStart, lineStart - 1).replace(/\r$/, '').replace(/\t/g, ' ');
    if (prevLine.length <= 100) previous = `  ${String(line - 1).padStart(gutter.length)} | ${prevLine}\n`;
  }
  const excerpt = `${previous}  ${gutter} | ${shown}\n  ${' '.repeat(gutter.length)} | ${' '.repeat(caretAt)}^`;
  return { line, column, excerpt };
}

/** Parses JSON; on failure says where and why. A leading byte order mark is ignored. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const native = error instanceof Error ? error.message : String(error);
    const scanned = scanJson(body);
    const position = /at position (\d+)/.exec(native);
    const offset = scanned?.offset ?? (position ? Number(position[1]) : /end of JSON input/.test(native) ? body.length : 0);
    const message = scanned?.message ?? { 'zh-CN': `JSON 语法错误：${native}`, en: `JSON syntax error: ${native}` };
    if (body.trim() === '') {
      return { ok: false, problem: { offset: 0, line: 1, column: 1, excerpt: '', message: { 'zh-CN': '文件是空的：应为 JSON', en: 'The file is empty: expected JSON' } } };
    }
    return { ok: false, problem: { offset, ...locate(body, offset), message } };
  }
}
