// axe-core over every example of the component gallery, in ja and en, at 100 % and 200 % text, in
// the default and the high-contrast theme (8 combinations): WCAG 2.0–2.2 A/AA tags, with
// `target-size` (2.5.8) turned on. No rule is disabled. Then again with every dialog open and every
// collapsed part expanded, so hidden content is scanned too.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeScan, launchBrowser } from "../support/browser.mjs";
import { COMBINATIONS, exampleIds, openGallery } from "../support/gallery.mjs";
import { requireEnv, startServer } from "../support/server.mjs";

describe("component gallery: axe-core", () => {
  let server;
  let browser;
  const scanned = [];

  before(async () => {
    server = await startServer({ uiDir: requireEnv("MADOGUCHI_UI_DIR") });
    browser = await launchBrowser();
  });

  after(async () => {
    const examples = scanned.reduce((n, s) => n + s.examples, 0);
    console.log(
      `axe: ${scanned.length} combinations, ${examples} example scans (${scanned[0]?.examples ?? 0} examples each), ` +
        `${scanned.reduce((n, s) => n + s.violations, 0)} violations`,
    );
    await browser?.close();
    await server?.stop();
  });

  for (const combination of COMBINATIONS) {
    const label = `${combination.locale}, ${combination.textSize}% text, ${combination.contrast} contrast`;
    test(`every example passes (${label})`, async () => {
      const { page, context, errors } = await openGallery(browser, server, combination);
      assert.equal(
        await page.evaluate(() => document.documentElement.dataset.textSize),
        combination.textSize,
        "the text-size setting is applied",
      );
      const ids = await exampleIds(page);
      assert.ok(ids.length >= 20, `only ${ids.length} examples`);
      const { violations, passes } = await axeScan(page);
      assert.ok(passes > 20, `axe ran only ${passes} passing rules`);
      scanned.push({ ...combination, examples: ids.length, violations: violations.length });
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  for (const locale of ["ja", "en"]) {
    test(`open dialogs and expanded sections pass too (${locale})`, async () => {
      const { page, context } = await openGallery(browser, server, { locale });
      for (const toggle of await page.locator(".mg-accordion__button").all()) {
        await toggle.click();
      }
      await page.locator("details").evaluateAll((els) => els.forEach((d) => (d.open = true)));
      await page.locator("[data-example=dialog-confirm] .mg-button").first().click();
      await page.locator("dialog[open]").waitFor();
      const { violations } = await axeScan(page);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
});
