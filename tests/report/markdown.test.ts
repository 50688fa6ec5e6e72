import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/load/source.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { readFlowchart } from '../helpers/mermaid.js';
import { NASTY, NASTY_PROCESS } from '../helpers/nasty-process.js';
import { reportContext } from '../helpers/report-context.js';

function reportFor(files: Record<string, string>, paths = Object.keys(files)): string {
  return formatMarkdown(reportContext(files, { paths }));
}

function sampleReport(): string {
  const names = readdirSync('sample-processes')
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  return reportFor(
    Object.fromEntries(
      names.map((name) => [`sample-processes/${name}`, readFileSync(`sample-processes/${name}`, 'utf8')]),
    ),
    ['sample-processes'],
  );
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

function lintErrors(markdown: string): string[] {
  const results = lint({ strings: { report: markdown } });
  return (results.report ?? []).map(
    (error) =>
      `line ${error.lineNumber}: ${error.ruleNames.join('/')} ${error.ruleDescription} ${error.errorDetail ?? ''}`,
  );
}

function html(markdown: string): Document {
  return new JSDOM(marked.parse(markdown, { async: false })).window.document;
}

/** Text as a reader sees it: a line break inside a paragraph shows as a space. */
const shown = (element: Element | undefined): string | undefined => element?.textContent?.replace(/\s+/g, ' ');

const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));

describe('formatMarkdown', () => {
  it('writes a report of the sample processes that passes markdownlint, with diagrams Mermaid accepts', async () => {
    const report = sampleReport();
    expect(lintErrors(report)).toEqual([]);
    const diagrams = mermaidBlocks(report);
    expect(diagrams.length).toBeGreaterThan(0);
    for (const diagram of diagrams) await readFlowchart(diagram);
  });

  it('keeps titles, conditions and messages literal, whatever characters they hold', async () => {
    const report = reportFor({ 'processes/nasty.yaml': NASTY_PROCESS });
    expect(lintErrors(report)).toEqual([]);
    const page = html(report);
    expect(all(page, 'a, del, em, code b, b, script, h4, h5, h6, blockquote')).toEqual([]);
    const introduction = all(page, 'p').find((p) => p.textContent?.startsWith('Complaints '));
    expect(shown(introduction)).toBe(
      `Complaints ${NASTY}, owned by lead, in processes/nasty.yaml (line 1). ${introductionCount(report)}`,
    );
    expect(introduction?.children.length).toBe(0);
    for (const table of all(page, 'table')) {
      const width = all(table, 'th').length;
      for (const row of all(table, 'tbody tr')) expect(all(row, 'td')).toHaveLength(width);
    }
    const effortCell = all(page, 'td').find((cell) => cell.textContent?.includes('puts effort on the customer'));
    // Rules quote file text through printable(): escaped, and cut to a readable length. A `code` span
    // shows as code, its text as written.
    expect(shown(effortCell)).toContain(`("${printable(NASTY).replace(/(?<!`)`([^`]+)`(?!`)/g, '$1')}")`);
    expect(all(effortCell!, 'code').map((code) => code.textContent)).toEqual(['tick', 'because', 'because']);

    const [diagram] = mermaidBlocks(report);
    const chart = await readFlowchart(diagram!);
    expect(chart.nodes.get('n0')?.label).toBe(`Intake ${NASTY}\nend`);
    expect(chart.nodes.get('n1')?.label).toBe(`${NASTY}\ngraph`);
    expect(chart.nodes.get('n2')?.label).toBe('-- > ; : ## %% {init} "\nstyle');
    expect(chart.edges.map((edge) => edge.label)).toContain(`${NASTY}, after 1h`);
    expect(chart.edges.map((edge) => edge.label)).toContain('"quoted" | piped');
  });

  it('lists the critical and high gaps first, then each process with its flowchart, gaps and checklist', () => {
    const report = sampleReport();
    const headings = report.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.slice(0, 4)).toEqual([
      '# Customer-service gap report',
      '## Scope',
      '## Summary',
      '## Close these first',
    ]);
    const urgent = report.slice(
      report.indexOf('## Close these first'),
      report.indexOf('\n## ', report.indexOf('## Close these first') + 1),
    );
    const severities = [...urgent.matchAll(/^\d+\. \*\*(\w+)\*\*/gm)].map((match) => match[1]);
    expect(severities.length).toBeGreaterThan(0);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'critical' ? -1 : 1)));
    expect(new Set(severities)).toEqual(new Set(['critical', 'high']));

    const section = report.slice(report.indexOf('## Process warranty-claim'));
    const own = section.slice(0, section.indexOf('\n## ', 1) === -1 ? undefined : section.indexOf('\n## ', 1));
    const tableRows = own.split('\n').filter((line) => /^\| (critical|high|medium|low) \|/.test(line));
    const checklist = own.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(tableRows.length).toBeGreaterThan(0);
    expect(checklist).toHaveLength(tableRows.length);
    expect(own).toContain('### Flowchart of warranty-claim');
    expect(own).toContain('```mermaid');
  });

  it('explains each rule that fired, and only those', () => {
    const report = reportFor({ 'processes/nasty.yaml': NASTY_PROCESS });
    const explained = [...report.matchAll(/^### Rule (\S+)$/gm)].map((match) => match[1]);
    const fired = [...new Set([...report.matchAll(/^\| \w+ \| `([a-z-]+)` \|/gm)].map((match) => match[1]))];
    expect(explained.length).toBeGreaterThan(0);
    expect([...explained].sort()).toEqual([...fired].sort());
    expect(report).toContain('**Why it matters.**');
    expect(report).toContain('**How to close it.**');
  });

  it('reports a clean process and a file that is not a process, still lint-clean', () => {
    const clean = readFileSync('sample-processes/phone-order-intake.yaml', 'utf8');
    const report = reportFor({ 'a/clean.yaml': clean, 'b/broken.yaml': 'process: [unclosed\n' });
    expect(lintErrors(report)).toEqual([]);
    expect(report).toContain('## File b/broken.yaml');
    expect(report).toContain('b/broken.yaml could not be read as a process. 1 gap.');
    expect(mermaidBlocks(report)).toHaveLength(1);
  });
});

function introductionCount(report: string): string {
  return /\(line 1\)\. (\d+ gaps?\.)/.exec(report.replace(/\n/g, ' '))![1]!;
}
