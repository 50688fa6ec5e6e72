/** `gapcheck lsp` as a file is typed: YAML errors at their place, debouncing, gaps across files, a rule that throws. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { Workspace } from '../../src/lsp/workspace.js';
import { crashDiagnostic } from '../../src/lsp/diagnostics.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { FIXTURE_TODAY } from '../helpers/audit-text.js';
import { LspClient } from '../helpers/lsp-client.js';

const SAMPLES = path.resolve('sample-processes');
const rulesOf = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));

describe('gapcheck lsp while typing', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    expect(await client?.stop()).toBe(0);
    client = undefined;
  });

  it('shows a YAML error at its place, and the gaps again once it is mended', async () => {
    client = await LspClient.start([SAMPLES]);
    const file = path.join(SAMPLES, 'phone-order-intake.yaml');
    const uri = await client.open(file);
    expect(await client.diagnosticsOf(uri)).toEqual([]);
    const since = client.mark();
    // An unclosed flow mapping on line 3.
    await client.change(uri, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'broken: { a: 1\n' },
    ]);
    const broken = await client.diagnosticsOf(uri, (d) => d.length > 0, since);
    expect(rulesOf(broken)).toEqual(['invalid-process']);
    expect(broken[0]!.message).toMatch(/^YAML syntax error/);
    expect(broken[0]!.range.start.line).toBeGreaterThanOrEqual(2);
    await client.change(uri, [
      { range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: '' },
    ]);
    expect(await client.diagnosticsOf(uri, (d) => d.length === 0, client.mark())).toEqual([]);
  });

  it('audits once typing pauses, with the last text', async () => {
    client = await LspClient.start([SAMPLES]);
    const file = path.join(SAMPLES, 'phone-order-intake.yaml');
    const uri = await client.open(file);
    await client.diagnosticsOf(uri);
    const since = client.mark();
    const lines = readFileSync(file, 'utf8').split('\n');
    const startLine = lines.findIndex((line) => line.startsWith('start:'));
    // Typing "start: nowhere" one character at a time, with no pause.
    const typed = 'start: nowhere';
    await client.change(uri, [
      {
        range: {
          start: { line: startLine, character: 0 },
          end: { line: startLine, character: lines[startLine]!.length },
        },
        text: '',
      },
    ]);
    for (let i = 0; i < typed.length; i++)
      await client.change(uri, [
        {
          range: { start: { line: startLine, character: i }, end: { line: startLine, character: i } },
          text: typed[i]!,
        },
      ]);
    const diagnostics = await client.diagnosticsOf(uri, (d) => rulesOf(d).includes('unknown-reference'), since);
    expect(diagnostics.find((d) => d.code === 'unknown-reference')!.message).toMatch(/nowhere/);
    expect(client.mark() - since, 'publications for 15 edits typed without a pause').toBeLessThan(5);
  });

  it("updates the other files' diagnostics when a change in one file affects them", async () => {
    client = await LspClient.start([SAMPLES]);
    const desk = await client.open(path.join(SAMPLES, 'returns-desk.yaml'));
    const store = path.join(SAMPLES, 'store-returns.yaml');
    const storeUri = await client.open(store);
    expect(rulesOf(await client.diagnosticsOf(desk))).toContain('duplicate-process');
    const line = readFileSync(store, 'utf8')
      .split('\n')
      .findIndex((text) => text.startsWith('process:'));
    const since = client.mark();
    await client.change(storeUri, [
      {
        range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
        text: 'process: store-returns\n',
      },
    ]);
    expect(
      rulesOf(await client.diagnosticsOf(desk, (d) => !rulesOf(d).includes('duplicate-process'), since)),
    ).not.toContain('duplicate-process');
  });
});

describe('a rule that throws', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is one diagnostic on the file it threw on, and the server goes on', async () => {
    const workspace = new Workspace(SAMPLES, () => FIXTURE_TODAY, BUILT_IN_RULES);
    await workspace.reload();
    const file = path.join(SAMPLES, 'phone-order-intake.yaml');
    workspace.setText(file, readFileSync(file, 'utf8'));
    const deadEnd = BUILT_IN_RULES.get('dead-end')!;
    vi.spyOn(deadEnd as unknown as { check: () => unknown }, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const diagnostics = workspace.audit().reports.get(file)!.crashes.map(crashDiagnostic);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^internal error: rule "dead-end" failed on phone-order-intake\.yaml: boom\. This is a bug in gapcheck/,
      ),
    ]);
    vi.restoreAllMocks();
    workspace.setText(file, `${readFileSync(file, 'utf8')}\n`);
    expect(workspace.audit().reports.get(file)!.crashes).toEqual([]);
  });
});
