// Signing in without a password in web mode (issue 10), by keyboard alone, in Japanese and English:
// the resident opens "Your account" from the menu, gives their address, reads the six-digit code
// in the mail a real SMTP server process received, and types it (a wrong code first: it is named
// at the field and in the error summary, and the page stays). Signed in, the page shows what the
// city keeps (address, identity level), the devices signed in with this one marked, and the staff
// accesses; a second device signed in through the API is listed and signed out from the page (its
// credential stops working); a clerk's identity check shows as the level and in the audit table.
// Signing out leaves the sign-in form, and the city no longer lists this browser. Nothing is left
// in the browser's storage, and a reload finds nobody signed in. axe finds nothing at each stage.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";

import { axeScan, launchBrowser } from "../support/browser.mjs";
import { accountStageIs as stageIs, post as postTo, signInElsewhere as signInThrough } from "../support/account.mjs";
import { startMailSink } from "../support/mail.mjs";
import { openResident, press, tabTo } from "../support/resident.mjs";
import { staffToken, waitFor, webSession } from "../support/server.mjs";

/** What each language says where the test reads the page. */
const WORDS = {
  ja: {
    browser: "ja-JP",
    menu: "アカウント",
    signInTitle: "サインイン",
    codeTitle: "コードを入力",
    codeInvalid: "確認コードが違うか",
    accountTitle: "アカウント",
    unverified: "まだ確認していません",
    verified: "窓口で確認済み",
    thisDevice: "この端末",
    webDevice: "ウェブブラウザー",
    auditEmpty: "まだ記録はありません。",
    auditVerified: "窓口で本人確認をしました",
  },
  en: {
    browser: "en-US",
    menu: "Your account",
    signInTitle: "Sign in",
    codeTitle: "Enter your code",
    codeInvalid: "The confirmation code is wrong",
    accountTitle: "Your account",
    unverified: "Not checked yet",
    verified: "Checked at a counter",
    thisDevice: "This device",
    webDevice: "Web browser",
    auditEmpty: "Nothing has been recorded yet.",
    auditVerified: "Checked your identity at a counter",
  },
};

describe("signing in without a password (web mode)", () => {
  const web = webSession(launchBrowser, { startMail: startMailSink });

  const post = (path, body, token) => postTo(web.server.url, path, body, token);
  const signInElsewhere = (email, deviceName) => signInThrough(web.server.url, web.mail, email, deviceName);

  const devicesOf = async (token) => {
    const response = await fetch(`${web.server.url}/api/v1/account/devices`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    return (await response.json()).devices;
  };

  for (const locale of ["ja", "en"]) {
    const words = WORDS[locale];
    test(`a resident signs in with a mailed code, manages devices and signs out by keyboard in ${locale}`, async () => {
      const email = `hanako.${locale}.${randomBytes(3).toString("hex")}@example.jp`;
      const { context, page, errors } = await openResident(web.browser, { browserLocale: words.browser, locale });
      const found = [];
      const scan = async (stage) => {
        for (const v of (await axeScan(page)).violations) found.push({ stage, ...v });
      };
      await page.goto(`${web.server.url}/#/`);
      await page.locator("nav.mg-nav a[href='#/account']", { hasText: words.menu }).waitFor({ timeout: 20_000 });
      await press(page, "nav-account");
      await page.locator("#account-heading", { hasText: words.signInTitle }).waitFor({ timeout: 20_000 });
      await scan("sign-in form");

      // An address that is not one: named at the field and in the summary; nothing is mailed.
      await tabTo(page, "sign-in-email");
      await page.keyboard.type("hanako@");
      await page.keyboard.press("Enter");
      await page.locator("#sign-in-errors a[href='#sign-in-email']").waitFor({ timeout: 10_000 });
      assert.equal(await page.locator("#sign-in-email").getAttribute("aria-invalid"), "true");
      await scan("address refused");
      assert.equal(web.mail.count(email), 0);

      await page.locator("#sign-in-email").fill("");
      await tabTo(page, "sign-in-email");
      await page.keyboard.type(email.toUpperCase());
      await page.keyboard.press("Enter");
      await stageIs(page, words.codeTitle);
      assert.match(await page.locator("#sign-in-code-sent").innerText(), new RegExp(email.replace(/\./g, "\\.")));
      const code = await web.mail.codeFor(email);

      // A wrong code: the city refuses it, the page says so at the field and stays.
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
      await tabTo(page, "sign-in-code");
      await page.keyboard.type(wrong);
      await page.keyboard.press("Enter");
      await page.locator("#sign-in-errors", { hasText: words.codeInvalid }).waitFor({ timeout: 10_000 });
      assert.equal(await page.locator("#sign-in-code").getAttribute("aria-invalid"), "true");
      await scan("wrong code");

      await page.locator("#sign-in-code").fill("");
      await tabTo(page, "sign-in-code");
      await page.keyboard.type(code);
      await page.keyboard.press("Enter");
      await stageIs(page, words.accountTitle);
      const facts = await page.locator("#account-facts").innerText();
      assert.ok(facts.includes(email), "the address the city keeps is shown");
      assert.ok(facts.includes(words.unverified));
      await page.locator("#account-devices .mg-device").first().waitFor({ timeout: 10_000 });
      const mine = page.locator("#account-devices .mg-device[data-current=true]");
      assert.equal(await mine.count(), 1);
      assert.ok((await mine.innerText()).includes(words.webDevice));
      assert.ok((await mine.innerText()).includes(words.thisDevice));
      await page.locator("#account-audit-empty", { hasText: words.auditEmpty }).waitFor({ timeout: 10_000 });
      await scan("signed in");

      // The resident's phone signs in too, and is listed when the page is opened again.
      const phone = await signInElsewhere(email, "花子のスマホ");
      // A clerk checks the resident's My Number card at the counter.
      const clerk = await staffToken(web.server.url);
      const verify = await post(`/api/v1/admin/residents/${phone.account.id}/identity`, { identityLevel: "verified" }, clerk);
      assert.ok(verify.ok, `identity check: HTTP ${verify.status}`);
      await page.evaluate(() => (location.hash = "#/"));
      await page.evaluate(() => (location.hash = "#/account"));
      await page.locator("#account-devices .mg-device[data-current=false]").waitFor({ timeout: 20_000 });
      assert.ok((await page.locator("#account-facts").innerText()).includes(words.verified));
      await page.locator("#account-audit", { hasText: words.auditVerified }).waitFor({ timeout: 10_000 });
      await scan("two devices, audit entry");

      // The phone is lost: the resident signs it out from here, and its credential stops working.
      await press(page, `account-device-revoke-${phone.deviceId}`);
      await waitFor(async () => (await page.locator("#account-devices .mg-device").count()) === 1, { what: "the phone gone from the list" });
      const refresh = await post("/api/v1/auth/refresh", { deviceCredential: phone.deviceCredential });
      assert.equal(refresh.status, 401, "the signed-out phone's credential is refused");

      // Nothing of the sign-in is kept in the browser.
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      assert.ok(!stored.toLowerCase().includes(email), "the address is not in browser storage");
      assert.ok(!/dc-[0-9a-f]{8}|at-[0-9a-f]{8}/.test(stored), "no credential or token in browser storage");

      // Signing out: back to the form; the city no longer lists this browser.
      await press(page, "account-sign-out");
      await stageIs(page, words.signInTitle);
      await scan("signed out");
      const again = await signInElsewhere(email, "花子のPC");
      const listed = await devicesOf(again.accessToken);
      assert.deepEqual(listed.map((d) => d.name), ["花子のPC"], "only the device just signed in is left");

      // A reload finds nobody signed in on this page.
      await page.reload();
      await page.evaluate(() => (location.hash = "#/account"));
      await page.locator("#account-heading", { hasText: words.signInTitle }).waitFor({ timeout: 20_000 });

      assert.deepEqual(found, [], `axe violations: ${JSON.stringify(found, null, 2)}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
