// Only the reader's language is downloaded (web mode, headless Chromium): the residents' WASM
// carries Japanese; another locale's messages are one file (`/locales/<tag>-<hash>.ftl`), fetched
// before the first draw for the starting language and on the menu's click for a switch. Dates are
// written by the browser's own Intl in every language and calendar, so nothing else is fetched for
// them. When the file cannot be had, the reader is told so in the language the page stays in.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeViolations, launchBrowser } from "../support/browser.mjs";
import { waitFor, webSession } from "../support/server.mjs";

/** A locale file's path, naming its locale. */
const LOCALE_FILE = /^\/locales\/([A-Za-z-]+)-[0-9a-f]{16}\.ftl$/;
/** The same, for `page.route` (which matches whole URLs). */
const LOCALE_FILES = "**/locales/*.ftl";

/** 2025-11-23 12:00 in Tokyo (03:00 UTC): a Sunday, 令和7年. */
const PINNED_NOW = new Date("2025-11-23T03:00:00Z");

describe("locale files (web mode)", () => {
  const web = webSession(launchBrowser);

  /**
   * A fresh visitor at `now`; records which locale files the page fetches, and any other file
   * under /locales/ (there should be none).
   */
  async function openHome(locale, now = PINNED_NOW) {
    const context = await web.browser.newContext({ locale });
    const page = await context.newPage();
    await page.clock.setFixedTime(now);
    const fetched = [];
    const others = [];
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      const match = path.match(LOCALE_FILE);
      if (match) fetched.push(match[1]);
      else if (path.startsWith("/locales/")) others.push(path);
    });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(web.server.url);
    await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
    return { page, context, fetched, others, errors };
  }

  async function chooseLanguage(page, name) {
    const menu = page.locator(".mg-page-header__language-toggle");
    if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await page.getByRole("button", { name, exact: true }).click();
  }

  test("a Japanese reader's first visit fetches no locale file", async () => {
    const { page, context, fetched, others } = await openHome("ja-JP");
    assert.equal(await page.locator("h1").textContent(), "手続きの一覧");
    assert.match(await page.locator(".mg-today time").textContent(), /令和7年11月23日日曜日/);
    assert.deepEqual([fetched, others], [[], []]);
    await context.close();
  });

  test("an English reader's first visit fetches English only, and its dates with no download, before the page is drawn", async () => {
    const { page, context, fetched, others, errors } = await openHome("en-US");
    assert.equal(await page.locator("h1").textContent(), "Procedures");
    assert.match(await page.locator(".mg-today time").textContent(), /Sunday, November 23, 2025/);
    assert.deepEqual([fetched, others], [["en"], []]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("every language writes today's date in its own words and calendar, with its words the only download", async () => {
    // CLDR's long dates, as the browser's Intl writes them: 和暦 for Japanese only (やさしい日本語
    // uses Western years, as the easy-Japanese guidelines ask), Tagalog as CLDR's Filipino.
    const { page, context, fetched, others } = await openHome("ja-JP");
    const nepali = await page.evaluate(() => Intl.DateTimeFormat.supportedLocalesOf(["ne"]).length > 0);
    const expected = [
      ["English", "Sunday, November 23, 2025"],
      ["Tiếng Việt", "Chủ Nhật, 23 tháng 11, 2025"],
      ["Português", "domingo, 23 de novembro de 2025"],
      ["Español", "domingo, 23 de noviembre de 2025"],
      ["한국어", "2025년 11월 23일 일요일"],
      ["简体中文", "2025年11月23日星期日"],
      ["繁體中文", "2025年11月23日星期日"],
      ["Bahasa Indonesia", "Minggu, 23 November 2025"],
      // Chromium's ICU has no Nepali: then English, the next step of a Nepali reader's chain, not
      // the device's own language (a webview with full ICU, as WebKit's, writes Nepali).
      ["नेपाली", nepali ? "२०२५ नोभेम्बर २३, आइतबार" : "Sunday, November 23, 2025"],
      ["Tagalog", "Linggo, Nobyembre 23, 2025"],
      ["やさしい日本語", "2025年11月23日日曜日"],
      ["日本語", "令和7年11月23日日曜日"],
    ];
    for (const [name, date] of expected) {
      await chooseLanguage(page, name);
      await waitFor(async () => (await page.locator(".mg-today time").textContent()).includes(date), {
        what: `${name}: ${date}`,
      });
    }
    assert.equal(fetched.length, 11, `each language's words once: ${fetched}`);
    assert.deepEqual(others, []);
    await context.close();
  });

  test("the era changes on the day it did, and an era's first year is 元年", async () => {
    for (const [at, date] of [
      ["1989-01-07T03:00:00Z", "昭和64年1月7日土曜日"],
      ["1989-01-08T03:00:00Z", "平成元年1月8日日曜日"],
      ["2019-04-30T03:00:00Z", "平成31年4月30日火曜日"],
      ["2019-05-01T03:00:00Z", "令和元年5月1日水曜日"],
      ["2020-05-01T03:00:00Z", "令和2年5月1日金曜日"],
      // The city's date, not UTC's: 14:30Z is 23:30 on 4月30日 in Tokyo, 15:00Z its midnight.
      ["2019-04-30T14:30:00Z", "平成31年4月30日火曜日"],
      ["2019-04-30T15:00:00Z", "令和元年5月1日水曜日"],
    ]) {
      const { page, context } = await openHome("ja-JP", new Date(at));
      assert.equal(await page.locator(".mg-today time").textContent(), `今日は${date}です。`, at);
      await context.close();
    }
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
