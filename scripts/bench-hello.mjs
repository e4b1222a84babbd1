// The yardstick of `npm run bench`: a React + vite-plugin-pwa hello world, generated in a temporary
// folder and built with the project's own node_modules (nothing is downloaded), so Rugplan's figures
// from a noisy, shared machine can be read as ratios to what the same stack costs at its smallest.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const files = {
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A React and vite-plugin-pwa hello world." />
    <title>Hello</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.jsx"></script>
  </body>
</html>
`,
  'src/main.jsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';

registerSW({ immediate: true });

function App() {
  return <main><h1>Hello, world</h1><p>A React app that works offline.</p></main>;
}

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
`,
};

/** Builds the hello world; returns its dist folder. */
export async function buildHelloWorld(projectRoot) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rugplan-bench-hello-'));
  mkdirSync(path.join(dir, 'src'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: path.join(dir, 'dist'), target: 'es2022' },
    plugins: [
      react(),
      VitePWA({
        registerType: 'autoUpdate',
        manifest: { name: 'Hello', short_name: 'Hello', start_url: '/', display: 'standalone', icons: [] },
      }),
    ],
  });
  return path.join(dir, 'dist');
}
