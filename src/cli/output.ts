/** Notes and errors on stderr. (Reports, baselines and caches are written by src/load/write-whole.ts.) */
import { ESCAPED_COLON, escapeUntrusted, withoutWorkflowCommands } from '../untrusted-text.js';

/**
 * A note or an error on stderr, after `gapcheck: `. Text from files is escaped where a note quotes it; what a
 * note holds is escaped once more here (line breaks aside), so no note can drive a terminal or, by starting a
 * line with `::`, give a CI runner a workflow command.
 */
export function writeNote(text: string): void {
  process.stderr.write(
    `gapcheck: ${withoutWorkflowCommands(escapeUntrusted(text, { keepLayout: true }), ESCAPED_COLON)}\n`,
  );
}
