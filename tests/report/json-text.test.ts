import { describe, expect, it } from 'vitest';
import { JsonList, reportJson, reportJsonPieces } from '../../src/report/json-text.js';
import { joinedPieces } from '../../src/report/pieces.js';

const gap = (index: number) => ({ rule: 'dead-end', line: index + 1, path: ['a', 'b'], nested: { list: [{ x: 1 }] } });

describe('reportJson with lists written item by item', () => {
  it('writes a JsonList exactly as the array it stands for, empty or not, at any depth', () => {
    for (const length of [0, 1, 3]) {
      const items = Array.from({ length }, (_, index) => gap(index));
      const plain = { gapcheck: 1, gaps: items, run: { files: items, empty: [] } };
      const listed = {
        gapcheck: 1,
        gaps: new JsonList(length, gap),
        run: { files: new JsonList(length, gap), empty: [] },
      };
      expect(reportJson(listed)).toBe(reportJson(plain));
      expect(JSON.parse(reportJson(listed))).toEqual(plain);
    }
  });

  it('makes each item only when the text reaches it', () => {
    let made = 0;
    const list = new JsonList(100_000, (index) => {
      made += 1;
      return gap(index);
    });
    const pieces = joinedPieces(reportJsonPieces({ gaps: list }));
    const first = pieces.next();
    expect(first.done).toBe(false);
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(1_000);
  });
});
