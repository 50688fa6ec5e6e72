/**
 * The workshop report as a reader sees it: the markdown turned into HTML, its flowcharts drawn by Mermaid's
 * browser bundle in Debian's Chromium, offline. Fails on any diagram error; saves a screenshot of each page
 * and of each diagram to tests/browser/out/ for a person to look at. Run with `npm run test:browser` (not part of `npm test`).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/report/markdown.js';
import { NASTY, NASTY_PROCESS } from '../helpers/nasty-process.js';
import { reportContext } from '../helpers/report-context.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = 'tests/browser/out';
const MERMAID_BUNDLE = path.join(path.dirname(createRequire(import.meta.url).resolve('mermaid')), 'mermaid.min.js');

/** Markdown to HTML as GitHub shows it: a `mermaid` code block becomes a diagram for Mermaid to draw. */
const markdownToHtml = new Marked({
  renderer: {
    code({ text, lang }) {
      return lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(text)}</pre>\n` : false;
    },
  },
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A page that draws its diagrams once loaded and records the outcome in `window.diagrams`. */
function page(title: string, markdown: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  body { font-family: sans-serif; max-width: 1100px; margin: 2em auto; line-height: 1.4; }
  table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 4px 8px; vertical-align: top; }
  pre.mermaid { background: #fff; }
</style>
<script src="mermaid.min.js"></script>
</head><body>
${markdownToHtml.parse(markdown, { async: false })}
<script>
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  mermaid.run({ querySelector: 'pre.mermaid' }).then(
    () => { window.diagrams = { error: null }; },
    (error) => { window.diagrams = { error: String((error && error.message) || error) }; },
  );
</script>
</body></html>
`;
}

interface Drawn {
  /** Mermaid's error, or any error the page logged. */
  readonly errors: readonly string[];
  readonly blocks: number;
  readonly svgs: number;
  /** Text of every drawn node (line breaks as `\n`), by Mermaid node id (`n0`, `s0`, ...), in the first diagram. */
  readonly firstDiagramNodes: Record<string, string>;
}

describe('the markdown report in a browser', () => {
  let folder: string;
  let context: BrowserContext;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'gapcheck-browser-'));
    copyFileSync(MERMAID_BUNDLE, path.join(folder, 'mermaid.min.js'));
    context = await chromium.launchPersistentContext(path.join(folder, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      offline: true,
      viewport: { width: 1200, height: 900 },
    });
    // Nothing from the network: only the page and the bundle beside it, from disk.
    await context.route(/^(?!file:)/, (route) => route.abort());
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function draw(name: string, markdown: string): Promise<Drawn> {
    const file = path.join(folder, `${name}.html`);
    writeFileSync(file, page(name, markdown));
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    tab.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    await tab.goto(pathToFileURL(file).href);
    await tab.waitForFunction(() => (window as unknown as { diagrams?: unknown }).diagrams !== undefined, undefined, {
      timeout: 60_000,
    });
    const drawn = await tab.evaluate(() => {
      const outcome = (window as unknown as { diagrams: { error: string | null } }).diagrams;
      const errorSvgs = [...document.querySelectorAll('svg[aria-roledescription="error"], .error-icon')].length;
      const firstSvg = document.querySelector('pre.mermaid svg');
      const nodes: Record<string, string> = {};
      for (const node of firstSvg?.querySelectorAll('g.node') ?? []) {
        const id = /flowchart-(\w+)-\d+$/.exec(node.id)?.[1];
        if (id === undefined) continue;
        const label = node.cloneNode(true) as Element;
        for (const lineBreak of label.querySelectorAll('br')) lineBreak.replaceWith('\n');
        nodes[id] = label.textContent ?? '';
      }
      return {
        errors: [
          ...(outcome.error ? [`mermaid: ${outcome.error}`] : []),
          ...(errorSvgs > 0 ? [`${errorSvgs} error diagram(s) drawn`] : []),
        ],
        blocks: document.querySelectorAll('pre.mermaid').length,
        svgs: document.querySelectorAll('pre.mermaid > svg').length,
        firstDiagramNodes: nodes,
      };
    });
    await tab.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    const diagrams = tab.locator('pre.mermaid');
    for (let index = 0; index < drawn.svgs; index++) {
      await diagrams.nth(index).screenshot({ path: path.join(SCREENSHOTS, `${name}-diagram-${index + 1}.png`) });
    }
    await tab.close();
    return { ...drawn, errors: [...drawn.errors, ...errors] };
  }

  it('draws every flowchart of the sample processes report', async () => {
    const names = readdirSync('sample-processes')
      .filter((name) => name.endsWith('.yaml'))
      .sort();
    const files = Object.fromEntries(
      names.map((name) => [`sample-processes/${name}`, readFileSync(`sample-processes/${name}`, 'utf8')]),
    );
    const drawn = await draw('sample-report', formatMarkdown(reportContext(files, { paths: ['sample-processes'] })));
    expect(drawn.errors).toEqual([]);
    expect(drawn.blocks).toBeGreaterThan(0);
    expect(drawn.svgs).toBe(drawn.blocks);
  }, 120_000);

  it('shows titles with quotes, brackets, unicode and Markdown characters exactly as written', async () => {
    const drawn = await draw('nasty-report', formatMarkdown(reportContext({ 'processes/nasty.yaml': NASTY_PROCESS })));
    expect(drawn.errors).toEqual([]);
    expect(drawn.svgs).toBe(1);
    expect(drawn.firstDiagramNodes.n0).toBe(`Intake ${NASTY}\nend`);
    expect(drawn.firstDiagramNodes.n1).toBe(`${NASTY}\ngraph`);
    expect(drawn.firstDiagramNodes.n2).toBe('-- > ; : ## %% {init} "\nstyle');
  }, 120_000);
});
