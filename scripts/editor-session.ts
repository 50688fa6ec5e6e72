/**
 * The transcript of one editor session with `gapcheck lsp` in docs/editors.md: a real LSP client (as the tests
 * drive it) opens a process with two gaps, renames a step, applies the waiver quick fix, and shows the
 * diagnostics after each. Run with `npm run docs:editor-session`; tests/docs/editor-session.test.ts fails when
 * the transcript in docs/editors.md differs from what the server answers now.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  RenameRequest,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspClient, cursorOn, textIn } from '../tests/helpers/lsp-client.js';

export const EDITORS_DOC = 'docs/editors.md';
export const SESSION_TODAY = '2026-11-23';
const START = '<!-- editor-session: written by `npm run docs:editor-session` -->\n';
const END = '<!-- /editor-session -->\n';
const SEVERITIES = ['', 'error', 'warning', 'information', 'hint'];

/** Where a range starts, 1-based, as every gapcheck report gives it. */
const at = ({ start }: Range): string => `${start.line + 1}:${start.character + 1}`;

function shown(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return ['    (none)'];
  return diagnostics.flatMap((diagnostic) => {
    const [message, witness] = String(diagnostic.message).split('\npath: ');
    const related = diagnostic.relatedInformation?.map((info) => at(info.location.range)).join(', ');
    return [
      `    ${at(diagnostic.range).padEnd(6)}${SEVERITIES[diagnostic.severity!]!.padEnd(13)}${String(diagnostic.code).padEnd(20)}${message}`,
      ...(witness ? [`${' '.repeat(6)}path: ${witness} (related information at ${related})`] : []),
    ];
  });
}

function editsShown(edits: readonly TextEdit[]): string {
  return edits.map((edit) => `${at(edit.range)} ${JSON.stringify(edit.newText)}`).join(', ');
}

/** The session, as the lines a reader follows: what the client sends (→) and what the server answers (←). */
export async function renderEditorSession(): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'gapcheck-editor-session-'));
  const name = 'phone-order-intake.yaml';
  const file = path.join(folder, name);
  // The clean sample with one change: the order goes from entry straight to shipping, skipping its confirmation.
  const sample = readFileSync(path.join('sample-processes', name), 'utf8');
  writeFileSync(file, sample.replace('    next: confirm-order\n', '    next: ship\n'));
  copyFileSync(path.join('sample-processes', 'site-safety.yaml'), path.join(folder, 'site-safety.yaml'));
  const client = await LspClient.start([folder], SESSION_TODAY);
  const lines: string[] = [];
  try {
    let text = readFileSync(file, 'utf8');
    const uri = await client.open(file, text);
    lines.push(`→ textDocument/didOpen ${name} (the order goes from entry straight to shipping)`);
    let diagnostics = await client.diagnosticsOf(uri);
    lines.push(`← textDocument/publishDiagnostics ${name}`, ...shown(diagnostics));

    /** Sends the client's text after `edits`, and returns the diagnostics published for it. */
    const applied = async (edits: TextEdit[]): Promise<Diagnostic[]> => {
      text = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edits);
      const since = client.mark();
      await client.change(uri, [{ text }]);
      return client.diagnosticsOf(uri, () => true, since);
    };

    const position = cursorOn(text, 'enter-order:');
    const rename = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position,
      newName: 'take-order',
    });
    const renames = rename!.changes![uri]!;
    lines.push(
      `→ textDocument/rename at ${position.line + 1}:${position.character + 1} ("enter-order"), newName "take-order"`,
      `← WorkspaceEdit, ${renames.length} edits in ${name}: ${editsShown(renames)}`,
    );
    diagnostics = await applied(renames);
    lines.push('→ textDocument/didChange (the client applied the edit)');
    lines.push(`← textDocument/publishDiagnostics ${name}`, ...shown(diagnostics));

    const gap = diagnostics.find((diagnostic) => diagnostic.code === 'order-confirmation')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: gap.range,
      context: { diagnostics: [gap] },
    })) as CodeAction[];
    const waive = actions.find((action) => action.title.startsWith('Waive'))!;
    const [insertion] = waive.edit!.changes![uri]!;
    lines.push(
      `→ textDocument/codeAction at ${at(gap.range)}, for the order-confirmation gap`,
      `← quick fixes: ${actions.map((action) => action.title).join('; ')}`,
      `  the client takes it: its edit inserts at ${at(insertion!.range)}`,
      ...insertion!.newText
        .split('\n')
        .filter(Boolean)
        .map((line) => `      ${line}`),
    );
    diagnostics = await applied([insertion!]);
    const reason = waive.command!.arguments![1] as Range;
    lines.push(
      `  and its command asks the client to select ${at(reason)} ("${textIn(text, reason)}"), the reason to type over`,
      '→ textDocument/didChange (the client applied the quick fix)',
    );
    lines.push(`← textDocument/publishDiagnostics ${name}`, ...shown(diagnostics));
    lines.push('→ shutdown, exit');
  } finally {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  return `${lines.join('\n')}\n`;
}

/** docs/editors.md with `transcript` in its session block. */
export function withSession(doc: string, transcript: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${EDITORS_DOC} has no editor-session block (${START.trim()})`);
  return `${doc.slice(0, start + START.length)}\n\`\`\`text\n${transcript}\`\`\`\n\n${doc.slice(end)}`;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(EDITORS_DOC, withSession(readFileSync(EDITORS_DOC, 'utf8'), await renderEditorSession()));
  console.log(`wrote the session in ${EDITORS_DOC}`);
}
