/**
 * Where JSON stops being JSON, for the errors V8 reports without a position ("Unexpected token 'x', ... is not
 * valid JSON"). A validating scan without building values: linear, iterative (no recursion, so 10,000 levels of
 * nesting cannot overflow the stack), and only run after JSON.parse has already failed.
 * Returns the offset of the first character that cannot continue a valid document.
 *
 * Why not a library (issue 12 asked): jsonc-parser 3.3 (`visit`, comments and trailing commas refused) finds the
 * same offsets, but recurses per nesting level and overflows the stack at 10,000 levels, and took 80.7 ms of CPU
 * on a 9 MB text against 30.3 ms here (2026-12-03); parse-json only reformats the position V8 gives, and the
 * messages this runs for carry none.
 */
export function locateJsonError(text: string): number {
  const stack: number[] = []; // 0x7b for objects, 0x5b for arrays
  let i = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  /** Scans one string starting at its quote; returns false at a bad character. */
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 1;
            return false;
          }
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          i += 1;
          return false;
        }
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    const rest = text.slice(i, i + 5);
    for (const literal of ['true', 'false', 'null']) {
      if (rest.startsWith(literal)) {
        i += literal.length;
        return true;
      }
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!number || number[0] === '' || number[0] === '-') return false;
    i += number[0].length;
    return true;
  };

  // expect: 'value' | 'key' | 'afterValue'
  let expect: 'value' | 'key' | 'firstKey' | 'firstValue' | 'afterValue' = 'value';
  for (;;) {
    ws();
    if (i >= text.length) return text.length;
    const c = text.charCodeAt(i);
    if (expect === 'value' || expect === 'firstValue') {
      if (expect === 'firstValue' && c === 0x5d) {
        stack.pop();
        i++;
        expect = 'afterValue';
      } else if (c === 0x7b) {
        stack.push(0x7b);
        i++;
        expect = 'firstKey';
      } else if (c === 0x5b) {
        stack.push(0x5b);
        i++;
        expect = 'firstValue';
      } else if (c === 0x22) {
        if (!string()) return i;
        expect = 'afterValue';
      } else if (scalar()) {
        expect = 'afterValue';
      } else return i;
    } else if (expect === 'key' || expect === 'firstKey') {
      if (expect === 'firstKey' && c === 0x7d) {
        stack.pop();
        i++;
        expect = 'afterValue';
        continue;
      }
      if (c !== 0x22 || !string()) return i;
      ws();
      if (text.charCodeAt(i) !== 0x3a) return i;
      i++;
      expect = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i; // content after the document
      if (c === 0x2c) {
        i++;
        expect = top === 0x7b ? 'key' : 'value';
      } else if ((c === 0x7d && top === 0x7b) || (c === 0x5d && top === 0x5b)) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}
