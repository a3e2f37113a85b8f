// A desktop session for the window tests of notices (issue 13): a private D-Bus session bus, a
// real notification daemon on it (Debian's dunst) whose shown notifications the test reads, the
// app started through tauri-driver with that bus and a home of its own, and the app's process
// found among the driver's descendants (to see it stay alive or end).
import { spawn } from "node:child_process";
import { chmodSync, existsSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { freePort, requireEnv, waitFor } from "./server.mjs";
import { WebDriver } from "./webdriver.mjs";

/** Ends `child` with SIGTERM (tauri-driver then stops WebKitWebDriver) and waits for it. */
export function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.on("exit", resolve);
    child.kill("SIGTERM");
  });
}

/** A private session bus: `{ address, stop }`. */
export async function startSessionBus(dir) {
  const config = join(dir, "session.conf");
  writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${join(dir, "bus")}</listen>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>`,
  );
  const bus = spawn("dbus-daemon", ["--config-file", config, "--nofork", "--print-address=1"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const address = await new Promise((resolve, reject) => {
    bus.on("exit", (code) => reject(new Error(`dbus-daemon exited (${code})`)));
    createInterface({ input: bus.stdout }).once("line", (line) => resolve(line.trim()));
  });
  return { address, stop: () => stop(bus) };
}

/** Whether `name` has an owner on the session bus at `bus`. */
export function nameHasOwner(bus, name) {
  return new Promise((resolve) => {
    const probe = spawn(
      "dbus-send",
      ["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", `string:${name}`],
      { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus }, stdio: ["ignore", "pipe", "ignore"] },
    );
    let out = "";
    probe.stdout.on("data", (d) => (out += d));
    probe.on("exit", () => resolve(out.includes("boolean true")));
  });
}

/** dunst on `display` and `bus`, logging every notification it shows to a file we read. */
export async function startNotificationDaemon(dir, display, bus) {
  const log = join(dir, "shown");
  const script = join(dir, "record.sh");
  // dunst passes appname, summary, body, icon, urgency; fields and records are split by the ASCII
  // unit and record separators, which no notice's text contains.
  writeFileSync(script, `#!/bin/sh\nprintf '%s\\037%s\\037%s\\036' "$2" "$5" "$3" >> '${log}'\n`);
  chmodSync(script, 0o755);
  const config = join(dir, "dunstrc");
  writeFileSync(config, `[global]\n    font = Noto Sans CJK JP 10\n[record]\n    summary = "*"\n    script = ${script}\n`);
  const env = { ...process.env, DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: bus };
  const daemon = spawn("dunst", ["-config", config], { env, stdio: ["ignore", "ignore", "inherit"] });
  // dunst owns org.freedesktop.Notifications once it is ready.
  await waitFor(() => nameHasOwner(bus, "org.freedesktop.Notifications"), { what: "dunst on the session bus" });
  return {
    shown: () =>
      existsSync(log)
        ? readFileSync(log, "utf8")
            .split("\x1e")
            .filter(Boolean)
            .map((r) => {
              const [summary, urgency, body] = r.split("\x1f");
              return { summary, urgency, body };
            })
        : [],
    /** What clicking the newest notification does (`dunstctl action`: its default action). */
    click: () =>
      new Promise((resolve, reject) => {
        const ctl = spawn("dunstctl", ["action", "0"], { env, stdio: ["ignore", "ignore", "inherit"] });
        ctl.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`dunstctl action: ${code}`))));
      }),
    stop: () => stop(daemon),
  };
}

/**
 * tauri-driver for the app under test, on `display` and `bus`, with `home` (folders `data`,
 * `config`, `cache` made by the caller) as its home and `server` as its city. The app's log lines
 * are passed on to this process's stderr and to `onLine`.
 */
export async function startAppDriver({ display, bus, server, home, onLine = () => {} }) {
  const driverPort = await freePort();
  const nativePort = await freePort();
  const child = spawn(requireEnv("TAURI_DRIVER_BIN"), ["--port", String(driverPort), "--native-port", String(nativePort)], {
    env: {
      ...process.env,
      DISPLAY: display,
      DBUS_SESSION_BUS_ADDRESS: bus,
      MADOGUCHI_SERVER_URL: `${server.url}/`,
      MADOGUCHI_CONFIG: join(home, "none.toml"),
      HOME: home,
      XDG_DATA_HOME: join(home, "data"),
      XDG_CONFIG_HOME: join(home, "config"),
      XDG_CACHE_HOME: join(home, "cache"),
      LANGUAGE: "ja",
      LANG: "C.UTF-8",
      RUST_LOG: "info",
    },
    stdio: ["ignore", "inherit", "pipe"],
  });
  createInterface({ input: child.stderr }).on("line", (line) => {
    process.stderr.write(`${line}\n`);
    onLine(line);
  });
  const driver = new WebDriver(`http://127.0.0.1:${driverPort}`);
  await waitFor(() => driver.call("GET", "/status").then(() => true), { what: "tauri-driver" });
  return { driver, process: child };
}

/** The pid of the process running `exe` among `root`'s descendants (the app WebKitWebDriver started), or null. */
export function descendantRunning(root, exe) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 4th field, after the command name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const descends = (pid) => {
    for (let p = pid; p > 1; p = parents.get(p) ?? 0) if (p === root) return true;
    return false;
  };
  for (const [pid] of parents) {
    if (pid === root || !descends(pid)) continue;
    try {
      const running = readlinkSync(`/proc/${pid}/exe`);
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // A zombie has ended: it only waits for its parent to read its exit status.
      if (running === exe && stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z") return pid;
    } catch {
      // gone meanwhile
    }
  }
  return null;
}
