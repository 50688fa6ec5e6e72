/** A gap's message with its witness path (SPEC §3), for formats that have one line of text per gap. */
import type { Gap } from '../rules/types.js';
import { PATH_ARROW } from './stylish.js';

/** The message, then `(path: a → b → c)`; a message that already spells out the whole path is left as it is. */
export function messageWithPath(gap: Gap): string {
  if (!gap.path || gap.path.length === 0) return gap.message;
  const path = gap.path.join(PATH_ARROW);
  return gap.message.includes(path) ? gap.message : `${gap.message} (path: ${path})`;
}
