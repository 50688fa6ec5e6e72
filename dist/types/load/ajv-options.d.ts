/**
 * Custom formats. Precompiled validators import this object (`formats.date.validate`), so it must stay a plain
 * exported value: standalone code cannot reach a closure.
 */
export declare const FORMATS: {
    /** A real calendar date; text that is not `YYYY-MM-DD` at all is left to the schema's `pattern`. */
    readonly date: {
        readonly type: "string";
        readonly validate: (text: string) => boolean;
    };
};
export declare const AJV_OPTIONS: {
    readonly allErrors: true;
    readonly verbose: true;
    readonly strict: true;
    readonly allowUnionTypes: true;
    readonly formats: {
        /** A real calendar date; text that is not `YYYY-MM-DD` at all is left to the schema's `pattern`. */
        readonly date: {
            readonly type: "string";
            readonly validate: (text: string) => boolean;
        };
    };
};
/** The schemas, by file under `schemas/`, each precompiled to `dist/load/validators/<name>.js`. */
export declare const SCHEMA_FILES: {
    readonly process: "process.schema.json";
    readonly config: "config.schema.json";
};
