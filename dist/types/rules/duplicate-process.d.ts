import type { ProjectRule } from './types.js';
export declare const duplicateProcess: ProjectRule;
