// The display settings panel on the residents' app (not the gallery bundle): each setting applies at
// once without a reload, survives a reload, and the app's own page passes axe in every combination
// of language, text size and contrast with the panel open.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeScan, launchBrowser } from "../support/browser.mjs";
import { COMBINATIONS } from "../support/gallery.mjs";
import { requireEnv, startServer, waitFor } from "../support/server.mjs";

describe("display settings (web mode)", () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer({ uiDir: requireEnv("MADOGUCHI_UI_DIR") });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openHome(locale = "ja-JP") {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(server.url);
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
    await page.getByRole("radio", { name: "表示しない" }).check();
    await waitFor(async () => (await root(page, "data-furigana")) === "off", { what: "furigana off" });
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
      const context = await browser.newContext({ locale: locale === "ja" ? "ja-JP" : "en-US" });
      await context.addInitScript(
        (display) => localStorage.setItem("madoguchi.display", display),
        `text-size=${textSize};contrast=${contrast};line-spacing=normal;furigana=on`,
      );
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
      await page.locator("#display-settings").evaluate((d) => (d.open = true));
      const { violations } = await axeScan(page);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
});
