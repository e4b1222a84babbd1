/** The built app (dist/) served by Vite's preview server on a free loopback port, as `npm start` serves it; for the bench scripts. */
import path from 'node:path';
import { preview } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Starts the server for `outDir` (the app's dist/ by default; the bench's hello world has its own);
 * `close` also drops keep-alive sockets, so the port is really free afterwards.
 */
export async function startServer(outDir = path.join(root, 'dist')) {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  return {
    url: `http://localhost:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.httpServer.close(() => resolve());
        server.httpServer.closeAllConnections();
      }),
  };
}
