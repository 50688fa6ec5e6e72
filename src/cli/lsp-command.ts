/** `gapcheck lsp`: the language server for editors (docs/editors.md). */
import type { Command } from 'commander';
import { BUILT_IN_RULES } from '../rules/index.js';

export function registerLsp(program: Command): void {
  program
    .command('lsp')
    .description(
      'Run the language server (LSP, over stdin and stdout) that audits process files in an editor as they are typed',
    )
    .option('--stdio', 'talk over stdin and stdout (the only way, and the default; accepted because editors pass it)')
    .addHelpText(
      'after',
      `
An editor starts this command and talks to it; it is not run by hand. It audits
each open process file as \`gapcheck audit\` run in the workspace folder would (the
config found from the folder, the folder's other process files for duplicate-process
and emergencies), and offers go to definition, references, rename, outline,
completion, hover and quick fixes.

initializationOptions: { "today": "YYYY-MM-DD" } audits as of that date (as --today).

Examples (the editor's settings; docs/editors.md):
  VS Code:  the extension in editors/vscode/, or a generic LSP client with command ["gapcheck", "lsp"]
  Neovim:   vim.lsp.start({ name = 'gapcheck', cmd = { 'gapcheck', 'lsp' } })
  Helix:    [language-server.gapcheck] command = "gapcheck", args = ["lsp"]`,
    )
    .action(async () => {
      const { runLanguageServer } = await import('../lsp/server.js');
      runLanguageServer(BUILT_IN_RULES);
    });
}
