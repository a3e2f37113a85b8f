// Notices reach the desktop (issue 13): the real app in a real window (Xvfb) follows the city's
// stream, matches each notice against the profile kept on the device, and raises OS notifications
// through a real notification daemon (Debian's dunst, on a private D-Bus session) that this test
// reads: dunst runs a script for every notification it shows, which appends its summary, urgency
// and body to a file.
//
// The resident chooses 夢咲3丁目 on the profile screen. Then a clerk publishes an urgent evacuation
// order for 港1丁目 and one for 夢咲3丁目: only the second raises a notification, "urgent" in its
// title and critical in its urgency, and only the second is in the inbox, pinned as urgent.
//
// A notification held for later (for the digest here; quiet hours work the same) outlives the
// app: held while the app runs, due while it is closed, it is raised when the app next starts.
// The hold is made through the app's own IPC command (`hold_notice`, what the UI calls when the
// resident's digest time is hours away), so the test need not wait for a time of day.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { post } from "../support/account.mjs";
import { startAppDriver, startNotificationDaemon, startSessionBus, stop } from "../support/desktop.mjs";
import { ensureDisplay } from "../support/display.mjs";
import { requireEnv, staffToken, startServer, waitFor } from "../support/server.mjs";

const DAY = 24 * 3_600_000;
const HERE = "避難指示(夢咲3丁目)";
const ELSEWHERE = "避難指示(港1丁目)";

describe("notices on the desktop", () => {
  let display;
  let bus;
  let daemon;
  let server;
  let driver;
  let driverProcess;
  let streamOpen = false;
  let streamsOpened = 0;
  const home = mkdtempSync(join(tmpdir(), "madoguchi-notices-home-"));

  before(async () => {
    for (const dir of ["data", "config", "cache", "bus"]) mkdirSync(join(home, dir));
    display = await ensureDisplay();
    bus = await startSessionBus(join(home, "bus"));
    daemon = await startNotificationDaemon(join(home, "bus"), display.display, bus.address);
    server = await startServer();
    // The shell says when its stream is open: notices published before that are in the feed, not
    // on the stream, and raise nothing (as on a resident's device started after them).
    ({ driver, process: driverProcess } = await startAppDriver({
      display: display.display,
      bus: bus.address,
      server,
      home,
      onLine: (line) => {
        if (line.includes("notice stream open")) {
          streamOpen = true;
          streamsOpened += 1;
        }
      },
    }));
  });

  after(async () => {
    await driver?.deleteSession();
    if (driverProcess) await stop(driverProcess);
    await daemon?.stop();
    await bus?.stop();
    await server?.stop();
    await display?.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  const run = (script) => driver.execute(script);
  const exists = (css) => run(`return document.querySelector(${JSON.stringify(css)}) !== null`);

  test("an urgent notice for the resident's area raises a critical OS notification and is in the inbox; one for another area does neither", async () => {
    await driver.newSession({ browserName: "wry", "tauri:options": { application: requireEnv("MADOGUCHI_APP_BIN") } });
    try {
      // The resident opts in on the profile screen with their area.
      await run("location.hash = '#/notices/profile'");
      await waitFor(() => run("return document.querySelectorAll('#profile-area option').length > 3"), { what: "the city's areas" });
      await run(`const s = document.getElementById('profile-area');
        s.value = 'yumesaki-3-chome';
        s.dispatchEvent(new Event('change', { bubbles: true }));`);
      await run("document.getElementById('notice-profile-save').click()");
      await waitFor(() => exists("#notice-profile-outcome"), { what: "the profile saved" });
      await waitFor(() => exists("#notice-consent"), { what: "the consent record" });

      await waitFor(() => streamOpen, { what: "the shell's notice stream", timeoutMs: 30_000 });
      const clerk = await staffToken(server.url);
      const publish = async (title, area) => {
        const response = await post(
          server.url,
          "/api/v1/admin/notices",
          {
            title: { ja: title },
            body: { ja: `${title}が出ました。近くの避難所へ避難してください。` },
            category: "disaster",
            priority: "urgent",
            rule: { areas: [area] },
            expiresAt: Date.now() + DAY,
          },
          clerk,
        );
        const answer = await response.text();
        assert.equal(response.status, 201, answer);
        return JSON.parse(answer).id;
      };
      const elsewhere = await publish(ELSEWHERE, "minato-1-chome");
      const here = await publish(HERE, "yumesaki-3-chome");

      const raised = await waitFor(() => daemon.shown().find((n) => n.summary.includes(HERE)), {
        what: "the OS notification of the order for 夢咲3丁目",
        timeoutMs: 30_000,
      });
      assert.equal(raised.summary, `【緊急】${HERE}`, "urgent in words in the title");
      assert.equal(raised.urgency, "CRITICAL", "and critical for the daemon");
      assert.match(raised.body, /近くの避難所へ避難してください/);
      // The stream is ordered: the other area's order came first and was judged before this one.
      assert.deepEqual(
        daemon.shown().filter((n) => n.summary.includes(ELSEWHERE)),
        [],
        "no notification for another area",
      );

      await run("location.hash = '#/notices'");
      await waitFor(() => exists(`#notices-urgent #notice-${here}`), { what: "the order in the inbox, pinned as urgent" });
      assert.equal(await exists(`#notice-${elsewhere}`), false, "the other area's order is not in the inbox");
      assert.equal(await run("return document.getElementById('notices-profile').dataset.chosen"), "true");
    } finally {
      await driver.deleteSession();
    }
  });

  test("a notification held for the digest is raised when the app next starts, after it fell due while the app was closed", async () => {
    const FESTIVAL = "夢咲市民まつりのお知らせ";
    const response = await post(
      server.url,
      "/api/v1/admin/notices",
      {
        title: { ja: FESTIVAL },
        body: { ja: "11月に中央公園で開きます。" },
        category: "events",
        priority: "normal",
        rule: {},
        expiresAt: Date.now() + DAY,
      },
      await staffToken(server.url),
    );
    const answer = await response.text();
    assert.equal(response.status, 201, answer);
    const id = JSON.parse(answer).id;
    const digests = () => daemon.shown().filter((n) => n.summary === "新しいお知らせが 1 件あります");

    // The app holds it for a digest due in a few seconds, and is closed before then.
    await driver.newSession({ browserName: "wry", "tauri:options": { application: requireEnv("MADOGUCHI_APP_BIN") } });
    const dueAt = Date.now() + 4_000;
    try {
      await waitFor(() => run("return !!(window.__TAURI__ && document.getElementById('nav-notices'))"), { what: "the app" });
      await run(
        `return window.__TAURI__.core.invoke('hold_notice', { held: { id: ${JSON.stringify(id)}, revision: 1, dueAt: ${dueAt}, digest: true } })`,
      );
    } finally {
      await driver.deleteSession();
    }
    assert.ok(Date.now() < dueAt, "closed before it was due");
    assert.deepEqual(digests(), [], "nothing raised while it was not due");

    // Due while closed; the app starts again and raises it.
    await new Promise((r) => setTimeout(r, dueAt + 500 - Date.now()));
    await driver.newSession({ browserName: "wry", "tauri:options": { application: requireEnv("MADOGUCHI_APP_BIN") } });
    try {
      const raised = await waitFor(() => digests()[0], { what: "the digest's OS notification", timeoutMs: 30_000 }).catch(
        (error) => {
          throw new Error(`${error.message}; shown: ${JSON.stringify(daemon.shown())}`);
        },
      );
      assert.equal(raised.body, FESTIVAL, "the digest names the notice");
      assert.equal(raised.urgency, "NORMAL");
    } finally {
      await driver.deleteSession();
    }

    // Handed out once: a third start raises it no more.
    const opened = streamsOpened;
    await driver.newSession({ browserName: "wry", "tauri:options": { application: requireEnv("MADOGUCHI_APP_BIN") } });
    try {
      await waitFor(() => streamsOpened > opened, { what: "the app running again", timeoutMs: 30_000 });
      await new Promise((r) => setTimeout(r, 1_000));
      assert.equal(digests().length, 1);
    } finally {
      await driver.deleteSession();
    }
  });
});
