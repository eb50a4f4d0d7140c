// Generated from the zod schema (src/core/schema.ts) by scripts/gen-schemas.mjs (npm run build). Do not edit.

/** A hash of the notes files' JSON Schemas: a warm-start cache written under another schema is not used. */
export const SCHEMA_STAMP = 'ZjffZKpdQo1pe0zX0cWra0oKxGU=';
