// The real Tauri app in a real window (Xvfb), driven through tauri-driver and WebKitWebDriver:
// the UI asks the shell over IPC, the shell fetches from the running server with reqwest and keeps
// what it fetched in its encrypted store (key in the kernel keyring of the session `cargo xtask
// test` runs in). With the server stopped and nothing cached it shows the localized error; with a
// cache it shows the cached procedures and their age, queues an inquiry, and delivers it exactly
// once when the server is back; an application sent offline gets its reference, then My
// applications shows the city's status and history (asked by the shell); a booking made offline shows as queued, then as the city answered
// it (full, or booked with its reference); half a form typed survives the app being killed
// (SIGKILL) and is not on disk in plaintext; a resident signs in with the code from a real mail
// server, the credential lands in the keyring, survives a restart and is gone after signing out.
// Afterwards no file of the app's holds the resident's details (the address signed in with too),
// the database is not SQLite without its key, and the key is in no file.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { post } from "../support/account.mjs";
import { descendantRunning } from "../support/desktop.mjs";
import { ensureDisplay } from "../support/display.mjs";
import { startMailSink } from "../support/mail.mjs";
import { freePort, requireEnv, serverApplications, staffToken, startServer, waitFor } from "../support/server.mjs";
import { WebDriver } from "../support/webdriver.mjs";

// Personal details typed into the form; no file may show them in plaintext.
const NAME = "夢咲 花子";
const ADDRESS = "夢咲市桜町3丁目14番15号";
const PHONE = "0612-34-5678";
const SUBJECT = "粗大ごみの出し方";
// The address a resident signs in with; no file may show it either.
const GALLERY_EMAIL = "gallery.resident@example.jp";
const RESIDENT_EMAIL = "hanako.window@example.jp";

// WebKit's helper processes may still be tidying their storage for a moment after the app closes:
// a file that vanishes while we look holds nothing any more, so it is skipped.
const vanished = (error) => error.code === "ENOENT";

function filesUnder(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (vanished(error)) return [];
    throw error;
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    try {
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    } catch (error) {
      if (vanished(error)) return [];
      throw error;
    }
  });
}

function readIfThere(path) {
  try {
    return readFileSync(path);
  } catch (error) {
    if (vanished(error)) return Buffer.alloc(0);
    throw error;
  }
}

/** The app's store key as the kernel keyring holds it (this process shares the session). */
function storeKeyHex() {
  const listing = execFileSync("keyctl", ["show", "@s"], { encoding: "utf8" });
  const line = listing.split("\n").find((l) => l.includes("keyring-rs:local-data-key-"));
  assert.ok(line, `no store key in the session keyring:\n${listing}`);
  const id = line.trim().split(/\s+/)[0];
  return execFileSync("keyctl", ["print", id], { encoding: "utf8" }).trim();
}

describe("the app window", () => {
  let display;
  let server;
  let driver;
  let driverProcess;
  let home;
  let port;
  const dataDir = mkdtempSync(join(tmpdir(), "madoguchi-window-server-"));

  before(async () => {
    display = await ensureDisplay();
    port = await freePort();
    home = mkdtempSync(join(tmpdir(), "madoguchi-window-home-"));
    for (const dir of ["data", "config", "cache"]) mkdirSync(join(home, dir));
    const driverPort = await freePort();
    const nativePort = await freePort();
    driverProcess = spawn(requireEnv("TAURI_DRIVER_BIN"), ["--port", String(driverPort), "--native-port", String(nativePort)], {
      env: {
        ...process.env,
        DISPLAY: display.display,
        MADOGUCHI_SERVER_URL: `http://127.0.0.1:${port}/`,
        MADOGUCHI_CONFIG: join(home, "none.toml"),
        // Retry every 2 s at most, so "back online" shows within the test's patience.
        MADOGUCHI_OUTBOX_RETRY_CAP_SECS: "2",
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
    driver = new WebDriver(`http://127.0.0.1:${driverPort}`);
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

  /**
   * Starts the app, runs `body`, and always closes the app again (one session at a time). `binary`
   * names the environment variable holding the app: the one residents install by default, or
   * `MADOGUCHI_GALLERY_APP_BIN`, the same shell with the UI read from `ui/dist`, gallery included.
   */
  async function withApp(body, binary = "MADOGUCHI_APP_BIN") {
    const capabilities = { browserName: "wry", "tauri:options": { application: requireEnv(binary) } };
    try {
      await driver.newSession(capabilities);
    } catch (error) {
      // Seen once under heavy load: GTK could not open the Xvfb display right after the previous
      // window closed, and the app exited before the driver connected. One more start tells an X
      // hiccup from an app that cannot start (which then fails here).
      console.log(`# the app did not start (${error.message}); trying once more`);
      await new Promise((r) => setTimeout(r, 2_000));
      await driver.newSession(capabilities);
    }
    try {
      await body();
    } finally {
      await driver.deleteSession();
    }
  }

  const procedureCount = () => driver.execute("return document.querySelectorAll('.mg-procedure').length");
  const textOf = (css) => driver.execute(`return document.querySelector(${JSON.stringify(css)})?.textContent ?? ''`);

  test("with the server stopped and nothing cached it shows the localized error, and recovers when it is back", () =>
    withApp(async () => {
    const message = await waitFor(() => textOf("[role=alert]"), { what: "the error message" });
    assert.match(message, /市のサーバーに接続できません/);
    assert.equal(await procedureCount(), 0);

    server = await startServer({ port, dataDir });
    const [retry] = await driver.findAll("[role=alert] button");
    await driver.click(retry);
    await waitFor(async () => (await procedureCount()) >= 10, { what: "procedures after retry" });
    }));

  test("shows the procedures the shell fetched from the running server, and the inquiry's page", () =>
    withApp(async () => {
    await waitFor(async () => (await procedureCount()) >= 10, { what: "procedures in the window" });
    assert.equal(await textOf("h1"), "手続きの一覧");
    const names = await driver.execute(
      "return [...document.querySelectorAll('.mg-procedure__name')].map(e => e.textContent)",
    );
    assert.ok(names.includes("転入届"), names.join(", "));
    // Fresh from the server: no "from this device" note.
    assert.equal(await driver.execute("return document.querySelectorAll('.mg-data-age').length"), 0);
    // Inside the shell the UI goes through IPC, not HTTP to the server.
    assert.equal(await driver.execute("return typeof window.__TAURI__?.core?.invoke"), "function");

    // The menu's お問い合わせ is the city's inquiry form, fetched through the shell (and kept for
    // offline use).
    await driver.click((await driver.findAll('nav a[href="#/procedures/inquiry"]'))[0]);
    await waitFor(() => driver.execute("return !!document.getElementById('procedure-start')"), {
      what: "the inquiry's page with its Start button",
    });
    assert.equal(await textOf("h1"), "市へのお問い合わせ");

    // The app carries the residents' pages only: the gallery's path shows the home page.
    await driver.execute("location.href = '/gallery/'");
    await waitFor(async () => (await procedureCount()) >= 10, { what: "the home page at /gallery/" });
    assert.equal(await driver.execute("return document.querySelectorAll('[data-example]').length"), 0);
    assert.equal(await textOf("h1"), "手続きの一覧");
    }));

  test("in the app, another language's messages come from the app's own files, in place", () =>
    withApp(async () => {
    await waitFor(async () => (await procedureCount()) >= 10, { what: "the app to start" });
    await driver.execute("window.__notReloaded = true");
    const choose = (tag) =>
      driver.execute(`
        const toggle = document.querySelector('.mg-page-header__language-toggle');
        if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
        document.querySelector('[data-locale="${tag}"]').click();
      `);
    await choose("en");
    await waitFor(async () => (await textOf("h1")) === "Procedures", { what: "the page in English" });
    assert.equal(await driver.execute("return document.documentElement.lang"), "en");
    assert.equal(await driver.execute("return window.__notReloaded"), true, "the page reloaded");
    assert.equal(await driver.execute("return document.querySelectorAll('#language-error').length"), 0);
    // Back to Japanese: the choice is saved, and the next tests read Japanese.
    await choose("ja");
    await waitFor(async () => (await textOf("h1")) === "手続きの一覧", { what: "the page in Japanese again" });
    }));

  test("in the app, a postal lookup and an upload go through the shell, with progress; a file needs a signed-in resident", async () => {
    // The city's server with a mail server for the sign-in code.
    const mail = await startMailSink();
    await server?.stop();
    server = await startServer({ port, dataDir, env: { MADOGUCHI_SMTP_URL: mail.url } });
    // Only the keyring entries that appear during this test are this app's (see the sign-in test).
    execFileSync("keyctl", ["get_persistent", "@s"]);
    const entries = () =>
      new Set(
        execFileSync("keyctl", ["show", "@s"], { encoding: "utf8" })
          .split("\n")
          .filter((l) => l.includes("#device-credential@") || l.includes("#signing-out-"))
          .map((l) => l.trim().split(/\s+/)[0]),
      );
    const before = entries();
    try {
    await withApp(async () => {
    await waitFor(async () => (await procedureCount()) >= 10, { what: "the app to start" });
    // The gallery's examples use the same typed IPC module as every screen; the gallery build of
    // the app (the same shell and commands, the UI from ui/dist) carries them.
    await driver.execute("location.href = '/gallery/'");
    await waitFor(() => driver.execute("return !!document.getElementById('postal-code-lookup-address-postal-code')"), {
      what: "the gallery in the window",
    });
    assert.equal(await driver.execute("return typeof window.__TAURI__?.core?.invoke"), "function");
    const [code] = await driver.findAll("#postal-code-lookup-address-postal-code");
    await driver.type(code, "9990003");
    await waitFor(
      async () => (await driver.execute("return document.getElementById('postal-code-lookup-address-line1').value")) === "夢咲県夢咲市緑町",
      { what: "the address through the shell" },
    );
    assert.equal(await driver.execute("return document.activeElement.id"), "postal-code-lookup-address-postal-code");

    // A PDF picked in the file input (made in the page: WebDriver cannot reach a file dialog).
    const pickPdf = (megabytes) => `
      const bytes = new Uint8Array(${megabytes} * 1024 * 1024).fill(0x20);
      bytes.set(new TextEncoder().encode('%PDF-1.7\\n'));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], '住民票.pdf', { type: 'application/pdf' }));
      const input = document.getElementById('file-upload-document-file');
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));`;

    // Nobody signed in on this device: the city keeps no file, and the field says to sign in.
    await driver.execute(pickPdf(1));
    await waitFor(async () => (await textOf("#file-upload-document-file-error")).startsWith("ファイルを添付するには、先に「アカウント」のページでサインインしてください"), {
      what: "the sign-in message at the field",
    });

    // Signed in through the shell's commands (as the account page calls them), the same file goes.
    // (Each command's outcome is left in the page and waited for: a script's promise is not awaited
    // by every WebDriver.)
    const shellCall = (command, args) =>
      driver.execute(`
        window.__called = null;
        window.__TAURI__.core.invoke(${JSON.stringify(command)}, ${JSON.stringify(args)})
          .then(() => { window.__called = 'ok'; }, (e) => { window.__called = JSON.stringify(e); });`);
    const called = async (what) => {
      await waitFor(() => driver.execute("return window.__called !== null"), { what });
      assert.equal(await driver.execute("return window.__called"), "ok", what);
    };
    await shellCall("request_sign_in_code", { request: { email: GALLERY_EMAIL, locale: "ja" } });
    await called("the code asked for");
    const mailed = await mail.codeFor(GALLERY_EMAIL);
    await shellCall("sign_in_with_code", { email: GALLERY_EMAIL, code: mailed });
    await called("signed in");

    // A 3 MB PDF, with its progress.
    await driver.execute(`
      window.__statuses = [];
      const status = document.getElementById('file-upload-document-file-status');
      new MutationObserver(() => window.__statuses.push(status.textContent)).observe(status, { childList: true, subtree: true, characterData: true });
    ` + pickPdf(3));
    await waitFor(async () => (await textOf("#file-upload-document-file-status")) === "住民票.pdf(3 MB)を送信しました", {
      what: "the upload to finish",
    });
    const statuses = await driver.execute("return window.__statuses");
    const percents = statuses.map((s) => s.match(/(\d+)%/)).filter(Boolean).map((m) => Number(m[1]));
    assert.equal(percents[0], 0, statuses.join(" | "));
    assert.ok(percents.some((p) => p > 0 && p < 100), `progress from the shell's events: ${percents}`);
    assert.equal(await textOf("#file-upload-document-file-error"), "", "the sign-in message is gone");

    // Signed out again (through the outbox), so the next tests find nobody signed in.
    await shellCall("sign_out", {});
    await called("signed out");
    await waitFor(() => [...entries()].every((id) => before.has(id)), { what: "the credential sent off and gone" });
    }, "MADOGUCHI_GALLERY_APP_BIN");
    } finally {
      mail.stop();
    }
  });

  test("offline it shows cached procedures with their age; a question written offline is queued and reaches the city once when back online", async () => {
    await server.stop();
    await withApp(async () => {

    // Cached procedures, said to be from the device, with their age.
    await waitFor(async () => (await procedureCount()) >= 10, { what: "cached procedures" });
    const note = await waitFor(() => textOf(".mg-data-age[data-source=cache]"), { what: "the cache note" });
    assert.match(note, /この端末に保存した情報を表示しています（\d+分前に更新）|この端末に保存した情報を表示しています\(\d+分前に更新\)/);
    assert.match(note, /市のサーバーに接続できません/);

    // お問い合わせ from the form the shell kept when its page was opened online (an earlier test):
    // typed by keyboard, offline from start to end.
    await driver.execute("location.hash = '#/procedures/inquiry/apply/1'");
    await waitFor(() => driver.execute("return document.querySelectorAll('#f-department option').length > 5"), {
      what: "the kept inquiry form offline",
    });
    await driver.execute(
      "const s = document.getElementById('f-department'); s.value = 'environment'; s.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    await driver.type((await driver.findAll("#f-subject"))[0], SUBJECT);
    await driver.type((await driver.findAll("#f-message"))[0], `${ADDRESS}に住んでいます。ソファを捨てたいのですが、どうすればよいですか。`);
    const next = async (waitForId) => {
      await driver.click((await driver.findAll("#apply-continue"))[0]);
      await waitFor(() => driver.execute(`return !!document.getElementById(${JSON.stringify(waitForId)})`), { what: waitForId });
    };
    await next("f-reply-by-phone");
    // The phone field appears only once "by phone" is chosen.
    const phoneShown = () => driver.execute("return !document.querySelector('[data-field=\"contact-phone\"]').hidden");
    assert.equal(await phoneShown(), false);
    await driver.click((await driver.findAll("#f-reply-by-phone"))[0]);
    await waitFor(phoneShown, { what: "the phone field" });
    await driver.type((await driver.findAll("#f-contact-phone"))[0], PHONE);
    await driver.type((await driver.findAll("#f-contact-name"))[0], NAME);
    await next("apply-answers-0");
    assert.match(await textOf("#apply-answers-0"), new RegExp(SUBJECT));
    await driver.click((await driver.findAll("#apply-continue"))[0]);
    await waitFor(() => driver.execute("return !!document.getElementById('apply-submit')"), { what: "the send button" });
    await driver.click((await driver.findAll("#apply-submit"))[0]);

    // Saved on the device and waiting, said so; then delivered by the outbox on its own, once.
    const queued = await waitFor(() => textOf("#apply-queued"), { what: "the queued message" });
    assert.match(queued, /まだ市には届いていません/);
    server = await startServer({ port, dataDir });
    const confirmation = await waitFor(() => textOf("#apply-confirmation"), {
      what: "the reference once the city has the question",
      timeoutMs: 30_000,
    });
    const reference = confirmation.match(/YMS-\d{4}-\d{6}/)?.[0];
    assert.ok(reference, confirmation);
    const ours = (await serverApplications(server.url)).filter((a) => a.procedure === "inquiry" && a.answers.subject === SUBJECT);
    assert.equal(ours.length, 1, JSON.stringify(ours));
    assert.equal(ours[0].reference, reference);
    assert.equal(ours[0].answers.department, "environment");
    assert.equal(ours[0].answers["contact-name"], NAME);
    assert.equal(ours[0].answers["contact-phone"].replace(/\D/g, ""), PHONE.replace(/\D/g, ""));
    assert.equal(ours[0].answers["contact-email"], undefined, "a field not shown is not kept");
    });
  });

  test("an application filled offline is queued honestly, then shows its reference once the city answers", async () => {
    await withApp(async () => {
      // Online once: the procedure page fetches the form, which the shell keeps for offline use.
      await driver.execute("location.hash = '#/procedures/child-allowance'");
      await waitFor(() => driver.execute("return !!document.getElementById('procedure-start')"), {
        what: "the procedure page with its Start button",
      });
      await server.stop();
      await driver.execute("location.hash = '#/procedures/child-allowance/apply/1'");
      const fill = (pairs) =>
        driver.execute(
          `for (const [id, value] of arguments[0]) {
             const el = document.getElementById(id);
             el.value = value;
             el.dispatchEvent(new Event("input", { bubbles: true }));
             el.dispatchEvent(new Event("change", { bubbles: true }));
           }`,
          [pairs],
        );
      const check = (ids) => driver.execute("for (const id of arguments[0]) document.getElementById(id).click();", [ids]);
      const next = async (waitForId) => {
        await driver.execute("document.getElementById('apply-continue').click()");
        await waitFor(() => driver.execute(`return !!document.getElementById(${JSON.stringify(waitForId)})`), { what: waitForId });
      };
      await waitFor(() => driver.execute("return !!document.getElementById('f-applicant-phone')"), { what: "step 1 offline" });
      await fill([
        ["f-applicant-name-family", "夢咲"],
        ["f-applicant-name-given", "花子"],
        ["f-applicant-name-family-kana", "ユメサキ"],
        ["f-applicant-name-given-kana", "ハナコ"],
        ["f-applicant-birth-date-year", "1990"],
        ["f-applicant-birth-date-month", "5"],
        ["f-applicant-birth-date-day", "15"],
        ["f-applicant-address-postal-code", "9990001"],
        ["f-applicant-address-line1", "夢咲県夢咲市本町"],
        ["f-applicant-address-line2", "1-2-3"],
        ["f-applicant-phone", "0612-34-5678"],
      ]);
      await check(["f-has-spouse-no"]);
      await next("f-child-1-name-family");
      await fill([
        ["f-child-1-name-family", "夢咲"],
        ["f-child-1-name-given", "太郎"],
        ["f-child-1-name-family-kana", "ユメサキ"],
        ["f-child-1-name-given-kana", "タロウ"],
        ["f-child-1-birth-date-year", "2020"],
        ["f-child-1-birth-date-month", "4"],
        ["f-child-1-birth-date-day", "1"],
      ]);
      await check(["f-child-1-lives-with-you-yes", "f-has-second-child-no"]);
      await next("f-bank-name");
      await fill([
        ["f-bank-name", "夢咲銀行"],
        ["f-branch-name", "中央支店"],
        ["f-account-number", "1234567"],
        ["f-account-holder", "ユメサキ ハナコ"],
      ]);
      await check(["f-account-type-ordinary"]);
      await next("apply-answers-0");
      await next("apply-declaration-agree");
      await check(["apply-declaration-agree"]);
      await driver.execute("document.getElementById('apply-submit').click()");

      // Saved on the device and waiting: said so, with no reference yet.
      const queued = await waitFor(() => textOf("#apply-queued"), { what: "the queued message" });
      assert.match(queued, /まだ市には届いていません/);
      assert.doesNotMatch(await textOf("main"), /YMS-/);

      // Back online: the outbox delivers it, and the page shows the city's reference.
      server = await startServer({ port, dataDir });
      const confirmation = await waitFor(() => textOf("#apply-confirmation"), {
        what: "the reference once the city has the application",
        timeoutMs: 30_000,
      });
      assert.match(confirmation, /受付番号:YMS-\d{4}-\d{6}/);

      // A clerk receives it with a message; My applications shows the city's status and each
      // change, asked by the shell with the receipt's token it keeps.
      const reference = confirmation.match(/YMS-\d{4}-\d{6}/)[0];
      const received = await post(
        server.url,
        `/api/v1/admin/applications/${reference}/status`,
        { status: "received", message: "書類を確認しています。" },
        await staffToken(server.url),
      );
      assert.equal(received.status, 200);
      await driver.execute("location.hash = '#/applications'");
      const history = await waitFor(async () => {
        const text = await textOf(`#history-${reference}`);
        return text.includes("受付済み") && text;
      }, { what: "the application's history" });
      assert.match(history, /送信済み/);
      assert.match(history, /書類を確認しています。/);
      assert.match(await textOf("main"), /受付済み/);
    });
  });

  test("half a form typed, the app killed (SIGKILL) before leaving the field: started again, the draft is there, and no file held it in plaintext", async () => {
    // Typed into step 1 by keyboard; the cursor stays in the last field, nothing is submitted.
    const typed = [
      ["f-applicant-name-family", "霧島"],
      ["f-applicant-name-given", "詩織"],
      ["f-applicant-phone", "0612-98-7654"],
    ];
    const appBin = realpathSync(requireEnv("MADOGUCHI_APP_BIN"));
    await withApp(async () => {
      await driver.execute("location.hash = '#/procedures/child-allowance/apply/1'");
      await waitFor(() => driver.execute("return !!document.getElementById('f-applicant-phone')"), { what: "step 1" });
      for (const [id, text] of typed) {
        const [field] = await driver.findAll(`#${id}`);
        await driver.type(field, text);
      }
      assert.equal(await driver.execute("return document.activeElement?.id"), "f-applicant-phone");
      // A resident pauses; then the machine dies. (The draft is saved after a pause of 0.6 s.)
      await new Promise((r) => setTimeout(r, 2_000));
      const app = descendantRunning(driverProcess.pid, appBin);
      assert.ok(app, "the app's process, started by this test's driver");
      process.kill(app, "SIGKILL");
      // Gone, or a zombie its parent (WebKitWebDriver) has not reaped yet: either way, dead.
      await waitFor(() => descendantRunning(driverProcess.pid, appBin) === null, { what: "the app's process gone" });
    });

    // On disk meanwhile: none of what was typed, in any file of the app's (WAL and journal too).
    for (const file of filesUnder(home)) {
      const bytes = readIfThere(file);
      for (const [, text] of typed) {
        assert.equal(bytes.includes(Buffer.from(text, "utf8")), false, `${text} in ${file}`);
      }
    }

    await withApp(async () => {
      // My applications lists the draft to resume...
      await driver.execute("location.hash = '#/applications'");
      // Named from the device's copy of the catalogue at once, not by its id while the city is asked.
      const drafts = await waitFor(() => textOf("#applications-drafts"), { what: "the drafts list" });
      assert.match(drafts, /児童手当/);
      assert.doesNotMatch(drafts, /child-allowance/);
      // ...and the form opens with every answer typed, the last one too.
      await driver.execute("location.hash = '#/procedures/child-allowance/apply/1'");
      await waitFor(() => driver.execute("return !!document.getElementById('f-applicant-phone')"), { what: "step 1 again" });
      const values = await waitFor(
        async () => {
          const found = await driver.execute("return arguments[0].map((id) => document.getElementById(id)?.value ?? '')", [typed.map(([id]) => id)]);
          return found.every((v) => v !== "") && found;
        },
        { what: "the draft's answers in the form" },
      );
      assert.deepEqual(values, typed.map(([, text]) => text));
    });
  });

  test("a booking made offline is queued, then shows the city's answer: full when the place was taken, else its reference", async () => {
    await withApp(async () => {
      const click = (id) => driver.execute("document.getElementById(arguments[0]).click()", [id]);
      const radioIds = (group) =>
        driver.execute("return [...document.querySelectorAll(`#${arguments[0]} input[type=radio]`)].map((r) => r.id)", [group]);
      const present = (id) => driver.execute("return !!document.getElementById(arguments[0])", [id]);

      /** Chooses a day and its first time online, then books with the server stopped; starts it again. */
      async function bookOffline(service, dayIndex, meanwhile = async () => {}) {
        await driver.execute("location.hash = arguments[0]", [`#/booking/${service}`]);
        await waitFor(async () => (await radioIds("booking-day")).length > dayIndex, { what: `the days of ${service}` });
        const day = (await radioIds("booking-day"))[dayIndex];
        await click(day);
        await click("booking-continue");
        await waitFor(async () => (await radioIds("booking-time")).length > 0, { what: "the times" });
        await click((await radioIds("booking-time"))[0]);
        await click("booking-continue");
        await waitFor(() => present("booking-name"), { what: "the contact page" });
        await meanwhile(day.replace("booking-day-", ""));
        await server.stop();
        await driver.execute(
          `const el = document.getElementById("booking-name");
           el.value = arguments[0];
           el.dispatchEvent(new Event("input", { bubbles: true }));`,
          [NAME],
        );
        await click("booking-continue");
        await waitFor(() => present("booking-submit"), { what: "the check page" });
        await click("booking-submit");
        // Saved on the device and waiting: said so, with no reference yet.
        const queued = await waitFor(() => textOf("#booking-queued"), { what: "the queued booking" });
        assert.match(queued, /まだ予約は取れていません/);
        assert.doesNotMatch(await textOf("main"), /YMS-B-/);
        server = await startServer({ port, dataDir });
      }

      // 子育て相談 takes one resident a time: someone else books the chosen time while this one is
      // offline, so the place is gone when the outbox sends it. The page says so; never "booked".
      await bookOffline("childcare-consultation", 2, async (day) => {
        const base = `http://127.0.0.1:${port}`;
        const { slots } = await (
          await fetch(`${base}/api/v1/booking/services/childcare-consultation/slots?from=${day}&to=${day}`)
        ).json();
        const slot = slots.find((s) => s.remaining > 0);
        const taken = await fetch(`${base}/api/v1/bookings`, {
          method: "POST",
          headers: { "content-type": "application/json", "idempotency-key": `window-${Date.now()}-taken-first` },
          body: JSON.stringify({
            service: "childcare-consultation",
            counter: slot.counter,
            startsAt: slot.startsAt,
            contact: { name: "夢咲 太郎" },
          }),
        });
        assert.equal(taken.status, 201);
      });
      const refused = await waitFor(() => textOf("#booking-failure"), {
        what: "the city's refusal once the booking is sent",
        timeoutMs: 30_000,
      });
      assert.match(refused, /この時間の予約はいっぱいです/);
      assert.match(await textOf("#booking-heading"), /予約できませんでした/);

      // A place still free when it is sent: booked, with the reference to give at the counter.
      await bookOffline("my-number-card", 3);
      const confirmation = await waitFor(() => textOf("#booking-confirmation"), {
        what: "the reference once the city has the booking",
        timeoutMs: 30_000,
      });
      assert.match(confirmation, /予約番号:YMS-B-\d{6}/);
    });
  });

  test("a resident signs in with a mailed code; the credential is in the keyring, still there after a restart, and gone after signing out", async () => {
    // The city's server again, now with a mail server for the codes.
    const mail = await startMailSink();
    await server?.stop();
    server = await startServer({ port, dataDir, env: { MADOGUCHI_SMTP_URL: mail.url } });
    // The keyring may hold other apps' entries (other data folders, earlier runs): only those that
    // appear during this test are the app's.
    const allCredentials = () =>
      new Set(
        execFileSync("keyctl", ["show", "@s"], { encoding: "utf8" })
          .split("\n")
          .filter((l) => l.includes("#device-credential@") || l.includes("#signing-out-"))
          .map((l) => l.trim().split(/\s+/)[0]),
      );
    // The app keeps its entries in the user's persistent keyring, linked into the session when the
    // app first asks for it: link it now, so the entries already there are seen before the app runs.
    execFileSync("keyctl", ["get_persistent", "@s"]);
    const before = allCredentials();
    const credentialEntries = () => [...allCredentials()].filter((id) => !before.has(id));
    const heading = () => textOf("#account-heading");
    try {
      await withApp(async () => {
        await driver.execute("location.hash = '#/account'");
        await waitFor(async () => (await heading()) === "サインイン", { what: "the sign-in form" });
        const [email] = await driver.findAll("#sign-in-email");
        await driver.type(email, RESIDENT_EMAIL);
        await driver.click((await driver.findAll("#sign-in-send-code"))[0]);
        await waitFor(async () => (await heading()) === "コードを入力", { what: "the code form" });
        // The new stage's heading takes the focus (a screen reader says it) on the next frame: the
        // resident types the code after that, as typing before it would lose the keys to the heading.
        await waitFor(() => driver.execute("return document.activeElement?.id === 'account-heading'"), {
          what: "the focus on the code form's heading",
        });
        const code = await mail.codeFor(RESIDENT_EMAIL);
        const [codeField] = await driver.findAll("#sign-in-code");
        await driver.type(codeField, code);
        assert.equal(await driver.execute("return document.getElementById('sign-in-code').value"), code);
        await driver.click((await driver.findAll("#sign-in-submit"))[0]);
        // On failure, say what the page shows (a refusal or a field's problem), not only that it waited.
        await waitFor(async () => (await heading()) === "アカウント", { what: "signed in" }).catch(async (error) => {
          const shown = await driver.execute(
            "return [...document.querySelectorAll('#sign-in-error, #sign-in-errors')].map((e) => e.textContent).join(' | ')",
          );
          throw new Error(`${error.message}; the page shows: ${shown || "no problem"}`);
        });
        assert.match(await textOf("#account-facts"), new RegExp(RESIDENT_EMAIL.replace(/\./g, "\\.")));
        assert.match(await textOf("#account-devices"), /Madoguchi app \(Linux\)/);
      });
      assert.equal(credentialEntries().length, 1, `one device credential in the keyring:\n${credentialEntries().join("\n")}`);

      // A restart: still signed in; signing out removes the credential from the keyring.
      await withApp(async () => {
        await driver.execute("location.hash = '#/account'");
        await waitFor(async () => (await heading()) === "アカウント", { what: "still signed in after a restart" });
        await driver.click((await driver.findAll("#account-sign-out"))[0]);
        await waitFor(async () => (await heading()) === "サインイン", { what: "signed out" });
        // The city is told through the outbox; the credential kept for that goes once it is sent.
        await waitFor(() => credentialEntries().length === 0, { what: "no credential left in the keyring" });
      });
    } finally {
      mail.stop();
    }
  });

  test("no file of the app holds the resident's details or the key, and its database is not SQLite without the key", () => {
    const files = filesUnder(home);
    const database = files.find((f) => f.endsWith("madoguchi-local.db"));
    assert.ok(database, `no database among ${files.length} files`);
    assert.notEqual(readFileSync(database).subarray(0, 16).toString("latin1"), "SQLite format 3\0");
    assert.doesNotMatch(execFileSync("file", ["-b", database], { encoding: "utf8" }), /SQLite/);
    const keyHex = storeKeyHex();
    assert.match(keyHex, /^[0-9a-f]{64}$/);
    const keyBytes = Buffer.from(keyHex, "hex");
    for (const file of files) {
      const bytes = readIfThere(file);
      for (const secret of [NAME, ADDRESS, PHONE, RESIDENT_EMAIL, keyHex]) {
        assert.equal(bytes.includes(Buffer.from(secret, "utf8")), false, `${secret.slice(0, 8)}… in ${file}`);
      }
      assert.equal(bytes.includes(keyBytes), false, `the raw key in ${file}`);
    }
  });
});
