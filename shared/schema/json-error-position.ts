/**
 * Finds where a JSON text stops being valid, as an offset — V8's own messages often omit the position
 * (`Unexpected token 'a', "abc" is not valid JSON`). Iterative (no recursion), so deeply nested input is safe.
 * Call it only after `JSON.parse` failed; returns the offset of the first offending character
 * (`text.length` when the text ends too early).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) {
          i = n;
          return false;
        }
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) {
              i = n;
              return false;
            }
            if (!/[0-9a-fA-F]/.test(text[i + k]!)) {
              i += k;
              return false;
            }
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) i += 2;
        else {
          i += 1;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') return false;
    i += match[0].length;
    return true;
  };
  const literal = (): boolean => {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    // Partial literal at the end ("tr") means the text ends too early.
    for (const word of ['true', 'false', 'null']) {
      const rest = text.slice(i);
      if (rest.length < word.length && word.startsWith(rest)) i = n;
    }
    return false;
  };
  /** Parses one value: 'open' when it was an opening bracket (pushed on the stack), 'done', or 'bad'. */
  const value = (): 'open' | 'done' | 'bad' => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return 'open';
    }
    if (c === '"') return string() ? 'done' : 'bad';
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number() ? 'done' : 'bad';
    return literal() ? 'done' : 'bad';
  };
  /** One array element or object member: `value` or `"key": value`. */
  const member = (container: '{' | '['): 'open' | 'done' | 'bad' => {
    if (container === '{') {
      ws();
      if (!string()) return 'bad';
      ws();
      if (text[i] !== ':') return 'bad';
      i++;
    }
    return value();
  };

  let state = value();
  if (state === 'bad') return Math.min(i, n);
  while (stack.length > 0) {
    ws();
    const top = stack[stack.length - 1]!;
    const close = top === '[' ? ']' : '}';
    if (state === 'open' && text[i] === close) {
      stack.pop();
      i++;
      state = 'done';
      continue;
    }
    if (state === 'done') {
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return Math.min(i, n);
      i++;
    }
    state = member(top);
    if (state === 'bad') return Math.min(i, n);
  }
  ws();
  return Math.min(i, n);
}

/** 1-based line and column of an offset, for messages: "line 3, column 14". */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
