// お問い合わせ in web mode: the city's `inquiry` form on the applications pipeline, reached from the
// menu (and the short `#/inquiry` older links use). Its rules are the form's, checked on the page and
// again by the server; it is sent with an idempotency key the page keeps, so a retry after a lost
// answer is replayed by the server rather than stored twice. By keyboard at 320 px and 200 % text
// in Japanese, English and Vietnamese: axe finds nothing, nothing scrolls sideways.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeViolations, launchBrowser } from "../support/browser.mjs";
import { reflowProblems } from "../support/reflow.mjs";
import { arrived as arrivedAt, openResident, press, tabTo } from "../support/resident.mjs";
import { serverApplications, webSession } from "../support/server.mjs";

const REFERENCE = /YMS-\d{4}-\d{6}/;

describe("asking the city (web mode)", () => {
  const web = webSession(launchBrowser);

  function open({ locale = "ja", textSize = "100", width = 1280 } = {}) {
    const browserLocale = { ja: "ja-JP", en: "en-US", vi: "vi-VN" }[locale];
    return openResident(web.browser, { browserLocale, locale, textSize, width });
  }

  const arrived = (page, hash) => arrivedAt(page, hash, "apply-heading");

  async function typeInto(page, id, text) {
    await tabTo(page, id);
    await page.keyboard.type(text);
  }

  /** From the menu to the first step of the form. */
  async function start(page) {
    await page.goto(`${web.server.url}/#/inquiry`);
    await page.locator("#procedure-start").waitFor({ timeout: 20_000 });
  }

  test("the menu's link leads to the form; an empty step names each missing answer at its field and in the summary", async () => {
    const { context, page, errors } = await open();
    await page.goto(web.server.url);
    await page.locator('nav a[href="#/procedures/inquiry"]', { hasText: "市へのお問い合わせ" }).click();
    await page.locator("#procedure-start").waitFor({ timeout: 20_000 });
    assert.equal(await page.locator("main h1").textContent(), "市へのお問い合わせ");
    assert.equal(await page.locator('nav a[aria-current="page"]').textContent(), "市へのお問い合わせ");
    await press(page, "procedure-start");
    await arrived(page, "#/procedures/inquiry/apply/1");
    await press(page, "apply-continue");
    const summary = page.locator(".mg-error-summary");
    await summary.waitFor();
    // One item per missing answer, each a link to its field that says which question it is
    // (away from the field, "answer this question" three times would say nothing).
    const items = await summary.locator("a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
    assert.deepEqual(items, [
      ["#f-department", "担当の課：入力するか、選んでください"],
      ["#f-subject", "件名：入力するか、選んでください"],
      ["#f-message", "お問い合わせの内容：入力するか、選んでください"],
    ]);
    assert.equal(await page.getAttribute("#f-subject", "aria-invalid"), "true");
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [locale, division, checkHeading] of [
    ["ja", "税務課（市民税・固定資産税）", "入力内容の確認"],
    ["en", "Taxation (resident tax, property tax)", "Check your answers"],
    ["vi", null, null],
  ]) {
    test(`a question by keyboard in ${locale} at 320 px and 200 % text: the email asked only when chosen, a reference, the city has it once`, async () => {
      const { context, page, errors } = await open({ locale, textSize: "200", width: 320 });
      const found = [];
      const scan = async (stage) => {
        for (const v of await axeViolations(page)) found.push({ stage, v });
        for (const problem of await reflowProblems(page)) found.push({ stage, problem });
      };
      await start(page);
      await scan("procedure");
      await press(page, "procedure-start");

      await arrived(page, "#/procedures/inquiry/apply/1");
      await scan("question");
      await tabTo(page, "f-department");
      await page.selectOption("#f-department", "tax");
      if (division) assert.equal(await page.locator("#f-department option:checked").textContent(), division);
      const subject = `住民税の納付書 ${locale}`;
      await typeInto(page, "f-subject", subject);
      await typeInto(page, "f-message", "納付書をなくしました。再発行できますか。");
      await press(page, "apply-continue");

      await arrived(page, "#/procedures/inquiry/apply/2");
      await scan("reply");
      assert.ok(await page.locator('[data-field="contact-email"]').isHidden(), "no email field before email is chosen");
      await tabTo(page, "f-reply-by-email");
      await page.keyboard.press("Space");
      await page.locator("#f-contact-email").waitFor({ state: "visible" });
      await typeInto(page, "f-contact-email", "hanako@example.jp");
      await press(page, "apply-continue");

      await arrived(page, "#/procedures/inquiry/apply/check");
      await scan("check your answers");
      if (checkHeading) assert.equal(await page.locator("#apply-heading").textContent(), checkHeading);
      assert.match(await page.locator("main").textContent(), new RegExp(subject));
      await press(page, "apply-continue");

      await arrived(page, "#/procedures/inquiry/apply/declaration");
      await scan("send");
      await press(page, "apply-submit");

      await arrived(page, "#/procedures/inquiry/apply/sent");
      await scan("confirmation");
      const reference = (await page.locator("#apply-confirmation").textContent()).match(REFERENCE)?.[0];
      assert.ok(reference, "a reference on the confirmation");
      assert.deepEqual(found, []);

      const ours = (await serverApplications(web.server.url)).filter((a) => a.answers.subject === subject);
      assert.equal(ours.length, 1, JSON.stringify(ours));
      assert.equal(ours[0].procedure, "inquiry");
      assert.equal(ours[0].reference, reference);
      assert.equal(ours[0].answers.department, "tax");
      assert.equal(ours[0].answers["contact-email"], "hanako@example.jp");
      assert.equal(ours[0].answers["contact-phone"], undefined, "a field not shown is not kept");
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("when the answer is lost, sending again is replayed by the server, not stored twice", async () => {
    const { context, page } = await open();
    // The first POST reaches the server but its answer is dropped, as on a flaky connection.
    let dropped = false;
    await page.route("**/api/v1/applications", async (route) => {
      if (dropped || route.request().method() !== "POST") return route.continue();
      dropped = true;
      await route.fetch();
      return route.abort("connectionreset");
    });
    await start(page);
    await press(page, "procedure-start");
    await arrived(page, "#/procedures/inquiry/apply/1");
    await page.selectOption("#f-department", "welfare");
    await typeInto(page, "f-subject", "介護保険の申請");
    await typeInto(page, "f-message", "申請に必要な書類を教えてください。");
    await press(page, "apply-continue");
    await arrived(page, "#/procedures/inquiry/apply/2");
    // Into the group (its first radio), then the arrows to "no reply needed".
    await tabTo(page, "f-reply-by-email");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    assert.ok(await page.locator("#f-reply-by-none").isChecked());
    await press(page, "apply-continue");
    await arrived(page, "#/procedures/inquiry/apply/check");
    await press(page, "apply-continue");
    await arrived(page, "#/procedures/inquiry/apply/declaration");
    await press(page, "apply-submit");
    await page.getByRole("alert").filter({ hasText: "市のサーバーに接続できません" }).waitFor({ timeout: 20_000 });

    await press(page, "apply-submit");
    await arrived(page, "#/procedures/inquiry/apply/sent");
    assert.ok(dropped);
    const ours = (await serverApplications(web.server.url)).filter((a) => a.answers.subject === "介護保険の申請");
    assert.equal(ours.length, 1, JSON.stringify(ours));
    await context.close();
  });
});
