/** A finding's message as a gap reports it (SPEC §7 `message`): what is wrong, then how to close it. */
import type { Finding } from '../types.js';
/**
 * The fix follows what is wrong as a clause (`…; add a "next"`) or, when it is written as a sentence of its
 * own (a capital first), as the next sentence (`…. Put a \`resolve\``).
 */
export declare function findingMessage({ message, fix }: Pick<Finding, 'message' | 'fix'>): string;
