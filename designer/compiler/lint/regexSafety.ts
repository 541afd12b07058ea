/**
 * A conservative check for regular expressions that can backtrack catastrophically (ReDoS), for patterns that
 * administrators write. A match can take exponential time when a repeated group can match the same text in
 * more than one way: a variable repetition nested in another ((a+)+, (\d*-?)*), or alternatives that start
 * alike inside a repetition ((a|ab)*). Backreferences are refused too: other validators may not support them.
 */

export type RegexRisk = { zh: string; en: string };

interface Frame {
  /** A variable-length repetition (min ≠ max, max > 1) occurs inside this group. */
  variableInside: boolean;
  /** First characters of each alternative; undefined when unknown. */
  firstChars: (string | undefined)[];
  atAlternativeStart: boolean;
}

/** Returns the risk found, or undefined when the pattern looks safe. Assumes it compiles in Unicode mode. */
export function regexRisk(pattern: string): RegexRisk | undefined {
  const stack: Frame[] = [{ variableInside: false, firstChars: [], atAlternativeStart: true }];
  let i = 0;
  let lastAtomExists = false;
  const top = () => stack[stack.length - 1]!;
  const noteFirst = (char: string | undefined) => {
    const frame = top();
    if (frame.atAlternativeStart) {
      frame.firstChars.push(char);
      frame.atAlternativeStart = false;
    }
  };
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return { zh: '使用了反向引用', en: 'it uses a backreference' };
      noteFirst(/[dDwWsSbBpP]/.test(next) ? undefined : next);
      i += next === 'u' || next === 'x' || next === 'p' || next === 'P' ? skipEscape(pattern, i) : 2;
      lastAtomExists = true;
    } else if (c === '[') {
      noteFirst(undefined);
      i = skipClass(pattern, i);
      lastAtomExists = true;
    } else if (c === '(') {
      noteFirst(undefined);
      stack.push({ variableInside: false, firstChars: [], atAlternativeStart: true });
      i += pattern.startsWith('(?<', i) && !pattern.startsWith('(?<=', i) && !pattern.startsWith('(?<!', i)
        ? pattern.indexOf('>', i) - i + 1
        : pattern.startsWith('(?', i) ? 3 : 1;
      lastAtomExists = false;
    } else if (c === ')') {
      const frame = stack.pop()!;
      if (stack.length === 0) return undefined;
      i += 1;
      const quantifier = readQuantifier(pattern, i);
      if (quantifier && quantifier.max > 1 && quantifier.min !== quantifier.max) {
        if (frame.variableInside) return { zh: '可变重复嵌套在可变重复中', en: 'a variable repetition is nested in another' };
        const known = frame.firstChars;
        if (known.length > 1 && (known.includes(undefined) || new Set(known).size < known.length)) {
          return { zh: '重复的分组里有开头相同的选择分支', en: 'alternatives inside a repetition can start alike' };
        }
      }
      lastAtomExists = true;
      if (frame.variableInside) top().variableInside = true;
    } else if (c === '|') {
      top().atAlternativeStart = true;
      i += 1;
      lastAtomExists = false;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      const quantifier = readQuantifier(pattern, i);
      if (!quantifier) {
        i += 1;
        continue;
      }
      if (lastAtomExists && quantifier.max > 1 && quantifier.min !== quantifier.max) top().variableInside = true;
      i += quantifier.length;
    } else {
      if (c !== '^' && c !== '$') noteFirst(c === '.' ? undefined : c);
      i += 1;
      lastAtomExists = c !== '^' && c !== '$';
    }
  }
  return undefined;
}

function skipEscape(pattern: string, i: number): number {
  const next = pattern[i + 1];
  if (pattern[i + 2] === '{') return pattern.indexOf('}', i) - i + 1;
  return next === 'u' ? 6 : next === 'x' ? 4 : 2;
}

function skipClass(pattern: string, i: number): number {
  let j = i + 1;
  while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
  return j + 1;
}

function readQuantifier(pattern: string, i: number): { min: number; max: number; length: number } | undefined {
  const c = pattern[i];
  let result: { min: number; max: number; length: number } | undefined;
  if (c === '*') result = { min: 0, max: Infinity, length: 1 };
  else if (c === '+') result = { min: 1, max: Infinity, length: 1 };
  else if (c === '?') result = { min: 0, max: 1, length: 1 };
  else if (c === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!match) return undefined;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    result = { min, max, length: match[0].length };
  }
  if (result && pattern[i + result.length] === '?') result.length += 1;
  return result;
}
