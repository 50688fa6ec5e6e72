/** `gapcheck rules` and `gapcheck explain`: the catalogue, told from the rules' metadata. */
import path from 'node:path';
import { Command, Option } from 'commander';
import { failingExampleGaps } from '../audit/examples.js';
import type { Config } from '../config/config.js';
import { CONFIG_FILE_NAMES } from '../load/discover.js';
import { UsageError } from '../errors.js';
import type { CatalogueEntry } from '../report/catalogue-table.js';
import { renderRuleDoc, ruleSummary } from '../report/rule-doc.js';
import type { RuleSource } from '../rules/types.js';
import { didYouMean } from '../load/suggest.js';
import { oneOf } from './choices.js';
import { colorWanted, configFrom } from './common-options.js';

const LIST_FORMATS = ['table', 'json'] as const;

interface RulesOptions {
  format: string;
  config?: string;
  color: boolean;
}

export function registerCatalogue(program: Command): void {
  program
    .command('rules')
    .description('List the rule catalogue: id, default severity, the severity your config gives it, and summary')
    .addOption(new Option('-f, --format <format>', `output format: ${LIST_FORMATS.join(', ')}`).default('table'))
    .option('-c, --config <file>', 'config file (default: gapcheck.config.yaml here or in the nearest parent folder)')
    .option('--no-color', 'no colours (also when NO_COLOR is set, TERM is dumb or output is not a terminal)')
    .addHelpText(
      'after',
      `
The "effective" column is the severity an audit run from here gives each rule,
after the config's preset and rules; "off" rules do not run. Summaries name
the options as the config sets them (within 1h); JSON lists each rule's options
too.

Examples:
  gapcheck rules
  gapcheck rules --config ci/gapcheck.config.yaml
  gapcheck rules --format json > rules.json`,
    )
    .action(listRules);

  program
    .command('explain')
    .description(
      'Explain a rule: why it matters, how to close the gap, its options, a process that passes and one that gets the gap',
    )
    .argument('<rule>', 'rule id, as `gapcheck rules` lists them')
    .option(
      '-c, --config <file>',
      'config file whose options the summary names (default: gapcheck.config.yaml here or in the nearest parent folder)',
    )
    .addHelpText(
      'after',
      `
The summary names the options your config sets (\`within 1h\`); the rest of the
text, as Markdown with the default options, is in docs/rules/<rule>.md.

Examples:
  gapcheck explain order-confirmation
  gapcheck explain handoff-chain | less`,
    )
    .action(async (id: string, flags: { config?: string }) => {
      const config = await configFrom(flags.config, process.cwd());
      const { registry } = config;
      const rule = registry.get(id);
      if (!rule) {
        const suggestion = didYouMean(id, registry.ids);
        throw new UsageError(`no rule "${id}"${suggestion || ';'} \`gapcheck rules\` lists them all`);
      }
      const options = config.rules.get(rule.meta.id)!.options;
      process.stdout.write(
        renderRuleDoc(rule.meta, 'text', { options, failingGaps: failingExampleGaps(registry, rule.meta) }),
      );
    });
}

async function listRules(options: RulesOptions): Promise<void> {
  const format = oneOf('--format', options.format, LIST_FORMATS);
  const cwd = process.cwd();
  const config = await configFrom(options.config, cwd);
  const entries = catalogue(config);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return;
  }
  const color = colorWanted(options.color, process.stdout.isTTY === true);
  const width = process.stdout.isTTY ? process.stdout.columns : undefined;
  // Loaded only here, with its table and colour libraries: other commands start without them.
  const { formatCatalogueTable } = await import('../report/catalogue-table.js');
  process.stdout.write(formatCatalogueTable(entries, { color, width }));
  process.stdout.write(
    `\n${settingsSource(config, cwd)}\n\`gapcheck explain RULE\` tells why a rule matters and how to close its gap.\n`,
  );
}

function catalogue(config: Config): CatalogueEntry[] {
  return config.registry.rules.map(({ meta }) => {
    const setting = config.rules.get(meta.id)!;
    return {
      id: meta.id,
      defaultSeverity: meta.defaultSeverity,
      severity: setting.level,
      summary: ruleSummary(meta, setting.options),
      structural: meta.structural,
      options: setting.options,
      // Only a rule that is not built in says where it comes from: the built-in ones' entries stay as they were.
      ...(meta.source && sourceFields(meta.source)),
      ...(meta.docs === undefined ? {} : { docs: meta.docs }),
    };
  });
}

function sourceFields(source: RuleSource): Pick<CatalogueEntry, 'source' | 'plugin' | 'module'> {
  if (source.kind === 'policy') return { source: `policy in ${source.config}` };
  const { plugin, module, config } = source;
  return { source: `plugin ${plugin} (${module}) in ${config}`, plugin, module };
}

function settingsSource(config: Config, cwd: string): string {
  const preset = `the ${config.preset} preset`;
  if (config.file === undefined)
    return `Effective severities: ${preset} (no ${CONFIG_FILE_NAMES.join(' or ')} found here or above).`;
  return `Effective severities: ${path.relative(cwd, config.file).split(path.sep).join('/')}, over ${preset}.`;
}
