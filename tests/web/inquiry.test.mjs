// The inquiry page in web mode (no device store): the form checks itself with the same rules as the
// server, sends with an idempotency key, shows the reference, and a retry after a lost answer is
// replayed by the server rather than stored twice. axe-core finds nothing in either language.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { axeViolations, launchBrowser } from "../support/browser.mjs";
import { serverInquiries, webSession } from "../support/server.mjs";

describe("inquiry page (web mode)", () => {
  const web = webSession(launchBrowser);

  async function openForm(locale = "ja-JP") {
    const context = await web.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${web.server.url}/#/inquiry`);
    await page.locator("#inquiry-department option").nth(3).waitFor({ state: "attached", timeout: 20_000 });
    return { page, context };
  }

  test("an empty form names each missing field next to it and in a summary", async () => {
    const { page, context } = await openForm();
    await page.getByRole("button", { name: "送信する" }).click();
    const summary = page.locator("#inquiry-errors");
    await summary.waitFor();
    assert.match(await summary.textContent(), /担当の課を選んでください。.*件名を書いてください。/s);
    assert.equal(await page.getAttribute("#inquiry-subject", "aria-invalid"), "true");
    assert.match(await page.getAttribute("#inquiry-subject", "aria-describedby"), /inquiry-subject-error/);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test("a resident sends an inquiry and gets a reference; the city has it once", async () => {
    const { page, context } = await openForm();
    await page.getByLabel("担当の課").selectOption("tax");
    await page.getByLabel("件名").fill("住民税の納付書");
    await page.getByLabel("お問い合わせの内容").fill("納付書をなくしました。再発行できますか。");
    assert.equal(await page.locator("#inquiry-subject-count").textContent(), "7 / 100文字");
    await page.getByRole("button", { name: "送信する" }).click();
    const outcome = page.locator("#inquiry-outcome");
    await outcome.waitFor();
    assert.match(await outcome.textContent(), /送信しました。受付番号はQ-\d{6}です。/);
    const ours = (await serverInquiries(web.server.url)).filter((i) => i.subject === "住民税の納付書");
    assert.equal(ours.length, 1);
    await context.close();
  });

  test("when the answer is lost, sending again is replayed by the server, not stored twice", async () => {
    const { page, context } = await openForm();
    // The first POST reaches the server but its answer is dropped, as on a flaky connection.
    let dropped = false;
    await page.route("**/api/v1/inquiries", async (route) => {
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      return route.abort("connectionreset");
    });
    await page.getByLabel("担当の課").selectOption("welfare");
    await page.getByLabel("件名").fill("介護保険の申請");
    await page.getByLabel("お問い合わせの内容").fill("申請に必要な書類を教えてください。");
    await page.getByRole("button", { name: "送信する" }).click();
    await page.getByRole("alert").filter({ hasText: "市のサーバーに接続できません" }).waitFor();

    await page.getByRole("button", { name: "送信する" }).click();
    await page.locator("#inquiry-outcome", { hasText: "送信しました" }).waitFor();
    const ours = (await serverInquiries(web.server.url)).filter((i) => i.subject === "介護保険の申請");
    assert.equal(ours.length, 1, JSON.stringify(ours));
    await context.close();
  });

  test("axe-core finds no WCAG 2.2 A/AA violations on the form in English", async () => {
    const { page, context } = await openForm("en-US");
    await page.locator("h1", { hasText: "Ask the city" }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
