/**
 * gapcheck in VS Code: a client of `gapcheck lsp` (the language server gapcheck ships) for the YAML files of
 * the workspace. The server does the work; this starts it, and starts it again when its command is changed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, type Executable } from 'vscode-languageclient/node';

const SETTING = 'gapcheck.command';
let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (change) => {
      if (!change.affectsConfiguration(SETTING)) return;
      await stop();
      await start();
    }),
  );
  await start();
}

export function deactivate(): Promise<void> {
  return stop();
}

async function start(): Promise<void> {
  const server = serverCommand();
  client = new LanguageClient('gapcheck', 'gapcheck', server, {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
  });
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    const command = [server.command, ...(server.args ?? [])].join(' ');
    void window.showErrorMessage(
      `gapcheck: could not start its language server with \`${command}\` (${(error as Error).message}). ` +
        `Install gapcheck in the workspace (npm install --save-dev gapcheck) or on PATH, or set "${SETTING}".`,
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}

/** The setting's command; else the first workspace folder's own gapcheck; else `gapcheck` from PATH. */
function serverCommand(): Executable {
  const [command, ...args] = workspace.getConfiguration().get<string[]>(SETTING) ?? [];
  if (command) return { command, args };
  const local = workspace.workspaceFolders
    ?.map((folder) => path.join(folder.uri.fsPath, 'node_modules', '.bin', binaryName()))
    .find((file) => existsSync(file));
  return { command: local ?? 'gapcheck', args: ['lsp'], options: { shell: process.platform === 'win32' } };
}

/** npm's launcher for a package's bin: a `.cmd` file on Windows. */
function binaryName(): string {
  return process.platform === 'win32' ? 'gapcheck.cmd' : 'gapcheck';
}
