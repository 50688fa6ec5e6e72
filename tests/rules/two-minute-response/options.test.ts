/** The options of two-minute-response are checked when the config is read: a wrong `per-channel` is exit 2, not a silent default. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { BUILT_IN_RULES } from '../../../src/rules/index.js';

function configWith(options: string): Promise<unknown> {
  const folder = mkdtempSync(path.join(tmpdir(), 'gapcheck-two-minute-'));
  const file = path.join(folder, 'gapcheck.config.yaml');
  writeFileSync(file, `rules:\n  two-minute-response:\n${options}`);
  return loadConfig(file, folder, BUILT_IN_RULES).then((config) => config.rules.get('two-minute-response')?.options);
}

describe('two-minute-response options', () => {
  it('takes per-channel targets, each part defaulting to the rule’s', async () => {
    const read = await configWith(
      '    within: 5m\n    per-channel:\n      social: { within: 15m, channels: [social] }\n      email: { channels: [phone, chat] }\n',
    );
    expect(read).toMatchObject({
      within: '5m',
      channels: ['phone'],
      live: ['phone', 'in-person', 'chat'],
      'per-channel': { social: { within: '15m', channels: ['social'] }, email: { channels: ['phone', 'chat'] } },
    });
  });

  it.each([
    [
      'a key that is no channel',
      '    per-channel:\n      twitter: { within: 15m }\n',
      'option "per-channel" of two-minute-response must be one of phone, email',
    ],
    [
      'a target with an unknown key',
      '    per-channel:\n      social: { within: 15m, channel: [social] }\n',
      'must be one of within, channels',
    ],
    [
      'a target whose within is no duration',
      '    per-channel:\n      social: { within: soon }\n',
      'must be a duration like 90s, 2m, 4h',
    ],
    [
      'a target whose channels are not channels',
      '    per-channel:\n      social: { channels: [twitter] }\n',
      'must be one of phone, email',
    ],
  ])('refuses %s', async (_case, options, complaint) => {
    await expect(configWith(options)).rejects.toThrow(complaint);
  });
});
