// The kit's form fields that reach the city, driven in Chromium against the real server: the name
// input (readings normalised to katakana, non-kana refused), the postal code (the address looked up
// and announced while focus stays in the field; a typed address never overwritten) and the file
// upload (limits enforced before sending, progress shown, the bytes kept exactly).
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeScan, launchBrowser } from "../support/browser.mjs";
import { openGallery } from "../support/gallery.mjs";
import { signInElsewhere } from "../support/account.mjs";
import { startMailSink } from "../support/mail.mjs";
import { staffToken, waitFor, webSession } from "../support/server.mjs";

describe("component gallery: form fields", () => {
  // A mail server for the sign-in codes: files are kept only for a signed-in resident.
  const web = webSession(launchBrowser, { startMail: startMailSink });

  /**
   * The gallery page has no sign-in of its own (the residents' pages do): the resident's token,
   * signed in through the API as their phone would, is added to the page's uploads as the
   * residents' pages add it.
   */
  async function asResident(page, email) {
    const { accessToken } = await signInElsewhere(web.server.url, web.mail, email, "phone");
    await page.route("**/api/v1/attachments**", (route) =>
      route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${accessToken}` } }),
    );
  }

  const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? "");

  test("readings typed in hiragana become katakana on Tab; Latin letters get an error at once", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    const id = (s) => `#name-input-resident-name-${s}`;
    await page.locator(id("family")).focus();
    await page.keyboard.type("夢咲");
    await page.keyboard.press("Tab");
    await page.keyboard.type("花子");
    await page.keyboard.press("Tab");
    assert.equal(await activeId(page), "name-input-resident-name-family-kana");
    await page.keyboard.type("ゆめさき");
    await page.keyboard.press("Tab");
    await waitFor(async () => (await page.locator(id("family-kana")).inputValue()) === "ユメサキ", {
      what: "ゆめさき to become ユメサキ",
    });
    assert.equal(await page.locator(id("family-kana")).getAttribute("aria-invalid"), null);

    await page.keyboard.type("Hanako");
    await page.keyboard.press("Shift+Tab");
    const error = page.locator("#name-input-resident-name-given-kana-error");
    await waitFor(() => error.isVisible(), { what: "the katakana error" });
    assert.equal(await error.textContent(), "フリガナはカタカナで入力してください");
    assert.equal(await page.locator(id("given-kana")).getAttribute("aria-invalid"), "true");
    assert.match(await page.locator(id("given-kana")).getAttribute("aria-describedby"), /given-kana-error/);
    assert.equal(await page.locator(id("given-kana")).inputValue(), "Hanako", "what was typed is kept to correct");
    const { violations } = await axeScan(page, { include: "[data-example=name-input-resident]" });
    assert.deepEqual(violations, [], "the inline error state passes axe");

    await page.locator(id("given-kana")).fill("ﾊﾅｺ");
    await page.locator(id("given-kana")).focus();
    await page.keyboard.press("Tab");
    await waitFor(async () => (await error.count()) === 0, { what: "the error to go" });
    assert.equal(await page.locator(id("given-kana")).inputValue(), "ハナコ");
    await context.close();
  });

  test("a postal code fills the address and says so, while focus stays in the code field", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    const code = page.locator("#postal-code-lookup-address-postal-code");
    const line1 = page.locator("#postal-code-lookup-address-line1");
    const status = page.locator("#postal-code-lookup-address-status");
    assert.equal(await status.getAttribute("aria-live"), "polite");

    await code.focus();
    await page.keyboard.type("999-0001");
    await waitFor(async () => (await line1.inputValue()) === "夢咲県夢咲市本町一丁目", { what: "the address" });
    assert.equal(
      await status.textContent(),
      "郵便番号 999-0001 の住所「夢咲県夢咲市本町一丁目」を住所の欄に入れました。続けて番地を入力してください",
    );
    assert.equal(await activeId(page), "postal-code-lookup-address-postal-code", "focus did not move");

    // A code shared by two towns fills what they share; the lookup's own earlier text is replaced.
    await code.fill("９９９００１０");
    await waitFor(async () => (await line1.inputValue()) === "夢咲県夢咲市", { what: "the shared part" });
    assert.match(await status.textContent(), /複数の町があります/);

    // An address the resident typed is never overwritten; the found one is only read out.
    await line1.fill("夢咲市緑町3-5");
    await code.fill("9990003");
    await waitFor(async () => (await status.textContent()).includes("入力済みの住所は変えていません"), {
      what: "the kept-address message",
    });
    assert.equal(await line1.inputValue(), "夢咲市緑町3-5");

    await code.fill("1234567");
    await waitFor(async () => (await status.textContent()).includes("住所が見つかりません"), { what: "not found" });
    assert.equal(await line1.inputValue(), "夢咲市緑町3-5");
    const { violations } = await axeScan(page, { include: "[data-example=postal-code-lookup]" });
    assert.deepEqual(violations, [], "the filled-in state passes axe");
    await context.close();
  });

  test("in English the lookup speaks English and an unreachable server is said plainly", async () => {
    const { page, context } = await openGallery(web.browser, web.server, { locale: "en" });
    const status = page.locator("#postal-code-lookup-address-status");
    await page.locator("#postal-code-lookup-address-postal-code").fill("999-0002");
    await waitFor(async () => (await status.textContent()).startsWith("Filled in the address for postal code 999-0002"), {
      what: "the English status",
    });
    await page.route("**/api/v1/postal-codes/**", (route) => route.abort());
    await page.locator("#postal-code-lookup-address-postal-code").fill("999-0004");
    await waitFor(async () => (await status.textContent()) === "The address could not be looked up. Enter the address yourself", {
      what: "the failure message",
    });
    await context.close();
  });

  /** The smallest PDF signature, padded to `size` bytes. */
  const pdf = (size) => {
    const buffer = Buffer.alloc(size, 0x20);
    buffer.write("%PDF-1.7\n");
    return buffer;
  };

  test("the picker is in the resident's language and opens the file dialog by click and by keyboard", async () => {
    const { page, context } = await openGallery(web.browser, web.server, { locale: "en" });
    const example = page.locator("[data-example=file-upload-document]");
    const button = example.locator(".mg-file-upload__button");
    const chosen = example.locator(".mg-file-upload__chosen");
    assert.equal(await button.textContent(), "Choose a file");
    assert.equal(await chosen.textContent(), "No file chosen");

    // Every dialog the page opens is caught from here on. (A listener added only just before the key
    // press could still be switching Chromium's dialog interception on when Space lands: the dialog
    // then opens natively, headless, and no event ever comes. The round trip below waits for it.)
    const choosers = [];
    page.on("filechooser", (chooser) => choosers.push(chooser));
    await page.evaluate(() => 0);
    const nextChooser = async (what) => {
      const seen = choosers.length;
      await waitFor(async () => choosers.length > seen, { what });
      return choosers[seen];
    };

    // By keyboard: focus shows on the button, and Space opens the dialog.
    // (Shift+Tab, Tab: focus arrives by keyboard, so the browser shows its focus ring. Done before
    // any click: under load Chromium sometimes ignored Space right after a mouse-opened dialog.)
    await page.locator("#file-upload-document-file").focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    assert.equal(await activeId(page), "file-upload-document-file");
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, "none", "the focus ring is drawn around the button");
    let opened = nextChooser("the file dialog opened by Space");
    await page.keyboard.press("Space");
    await (await opened).setFiles({ name: "card.pdf", mimeType: "application/pdf", buffer: pdf(10) });
    await waitFor(async () => (await chosen.textContent()) === "card.pdf", { what: "the chosen file's name" });

    // The transparent picker lies over the words (checked in one step, so nothing can move in
    // between), so a click on them is a click on the picker, and it opens the dialog.
    await button.scrollIntoViewIfNeeded();
    const onTop = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.id;
    });
    assert.equal(onTop, "file-upload-document-file", "the picker is what a click on the words reaches");
    opened = nextChooser("the file dialog opened by a click");
    await page.locator("#file-upload-document-file").click();
    await (await opened).setFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: pdf(10) });
    await waitFor(async () => (await chosen.textContent()) === "scan.pdf", { what: "the second file's name" });

    const { violations } = await axeScan(page, { include: "[data-example=file-upload-document]" });
    assert.deepEqual(violations, [], "the chosen state passes axe");
    await context.close();
  });

  test("a file over the limit or of another kind is refused before anything is sent", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    let sent = 0;
    page.on("request", (r) => {
      if (r.url().includes("/api/v1/attachments")) sent += 1;
    });
    const input = page.locator("#file-upload-document-file");
    const error = page.locator("#file-upload-document-file-error");

    await input.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: pdf(10 * 1024 * 1024 + 1) });
    await waitFor(() => error.isVisible(), { what: "the too-large error" });
    assert.equal(await error.textContent(), "ファイルが大きすぎます。案内にある大きさより小さいファイルを選んでください");
    assert.equal(await input.getAttribute("aria-invalid"), "true");
    const live = page.locator("[data-example=file-upload-document] [aria-live=polite]");
    assert.equal((await live.textContent()).trim(), await error.textContent(), "the live region says it too");

    await input.setInputFiles({ name: "setup.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ") });
    await waitFor(async () => (await error.textContent()).startsWith("受け付けていない種類"), { what: "the kind error" });
    // A second wrong file gives the same message: the live region still changes, so it is read again.
    const said = await live.textContent();
    await input.setInputFiles({ name: "setup2.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ") });
    await waitFor(async () => (await live.textContent()) !== said, { what: "the live region to change" });
    assert.equal((await live.textContent()).trim(), said.trim());
    assert.equal(sent, 0, "nothing went to the server");
    const { violations } = await axeScan(page, { include: "[data-example=file-upload-document]" });
    assert.deepEqual(violations, [], "the error state passes axe");
    await context.close();
  });

  test("nobody signed in: the city keeps no file, and the field says to sign in", async () => {
    const { page, context } = await openGallery(web.browser, web.server, { locale: "en" });
    const answered = page.waitForResponse((r) => r.url().includes("/api/v1/attachments"));
    await page.locator("#file-upload-document-file").setInputFiles({ name: "card.pdf", mimeType: "application/pdf", buffer: pdf(2048) });
    assert.equal((await answered).status(), 401);
    const error = page.locator("#file-upload-document-file-error");
    await waitFor(() => error.isVisible(), { what: "the field's error" });
    assert.equal(
      await error.textContent(),
      "To attach a file, first sign in on the “Your account” page. Files are kept only for residents who are signed in",
    );
    assert.equal(await page.locator("#file-upload-document-file").getAttribute("aria-invalid"), "true");
    const { violations } = await axeScan(page, { include: "[data-example=file-upload-document]" });
    assert.deepEqual(violations, [], "the error state passes axe");
    await context.close();
  });

  test("an accepted file uploads with progress, and the city keeps exactly its bytes", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    await asResident(page, "gallery-upload@example.jp");
    // Slow the upload (about 4 MB/s) so progress is visible, as on a phone's connection.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 4 * 1024 * 1024,
    });
    const statuses = [];
    await page.exposeFunction("recordStatus", (s) => statuses.push(s));
    await page.evaluate(() => {
      const el = document.querySelector("#file-upload-document-file-status");
      new MutationObserver(() => window.recordStatus(el.textContent)).observe(el, { childList: true, subtree: true, characterData: true });
    });
    const receipt = page.waitForResponse((r) => r.url().includes("/api/v1/attachments"));
    const bytes = pdf(6 * 1024 * 1024);
    await page.locator("#file-upload-document-file").setInputFiles({ name: "住民票.pdf", mimeType: "application/pdf", buffer: bytes });
    const response = await receipt;
    assert.equal(response.status(), 201);
    const status = page.locator("#file-upload-document-file-status");
    await waitFor(async () => (await status.textContent()) === "住民票.pdf(6 MB)を送信しました", { what: "done" });

    const percents = statuses.map((s) => s.match(/(\d+)%/)).filter(Boolean).map((m) => Number(m[1]));
    assert.equal(percents[0], 0, `starts at 0 %: ${statuses}`);
    assert.ok(percents.some((p) => p > 0 && p < 100), `shows progress between: ${percents}`);
    assert.deepEqual([...percents].sort((a, b) => a - b), percents, "never goes backwards");
    assert.equal(await page.locator("#file-upload-document-file-progress").count(), 0, "the bar goes when done");

    const { id } = await response.json();
    const stored = await fetch(`${web.server.url}/api/v1/admin/attachments/${id}`, {
      headers: { authorization: `Bearer ${await staffToken(web.server.url)}` },
    });
    assert.equal(stored.status, 200);
    assert.ok(Buffer.from(await stored.arrayBuffer()).equals(bytes), "the stored bytes are the file's");
    await context.close();
  });

  test("an upload that cannot reach the city says so and keeps the form usable", async () => {
    const { page, context } = await openGallery(web.browser, web.server, { locale: "en" });
    await page.route("**/api/v1/attachments**", (route) => route.abort());
    await page.locator("#file-upload-document-file").setInputFiles({ name: "card.png", mimeType: "image/png", buffer: pdf(10) });
    const status = page.locator("#file-upload-document-file-status");
    await waitFor(async () => (await status.textContent()) === "card.png could not be uploaded. Choose the file again", {
      what: "the failure",
    });
    assert.equal(await status.getAttribute("data-state"), "failed");
    await context.close();
  });
});
