// Starts the real madoguchi-server (built by `cargo xtask test`) on a free port with a fresh
// database in a temporary folder, and stops it again. Used by every end-to-end suite.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, before } from "node:test";

/** The staff token every end-to-end server is started with (for reading inquiries back). */
export const ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";

/** The inquiries a server holds, read through the staff API. */
export async function serverInquiries(url) {
  const response = await fetch(`${url}/api/v1/admin/inquiries`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  if (!response.ok) throw new Error(`admin list: HTTP ${response.status}`);
  return (await response.json()).inquiries;
}

export function requireEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests through \`cargo xtask test\``);
  return value;
}

/** @returns {Promise<{url: string, port: number, stop: () => Promise<void>}>} */
export async function startServer({ uiDir = null, port = 0, dataDir = null } = {}) {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), "madoguchi-e2e-"));
  const env = {
    ...process.env,
    MADOGUCHI_PORT: String(port),
    MADOGUCHI_DATABASE: join(dir, "city.sqlite3"),
    MADOGUCHI_UI_DIR: uiDir ?? "",
    MADOGUCHI_CONFIG: join(dir, "none.toml"),
    MADOGUCHI_ADMIN_TOKEN: ADMIN_TOKEN,
    RUST_LOG: "warn",
  };
  const child = spawn(requireEnv("MADOGUCHI_SERVER_BIN"), [], { env, stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start within 30 s")), 30_000);
    child.on("exit", (code) => reject(new Error(`the server exited early (${code})`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = line.match(/^madoguchi-server listening on (\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    dataDir: dir,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on("exit", () => {
          if (!dataDir) rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** Waits until `check()` returns a truthy value, or fails after `timeoutMs`. */
export async function waitFor(check, { timeoutMs = 20_000, intervalMs = 100, what = "condition" } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${lastError.message}` : ""}`);
}

/**
 * The usual setup of a browser suite: the real server in web mode and Chromium, started before the
 * suite's tests and stopped after them. Read `web.server` / `web.browser` inside the tests.
 */
export function webSession(launchBrowser) {
  const web = { server: null, browser: null };
  before(async () => {
    web.server = await startServer({ uiDir: requireEnv("MADOGUCHI_UI_DIR") });
    web.browser = await launchBrowser();
  });
  after(async () => {
    await web.browser?.close();
    await web.server?.stop();
  });
  return web;
}
