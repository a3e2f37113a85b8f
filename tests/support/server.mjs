// Starts the real madoguchi-server (built by `cargo xtask test`) on a free port with a fresh
// database in a temporary folder, and stops it again. Used by every end-to-end suite.
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, before } from "node:test";

/** Each started server's database, by URL (a clerk is created on it with the server's CLI). */
const databases = new Map();
/** Each server's clerk session, by URL, made on first use. */
const clerks = new Map();
let clerkCount = 0;

/**
 * A clerk's session token on the server at `url`: created with `madoguchi-server create-staff`
 * (password on stdin, the authenticator's secret printed once), signed in over HTTP with the
 * password and the TOTP code of this moment, as a clerk at the counter would.
 */
export async function staffToken(url) {
  if (clerks.has(url)) return clerks.get(url);
  const username = `e2e-clerk${clerkCount++}`;
  const password = "e2e-clerk-password-0123";
  const secret = await new Promise((resolve, reject) => {
    const child = spawn(requireEnv("MADOGUCHI_SERVER_BIN"), ["create-staff", username, "clerk"], {
      env: { ...process.env, MADOGUCHI_DATABASE: databases.get(url), MADOGUCHI_CONFIG: "/nonexistent.toml", RUST_LOG: "error" },
      stdio: ["pipe", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      const match = out.match(/^secret: (\S+)$/m);
      if (code === 0 && match) resolve(match[1]);
      else reject(new Error(`create-staff exited ${code}: ${out}`));
    });
    child.stdin.end(`${password}\n`);
  });
  const response = await fetch(`${url}/api/v1/staff/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password, totp: totp(secret, Date.now()) }),
  });
  if (response.status !== 201) throw new Error(`staff sign-in: HTTP ${response.status}`);
  const { token } = await response.json();
  clerks.set(url, token);
  return token;
}

/** RFC 6238 (SHA-1, 6 digits, 30 s) for a base32 secret, as an authenticator app shows it. */
function totp(secret, atMillis) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of secret.replace(/=+$/, "")) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMillis / 30_000)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, "0");
}

/** The applications a server holds (お問い合わせ among them), read through the staff API as a clerk. */
export async function serverApplications(url) {
  const token = await staffToken(url);
  const response = await fetch(`${url}/api/v1/admin/applications`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`admin list: HTTP ${response.status}`);
  return (await response.json()).applications;
}

export function requireEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests through \`cargo xtask test\``);
  return value;
}

/** @returns {Promise<{url: string, port: number, stop: () => Promise<void>}>} */
export async function startServer({ uiDir = null, port = 0, dataDir = null, env: extra = {} } = {}) {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), "madoguchi-e2e-"));
  const env = {
    ...process.env,
    MADOGUCHI_PORT: String(port),
    MADOGUCHI_DATABASE: join(dir, "city.sqlite3"),
    MADOGUCHI_UI_DIR: uiDir ?? "",
    MADOGUCHI_CONFIG: join(dir, "none.toml"),
    RUST_LOG: "warn",
    ...extra,
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
  databases.set(url, env.MADOGUCHI_DATABASE);
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

/** A TCP port nothing listens on now (bound, then released): for a server or a driver to take. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
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
export function webSession(launchBrowser, { startMail = null } = {}) {
  const web = { server: null, browser: null, mail: null };
  before(async () => {
    // A mail server for the sign-in codes, when the suite signs residents in (`mail.mjs`).
    web.mail = startMail ? await startMail() : null;
    const env = web.mail ? { MADOGUCHI_SMTP_URL: web.mail.url } : {};
    web.server = await startServer({ uiDir: requireEnv("MADOGUCHI_UI_DIR"), env });
    web.browser = await launchBrowser();
  });
  after(async () => {
    await web.browser?.close();
    await web.server?.stop();
    web.mail?.stop();
  });
  return web;
}
