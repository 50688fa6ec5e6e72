/** docs/custom-rules.md's walk-through is what gapcheck does: its config and process give the gap it shows, and its fix passes. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/run-cli.js';

const guide = readFileSync('docs/custom-rules.md', 'utf8');
const blocks = (language: string): string[] =>
  [...guide.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);
const yamlBlock = (start: string): string => blocks('yaml').find((block) => block.startsWith(start))!;

describe('docs/custom-rules.md', () => {
  it("shows the policy's gap, as the stylish report prints it, and a fix that closes it", () => {
    const process = yamlBlock(
      'process: vip-complaints\ntitle: VIP complaints\nowner: account-manager\ntags: [vip]\nreview',
    );
    const cwd = tempTree({
      'gapcheck.config.yaml': yamlBlock('extends: none'),
      'processes/vip-complaints.yaml': process,
    });
    const audit = () => runCli(['audit', 'processes', '--today', '2026-11-23'], { cwd });
    const broken = audit();
    expect(broken.code).toBe(1);
    expect(broken.stdout.startsWith(blocks('text')[0]!)).toBe(true);

    const fixedStep = yamlBlock('  write-back:');
    const [brokenStep] = /^ {2}write-back:\n(?: {4}.*\n)*/m.exec(process)!;
    expect(fixedStep).not.toBe(brokenStep);
    writeFileSync(path.join(cwd, 'processes/vip-complaints.yaml'), process.replace(brokenStep!, fixedStep));
    expect(audit()).toMatchObject({ code: 0, stderr: '' });
  });
});
