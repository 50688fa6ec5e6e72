/** docs/policies.md's worked example is what gapcheck does: its policy and process, audited, give the gap the guide shows. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditTexts, configAt } from '../helpers/audit-text.js';
import { tempTree } from '../helpers/run-cli.js';

const guide = readFileSync('docs/policies.md', 'utf8');
const blocks = (language: string): string[] =>
  [...guide.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);

describe('docs/policies.md', () => {
  it('shows the gap its worked example gets', async () => {
    const config = path.join(tempTree({}), 'gapcheck.config.yaml');
    writeFileSync(
      config,
      blocks('yaml').find((block) => block.startsWith('policies:'))!,
    );
    const process = blocks('yaml').find((block) => block.startsWith('process: vip-complaints'))!;
    const [gap, ...others] = auditTexts({ 'vip-complaints.yaml': process }, undefined, await configAt(config)).gaps;
    expect(others).toEqual([]);
    const shown = blocks('text')[0]!;
    expect(shown).toContain(`${gap!.line}:${gap!.column}  ${gap!.severity}      ${gap!.message}  ${gap!.rule}`);
    expect(shown).toContain(`path: ${gap!.path!.join(' → ')}`);
  });
});
