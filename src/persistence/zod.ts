/**
 * zod as the game uses it: jitless. Otherwise zod probes for eval with
 * `new Function('')` the first time a schema parses, and under the build's
 * Content-Security-Policy (no eval: tools/vite-plugin-csp.ts) that probe is a
 * reported violation. Schemas import z from here, so the setting is in force
 * before any of them parses.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
