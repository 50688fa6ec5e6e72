/** Turns a validated YAML document into the process model, keeping where each part was written. */
import type { Process } from '../model/process.js';
import type { SourceText } from './source.js';
import type { YamlMap } from './yaml.js';
/** Reads a document that `validateProcess` accepted; anything else is a bug. */
export declare function buildProcess(root: YamlMap, source: SourceText): Process;
