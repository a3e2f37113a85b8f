// Keyboard-only scripts over the gallery's examples: every step is a key press (the starting point
// is set with focus(), as a user would Tab there). They prove the behaviour each component's README
// promises: skip link, dialog (focus trap, Esc, focus return), tabs, radios and the day and time
// pickers (arrow keys, passing over what cannot be chosen), error
// summary (focus on failure, links move focus to the field), date input (era conversion with 元年),
// accordion and details.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { launchBrowser } from "../support/browser.mjs";
import { openGallery } from "../support/gallery.mjs";
import { waitFor, webSession } from "../support/server.mjs";

describe("component gallery: keyboard only", () => {
  const web = webSession(launchBrowser);

  /** The focused element's id, class and text. */
  const focused = (page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return { id: el?.id ?? "", className: el?.className ?? "", text: el?.textContent?.trim() ?? "" };
    });

  test("the skip link is the first stop and moves focus to main", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    await page.keyboard.press("Tab");
    assert.equal((await focused(page)).text, "本文へ移動");
    assert.ok(await page.locator(".mg-skip-link").first().isVisible(), "shown while focused");
    await page.keyboard.press("Enter");
    assert.equal((await focused(page)).id, "main");
    await context.close();
  });

  test("the dialog traps Tab, closes on Esc and gives focus back to its opener", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    const dialog = page.locator("#dialog-confirm-dialog");
    await page.locator("#dialog-confirm-open").focus();
    await page.keyboard.press("Enter");
    await waitFor(() => dialog.evaluate((d) => d.open), { what: "the dialog to open" });
    const inside = () => dialog.evaluate((d) => d.contains(document.activeElement));
    assert.ok(await inside(), "focus moved into the dialog");
    const seen = new Set();
    for (let i = 0; i < 7; i += 1) {
      await page.keyboard.press("Tab");
      assert.ok(await inside(), `Tab ${i + 1} left the dialog`);
      seen.add((await focused(page)).text);
    }
    assert.deepEqual([...seen].sort(), ["取り下げない", "取り下げる", "閉じる"].sort(), "Tab cycles through all three");
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press("Shift+Tab");
      assert.ok(await inside(), `Shift+Tab ${i + 1} left the dialog`);
    }
    await page.keyboard.press("Escape");
    await waitFor(async () => !(await dialog.evaluate((d) => d.open)), { what: "Esc to close the dialog" });
    assert.equal((await focused(page)).id, "dialog-confirm-open");

    // An action closes it too, says what happened, and focus still returns.
    await page.keyboard.press("Enter");
    await waitFor(() => dialog.evaluate((d) => d.open), { what: "the dialog to reopen" });
    while ((await focused(page)).text !== "取り下げる") await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await waitFor(async () => !(await dialog.evaluate((d) => d.open)), { what: "the action to close the dialog" });
    assert.equal((await focused(page)).id, "dialog-confirm-open");
    assert.equal(await page.locator("#dialog-confirm-outcome").textContent(), "申請を取り下げました");
    await context.close();
  });

  test("tabs follow the arrow keys, Home and End, and Tab moves into the panel", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    const tab = (key) => page.locator(`#tabs-procedure-details-tab-${key}`);
    const panel = (key) => page.locator(`#tabs-procedure-details-panel-${key}`);
    await tab("overview").focus();
    await page.keyboard.press("ArrowRight");
    assert.equal((await focused(page)).id, "tabs-procedure-details-tab-documents");
    assert.equal(await tab("documents").getAttribute("aria-selected"), "true");
    assert.ok(await panel("documents").isVisible());
    assert.ok(!(await panel("overview").isVisible()));
    await page.keyboard.press("End");
    assert.equal((await focused(page)).id, "tabs-procedure-details-tab-fees");
    await page.keyboard.press("ArrowRight");
    assert.equal((await focused(page)).id, "tabs-procedure-details-tab-overview", "wraps to the first");
    await page.keyboard.press("ArrowLeft");
    assert.equal((await focused(page)).id, "tabs-procedure-details-tab-fees", "wraps to the last");
    await page.keyboard.press("Home");
    assert.equal(await tab("overview").getAttribute("aria-selected"), "true");
    await page.keyboard.press("Tab");
    assert.equal((await focused(page)).id, "tabs-procedure-details-panel-overview");
    await context.close();
  });

  test("a radio group is chosen with Space and moved through with the arrow keys", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    const radio = (v) => page.locator(`#radios-contact-method-${v}`);
    await radio("email").focus();
    await page.keyboard.press("Space");
    assert.ok(await radio("email").isChecked());
    await page.keyboard.press("ArrowDown");
    assert.equal((await focused(page)).id, "radios-contact-method-phone");
    assert.ok(await radio("phone").isChecked());
    assert.ok(!(await radio("email").isChecked()));
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    assert.equal((await focused(page)).id, "radios-contact-method-email", "wraps around");
    await page.keyboard.press("Tab");
    assert.notEqual((await focused(page)).id.startsWith("radios-contact-method-"), true, "Tab leaves the group");
    await context.close();
  });

  test("the day and time pickers move between the days and times that can be chosen, passing over full and closed ones", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    const day = (d) => page.locator(`#day-picker-week-day-${d}`);
    await day("2027-01-07").focus();
    await page.keyboard.press("Space");
    assert.ok(await day("2027-01-07").isChecked());
    // 8 January is full, 9 and 10 closed: no radios, so ↓ goes on to 11 January.
    await page.keyboard.press("ArrowDown");
    assert.equal((await focused(page)).id, "day-picker-week-day-2027-01-11");
    assert.ok(await day("2027-01-11").isChecked());
    assert.equal(await page.locator("[data-example=day-picker-week] li[data-value='2027-01-08'] input").count(), 0);
    await page.keyboard.press("Tab");
    assert.ok(!(await focused(page)).id.startsWith("day-picker-week-day-"), "Tab leaves the group");

    // The time picker enters on the chosen time, and ↑ passes over the full one.
    await page.locator("[data-example=time-picker-morning]").evaluate((el) => el.scrollIntoView());
    const time = (t) => page.locator(`#time-picker-morning-time-${t}`);
    assert.ok(await time("0930").isChecked(), "the example's chosen time");
    await time("0930").focus();
    await page.keyboard.press("ArrowUp");
    assert.equal((await focused(page)).id, "time-picker-morning-time-0830");
    await context.close();
  });

  test("a failed submit focuses the error summary, and its links focus the fields", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    await page.locator("[data-example=error-summary-form] button[type=submit]").focus();
    await page.keyboard.press("Enter");
    await waitFor(async () => (await focused(page)).id === "error-summary-form-summary", {
      what: "focus on the error summary",
    });
    const summary = page.locator("#error-summary-form-summary");
    assert.equal(await summary.getAttribute("role"), "alert");
    assert.deepEqual(await summary.locator("a").allTextContents(), ["氏名を入力してください", "連絡の方法を選んでください"]);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal((await focused(page)).id, "error-summary-form-name");
    assert.equal(await page.locator("#error-summary-form-name").getAttribute("aria-invalid"), "true");

    await summary.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal((await focused(page)).id, "error-summary-form-contact-email", "the group's first radio");

    // Fixing both and sending again clears the summary.
    await page.locator("#error-summary-form-name").focus();
    await page.keyboard.type("夢咲 花子");
    await page.locator("#error-summary-form-contact-email").focus();
    await page.keyboard.press("Space");
    await page.locator("[data-example=error-summary-form] button[type=submit]").focus();
    await page.keyboard.press("Enter");
    await waitFor(async () => (await summary.count()) === 0, { what: "the summary to go" });
    await context.close();
  });

  test("the date input converts the year between 西暦 and the eras, including 元年", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    const year = page.locator("#date-input-birth-date-year");
    const readout = page.locator("#date-input-birth-date-equivalent");
    await page.locator("#date-input-birth-date-calendar").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.type("2019");
    await page.keyboard.press("Tab");
    await page.keyboard.type("5");
    await page.keyboard.press("Tab");
    await page.keyboard.type("1");
    await waitFor(async () => (await readout.textContent()) === "和暦では令和元年5月1日です", { what: "令和元年" });
    assert.equal(await readout.getAttribute("aria-live"), "polite");

    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    assert.equal((await focused(page)).id, "date-input-birth-date-calendar");
    await page.keyboard.press("ArrowDown"); // 令和
    await waitFor(async () => (await year.inputValue()) === "1", { what: "2019 to become 令和 1" });
    assert.equal(await readout.textContent(), "西暦では2019年5月1日です");
    assert.equal((await focused(page)).id, "date-input-birth-date-calendar", "focus stays put");

    await page.keyboard.press("ArrowDown"); // 平成
    await waitFor(async () => (await year.inputValue()) === "31", { what: "令和 1 to become 平成 31" });
    assert.equal(await readout.textContent(), "", "平成31年5月1日 does not exist");
    await page.locator("#date-input-birth-date-month").focus();
    await page.keyboard.press("Backspace");
    await page.keyboard.type("4");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("30");
    await waitFor(async () => (await readout.textContent()) === "西暦では2019年4月30日です", { what: "平成31年4月30日" });

    await page.locator("#date-input-birth-date-calendar").focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp"); // 西暦
    await waitFor(async () => (await year.inputValue()) === "2019", { what: "平成 31 to become 2019" });
    assert.equal(await readout.textContent(), "和暦では平成31年4月30日です");
    await context.close();
  });

  test("accordion sections and details open and close with Enter and Space", async () => {
    const { page, context } = await openGallery(web.browser, web.server);
    const button = page.locator("#accordion-faq-list-when-button");
    const panel = page.locator("#accordion-faq-list-when-panel");
    await button.focus();
    assert.ok(!(await panel.isVisible()));
    await page.keyboard.press("Enter");
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    assert.ok(await panel.isVisible());
    await page.keyboard.press("Space");
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.ok(!(await panel.isVisible()));
    await page.keyboard.press("Tab");
    assert.equal((await focused(page)).id, "accordion-faq-list-proxy-button");

    const details = page.locator("[data-example=accordion-details] details");
    await details.locator("summary").focus();
    await page.keyboard.press("Enter");
    assert.equal(await details.evaluate((d) => d.open), true);
    await context.close();
  });
});
