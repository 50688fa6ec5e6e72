import type { FoundFile } from '../load/discover.js';
export interface Shard {
    /** 1-based. */
    readonly index: number;
    readonly count: number;
}
export declare function parseShard(text: string): Shard;
export declare function inShard(file: Pick<FoundFile, 'path'>, shard: Shard): boolean;
/** Whether a file of another shard could hold a process with one of these ids (see the header). */
export declare function mayHoldId(bytes: Uint8Array, ids: ReadonlySet<string>): boolean;
