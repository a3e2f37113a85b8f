// Reflow over every gallery example: at a 320 px wide viewport nothing scrolls sideways and nothing
// is cut off (WCAG 1.4.10), in ja and en; and with the WCAG text-spacing override applied nothing is
// cut off either (1.4.12). Also at 200 % text in a 640 px viewport (the same CSS width as 320 px at 100 %).
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { launchBrowser } from "../support/browser.mjs";
import { openGallery } from "../support/gallery.mjs";
import { reflowProblems, TEXT_SPACING_CSS } from "../support/reflow.mjs";
import { webSession } from "../support/server.mjs";

describe("component gallery: reflow and text spacing", () => {
  const web = webSession(launchBrowser);

  test("the check itself notices a page that scrolls sideways or clips", async () => {
    const { page, context } = await openGallery(web.browser, web.server, { viewport: { width: 320, height: 640 } });
    await page.evaluate(() => {
      const wide = document.createElement("div");
      wide.style.width = "30rem";
      wide.textContent = "x";
      const clipped = document.createElement("div");
      clipped.style.cssText = "overflow: hidden; height: 1rem";
      clipped.innerHTML = "<p style='height: 3rem'>y</p>";
      document.querySelector("main").append(wide, clipped);
    });
    const problems = await reflowProblems(page);
    assert.ok(problems.some((p) => p.startsWith("the page scrolls sideways")), problems.join("\n"));
    assert.ok(problems.some((p) => p.startsWith("clipped: div")), problems.join("\n"));
    await context.close();
  });

  for (const locale of ["ja", "en"]) {
    test(`at 320 px nothing scrolls sideways or is clipped (${locale})`, async () => {
      const { page, context } = await openGallery(web.browser, web.server, { locale, viewport: { width: 320, height: 640 } });
      assert.deepEqual(await reflowProblems(page), []);
      await context.close();
    });

    test(`with the text-spacing override at 320 px nothing is clipped (${locale})`, async () => {
      const { page, context } = await openGallery(web.browser, web.server, { locale, viewport: { width: 320, height: 640 } });
      // As a reader's own stylesheet applies it (a browser extension or user style is not bound by
      // the page's CSP, which refuses a <style> element): a constructed sheet, adopted.
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, TEXT_SPACING_CSS);
      const spacing = await page.evaluate(() => getComputedStyle(document.querySelector("main p, main label")).wordSpacing);
      assert.notEqual(spacing, "0px", "the override is applied");
      assert.deepEqual(await reflowProblems(page), []);
      await context.close();
    });

    test(`at 200 % text in 640 px nothing scrolls sideways or is clipped (${locale})`, async () => {
      const { page, context } = await openGallery(web.browser, web.server, {
        locale,
        textSize: "200",
        viewport: { width: 640, height: 800 },
      });
      assert.deepEqual(await reflowProblems(page), []);
      await context.close();
    });
  }
});
