/**
 * WebKit for the browser tests: WebKitGTK's own WebDriver under a virtual X display, and a W3C
 * WebDriver client of a few calls over `fetch` (no client library: the protocol is plain JSON over
 * HTTP, and the walk needs navigation, script execution, a window size and a screenshot).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const webKitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const xvfbPath = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
export const hasWebKit = existsSync(webKitDriverPath) && existsSync(xvfbPath);

/** A free loopback TCP port (the OS picks it; it is released again before the driver binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Stops a process we started, by its pid only, and waits until it has gone. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(
    () => child.pid !== undefined && child.exitCode === null && process.kill(child.pid, 'SIGKILL'),
    5_000,
  );
  await gone;
  clearTimeout(timer);
}

/**
 * Starts Xvfb on a display number it chooses itself (`-displayfd` writes the number once the
 * display is ready, so two test runs never collide on a guessed `:99`).
 */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    xvfb.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const fd3 = xvfb.stdio[3] as NodeJS.ReadableStream;
    fd3.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve({ display: `:${output.trim()}`, process: xvfb });
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.slice(-500)}`)));
  });
}

/** WebKitGTK's WebDriver on a free port and display; `close` stops both by pid. */
export interface WebKitDriver {
  url: string;
  close(): Promise<void>;
}

/** Starts Xvfb and WebKitWebDriver; the browser runs in `timeZone` and prefers `languages` (a glib LANGUAGE list). */
export async function startWebKitDriver(options: { timeZone: string; languages: string }): Promise<WebKitDriver> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(webKitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display, TZ: options.timeZone, LANGUAGE: options.languages },
  });
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stop(driver);
    await stop(xvfb.process);
  };
  try {
    // Ready when /status answers (the driver binds its port a moment after starting).
    for (let tries = 0; ; tries += 1) {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
      const ready = await fetch(`${url}/status`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ready) break;
      if (tries > 100) throw new Error('WebKitWebDriver did not answer within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close };
}

/** One W3C WebDriver session: the handful of commands the walk needs. */
export class WebDriverSession {
  private constructor(
    private readonly base: string,
    readonly id: string,
  ) {}

  /** Opens a session; WebKitGTK needs `--automation` in its browser options. */
  static async create(driverUrl: string): Promise<WebDriverSession> {
    const value = await command<{ sessionId: string }>('POST', `${driverUrl}/session`, {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { args: ['--automation'] },
          pageLoadStrategy: 'normal',
          timeouts: { script: 30_000, pageLoad: 60_000 },
        },
      },
    });
    return new WebDriverSession(driverUrl, value.sessionId);
  }

  private send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return command<T>(method, `${this.base}/session/${this.id}${path}`, body);
  }

  goto(url: string): Promise<void> {
    return this.send('POST', '/url', { url });
  }

  refresh(): Promise<void> {
    return this.send('POST', '/refresh', {});
  }

  currentUrl(): Promise<string> {
    return this.send('GET', '/url');
  }

  setWindowRect(width: number, height: number): Promise<void> {
    return this.send('POST', '/window/rect', { width, height });
  }

  /** Runs `fn(...args)` in the page and returns its (awaited) result; a thrown error rejects here. */
  async evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    // execute/async hands the page a callback as its last argument; the function's own result,
    // or its error as text, goes back through it.
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ ok: true, value }), (error) => done({ ok: false, error: String(error && error.stack || error) }));`;
    const result = await this.send<{ ok: boolean; value?: T; error?: string }>('POST', '/execute/async', {
      script,
      args,
    });
    if (!result.ok) throw new Error(`in the page: ${result.error}`);
    return result.value as T;
  }

  /** A PNG of the viewport. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64');
  }

  close(): Promise<void> {
    return this.send('DELETE', '');
  }
}

async function command<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok) throw new Error(`WebDriver ${method} ${url}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}
