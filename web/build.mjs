// Bundles GraphiQL (web/dist) and the researchers' explorer (web/dist/explorer) at set-up time, so the API
// serves both without any CDN.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';

await mkdir('dist', { recursive: true });
await build({
  entryPoints: ['src/index.jsx'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: 'dist/graphiql.js',
  loader: { '.js': 'jsx', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await copyFile('src/index.html', 'dist/index.html');
await mkdir('dist/explorer', { recursive: true });
await build({
  entryPoints: ['src/explorer/main.jsx'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: 'dist/explorer/explorer.js',
  loader: { '.js': 'jsx' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await copyFile('src/explorer/index.html', 'dist/explorer/index.html');
console.log('web: GraphiQL bundled into web/dist, the explorer into web/dist/explorer');
