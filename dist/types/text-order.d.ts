/** The order of ids, paths and messages in every report: the same on every machine and in every locale. */
/** UTF-16 code-unit order (what `<` does), never the user's locale as `localeCompare` would. */
export declare function compareText(a: string, b: string): number;
