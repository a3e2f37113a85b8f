// The tray of a desktop, for the window tests: `tray_host.py` (a real StatusNotifierWatcher on the
// test's session bus, and a window manager's close request) driven by JSON lines.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { nameHasOwner, stop } from "./desktop.mjs";
import { waitFor } from "./server.mjs";

/** The venv Setup makes (`xtask/src/tray_host.rs`), or the one Test names. */
function python() {
  if (process.env.MADOGUCHI_TRAY_PYTHON) return process.env.MADOGUCHI_TRAY_PYTHON;
  const cache = process.env.MADOGUCHI_CACHE_DIR ?? join(homedir(), ".cache/madoguchi");
  const venv = join(cache, "tray-host/bin/python3");
  if (!existsSync(venv)) throw new Error(`${venv} is missing: run \`cargo xtask setup\` (or set MADOGUCHI_TRAY_PYTHON)`);
  return venv;
}

/** Starts the tray on `bus` and `display`; resolves once the watcher owns its name. */
export async function startTray(display, bus) {
  const child = spawn(python(), [join(import.meta.dirname, "tray_host.py")], {
    env: { ...process.env, DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: bus },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const answers = [];
  const waiting = [];
  createInterface({ input: child.stdout }).on("line", (line) => {
    const answer = JSON.parse(line);
    const next = waiting.shift();
    if (next) next(answer);
    else answers.push(answer);
  });
  const exited = new Promise((_, reject) => child.on("exit", (code) => reject(new Error(`the tray host exited (${code})`))));
  exited.catch(() => {});
  const read = () => (answers.length ? Promise.resolve(answers.shift()) : new Promise((resolve) => waiting.push(resolve)));
  const ready = await Promise.race([read(), exited]);
  if (!ready.ready) throw new Error(`the tray host: ${JSON.stringify(ready)}`);
  await waitFor(() => nameHasOwner(bus, "org.kde.StatusNotifierWatcher"), { what: "the StatusNotifierWatcher" });
  let queue = Promise.resolve();
  const ask = (request) => {
    const asked = queue.then(async () => {
      child.stdin.write(`${JSON.stringify(request)}\n`);
      const answer = await Promise.race([read(), exited]);
      if (answer.error) throw new Error(`tray host, ${request.do}: ${answer.error}`);
      return answer;
    });
    queue = asked.catch(() => {});
    return asked;
  };
  return {
    /** Items registered with the watcher that still answer: `{ name, path, status, menu, id }`. */
    items: async () => (await ask({ do: "items" })).items,
    /** The item's menu entries, `{ id, label, visible }`, as a panel reads them (dbusmenu). */
    menu: async (item) => (await ask({ do: "menu", item })).entries,
    /** Clicks a menu entry, as a panel does when the resident picks it. */
    click: (item, id) => ask({ do: "click", item, id }),
    /** Asks the window titled `title` to close, as a window manager's close button does. */
    close: async (title) => (await ask({ do: "close", title })).closed,
    /** Whether a window titled `title` is shown. */
    mapped: async (title) => (await ask({ do: "mapped", title })).mapped,
    /** The panel goes away: the watcher releases its name (the host still closes windows). */
    leave: async () => {
      await ask({ do: "leave" });
      await waitFor(async () => !(await nameHasOwner(bus, "org.kde.StatusNotifierWatcher")), { what: "the watcher gone" });
    },
    stop: () => {
      child.stdin.end();
      return stop(child);
    },
  };
}
