import { defineConfig } from 'seedforge';
import { blog } from './examples/blog/mock.config.ts';
import { shop } from './examples/shop/mock.config.ts';

/** Compiles every example into generated/<scenario>/ (committed; CI proves it is fresh). */
export default defineConfig({ outDir: 'generated', scenarios: [blog, shop] });
