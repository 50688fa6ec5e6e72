/** Every offset maps to the line and column a reader counts, whatever order the offsets are asked in. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/load/source.js';

function countedPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

describe('SourceText.positionAt', () => {
  it('agrees with counting line breaks, for offsets in any order (in file order, backwards, far apart)', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\n\n'), { maxLength: 200 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -5, max: 220 }), { maxLength: 40 }), (written, offsets) => {
        const source = new SourceText('f.yaml', written);
        for (const offset of [...offsets, ...offsets.toSorted((a, b) => a - b)]) {
          expect(source.positionAt(offset)).toEqual(countedPosition(written, offset));
        }
      }),
    );
  });

  it('finds the last line of a file without a final line break, and of one with', () => {
    expect(new SourceText('f.yaml', 'a\nbc').positionAt(4)).toEqual({ line: 2, column: 3 });
    expect(new SourceText('f.yaml', 'a\nbc\n').positionAt(5)).toEqual({ line: 3, column: 1 });
  });
});
