/**
 * `gapcheck lsp` gives, for every open file, the gaps `gapcheck audit` run in its workspace folder gives: checked
 * over every sample and every rule fixture with a real LSP client, against the CLI's JSON report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { FIXTURE_TODAY } from '../helpers/audit-text.js';
import { LspClient, uriOf } from '../helpers/lsp-client.js';
import { runCli } from '../helpers/run-cli.js';

const SAMPLES = path.resolve('sample-processes');
/** Every `pass` and `fail` folder of the rule fixtures, a policy's (`tests/rules/policies/<assertion>/`) included. */
const FIXTURE_FOLDERS = readdirSync('tests/rules', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isDirectory() && (entry.name === 'pass' || entry.name === 'fail'))
  .map((entry) => path.resolve(entry.parentPath, entry.name))
  .sort();
const FOLDERS = [SAMPLES, ...FIXTURE_FOLDERS];

interface CliGap {
  file: string;
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  path?: string[];
}

/** A gap as both sides can say it: what the CLI's JSON report holds, from a diagnostic. */
function asGap(diagnostic: Diagnostic): Omit<CliGap, 'file'> {
  const { rule, severity } = diagnostic.data as { rule: string; severity: string };
  const [message, pathLine] = (diagnostic.message as string).split('\npath: ');
  const { start, end } = diagnostic.range;
  const zeroWidth = start.line === end.line && start.character === end.character;
  return {
    rule,
    severity,
    message: message!,
    line: start.line + 1,
    column: start.character + 1,
    ...(zeroWidth ? {} : { endLine: end.line + 1, endColumn: end.character + 1 }),
    ...(pathLine ? { path: pathLine.split(' → ') } : {}),
  };
}

function cliGaps(folder: string): Map<string, Omit<CliGap, 'file'>[]> {
  const { stdout } = runCli(['audit', '--format', 'json', '--today', FIXTURE_TODAY, '--fail-on', 'none'], {
    cwd: folder,
  });
  const byFile = new Map<string, Omit<CliGap, 'file'>[]>();
  for (const { file, rule, severity, message, line, column, endLine, endColumn, path: witness } of (
    JSON.parse(stdout) as { gaps: CliGap[] }
  ).gaps) {
    const gap = {
      rule,
      severity,
      message,
      line,
      column,
      ...(endLine === undefined ? {} : { endLine, endColumn }),
      ...(witness ? { path: witness } : {}),
    };
    byFile.set(path.resolve(folder, file), [...(byFile.get(path.resolve(folder, file)) ?? []), gap]);
  }
  return byFile;
}

const processFiles = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(folder, name));

describe('gapcheck lsp: the same gaps as gapcheck audit', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start(FOLDERS);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  for (const folder of FOLDERS) {
    it(`gives every file of ${path.relative('.', folder)} the gaps the CLI gives it`, async () => {
      const expected = cliGaps(folder);
      for (const file of processFiles(folder)) {
        const uri = await client.open(file);
        const diagnostics = await client.diagnosticsOf(uri);
        expect(diagnostics.map(asGap), path.relative('.', file)).toEqual(expected.get(file) ?? []);
      }
    });
  }

  it('shows each step of a witness path at its place in the file', async () => {
    const file = path.join(SAMPLES, 'corporate-escalation.yaml');
    const diagnostics = await client.diagnosticsOf(await client.open(file));
    const withPath = diagnostics.find((d) => (d.data as { rule: string }).rule === 'escalation-closure')!;
    const lines = readFileSync(file, 'utf8').split('\n');
    const steps = withPath.relatedInformation!.map(({ location }) =>
      lines[location.range.start.line]!.slice(location.range.start.character, location.range.end.character),
    );
    expect(steps).toEqual(['escalate-to-manager', 'manager-review', 'close-internally']);
    expect(withPath.relatedInformation!.every(({ location }) => location.uri === uriOf(file))).toBe(true);
    expect(withPath.code).toBe('escalation-closure');
    expect(withPath.codeDescription?.href).toMatch(/docs\/rules\/escalation-closure\.md$/);
  });
});
