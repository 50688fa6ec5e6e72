export declare const CORE_SCHEMA: import("js-yaml").Schema;
