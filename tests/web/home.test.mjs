// The home page in web mode (the server serves the built UI), in headless Chromium:
// the catalogue is listed, the language switch re-renders without reload, the page's structure is
// sound, and axe-core finds no WCAG 2.2 A/AA violation in either language.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeViolations, launchBrowser } from "../support/browser.mjs";
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
