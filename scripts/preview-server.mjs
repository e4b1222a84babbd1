/** The built app (dist/) served by Vite's preview server on a free loopback port, as `npm start` serves it; for the bench scripts. */
import path from 'node:path';
import { preview } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

/** Starts the server; `close` also drops keep-alive sockets, so the port is really free afterwards. */
export async function startServer() {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: path.join(root, 'dist') },
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
