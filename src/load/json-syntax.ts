/**
 * Where JSON that `JSON.parse` refused goes wrong: V8 names the offending character but, for most errors, not
 * where it is. A scan of RFC 8259's grammar finds the first offset at which the text stops being JSON.
 */
import type { Position } from '../position.js';

export interface JsonSyntaxError extends Position {
  /** What is wrong there, in plain words. */
  readonly reason: string;
}

/** The first syntax error in `text`; undefined when it is JSON, or nested too deep to scan. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const fail = (reason?: string): never => {
    throw new Stop(
      at,
      reason ?? (at >= text.length ? 'the text ends before the JSON does' : `unexpected ${JSON.stringify(text[at])}`),
    );
  };
  const space = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const expect = (token: string): void => {
    if (!text.startsWith(token, at)) fail();
    at += token.length;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      const char = text[at];
      if (char === undefined || char < ' ')
        fail(char === undefined ? undefined : 'a control character inside a string');
      at++;
      if (char === '"') return;
      if (char === '\\') {
        if (text[at] === 'u') {
          at++;
          for (let i = 0; i < 4; i++, at++) if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail();
        } else if ('"\\/bfnrt'.includes(text[at] ?? '!')) at++;
        else fail();
      }
    }
  };
  const number = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail();
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') sequence('}', () => (string(), space(), expect(':'), value()));
    else if (char === '[') sequence(']', value);
    else if (char === '"') string();
    else if (char === 't') expect('true');
    else if (char === 'f') expect('false');
    else if (char === 'n') expect('null');
    else number();
    space();
  };
  const sequence = (close: string, item: () => void): void => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      space();
      item();
      if (text[at] === close) return void at++;
      expect(',');
    }
  };
  try {
    value();
    if (at < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1, reason: error.reason };
  }
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}
