/** What an audit covered, as reports show it: the files with their processes, and the rules that ran. */
import type { Config } from '../config/config.js';
import type { LoadedFile } from '../load/load-file.js';
import type { AuditedFile } from './types.js';

export function auditedFiles(loaded: readonly LoadedFile[]): AuditedFile[] {
  return loaded.map((file) => ({
    file: file.path,
    processes: file.documents.map((document) => (document.kind === 'process' ? document.process.id : null)),
  }));
}

/** The ids of the rules that are not `off`, in catalogue order. */
export function rulesThatRan(config: Config): string[] {
  return [...config.rules].filter(([, setting]) => setting.level !== 'off').map(([id]) => id);
}
