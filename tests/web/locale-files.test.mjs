// Only the reader's language is downloaded (web mode, headless Chromium): the residents' WASM
// carries Japanese; another locale's messages are one file (`/locales/<tag>-<hash>.ftl`) and its
// CLDR data for dates and numbers another (`/locales/cldr-<name>-<hash>.postcard`), fetched together
// before the first draw for the starting language and on the menu's click for a switch. When either
// cannot be had, the reader is told so in the language the page stays in.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeViolations, launchBrowser } from "../support/browser.mjs";
import { webSession } from "../support/server.mjs";

/** A locale file's path, naming its locale. */
const LOCALE_FILE = /^\/locales\/([A-Za-z-]+)-[0-9a-f]{16}\.ftl$/;
/** The same, for `page.route` (which matches whole URLs). */
const LOCALE_FILES = "**/locales/*.ftl";
/** A CLDR data file's path, naming its CLDR locale (Tagalog's is `fil`). */
const CLDR_FILE = /^\/locales\/cldr-([A-Za-z-]+)-[0-9a-f]{16}\.postcard$/;
const CLDR_FILES = "**/locales/cldr-*.postcard";

/** 2025-11-23 12:00 in Tokyo (03:00 UTC): a Sunday, 令和7年. */
const PINNED_NOW = new Date("2025-11-23T03:00:00Z");

describe("locale files (web mode)", () => {
  const web = webSession(launchBrowser);

  /** A fresh visitor; records which locale files the page fetches. */
  async function openHome(locale) {
    const context = await web.browser.newContext({ locale });
    const page = await context.newPage();
    await page.clock.setFixedTime(PINNED_NOW);
    const fetched = [];
    const cldr = [];
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      const match = path.match(LOCALE_FILE);
      if (match) fetched.push(match[1]);
      const data = path.match(CLDR_FILE);
      if (data) cldr.push(data[1]);
    });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(web.server.url);
    await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
    return { page, context, fetched, cldr, errors };
  }

  async function chooseLanguage(page, name) {
    const menu = page.locator(".mg-page-header__language-toggle");
    if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await page.getByRole("button", { name, exact: true }).click();
  }

  test("a Japanese reader's first visit fetches no locale file and no CLDR data", async () => {
    const { page, context, fetched, cldr } = await openHome("ja-JP");
    assert.equal(await page.locator("h1").textContent(), "手続きの一覧");
    assert.match(await page.locator(".mg-today time").textContent(), /令和7年11月23日日曜日/);
    assert.deepEqual(fetched, []);
    assert.deepEqual(cldr, []);
    await context.close();
  });

  test("an English reader's first visit fetches English only, its words and its dates, before the page is drawn", async () => {
    const { page, context, fetched, cldr, errors } = await openHome("en-US");
    assert.equal(await page.locator("h1").textContent(), "Procedures");
    assert.match(await page.locator(".mg-today time").textContent(), /Sunday, November 23, 2025/);
    assert.deepEqual(fetched, ["en"]);
    assert.deepEqual(cldr, ["en"]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("each language's CLDR data comes once, with its words; やさしい日本語 needs none", async () => {
    const { page, context, fetched, cldr } = await openHome("ja-JP");
    await chooseLanguage(page, "Tagalog");
    await page.locator(".mg-today time", { hasText: "Linggo, Nobyembre 23, 2025" }).waitFor();
    await chooseLanguage(page, "やさしい日本語");
    await page.locator(".mg-today time", { hasText: "2025年11月23日日曜日" }).waitFor();
    await chooseLanguage(page, "Tagalog");
    await page.locator(".mg-today time", { hasText: "Linggo" }).waitFor();
    assert.deepEqual(fetched, ["tl", "ja-x-easy"]);
    assert.deepEqual(cldr, ["fil"], "Tagalog's dates are CLDR's Filipino; easy Japanese uses Japanese's");
    await context.close();
  });

  test("when the CLDR data cannot be fetched, the same localized error, and nothing of that language shows", async () => {
    const { page, context } = await openHome("ja-JP");
    await page.route(CLDR_FILES, (route) => route.abort("connectionrefused"));
    await chooseLanguage(page, "Español");
    await page.locator("#language-error", { hasText: "選んだ言語の文章を読み込めませんでした" }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    assert.equal(await page.locator("h1").textContent(), "手続きの一覧");
    assert.match(await page.locator(".mg-today time").textContent(), /令和7年11月23日日曜日/);
    // A file that is not CLDR data (a proxy's page) is refused too.
    await page.unroute(CLDR_FILES);
    await page.route(CLDR_FILES, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html>" }));
    await chooseLanguage(page, "日本語");
    await chooseLanguage(page, "Español");
    await page.locator("#language-error").waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    // Once it can be had, choosing again works.
    await page.unroute(CLDR_FILES);
    await chooseLanguage(page, "Español");
    await page.locator(".mg-today time", { hasText: "domingo, 23 de noviembre de 2025" }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "es");
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
