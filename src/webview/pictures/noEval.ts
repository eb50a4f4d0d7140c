// zod tries `new Function` to speed up its checks, the first time a module builds or checks a schema;
// the page's CSP refuses eval, and the attempt alone is reported as a violation. main.ts imports this
// file first, so zod is told before any schema is made.
import { config } from 'zod/v4/core';

config({ jitless: true });
