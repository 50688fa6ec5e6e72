import { describe, expect, it } from 'vitest';
import { dueDate, isOverdue, isValidDate, parseDate } from '../../src/model/time.js';
import { runCli } from '../helpers/run-cli.js';

describe('dates', () => {
  it('reads the years 0000 to 0099 as written, not as 1900 to 1999', () => {
    expect(isValidDate('0000-01-01')).toBe(true);
    expect(isValidDate('0099-12-31')).toBe(true);
    expect(isValidDate('0004-02-29')).toBe(true);
    expect(isValidDate('0001-02-29')).toBe(false);
    expect(parseDate('0050-03-01')! - parseDate('0050-02-28')!).toBe(24 * 3600 * 1000);
    expect(new Date(parseDate('0012-06-30')!).toISOString()).toBe('0012-06-30T00:00:00.000Z');
    expect(dueDate('0099-12-31', { seconds: 86400, text: '1d' })).toBe('0100-01-01');
    expect(isOverdue('0010-01-01', { seconds: 86400, text: '1d' }, '2026-01-01')).toBe(true);
  });

  it('takes such a date as --today', () => {
    const { code, stderr } = runCli(['audit', '--today', '0042-07-01', 'sample-processes/phone-order-intake.yaml']);
    expect(stderr).toBe('');
    expect(code).not.toBe(2);
  });
});
