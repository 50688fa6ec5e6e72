/** `--cache` prints a kept report again only when nothing it was made from changed: every flag of `audit` is accounted for. */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { FLAGS_AND_THE_REPORT_KEY, registerAudit } from '../../src/cli/audit-command.js';

function auditFlags(): string[] {
  const program = new Command();
  registerAudit(program, () => {});
  const audit = program.commands.find((command) => command.name() === 'audit')!;
  return audit.options.map((option) => option.attributeName());
}

describe('the key of a kept report', () => {
  it('accounts for every flag of gapcheck audit: in the key, or why it need not be', () => {
    const flags = auditFlags();
    expect(flags.length).toBeGreaterThan(10);
    expect(
      flags.filter((flag) => !(flag in FLAGS_AND_THE_REPORT_KEY)),
      'flags FLAGS_AND_THE_REPORT_KEY does not account for',
    ).toEqual([]);
    expect(
      Object.keys(FLAGS_AND_THE_REPORT_KEY).filter((flag) => !flags.includes(flag)),
      'accounted for, but no flag of audit',
    ).toEqual([]);
  });
});
