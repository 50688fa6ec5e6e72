import { describe, expect, it } from 'vitest';
import { closestName, didYouMean } from '../../src/load/suggest.js';
import { CHANNELS, STEP_TYPES } from '../../src/model/process.js';

describe('closestName: the one "did you mean" of every message', () => {
  it.each([
    ['confirmation', STEP_TYPES, 'confirm'],
    ['e-mail', CHANNELS, 'email'],
    ['Web Form', CHANNELS, 'web-form'],
    ['inperson', CHANNELS, 'in-person'],
    ['phne', CHANNELS, 'phone'],
    ['folow-up', STEP_TYPES, 'follow-up'],
    ['dead-ends', ['dead-end', 'endless-loop'], 'dead-end'],
  ])('takes %s for %s', (written, known, meant) => {
    expect(closestName(written, known)).toBe(meant);
  });

  it.each([
    ['praise', CHANNELS],
    ['re', ['refund', 'repair']],
    ['maximum', ['max']],
    ['xyz', ['abcdef']],
  ])('guesses nothing for %s', (written, known) => {
    expect(closestName(written, known)).toBeUndefined();
  });

  it('writes the suggestion as every message ends with it', () => {
    expect(didYouMean('e-mail', CHANNELS)).toBe(' — did you mean "email"?');
    expect(didYouMean('praise', CHANNELS)).toBe('');
  });
});
