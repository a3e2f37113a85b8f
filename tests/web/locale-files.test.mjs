// Only the reader's language is downloaded (web mode, headless Chromium): the residents' WASM
// carries Japanese; another locale's messages are one file (`/locales/<tag>-<hash>.ftl`), fetched
// before the first draw for the starting language and on the menu's click for a switch. When the
// file cannot be had, the reader is told so in the language the page stays in.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeViolations, launchBrowser } from "../support/browser.mjs";
import { webSession } from "../support/server.mjs";

/** A locale file's path, naming its locale. */
const LOCALE_FILE = /^\/locales\/([A-Za-z-]+)-[0-9a-f]{16}\.ftl$/;
/** The same, for `page.route` (which matches whole URLs). */
const LOCALE_FILES = "**/locales/*.ftl";

describe("locale files (web mode)", () => {
  const web = webSession(launchBrowser);

  /** A fresh visitor; records which locale files the page fetches. */
  async function openHome(locale) {
    const context = await web.browser.newContext({ locale });
    const page = await context.newPage();
    const fetched = [];
    page.on("request", (request) => {
      const match = new URL(request.url()).pathname.match(LOCALE_FILE);
      if (match) fetched.push(match[1]);
    });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(web.server.url);
    await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
    return { page, context, fetched, errors };
  }

  async function chooseLanguage(page, name) {
    const menu = page.locator(".mg-page-header__language-toggle");
    if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await page.getByRole("button", { name, exact: true }).click();
  }

  test("a Japanese reader's first visit fetches no locale file", async () => {
    const { page, context, fetched } = await openHome("ja-JP");
    assert.equal(await page.locator("h1").textContent(), "手続きの一覧");
    assert.deepEqual(fetched, []);
    await context.close();
  });

  test("an English reader's first visit fetches English only, before the page is drawn", async () => {
    const { page, context, fetched, errors } = await openHome("en-US");
    assert.equal(await page.locator("h1").textContent(), "Procedures");
    assert.deepEqual(fetched, ["en"]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("switching fetches the chosen language once, in place", async () => {
    const { page, context, fetched } = await openHome("ja-JP");
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    await chooseLanguage(page, "한국어");
    await page.locator("h1", { hasText: "절차 목록" }).waitFor();
    await chooseLanguage(page, "日本語");
    await page.locator("h1", { hasText: "手続きの一覧" }).waitFor();
    await chooseLanguage(page, "한국어");
    await page.locator("h1", { hasText: "절차 목록" }).waitFor();
    assert.deepEqual(fetched, ["ko"], "Korean is fetched once; Japanese is in the WASM");
    assert.equal(await page.evaluate(() => window.__notReloaded), true, "the page reloaded");
    await context.close();
  });

  test("when the file cannot be fetched, a localized error and the page stays in its language", async () => {
    const { page, context } = await openHome("ja-JP");
    let failing = true;
    await page.route(LOCALE_FILES, (route) => (failing ? route.abort("connectionrefused") : route.continue()));
    await chooseLanguage(page, "Tiếng Việt");
    const alert = page.locator("#language-error");
    await alert.waitFor();
    assert.equal(await alert.getAttribute("role"), "alert");
    assert.match(await alert.textContent(), /選んだ言語の文章を読み込めませんでした/);
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    assert.equal(await page.locator("h1").textContent(), "手続きの一覧");
    assert.equal(await page.locator('[data-locale="ja"]').getAttribute("aria-pressed"), "true");
    assert.deepEqual(await axeViolations(page), []);

    // In another language the message is in that language; choosing again tries again.
    await chooseLanguage(page, "日本語");
    await page.waitForFunction(() => !document.getElementById("language-error"));
    failing = false;
    await page.unroute(LOCALE_FILES);
    await chooseLanguage(page, "English");
    await page.locator("h1", { hasText: "Procedures" }).waitFor();
    await page.route(LOCALE_FILES, (route) => route.fulfill({ status: 404, body: "" }));
    await chooseLanguage(page, "Español");
    await page.locator("#language-error", { hasText: "The language you chose could not be loaded." }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await context.close();
  });

  test("a page that is not a locale file (a proxy's error page) is refused the same way", async () => {
    const { page, context } = await openHome("ja-JP");
    await page.route(LOCALE_FILES, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>{ broken" }),
    );
    await chooseLanguage(page, "English");
    await page.locator("#language-error").waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    await context.close();
  });
});
