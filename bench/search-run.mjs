// `npm run bench:search`: compiles bench/search.ts (esbuild, dependencies left as imports) and
// prints its table. `npm run build` first.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const outfile = fileURLToPath(new URL('./out/search.mjs', import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL('./search.ts', import.meta.url))],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { searchBench, formatSearchBench } = await import(pathToFileURL(outfile).href);
console.log(formatSearchBench(await searchBench()));
