import type { LoaderRule } from './types.js';
/** Reported by the loader (`src/load/load-file.ts`): no other rule runs on a document it rejects. */
export declare const invalidProcess: LoaderRule;
