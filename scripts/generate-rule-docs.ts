/**
 * Writes docs/rules/<id>.md for every rule, the index docs/rules/README.md, the rule table between
 * `<!-- rules:start -->` and `<!-- rules:end -->` in README.md, all from the rules' metadata, and
 * the generated tables of docs/format.md (scripts/format-guide.ts).
 * Run with `npm run docs:rules`; tests/docs/rule-docs.test.ts fails when the checked-in files differ.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failingExampleGaps } from '../src/audit/examples.js';
import { renderRuleDoc, renderRuleIndex, renderRuleIndexPage } from '../src/report/rule-doc.js';
import { FORMAT_GUIDE, formatGuideBlocks } from './format-guide.js';
import { BUILT_IN_RULES } from '../src/rules/index.js';

export const RULE_DOCS_FOLDER = 'docs/rules';
export const README = 'README.md';

export interface GeneratedFile {
  /** Relative to the repository root, `/` separators. */
  readonly path: string;
  readonly text: string;
}

/** Every file the metadata generates, as it should be checked in under `root`. */
export function generateRuleDocs(root: string): GeneratedFile[] {
  const metas = BUILT_IN_RULES.rules.map((rule) => rule.meta);
  const files: GeneratedFile[] = [
    ...metas.map((meta) => ({
      path: `${RULE_DOCS_FOLDER}/${meta.id}.md`,
      text: renderRuleDoc(meta, 'markdown', { failingGaps: failingExampleGaps(BUILT_IN_RULES, meta) }),
    })),
    { path: `${RULE_DOCS_FOLDER}/README.md`, text: renderRuleIndexPage(metas) },
  ];
  const readmePath = path.join(root, README);
  if (existsSync(readmePath)) {
    const readme = withBlock(
      readFileSync(readmePath, 'utf8'),
      'rules',
      renderRuleIndex(metas, (id) => `${RULE_DOCS_FOLDER}/${id}.md`),
    );
    if (readme !== undefined) files.push({ path: README, text: readme });
  }
  const guidePath = path.join(root, FORMAT_GUIDE);
  if (existsSync(guidePath)) {
    let guide = readFileSync(guidePath, 'utf8');
    for (const [name, block] of formatGuideBlocks(root, metas)) {
      const filled = withBlock(guide, name, block);
      if (filled === undefined) throw new Error(`${FORMAT_GUIDE} has lost its <!-- ${name}:start --> marker`);
      guide = filled;
    }
    files.push({ path: FORMAT_GUIDE, text: guide });
  }
  return files;
}

/** `text` with the block between `<!-- NAME:start -->` and `<!-- NAME:end -->` replaced by `block`; undefined when it has no such markers. */
export function withBlock(text: string, name: string, block: string): string | undefined {
  const [startMarker, endMarker] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const start = text.indexOf(startMarker);
  if (start === -1) return undefined;
  const end = text.indexOf(endMarker, start);
  if (end === -1) throw new Error(`${startMarker} has no ${endMarker} after it`);
  return `${text.slice(0, start + startMarker.length)}\n\n${block}\n${text.slice(end)}`;
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
  process.stdout.write(`wrote ${generated.length} files from the metadata of ${BUILT_IN_RULES.rules.length} rules\n`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
}
