/** The session transcript in docs/editors.md is what `gapcheck lsp` answers today (issue 18's closing note). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { EDITORS_DOC, renderEditorSession, withSession } from '../../scripts/editor-session.js';

it(`${EDITORS_DOC} shows the session the server gives now`, async () => {
  const doc = readFileSync(EDITORS_DOC, 'utf8');
  expect(doc, `${EDITORS_DOC} differs from the session now: run \`npm run docs:editor-session\` and commit it`).toBe(
    withSession(doc, await renderEditorSession()),
  );
});
