// The home page in web mode (the server serves the built UI), in headless Chromium:
// the catalogue is listed, the language switch re-renders without reload, the page's structure is
// sound, and axe-core finds no WCAG 2.2 A/AA violation in either language. The life events
// (引越し, 出産・子育て, おくやみ, 就学) narrow the list, by keyboard, and their pages pass axe,
// reflow at 320 px with 200 % text, and in やさしい日本語 show no kanji without its reading.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeViolations, launchBrowser } from "../support/browser.mjs";
import { reflowProblems } from "../support/reflow.mjs";
import { openResident, tabTo } from "../support/resident.mjs";
import { webSession } from "../support/server.mjs";

describe("home page (web mode)", () => {
  const web = webSession(launchBrowser);

  /** Opens the language menu (a disclosure) if needed and picks a language by its own name. */
  async function chooseLanguage(page, name) {
    const menu = page.locator(".mg-page-header__language-toggle");
    if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await page.getByRole("button", { name, exact: true }).click();
  }

  /** A fresh page for a Japanese-speaking resident (no saved choice). */
  async function openHome(locale = "ja-JP") {
    const context = await web.browser.newContext({ locale });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(web.server.url);
    await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
    return { page, context, errors };
  }

  test("lists the demo city's procedures in Japanese", async () => {
    const { page, context, errors } = await openHome();
    assert.equal(await page.locator("h1").textContent(), "手続きの一覧");
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    const names = await page.locator(".mg-procedure__name").allTextContents();
    assert.ok(names.length >= 10, `only ${names.length} procedures`);
    assert.ok(names.includes("転入届"), names.join(", "));
    const movingIn = page.locator('[data-procedure-id="moving-in"]');
    assert.deepEqual(await movingIn.locator(".mg-tag").allTextContents(), ["オンライン", "窓口"]);
    assert.match(await page.title(), /夢咲市/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("switching to English re-renders the page without a reload", async () => {
    const { page, context } = await openHome();
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    await chooseLanguage(page, "English");
    await page.locator("h1", { hasText: "Procedures" }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.ok(await page.getByText("Moving-in notification").isVisible());
    assert.equal(await page.evaluate(() => window.__notReloaded), true, "the page reloaded");
    assert.equal(await page.locator('[data-locale="en"]').getAttribute("aria-pressed"), "true");
    assert.match(await page.title(), /Yumesaki City/);

    // The choice is remembered: a reload stays in English.
    await page.reload();
    await page.locator("h1", { hasText: "Procedures" }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await context.close();
  });

  test("an English browser gets English first, and can switch to Japanese", async () => {
    const { page, context } = await openHome("en-US");
    assert.equal(await page.locator("h1").textContent(), "Procedures");
    await chooseLanguage(page, "日本語");
    await page.locator("h1", { hasText: "手続きの一覧" }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    await context.close();
  });

  test("has one h1, the banner/main/contentinfo landmarks and a working skip link", async () => {
    const { page, context } = await openHome();
    assert.equal(await page.locator("h1").count(), 1);
    for (const role of ["banner", "main", "contentinfo"]) {
      assert.equal(await page.getByRole(role).count(), 1, `${role} landmark`);
    }
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(focused, "本文へ移動");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    await context.close();
  });

  for (const [locale, button] of [
    ["ja", "日本語"],
    ["en", "English"],
  ]) {
    test(`axe-core finds no WCAG 2.2 A/AA violations (${locale})`, async () => {
      const { page, context } = await openHome();
      await chooseLanguage(page, button);
      await page.waitForFunction((l) => document.documentElement.lang === l, locale);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }

  test("a life event narrows the list: by keyboard from the home page to 引越し's procedures", async () => {
    const { page, context, errors } = await openHome();
    const events = page.getByRole("navigation", { name: "くらしの出来事から探す" });
    assert.deepEqual(await events.getByRole("link").allTextContents(), ["引越し", "出産・子育て", "おくやみ", "就学"]);

    await tabTo(page, "life-event-moving");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash === "#/life-events/moving");
    await page.locator("h1", { hasText: "引越し" }).waitFor({ timeout: 20_000 });
    await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });

    const ids = await page.locator(".mg-procedure").evaluateAll((items) => items.map((i) => i.dataset.procedureId));
    assert.deepEqual(ids.slice(0, 2), ["moving-in", "moving-out"], ids.join(", "));
    assert.ok(ids.includes("oversized-waste"), ids.join(", "));
    for (const other of ["birth-registration", "foreign-resident-consultation"]) {
      assert.ok(!ids.includes(other), `${other} among ${ids.join(", ")}`);
    }
    assert.equal(await page.locator(".mg-count").textContent(), `${ids.length}件の手続き`);
    assert.match(await page.locator(".mg-lead").textContent(), /引っ越してきたとき/);
    assert.equal(await page.getByRole("navigation", { name: "くらしの出来事から探す" }).count(), 0);
    assert.equal(await page.title(), "引越しの手続き｜夢咲市｜まどぐち");
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [locale, width, textSize] of [
    ["ja", 1280, "100"],
    ["en", 320, "200"],
    ["vi", 320, "200"],
    ["ja-x-easy", 320, "200"],
  ]) {
    test(`the life events and a life event's page pass axe and reflow (${locale}, ${width} px, ${textSize} %)`, async () => {
      const { context, page, errors } = await openResident(web.browser, { browserLocale: "ja-JP", locale, textSize, width });
      for (const hash of ["#/", "#/life-events/childbirth"]) {
        await page.goto(new URL(hash, web.server.url).href);
        await page.waitForFunction((h) => location.hash === h || (h === "#/" && location.hash === ""), hash);
        await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
        await page.waitForFunction((l) => document.documentElement.lang === l, locale === "ja-x-easy" ? "ja" : locale);
        assert.deepEqual(await axeViolations(page), [], `axe on ${hash}`);
        assert.deepEqual(await reflowProblems(page), [], `reflow on ${hash}`);
        if (locale === "ja-x-easy") {
          // Furigana are on: every kanji of the heading, the lead, the count and the life
          // events has its reading.
          const bare = await page.evaluate(() => {
            const found = [];
            for (const root of document.querySelectorAll("main h1, .mg-lead, .mg-count, .mg-life-events")) {
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (/\p{Script=Han}/u.test(node.data) && !node.parentElement.closest("ruby")) found.push(node.data);
              }
            }
            return found;
          });
          assert.deepEqual(bare, [], `kanji without readings on ${hash}`);
        }
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("when the city's server cannot be reached, a localized error and a retry are shown", async () => {
    const context = await web.browser.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    let failing = true;
    // The page itself loads; its API request fails at the network level, as when the server is down.
    await page.route("**/api/v1/procedures", (route) => (failing ? route.abort("connectionrefused") : route.continue()));
    await page.goto(web.server.url);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), /市のサーバーに接続できません/);
    assert.deepEqual(await axeViolations(page), []);

    failing = false;
    await page.getByRole("button", { name: "もう一度読み込む" }).click();
    await page.locator(".mg-procedure").first().waitFor();
    assert.equal(await page.getByRole("alert").count(), 0);
    await context.close();
  });
});
