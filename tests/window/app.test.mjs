// The real Tauri app in a real window (Xvfb), driven through tauri-driver and WebKitWebDriver:
// the UI asks the shell over IPC, the shell fetches from the running server with reqwest, and the
// page shows the catalogue; with the server stopped it shows the localized error instead, and
// recovers on "try again" once the server is back.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { ensureDisplay } from "../support/display.mjs";
import { requireEnv, startServer, waitFor } from "../support/server.mjs";
import { WebDriver } from "../support/webdriver.mjs";

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

describe("the app window", () => {
  let display;
  let server;
  let driver;
  let driverProcess;
  let home;
  const dataDir = mkdtempSync(join(tmpdir(), "madoguchi-window-server-"));

  before(async () => {
    display = await ensureDisplay();
    server = await startServer({ dataDir });
    home = mkdtempSync(join(tmpdir(), "madoguchi-window-home-"));
    for (const dir of ["data", "config", "cache"]) mkdirSync(join(home, dir));
    const port = await freePort();
    const nativePort = await freePort();
    driverProcess = spawn(requireEnv("TAURI_DRIVER_BIN"), ["--port", String(port), "--native-port", String(nativePort)], {
      env: {
        ...process.env,
        DISPLAY: display.display,
        MADOGUCHI_SERVER_URL: server.url,
        MADOGUCHI_CONFIG: join(home, "none.toml"),
        // A fresh profile (webview storage, app data) and a Japanese-speaking resident.
        HOME: home,
        XDG_DATA_HOME: join(home, "data"),
        XDG_CONFIG_HOME: join(home, "config"),
        XDG_CACHE_HOME: join(home, "cache"),
        LANGUAGE: "ja",
        LANG: "C.UTF-8",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    driver = new WebDriver(`http://127.0.0.1:${port}`);
    await waitFor(() => driver.call("GET", "/status").then(() => true), { what: "tauri-driver" });
  });

  after(async () => {
    await driver?.deleteSession();
    if (driverProcess && driverProcess.exitCode === null) {
      // SIGTERM, not SIGKILL: tauri-driver must stop WebKitWebDriver too.
      const exited = new Promise((r) => driverProcess.on("exit", r));
      driverProcess.kill("SIGTERM");
      await exited;
    }
    await server?.stop();
    await display?.stop();
    // WebKit helper processes may still be writing their caches for a moment after the app closes.
    rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Starts the app, runs `body`, and always closes the app again (one session at a time). */
  async function withApp(body) {
    await driver.newSession({ browserName: "wry", "tauri:options": { application: requireEnv("MADOGUCHI_APP_BIN") } });
    try {
      await body();
    } finally {
      await driver.deleteSession();
    }
  }

  const procedureCount = () => driver.execute("return document.querySelectorAll('.mg-procedure').length");

  test("shows the procedures the shell fetched from the running server", () =>
    withApp(async () => {
      await waitFor(async () => (await procedureCount()) >= 10, { what: "procedures in the window" });
      const [h1] = await driver.findAll("h1");
      assert.equal(await driver.text(h1), "手続きの一覧");
      const names = await driver.execute(
        "return [...document.querySelectorAll('.mg-procedure__name')].map(e => e.textContent)",
      );
      assert.ok(names.length >= 10);
      assert.ok(names.includes("転入届"), names.join(", "));
      // Inside the shell the UI goes through IPC, not HTTP to the server.
      assert.equal(await driver.execute("return typeof window.__TAURI__?.core?.invoke"), "function");
    }));

  test("with the server stopped it shows the localized error, and recovers when it is back", async () => {
    const port = server.port;
    await server.stop();
    await withApp(async () => {
      const message = await waitFor(
        () => driver.execute("return document.querySelector('[role=alert]')?.textContent ?? ''"),
        { what: "the error message" },
      );
      assert.match(message, /市のサーバーに接続できません/);
      assert.equal(await procedureCount(), 0);

      server = await startServer({ port, dataDir });
      const [retry] = await driver.findAll("[role=alert] button");
      await driver.click(retry);
      await waitFor(async () => (await procedureCount()) >= 10, { what: "procedures after retry" });
    });
  });
});
