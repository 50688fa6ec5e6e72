import { SourceText } from '../load/source.js';
import { type YamlNode } from '../load/yaml.js';
/** A config file as written: its text and its YAML tree (null for an empty file). */
export interface ConfigDocument {
    /** Absolute. */
    readonly file: string;
    readonly source: SourceText;
    readonly root: YamlNode | null;
}
/** How a config file is named in messages: relative to the working directory, `/` separators. */
export declare function shownPath(file: string, cwd: string): string;
/** `text`: the file's text where an editor holds it unsaved, read in place of the disk's. */
export declare function readConfigDocument(file: string, cwd: string, text?: string): ConfigDocument;
/**
 * A plugin's shareable config as a document: written as JSON (which is YAML), so its mistakes are shown at their
 * place in that text, named as the config extends it (`plugin:acme/recommended`). `key`: its place among configs.
 */
export declare function pluginConfigDocument(key: string, name: string, value: unknown): ConfigDocument;
/** `file:line:column: message`. */
export declare function located(source: SourceText, offset: number, message: string): string;
