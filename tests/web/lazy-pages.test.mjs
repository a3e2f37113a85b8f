// Pages split out of the first download (ui/src/pages/lazy.rs, issue 14): the home page does not
// fetch the procedure page's code; opening the page fetches its chunk once, compressed and kept
// immutable; a chunk that cannot be fetched leaves the reader on a localized message with a button
// that tries again, and the rest of the app keeps working.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeViolations, launchBrowser } from "../support/browser.mjs";
import { webSession } from "../support/server.mjs";

const IMMUTABLE = "public, max-age=31536000, immutable";
/** The procedure page's chunk as the build names it (`split_<split point>-<digest>.wasm`). */
const PROCEDURE_CHUNK = /\/split_procedure_chunk-[0-9a-f]{16}\.wasm$/;
/** Any chunk wasm-split-cli writes: a page's own, or code several pages share. */
const ANY_CHUNK = /\/(split|chunk)_[^/]*\.wasm$/;
/** What comes with the first page loaded on demand: the pages' stylesheet, the pages' Japanese. */
const PAGES_CSS = /^\/madoguchi-pages-[0-9a-f]{16}\.css$/;
const PAGES_JA = /^\/locales\/ja-[0-9a-f]{16}\.ftl$/;

describe("pages loaded on demand (web mode)", () => {
  const web = webSession(launchBrowser);

  async function open(locale) {
    const context = await web.browser.newContext({ locale });
    const page = await context.newPage();
    const fetched = [];
    page.on("response", (response) => fetched.push(response));
    return { context, page, fetched };
  }

  const paths = (responses) => responses.map((r) => new URL(r.url()).pathname);

  test("the home page does not download a procedure's page; opening one fetches its chunk once", async () => {
    const { context, page, fetched } = await open("ja-JP");
    await page.goto(web.server.url);
    await page.locator(".mg-procedure").first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState("networkidle");
    assert.deepEqual(
      paths(fetched).filter((p) => ANY_CHUNK.test(p) || PAGES_CSS.test(p) || PAGES_JA.test(p)),
      [],
      "a page's code, stylesheet or messages on the home page",
    );

    await page.getByRole("link", { name: "市へのお問い合わせ" }).first().click();
    await page.locator("#procedure-start").waitFor({ timeout: 20_000 });
    const chunk = fetched.find((r) => PROCEDURE_CHUNK.test(new URL(r.url()).pathname));
    assert.ok(chunk, `no procedure chunk among ${paths(fetched).join(", ")}`);
    const headers = await chunk.allHeaders();
    assert.equal(headers["content-encoding"], "br");
    assert.equal(headers["cache-control"], IMMUTABLE);
    assert.equal(headers["content-type"], "application/wasm");
    for (const wanted of [PAGES_CSS, PAGES_JA]) {
      assert.ok(paths(fetched).some((p) => wanted.test(p)), `${wanted} not fetched`);
    }
    // Worded and styled: the pages' Japanese is in, and their stylesheet applies to the page.
    assert.equal(await page.locator("#procedure-start").textContent(), "申請を始める");
    assert.ok(
      await page.evaluate(() =>
        [...document.styleSheets].some((s) => /\/madoguchi-pages-/.test(s.href ?? "") && s.cssRules.length > 0),
      ),
      "the pages' stylesheet is not applied",
    );

    // Back home and to the page again: drawn from the code already here, nothing fetched again.
    const before = fetched.length;
    await page.getByRole("link", { name: "手続きの一覧" }).first().click();
    await page.locator(".mg-procedure").first().waitFor();
    await page.getByRole("link", { name: "市へのお問い合わせ" }).first().click();
    await page.locator("#procedure-start").waitFor();
    assert.deepEqual(
      paths(fetched.slice(before)).filter((p) => ANY_CHUNK.test(p)),
      [],
      "a chunk fetched twice",
    );
    await context.close();
  });

  test("a chunk that cannot be fetched is explained in the reader's language, and trying again works", async () => {
    const { context, page } = await open("en-US");
    let offline = true;
    await page.route(ANY_CHUNK, (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
    await page.goto(`${web.server.url}/#/inquiry`);
    const banner = page.locator("#page-load-failed");
    await banner.waitFor({ timeout: 20_000 });
    assert.match(await banner.textContent(), /This page could not be loaded\. Check your connection and try again\./);
    assert.equal(await banner.getAttribute("role"), "alert");
    assert.equal(await page.title(), "This page cannot be shown | Madoguchi");
    assert.deepEqual(await axeViolations(page), []);

    // The rest of the app still works while the page's code is out of reach.
    await page.getByRole("link", { name: "Procedures" }).first().click();
    await page.locator(".mg-procedure").first().waitFor();
    await page.goBack();
    await banner.waitFor();

    offline = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await page.locator("#procedure-start").waitFor({ timeout: 20_000 });
    assert.equal(await banner.count(), 0);
    await context.close();
  });
});
