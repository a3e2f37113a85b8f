// The twelve languages in a real browser (web mode, headless Chromium): the language menu switches
// the whole page in place through every locale, sets <html lang>, shows translated headings and
// city texts, negotiates from the browser's languages, shows today's date in the reader's calendar
// (clock pinned), renders furigana for やさしい日本語, marks fallbacks, and passes axe in each.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeViolations, launchBrowser } from "../support/browser.mjs";
import { webSession } from "../support/server.mjs";

/** Every locale we ship: its own name in the menu, its <html lang>, and its home heading. */
const LOCALES = [
  { tag: "ja", name: "日本語", lang: "ja", heading: "手続きの一覧", movingIn: "転入届" },
  { tag: "ja-x-easy", name: "やさしい日本語", lang: "ja", heading: "できる 手続き", movingIn: "転入届" },
  { tag: "en", name: "English", lang: "en", heading: "Procedures", movingIn: "Moving-in notification" },
  { tag: "zh-Hans", name: "简体中文", lang: "zh-Hans", heading: "手续一览", movingIn: "迁入申报" },
  { tag: "zh-Hant", name: "繁體中文", lang: "zh-Hant", heading: "手續一覽", movingIn: "遷入申報" },
  { tag: "ko", name: "한국어", lang: "ko", heading: "절차 목록", movingIn: "전입신고" },
  { tag: "vi", name: "Tiếng Việt", lang: "vi", heading: "Danh sách thủ tục", movingIn: "Khai báo chuyển đến" },
  { tag: "pt-BR", name: "Português", lang: "pt-BR", heading: "Procedimentos", movingIn: "Notificação de mudança para Yumesaki" },
  { tag: "es", name: "Español", lang: "es", heading: "Trámites", movingIn: "Notificación de mudanza a Yumesaki" },
  { tag: "tl", name: "Tagalog", lang: "tl", heading: "Mga proseso", movingIn: "Abiso ng paglipat papasok" },
  { tag: "ne", name: "नेपाली", lang: "ne", heading: "प्रक्रियाहरूको सूची", movingIn: "बसाइँ सरेर आएको सूचना" },
  { tag: "id", name: "Bahasa Indonesia", lang: "id", heading: "Daftar prosedur", movingIn: "Lapor pindah datang" },
];

/** 2025-11-23 12:00 in Tokyo (03:00 UTC): a Sunday, 令和7年. */
const PINNED_NOW = new Date("2025-11-23T03:00:00Z");

describe("languages (web mode)", () => {
  const web = webSession(launchBrowser);

  async function openHome({ locale = "ja-JP", viewport = { width: 1280, height: 800 } } = {}) {
    const context = await web.browser.newContext({ locale, viewport });
    const page = await context.newPage();
    await page.clock.setFixedTime(PINNED_NOW);
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(web.server.url);
    await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
    return { page, context, errors };
  }

  async function chooseLanguage(page, name) {
    const menu = page.locator(".mg-page-header__language-toggle");
    if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await page.getByRole("button", { name, exact: true }).click();
  }

  /** Text as a reader without furigana sees it: the readings (<rt>) left out. */
  function withoutReadings(locator) {
    return locator.evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll("rt").forEach((rt) => rt.remove());
      return copy.textContent;
    });
  }

  test("the menu switches the page through all twelve languages without a reload", async () => {
    const { page, context, errors } = await openHome();
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    for (const l of LOCALES) {
      await chooseLanguage(page, l.name);
      await page.waitForFunction((tag) => document.querySelector(`[data-locale="${tag}"]`)?.getAttribute("aria-pressed") === "true", l.tag);
      assert.equal(await page.getAttribute("html", "lang"), l.lang, `${l.tag}: <html lang>`);
      assert.equal(await page.getAttribute("html", "dir"), "ltr", `${l.tag}: <html dir>`);
      assert.equal(await withoutReadings(page.locator("h1")), l.heading, `${l.tag}: heading`);
      const movingIn = page.locator('[data-procedure-id="moving-in"] .mg-procedure__name');
      assert.equal(await withoutReadings(movingIn), l.movingIn, `${l.tag}: city text`);
      assert.equal(await page.locator(".mg-fallback-note").count(), 0, `${l.tag}: the demo city is fully translated`);
      // The menu closed and gave focus back to its button.
      assert.equal(await page.locator(".mg-page-header__language-toggle").getAttribute("aria-expanded"), "false");
      assert.equal(await page.evaluate(() => document.activeElement?.className), "mg-page-header__language-toggle");
    }
    assert.equal(await page.evaluate(() => window.__notReloaded), true, "the page reloaded");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("each language's endonym is marked with its own lang", async () => {
    const { page, context } = await openHome();
    await page.locator(".mg-page-header__language-toggle").click();
    for (const l of LOCALES) {
      const choice = page.locator(`[data-locale="${l.tag}"]`);
      assert.equal(await choice.textContent(), l.name);
      assert.equal(await choice.getAttribute("lang"), l.lang);
    }
    await context.close();
  });

  test("no bidi isolation mark leaks into the text or the attributes", async () => {
    const { page, context } = await openHome();
    for (const name of ["English", "Tiếng Việt", "やさしい日本語"]) {
      await chooseLanguage(page, name);
      const leaks = await page.evaluate(() => {
        const marks = /[\u2066-\u2069]/;
        const found = [];
        if (marks.test(document.title)) found.push("title");
        if (marks.test(document.body.textContent)) found.push("text");
        for (const el of document.querySelectorAll("*")) {
          for (const a of el.attributes) if (marks.test(a.value)) found.push(`${el.tagName}[${a.name}]`);
        }
        return found;
      });
      assert.deepEqual(leaks, [], name);
    }
    await context.close();
  });

  test("browsers get their language negotiated, Chinese by region", async () => {
    for (const [browserLocale, lang, heading] of [
      ["zh-TW", "zh-Hant", "手續一覽"],
      ["zh-CN", "zh-Hans", "手续一览"],
      ["pt-BR", "pt-BR", "Procedimentos"],
      ["fil-PH", "tl", "Mga proseso"],
      ["fr-FR", "ja", "手続きの一覧"],
    ]) {
      const { page, context } = await openHome({ locale: browserLocale });
      assert.equal(await page.getAttribute("html", "lang"), lang, browserLocale);
      assert.equal(await page.locator("h1").textContent(), heading, browserLocale);
      await context.close();
    }
  });

  test("today's date is the city's, in the reader's calendar and language", async () => {
    const { page, context } = await openHome();
    const today = page.locator(".mg-today time");
    assert.equal(await today.getAttribute("datetime"), "2025-11-23");
    assert.equal(await today.textContent(), "今日は令和7年11月23日日曜日です。");
    await chooseLanguage(page, "English");
    await page.locator(".mg-today", { hasText: "Today is Sunday, November 23, 2025." }).waitFor();
    await chooseLanguage(page, "Tiếng Việt");
    await page.locator(".mg-today", { hasText: "Hôm nay là Chủ Nhật, 23 tháng 11, 2025." }).waitFor();
    await chooseLanguage(page, "やさしい日本語");
    assert.equal(await withoutReadings(page.locator(".mg-today")), "今日は 2025年11月23日日曜日です。");
    await context.close();
  });

  test("やさしい日本語 shows furigana by default, and the toggle removes them", async () => {
    const { page, context } = await openHome();
    const toggle = page.locator(".mg-ruby-toggle");
    assert.equal(await page.locator("h1 ruby").count(), 0, "ordinary Japanese has no readings here");
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");

    await chooseLanguage(page, "やさしい日本語");
    await page.locator("h1 rt", { hasText: "てつづ" }).waitFor();
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    assert.equal(await page.locator('[data-procedure-id="moving-in"] .mg-procedure__name rt').textContent(), "てんにゅうとどけ");
    assert.equal(await page.title(), "夢咲市の 手続き｜まどぐち", "no readings in the title");
    assert.deepEqual(await axeViolations(page), []);

    await toggle.click();
    await page.waitForFunction(() => document.querySelectorAll("rt").length === 0);
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    assert.equal(await page.locator("h1").textContent(), "できる 手続き");
    const tree = await page.locator("h1").ariaSnapshot();
    assert.ok(!tree.includes("てつづ"), tree);

    // The choice is remembered across visits.
    await page.reload();
    await page.locator(".mg-procedure").first().waitFor();
    assert.equal(await page.locator("rt").count(), 0);
    assert.equal(await page.locator(".mg-ruby-toggle").getAttribute("aria-pressed"), "false");
    await context.close();
  });

  test("a city text missing in the reader's language falls back along its chain and says so", async () => {
    const context = await web.browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    await page.route("**/api/v1/procedures", async (route) => {
      const response = await route.fetch();
      const catalogue = await response.json();
      const movingIn = catalogue.procedures.find((p) => p.id === "moving-in");
      delete movingIn.name.vi; // → English, the next step of vi's chain
      delete movingIn.summary.vi;
      delete movingIn.summary.en; // → Japanese, the last step
      await route.fulfill({ response, json: catalogue });
    });
    await page.goto(web.server.url);
    const item = page.locator('[data-procedure-id="moving-in"]');
    await item.waitFor();
    const name = item.locator(".mg-procedure__name");
    assert.equal(await name.locator('[lang="en"]').textContent(), "Moving-in notification");
    assert.match(await name.locator(".mg-fallback-note").textContent(), /tiếng Anh/);
    const summary = item.locator(".mg-procedure__summary");
    assert.match(await summary.locator('[lang="ja"]').textContent(), /夢咲市/);
    assert.match(await summary.locator(".mg-fallback-note").textContent(), /tiếng Nhật/);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test("the names laid out early for the menu's fonts are never seen, focused nor read, even at 320 px and 200%", async () => {
    const { page, context } = await openHome({ viewport: { width: 320, height: 640 } });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
    });
    // The static page carries every endonym in its own language (laid out while the WASM loads).
    const warmup = page.locator(".mg-font-warmup");
    const laidOut = await warmup.locator("span").evaluateAll((spans) => spans.map((s) => `${s.lang} ${s.textContent}`).sort());
    assert.deepEqual(laidOut, LOCALES.map((l) => `${l.lang} ${l.name}`).sort());
    assert.equal(await warmup.isVisible(), false, "seen");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    // A screen reader's view of the whole page names no other language while the menu is closed.
    const tree = await page.locator("body").ariaSnapshot();
    for (const l of LOCALES.filter((l) => !l.lang.startsWith("ja"))) {
      assert.ok(!tree.includes(l.name), `${l.tag} read while the menu is closed:\n${tree}`);
    }
    // Tab from the last control of the page never lands in it.
    const stops = await page.evaluate(() => [...document.querySelectorAll(".mg-font-warmup *")].filter((e) => e.tabIndex >= 0).length);
    assert.equal(stops, 0);
    await context.close();
  });

  test("the language menu fits a 320 px screen at 200% text and passes axe in every language", async () => {
    const { page, context } = await openHome({ viewport: { width: 320, height: 640 } });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
    });
    await page.locator(".mg-page-header__language-toggle").click();
    for (const l of LOCALES) {
      assert.ok(await page.locator(`[data-locale="${l.tag}"]`).isVisible(), `${l.tag} visible`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await page.keyboard.press("Escape");
    assert.equal(await page.locator(".mg-page-header__language-toggle").getAttribute("aria-expanded"), "false");

    for (const l of LOCALES) {
      await chooseLanguage(page, l.name);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, l.lang);
      assert.deepEqual(await axeViolations(page), [], l.tag);
    }
    await context.close();
  });
});
