/** Writing what the user asked for: to stdout, or to `--output` whole or not at all. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { describeFsError } from '../load/load-file.js';
import { ESCAPED_COLON, escapeUntrusted, withoutWorkflowCommands } from '../untrusted-text.js';

/** Writes a temporary file beside the target, then renames it over the target: readers never see half a report. */
export async function writeWhole(target: string, text: string | Uint8Array | Iterable<string | Uint8Array>, what = 'the report'): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : describeFsError(error);
    throw new UsageError(`cannot write ${what} to "${target}" (${reason}); check that its folder exists and may be written`);
  }
}

/**
 * A note or an error on stderr, after `gapcheck: `. Text from files is escaped where a note quotes it; what a
 * note holds is escaped once more here (line breaks aside), so no note can drive a terminal or, by starting a
 * line with `::`, give a CI runner a workflow command.
 */
export function writeNote(text: string): void {
  process.stderr.write(`gapcheck: ${withoutWorkflowCommands(escapeUntrusted(text, { keepLayout: true }), ESCAPED_COLON)}\n`);
}
