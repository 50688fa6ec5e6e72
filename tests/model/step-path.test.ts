import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StepPath } from '../../src/model/step-path.js';

describe('StepPath', () => {
  it('reads any part of a path joined from shared pieces as the one array they spell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(50), { maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.nat(40),
        fc.nat(40),
        (pieces, from, to) => {
          const [last, ...before] = [...pieces].reverse();
          const path = before.reduce((rest, own) => StepPath.join(own, rest), StepPath.of(last!));
          const spelled = pieces.flat();
          expect(path.length).toBe(spelled.length);
          expect(path.slice()).toEqual(spelled);
          expect(path.slice(from, to)).toEqual(spelled.slice(from, to));
          expect(path.sliceAs(from, to, (step) => `s${step}`)).toEqual(
            spelled.slice(from, to).map((step) => `s${step}`),
          );
        },
      ),
    );
  });

  it('shares the rest it is joined to', () => {
    const flow = StepPath.of(Array.from({ length: 1000 }, (_, step) => step));
    const [first, second] = [StepPath.join([2000], flow), StepPath.join([3000, 3001], flow)];
    expect([first.length, second.length]).toEqual([1001, 1002]);
    expect(second.slice(0, 4)).toEqual([3000, 3001, 0, 1]);
    expect(first.slice(999)).toEqual([998, 999]);
  });
});
