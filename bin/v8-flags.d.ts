// Types of ./v8-flags.js (plain JavaScript: bin/ runs before any build), for the tests.
export declare const V8_FLAGS: readonly string[];
export declare function applyV8Flags(): void;
