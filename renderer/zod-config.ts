import { z } from 'zod';

// zod compiles fast validators with `new Function`, which our Content-Security-Policy forbids. This module is
// imported first by the renderer's entry, before any schema is defined.
z.config({ jitless: true });
