/**
 * zod as the app uses it: configured `jitless` before any schema exists. Under the app's
 * Content-Security-Policy (no 'unsafe-eval') zod cannot compile its fast parsers anyway, and its
 * probe for eval (`new Function('')`, caught) is reported as a CSP violation. Every schema module
 * imports `z` from here, so the setting is in force before the first `z.object` is built.
 *
 * @example
 * import { z } from '../data/zod';
 * const id = z.string().min(1);
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
