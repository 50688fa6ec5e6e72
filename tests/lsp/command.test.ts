/** `gapcheck lsp` on the command line: listed, described, and gone when the editor says exit. */
import { describe, expect, it } from 'vitest';
import { LspClient } from '../helpers/lsp-client.js';
import { runCli } from '../helpers/run-cli.js';

describe('gapcheck lsp, the command', () => {
  it('is listed in --help and describes how editors run it', () => {
    expect(runCli(['--help']).stdout).toMatch(/\n {2}lsp \[options\] +Run the language server/);
    const help = runCli(['lsp', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--stdio');
    expect(help.stdout).toContain("vim.lsp.start({ name = 'gapcheck', cmd = { 'gapcheck', 'lsp' } })");
  });

  it('answers initialize with its capabilities, and exits 0 on shutdown and exit', async () => {
    const client = await LspClient.start([]);
    expect(await client.stop()).toBe(0);
  });
});
