/**
 * A real editor's client: Neovim headless (Debian's `neovim`, 0.7.2 on bookworm) with its built-in LSP client
 * runs `gapcheck lsp` on a process file with gaps, and the diagnostics Neovim stores are the gaps
 * `gapcheck audit` gives the file. Skipped, saying why, only where nvim is not installed and CI is not set
 * (.ci/run installs it, so CI always runs it).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_TODAY } from '../helpers/audit-text.js';
import { BIN, runCli } from '../helpers/run-cli.js';

const SCRIPT = path.resolve('tests/lsp/neovim/diagnostics.lua');
const PROCESS = path.resolve('tests/rules/unknown-reference/fail/misspelt-step-in-next.yaml');
const WAIT_MS = 20_000;
const nvimInstalled = spawnSync('nvim', ['--version']).error === undefined;

interface NeovimDiagnostic {
  code: string;
  line: number;
  column: number;
  message: string;
}

const folder = mkdtempSync(path.join(tmpdir(), 'gapcheck-neovim-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Opens `file` in headless Neovim, in `folder`, and returns what its LSP client stored from `gapcheck lsp`. */
function neovimDiagnostics(file: string): { published: boolean; diagnostics: NeovimDiagnostic[]; error?: string } {
  const out = path.join(folder, 'diagnostics.json');
  const result = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${SCRIPT}`, file], {
    cwd: folder,
    env: {
      ...process.env,
      GAPCHECK_NODE: process.execPath,
      GAPCHECK_BIN: BIN,
      GAPCHECK_TODAY: FIXTURE_TODAY,
      GAPCHECK_OUT: out,
      GAPCHECK_WAIT_MS: String(WAIT_MS),
    },
    encoding: 'utf8',
    timeout: WAIT_MS * 2,
  });
  expect(result.status, `nvim exited with ${result.status}: ${result.stderr}`).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}

describe('Neovim, a real editor, with its built-in LSP client', () => {
  it.skipIf(!nvimInstalled && !process.env.CI)(
    'shows the gaps gapcheck audit gives, each with its rule and place (needs nvim: apt-get install neovim)',
    () => {
      const file = path.join(folder, 'phone-order.yaml');
      copyFileSync(PROCESS, file);
      const seen = neovimDiagnostics(file);
      expect(seen.error).toBeUndefined();
      expect(seen.published).toBe(true);

      const report = JSON.parse(
        runCli(['audit', '--format', 'json', '--today', FIXTURE_TODAY], { cwd: folder }).stdout,
      );
      const asAudited = report.gaps.map((gap: { rule: string; line: number; column: number }) => ({
        code: gap.rule,
        line: gap.line,
        column: gap.column,
      }));
      const byPlace = (a: { line: number; column: number }, b: { line: number; column: number }) =>
        a.line - b.line || a.column - b.column;
      expect(seen.diagnostics.map(({ code, line, column }) => ({ code, line, column })).sort(byPlace)).toEqual(
        asAudited.sort(byPlace),
      );
      expect(seen.diagnostics).toContainEqual(
        expect.objectContaining({
          code: 'unknown-reference',
          line: 20,
          column: 12,
          message: expect.stringContaining('did you mean "confirm-order"?'),
        }),
      );
    },
  );
});
