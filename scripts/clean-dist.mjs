/**
 * Build step, first: empties dist/, so that what a source no longer builds (a chunk of the public API's bundle, the
 * declaration of a deleted module) is not left behind to be committed; the drift test then sees it gone.
 */
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
