/**
 * A rule's documentation, from its metadata alone: the pages under docs/rules/, the rule tables of
 * docs/rules/README.md and README.md, and `gapcheck explain`. Written once here, so they never disagree.
 */
import { dump } from 'js-yaml';
import { pathText } from '../rules/support/step-list.js';
import type { Gap, RuleMeta } from '../rules/types.js';

export type DocFormat = 'markdown' | 'text';

/** Any rule's metadata: the docs read only what every rule has. */
export type AnyRuleMeta = RuleMeta<object>;

interface OptionDoc {
  readonly name: string;
  readonly defaultValue: string;
  readonly meaning: string;
}

type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'yaml'; readonly text: string }
  | { readonly kind: 'output'; readonly text: string }
  | { readonly kind: 'options'; readonly options: readonly OptionDoc[] };

interface Section {
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** Options as a config sets them, by name. */
export type RuleOptions = Readonly<Record<string, unknown>>;

export interface RuleDocInput {
  /** The options the summary names (`gapcheck explain`: the config's); the defaults when absent (the generated docs). */
  readonly options?: RuleOptions;
  /** The rule's gaps in its failing example, as an audit with the default config reports them (src/audit/examples.ts). */
  readonly failingGaps?: readonly Gap[];
}

/** The rule's documentation: a Markdown page, or plain text for the terminal. */
export function renderRuleDoc(
  meta: AnyRuleMeta,
  format: DocFormat,
  { options, failingGaps = [] }: RuleDocInput = {},
): string {
  const sections = ruleSections(meta, failingGaps);
  const summary = ruleSummary(meta, options);
  return format === 'markdown' ? toMarkdown(meta, summary, sections) : toText(meta, summary, sections);
}

/** The summary with each `{option}` filled from `options`: `within {within}` reads `within 1h`, a list `phone or chat`. */
export function ruleSummary(meta: AnyRuleMeta, options?: RuleOptions): string {
  const given = options ?? (meta.defaultOptions as RuleOptions);
  return meta.summary.replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.hasOwn(given, name) ? optionText(given[name]) : placeholder,
  );
}

/** The names of the options a summary's placeholders stand for. */
export function summaryPlaceholders(meta: AnyRuleMeta): string[] {
  return [...meta.summary.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

const PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;

function optionText(value: unknown): string {
  if (Array.isArray(value)) return orList(value.map(optionText));
  return typeof value === 'object' && value !== null ? inlineYaml(value) : String(value);
}

function orList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function ruleSections(meta: AnyRuleMeta, failingGaps: readonly Gap[]): Section[] {
  const options = describeOptions(meta);
  return [
    ...(meta.source === undefined ? [] : [originSection(meta)]),
    { heading: 'Why it matters', blocks: [{ kind: 'paragraph', text: meta.why }] },
    { heading: 'How to close the gap', blocks: [{ kind: 'paragraph', text: meta.fix }] },
    {
      heading: 'Options',
      blocks:
        options.length === 0
          ? [{ kind: 'paragraph', text: 'None: only the severity can be configured.' }]
          : [{ kind: 'options', options }],
    },
    {
      heading: 'Configuration',
      blocks: [
        { kind: 'paragraph', text: 'In `gapcheck.config.yaml`, with the defaults written out:' },
        { kind: 'yaml', text: configExample(meta) },
      ],
    },
    ...(meta.example === undefined
      ? []
      : [{ heading: 'A process that passes', blocks: [{ kind: 'yaml' as const, text: meta.example }] }]),
    ...(meta.failingExample === undefined ? [] : [failingSection(meta.failingExample, failingGaps)]),
  ];
}

/** Where a rule that is not built in is written, and its own documentation. */
function originSection(meta: AnyRuleMeta): Section {
  return { heading: 'Where it comes from', blocks: [{ kind: 'paragraph', text: originAndDocs(meta) }] };
}

/** Where a rule comes from, then the link to its own documentation when it has one: a sentence or two. */
export function originAndDocs(meta: AnyRuleMeta): string {
  return `${ruleOrigin(meta)}.${meta.docs === undefined ? '' : ` Its documentation: ${meta.docs}`}`;
}

/** `The repository's policy, written in gapcheck.config.yaml`, a plugin and the config naming it, or `built in`. */
function ruleOrigin({ source }: AnyRuleMeta): string {
  if (source === undefined) return 'built in';
  if (source.kind === 'policy') return `The repository's policy, written in ${source.config}`;
  return `The plugin "${source.plugin}" (${source.module}), named in ${source.config}`;
}

function failingSection(example: string, gaps: readonly Gap[]): Section {
  return {
    heading: 'A process that gets the gap',
    blocks: [
      { kind: 'yaml', text: example },
      { kind: 'paragraph', text: 'What `gapcheck audit` reports for it, with the default options:' },
      { kind: 'output', text: gaps.map(gapLines).join('\n') },
    ],
  };
}

function gapLines(gap: Gap): string {
  const head = `${gap.file}:${gap.line}:${gap.column}  ${gap.severity}  ${gap.message}`;
  return gap.path && gap.path.length > 0 ? `${head}\n  path: ${pathText(gap.path, gap.skipped)}` : head;
}

function severityLine(meta: AnyRuleMeta, emphasize: (text: string) => string = (text) => text): string {
  const structural = meta.structural
    ? ' Structural: it checks the file’s shape rather than the service, and `cascade` does not count its gaps.'
    : '';
  return `Default severity: ${emphasize(meta.defaultSeverity)}.${structural}`;
}

function describeOptions(meta: AnyRuleMeta): OptionDoc[] {
  const properties = (meta.optionsSchema?.properties ?? {}) as Record<string, { description?: string } | undefined>;
  return Object.entries(meta.defaultOptions).map(([name, value]) => ({
    name,
    defaultValue: inlineYaml(value),
    meaning: properties[name]?.description ?? '',
  }));
}

function configExample(meta: AnyRuleMeta): string {
  const setting =
    Object.keys(meta.defaultOptions).length === 0
      ? meta.defaultSeverity
      : { severity: meta.defaultSeverity, ...meta.defaultOptions };
  // Block style down to each option; a list option's value stays on its line: `channels: [phone]`.
  return dump({ rules: { [meta.id]: setting } }, { flowLevel: 3 });
}

/** A value as it would be written in the config: `2m`, `3`, `[phone, in-person]`. */
function inlineYaml(value: unknown): string {
  return dump(value, { flowLevel: 0 }).trim();
}

function toMarkdown(meta: AnyRuleMeta, summary: string, sections: readonly Section[]): string {
  const page = [
    `<!-- Generated from src/rules/${meta.id}.ts by \`npm run docs:rules\`: edit the rule's metadata there, not this page. -->`,
    `# ${meta.id}`,
    summary,
    severityLine(meta, (severity) => `**${severity}**`),
    ...sections.flatMap((section) => [`## ${section.heading}`, ...section.blocks.map(markdownBlock)]),
    '[All rules](README.md)',
  ];
  return `${page.join('\n\n')}\n`;
}

function markdownBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'yaml':
      return `\`\`\`yaml\n${block.text.trimEnd()}\n\`\`\``;
    case 'output':
      return `\`\`\`text\n${block.text.trimEnd()}\n\`\`\``;
    case 'options':
      return markdownTable(
        ['option', 'default', 'meaning'],
        block.options.map((option) => [`\`${option.name}\``, `\`${option.defaultValue}\``, option.meaning]),
      );
  }
}

export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const TEXT_WIDTH = 80;
const INDENT = '  ';

function toText(meta: AnyRuleMeta, summary: string, sections: readonly Section[]): string {
  const parts = [
    meta.id,
    wrap(summary, ''),
    wrap(severityLine(meta), ''),
    ...sections.map((section) => `${section.heading}\n${section.blocks.map(textBlock).join('\n\n')}`),
  ];
  return `${parts.join('\n\n')}\n`;
}

function textBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return wrap(block.text, INDENT);
    case 'yaml':
    case 'output':
      return block.text.trimEnd().replace(/^(?=.)/gm, INDENT);
    case 'options':
      return block.options
        .map(
          (option) =>
            `${INDENT}${option.name} (default ${option.defaultValue})${option.meaning ? `\n${wrap(option.meaning, INDENT.repeat(2))}` : ''}`,
        )
        .join('\n');
  }
}

/** Greedy word wrap to TEXT_WIDTH, each line indented; a word longer than a line stays whole. */
function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > TEXT_WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

/** docs/rules/README.md: the catalogue, each rule linked to its page. */
export function renderRuleIndexPage(rules: readonly AnyRuleMeta[]): string {
  return [
    "<!-- Generated from the rules' metadata (src/rules/) by `npm run docs:rules`: edit the metadata there, not this page. -->",
    '# Rules',
    'Every rule gapcheck checks, in catalogue order. `gapcheck rules` lists them with the severity your config gives each; `gapcheck explain <id>` shows a rule’s page in the terminal.',
    renderRuleIndex(rules, (id) => `${id}.md`),
  ].join('\n\n');
}

/** The catalogue as a Markdown table: id, default severity, summary and a link to each rule's page. */
export function renderRuleIndex(rules: readonly AnyRuleMeta[], pageOf: (id: string) => string): string {
  return `${markdownTable(
    ['id', 'default severity', 'summary', 'documentation'],
    rules.map((meta) => [
      `\`${meta.id}\``,
      meta.defaultSeverity,
      ruleSummary(meta),
      `[${meta.id}.md](${pageOf(meta.id)})`,
    ]),
  )}\n`;
}
