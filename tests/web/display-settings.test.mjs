// The display settings panel on the residents' app (not the gallery bundle): each setting applies at
// once without a reload, survives a reload, and the app's own page passes axe in every combination
// of language, text size and contrast with the panel open.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeScan, launchBrowser } from "../support/browser.mjs";
import { COMBINATIONS } from "../support/gallery.mjs";
import { waitFor, webSession } from "../support/server.mjs";

describe("display settings (web mode)", () => {
  const web = webSession(launchBrowser);

  async function openHome(locale = "ja-JP") {
    const context = await web.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(web.server.url);
    await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
    return { page, context };
  }

  const root = (page, name) => page.evaluate((n) => document.documentElement.getAttribute(n), name);

  test("each setting applies at once, without a reload, and is remembered", async () => {
    const { page, context } = await openHome();
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    assert.equal(await root(page, "data-text-size"), "100");
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const before = parseFloat(await fontSize());

    await page.locator("#display-settings summary").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("radio", { name: "最大(200%)" }).check();
    await waitFor(async () => (await root(page, "data-text-size")) === "200", { what: "200 % text" });
    assert.equal(parseFloat(await fontSize()), before * 2);

    await page.getByRole("radio", { name: "高コントラスト(黒地に白)" }).check();
    await waitFor(async () => (await root(page, "data-contrast")) === "high", { what: "high contrast" });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(0, 0, 0)");

    await page.getByRole("radio", { name: "広い" }).check();

    // Furigana: the panel and the header's ふりがな toggle are one switch.
    const toggle = page.locator(".mg-ruby-toggle");
    assert.equal(await toggle.getAttribute("aria-pressed"), "false", "ordinary Japanese starts without readings");
    await page.getByRole("radio", { name: "表示する" }).check();
    await waitFor(async () => (await root(page, "data-furigana")) === "on", { what: "furigana on" });
    assert.equal(await toggle.getAttribute("aria-pressed"), "true", "the header toggle follows the panel");
    await toggle.click();
    await waitFor(async () => page.locator("#display-furigana-off").isChecked(), { what: "the panel to follow the toggle" });
    assert.equal(await root(page, "data-furigana"), "off");
    await toggle.click();
    await waitFor(async () => page.locator("#display-furigana-on").isChecked(), { what: "the panel to follow again" });
    await page.getByRole("radio", { name: "表示しない" }).check();
    await waitFor(async () => (await root(page, "data-furigana")) === "off", { what: "furigana off" });
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    assert.equal(await root(page, "data-line-spacing"), "wide");
    assert.equal(await page.evaluate(() => window.__notReloaded), true, "the page reloaded");

    await page.reload();
    await page.locator(".mg-procedure").first().waitFor();
    assert.deepEqual(
      await Promise.all(["data-text-size", "data-contrast", "data-line-spacing", "data-furigana"].map((n) => root(page, n))),
      ["200", "high", "wide", "off"],
    );
    assert.ok(await page.locator("#display-text-size-200").isChecked(), "the panel shows the saved choice");
    await context.close();
  });

  for (const { locale, textSize, contrast } of COMBINATIONS) {
    test(`the home page with the panel open passes axe (${locale}, ${textSize}%, ${contrast})`, async () => {
      const context = await web.browser.newContext({ locale: locale === "ja" ? "ja-JP" : "en-US" });
      await context.addInitScript(
        (display) => localStorage.setItem("madoguchi.display", display),
        `text-size=${textSize};contrast=${contrast};line-spacing=normal;furigana=on`,
      );
      const page = await context.newPage();
      await page.goto(web.server.url);
      await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
      await page.locator("#display-settings").evaluate((d) => (d.open = true));
      const { violations } = await axeScan(page);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
});
