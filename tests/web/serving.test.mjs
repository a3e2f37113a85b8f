// How web mode sends the UI (crates/server/src/web_ui.rs), seen from Chromium: the WASM, its JS and
// the stylesheet arrive brotli-compressed under content-hashed names that browsers keep for a year;
// index.html and boot.js, which name them, are revalidated on every visit; the gallery bundle is
// served the same way; no web font is fetched.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { launchBrowser } from "../support/browser.mjs";
import { webSession } from "../support/server.mjs";

const IMMUTABLE = "public, max-age=31536000, immutable";
/** A name as the build gives it: `madoguchi_ui_bg-0123456789abcdef.wasm`. */
const HASHED = /-[0-9a-f]{16}\.(wasm|js|css)$/;

describe("serving the UI (web mode)", () => {
  const web = webSession(launchBrowser);

  /** Loads `path` in a fresh context and returns every response of the server, by path. */
  async function load(path, selector, contextOptions = {}) {
    const context = await web.browser.newContext({ locale: "ja-JP", ...contextOptions });
    const page = await context.newPage();
    const responses = new Map();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin === new URL(web.server.url).origin) responses.set(url.pathname, response);
    });
    await page.goto(new URL(path, web.server.url).href);
    await page.locator(selector).first().waitFor({ timeout: 20_000 });
    return { context, page, responses };
  }

  function hashedFiles(responses) {
    return [...responses.keys()].filter((p) => HASHED.test(p));
  }

  test("the WASM, JS and CSS come brotli-compressed under hashed names, kept immutable", async () => {
    const { context, responses } = await load("/", ".mg-procedure");
    const hashed = hashedFiles(responses);
    for (const kind of ["wasm", "js", "css"]) {
      assert.ok(
        hashed.some((p) => p.endsWith(`.${kind}`)),
        `no hashed .${kind} among ${[...responses.keys()].join(", ")}`,
      );
    }
    for (const path of hashed) {
      const headers = await responses.get(path).allHeaders();
      assert.equal(headers["content-encoding"], "br", path);
      assert.equal(headers["cache-control"], IMMUTABLE, path);
      assert.equal(headers["vary"], "accept-encoding", path);
    }
    const wasm = hashed.find((p) => p.endsWith(".wasm"));
    assert.equal((await responses.get(wasm).allHeaders())["content-type"], "application/wasm");
    await context.close();
  });

  test("index.html and boot.js are revalidated on every visit", async () => {
    const { context, responses } = await load("/", ".mg-procedure");
    for (const path of ["/", "/boot.js"]) {
      assert.ok(responses.has(path), `${path} was not requested`);
      const headers = await responses.get(path).allHeaders();
      assert.equal(headers["cache-control"], "no-cache", path);
      assert.equal(headers["content-encoding"], "br", path);
    }
    await context.close();
  });

  test("a browser that accepts only gzip gets gzip", async () => {
    const { context, responses } = await load("/", ".mg-procedure", {
      extraHTTPHeaders: { "accept-encoding": "gzip" },
    });
    const wasm = hashedFiles(responses).find((p) => p.endsWith(".wasm"));
    assert.equal((await responses.get(wasm).allHeaders())["content-encoding"], "gzip");
    await context.close();
  });

  test("the gallery bundle is served the same way, under /gallery/", async () => {
    const { context, responses } = await load("/gallery/", "[data-example]");
    const wasm = hashedFiles(responses).find((p) => p.endsWith(".wasm"));
    assert.ok(wasm?.startsWith("/gallery/"), `gallery WASM: ${wasm}`);
    const headers = await responses.get(wasm).allHeaders();
    assert.equal(headers["content-encoding"], "br");
    assert.equal(headers["cache-control"], IMMUTABLE);
    assert.equal((await responses.get("/gallery/").allHeaders())["cache-control"], "no-cache");
    await context.close();
  });

  test("no web font is downloaded: text is drawn at once in the installed UD font", async () => {
    const { context, page, responses } = await load("/", ".mg-procedure");
    const fonts = [];
    for (const [path, response] of responses) {
      if (response.request().resourceType() === "font") fonts.push(path);
    }
    assert.deepEqual(fonts, []);
    assert.equal(await page.evaluate(() => document.fonts.size), 0, "no @font-face rule");
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.match(family, /^"BIZ UDPGothic"/);
    await context.close();
  });

  test("a file that is not there is a 404, not the app's page", async () => {
    const response = await fetch(new URL("/madoguchi_ui-0000000000000000.js", web.server.url));
    assert.equal(response.status, 404);
    assert.equal(response.headers.get("cache-control"), "no-cache");
  });
});
