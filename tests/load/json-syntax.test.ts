/** Where JSON that JSON.parse refuses goes wrong, for `gapcheck merge`'s file:line:column. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/load/json-syntax.js';

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in any JSON, and something in all text JSON.parse refuses', () => {
    fc.assert(fc.property(fc.json(), (text) => findJsonSyntaxError(text) === undefined));
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (findJsonSyntaxError(text) === undefined) === valid;
      }),
    );
  });

  it.each([
    ['{\n  "a": [,]\n}', 2, 9, 'unexpected ","'],
    ['{"a": 1', 1, 8, 'the text ends before the JSON does'],
    ['{"a": "b\tc"}', 1, 9, 'a control character inside a string'],
    ['[1, 2] x', 1, 8, 'unexpected "x"'],
    ['{"é": tru}', 1, 7, 'unexpected "t"'],
    ['[01]', 1, 3, 'unexpected "1"'],
  ])('%j is wrong at %i:%i', (text, line, column, reason) => {
    expect(findJsonSyntaxError(text)).toEqual({ line, column, reason });
  });
});
