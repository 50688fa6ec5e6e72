import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedPieces } from '../../src/report/pieces.js';

describe('joinedPieces', () => {
  it('writes the same text, short pieces joined to 64 Ki characters, long ones as they are', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer({ min: 1, max: 40_000 }).map((n) => 'x'.repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const written = [...joinedPieces(pieces)];
        expect(written.join('')).toBe(pieces.join(''));
        expect(written.every((out) => out.length > 0)).toBe(true);
        // A piece of 8 Ki characters or more is never copied into another.
        for (const long of pieces.filter((each) => each.length >= 8 * 1024)) expect(written).toContain(long);
        // Short pieces are joined until they reach 64 Ki characters: only the one before a long piece, and the last, fall short.
        written.forEach((out, at) => {
          const next = written[at + 1];
          if (out.length < 8 * 1024 && next !== undefined) expect(next.length).toBeGreaterThanOrEqual(8 * 1024);
        });
      }),
    );
  });
});
