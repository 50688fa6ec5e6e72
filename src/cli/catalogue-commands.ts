import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { RULES, findRule } from '../rules/index.js';
import { didYouMean } from '../rules/suggest.js';

export function registerCatalogue(program: Command): void {
  program
    .command('rules')
    .description('List every rule: id, default severity and summary')
    .action(() => {
      for (const { meta } of RULES) process.stdout.write(`${meta.id.padEnd(22)} ${meta.defaultSeverity.padEnd(9)} ${meta.summary}\n`);
    });
  program
    .command('explain')
    .description('Explain a rule: why it matters, how to close the gap, and a process that passes')
    .argument('<rule>', 'rule id, as `gapcheck rules` lists them')
    .addHelpText('after', '\nExample:\n  gapcheck explain order-confirmation')
    .action((id: string) => {
      const rule = findRule(id);
      if (!rule) {
        throw new UsageError(`no rule "${id}"${didYouMean(id, RULES.map((r) => r.meta.id))}; \`gapcheck rules\` lists them all`);
      }
      const { meta } = rule;
      process.stdout.write(
        `${meta.id} (default severity: ${meta.defaultSeverity})\n\n${meta.summary}\n\nWhy it matters\n  ${meta.why}\n\nHow to close the gap\n  ${meta.fix}\n\nA process that passes\n${meta.example.replace(/^/gm, '  ')}\n`,
      );
    });
}
