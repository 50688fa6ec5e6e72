/**
 * Writes docs/rules/<id>.md for every rule, the index docs/rules/README.md, and the rule table between
 * `<!-- rules:start -->` and `<!-- rules:end -->` in README.md, all from the rules' metadata.
 * Run with `npm run docs:rules`; tests/docs/rule-docs.test.ts fails when the checked-in files differ.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failingExampleGaps } from '../src/audit/examples.js';
import { renderRuleDoc, renderRuleIndex, renderRuleIndexPage } from '../src/report/rule-doc.js';
import { RULES } from '../src/rules/index.js';

export const RULE_DOCS_FOLDER = 'docs/rules';
export const README = 'README.md';
const RULES_START = '<!-- rules:start -->';
const RULES_END = '<!-- rules:end -->';

export interface GeneratedFile {
  /** Relative to the repository root, `/` separators. */
  readonly path: string;
  readonly text: string;
}

/** Every file the metadata generates, as it should be checked in under `root`. */
export function generateRuleDocs(root: string): GeneratedFile[] {
  const metas = RULES.map((rule) => rule.meta);
  const files: GeneratedFile[] = [
    ...metas.map((meta) => ({ path: `${RULE_DOCS_FOLDER}/${meta.id}.md`, text: renderRuleDoc(meta, 'markdown', { failingGaps: failingExampleGaps(meta) }) })),
    { path: `${RULE_DOCS_FOLDER}/README.md`, text: renderRuleIndexPage(metas) },
  ];
  const readmePath = path.join(root, README);
  if (existsSync(readmePath)) {
    const readme = withRuleTable(readFileSync(readmePath, 'utf8'), renderRuleIndex(metas, (id) => `${RULE_DOCS_FOLDER}/${id}.md`));
    if (readme !== undefined) files.push({ path: README, text: readme });
  }
  return files;
}

/** README text with the block between the markers replaced by `table`; undefined when it has no markers. */
export function withRuleTable(readme: string, table: string): string | undefined {
  const start = readme.indexOf(RULES_START);
  if (start === -1) return undefined;
  const end = readme.indexOf(RULES_END, start);
  if (end === -1) throw new Error(`${README} has ${RULES_START} but no ${RULES_END} after it`);
  return `${readme.slice(0, start + RULES_START.length)}\n\n${table}\n${readme.slice(end)}`;
}

/** Pages in the docs folder that no rule generates: left behind by a renamed or removed rule. */
export function stalePages(root: string, generated: readonly GeneratedFile[]): string[] {
  const folder = path.join(root, RULE_DOCS_FOLDER);
  if (!existsSync(folder)) return [];
  const wanted = new Set(generated.map((file) => file.path));
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${RULE_DOCS_FOLDER}/${name}`)
    .filter((page) => !wanted.has(page));
}

function main(root: string): void {
  const generated = generateRuleDocs(root);
  mkdirSync(path.join(root, RULE_DOCS_FOLDER), { recursive: true });
  for (const page of stalePages(root, generated)) {
    rmSync(path.join(root, page));
    process.stdout.write(`removed ${page}\n`);
  }
  for (const file of generated) writeFileSync(path.join(root, file.path), file.text);
  process.stdout.write(`wrote ${generated.length} files from the metadata of ${RULES.length} rules\n`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
}
