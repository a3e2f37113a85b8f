// Passkeys in web mode (issue 10), by keyboard alone, with Chromium's virtual authenticator (CDP's
// `WebAuthn` domain: CTAP2, built in, resident keys, user verification that always succeeds). The
// resident signs up with a mailed code, names and adds a passkey on the account page (an empty name
// is named at the field and in the error summary first), reloads (a web sign-in ends there), and
// signs in with the passkey alone; the page says it was used. Removed with the button named after
// it, the passkey is refused by the city, and the page says so in the reader's language. A browser
// without WebAuthn (the app's webview) is not offered passkeys at all. axe finds nothing at each stage.
//
// The page is opened at http://localhost:<port>: WebAuthn binds passkeys to a domain (the server's
// public URL, `http://localhost` by default, any port), never to an IP address like 127.0.0.1.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";

import { axeScan, launchBrowser } from "../support/browser.mjs";
import { accountStageIs as stageIs, signInOnPage } from "../support/account.mjs";
import { startMailSink } from "../support/mail.mjs";
import { openResident, press, tabTo } from "../support/resident.mjs";
import { waitFor, webSession } from "../support/server.mjs";

const WORDS = {
  signInTitle: "Sign in",
  codeTitle: "Enter your code",
  accountTitle: "Your account",
  refused: "This passkey could not be used.",
  unused: "Not used to sign in yet",
  used: "Last used:",
  webDevice: "Web browser",
};

describe("passkeys (web mode)", () => {
  const web = webSession(launchBrowser, { startMail: startMailSink });
  /** The server's address with the host name passkeys are bound to. */
  const origin = () => web.server.url.replace("127.0.0.1", "localhost").replace(/\/$/, "");

  test("a resident adds a passkey and signs in with it by keyboard, and a removed one is refused", async () => {
    const email = `hanako.passkey.${randomBytes(3).toString("hex")}@example.jp`;
    const { context, page, errors } = await openResident(web.browser, { browserLocale: "en-US", locale: "en" });
    const found = [];
    const scan = async (stage) => {
      for (const v of (await axeScan(page)).violations) found.push({ stage, ...v });
    };
    const cdp = await context.newCDPSession(page);
    await cdp.send("WebAuthn.enable", { enableUI: false });
    const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    await page.goto(`${origin()}/#/`);
    await page.locator("nav.mg-nav a[href='#/account']").waitFor({ timeout: 20_000 });
    await signInOnPage(page, web.mail, email, WORDS);
    await page.locator("#account-passkeys-empty").waitFor({ timeout: 10_000 });
    await scan("signed in, no passkey");

    // No name: said at the field and in the summary; nothing is made.
    await press(page, "account-passkey-add");
    await page.locator("#account-passkey-errors a[href='#account-passkey-name']").waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("#account-passkey-name").getAttribute("aria-invalid"), "true");
    await scan("passkey name missing");
    assert.equal((await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials.length, 0);

    await tabTo(page, "account-passkey-name");
    await page.keyboard.type("My laptop");
    await page.keyboard.press("Enter");
    await page.locator("#account-passkey-added").waitFor({ timeout: 20_000 });
    const item = page.locator("#account-passkeys .mg-device", { hasText: "My laptop" });
    await item.waitFor({ timeout: 10_000 });
    assert.ok((await item.innerText()).includes(WORDS.unused));
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].isResidentCredential, true, "a discoverable passkey, so no address is asked");
    await scan("passkey added");

    // A reload ends the sign-in on this page; the passkey signs in again, without a code.
    const mailsBefore = web.mail.count(email);
    await page.reload();
    await page.evaluate(() => (location.hash = "#/account"));
    await page.locator("#account-heading", { hasText: WORDS.signInTitle }).waitFor({ timeout: 20_000 });
    await page.locator("#sign-in-passkey").waitFor({ timeout: 10_000 });
    await scan("sign-in with a passkey offered");
    await press(page, "sign-in-passkey");
    await stageIs(page, WORDS.accountTitle);
    assert.ok((await page.locator("#account-facts").innerText()).includes(email));
    assert.equal(web.mail.count(email), mailsBefore, "no code was mailed");
    const mine = page.locator("#account-devices .mg-device[data-current=true]");
    await mine.waitFor({ timeout: 10_000 });
    assert.ok((await mine.innerText()).includes(WORDS.webDevice));
    await waitFor(async () => (await item.innerText()).includes(WORDS.used), { what: "the passkey shown as used" });
    await scan("signed in with the passkey");

    // Removed with its own button, the passkey signs in no more: the city refuses it, and the page
    // says so in the reader's language.
    const removeId = await item.locator("button").getAttribute("id");
    assert.match(removeId, /^account-passkey-remove-pk-[0-9a-f]{32}$/);
    assert.ok((await item.locator("button").innerText()).includes('"My laptop"'), "the button is named after the passkey");
    await press(page, removeId);
    await page.locator("#account-passkeys-empty").waitFor({ timeout: 10_000 });
    await press(page, "account-sign-out");
    await stageIs(page, WORDS.signInTitle);
    await press(page, "sign-in-passkey");
    await page.locator("#sign-in-error", { hasText: WORDS.refused }).waitFor({ timeout: 20_000 });
    await scan("removed passkey refused");

    assert.deepEqual(found, [], `axe violations: ${JSON.stringify(found, null, 2)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a browser without WebAuthn is not offered passkeys", async () => {
    const { context, page, errors } = await openResident(web.browser, { browserLocale: "en-US", locale: "en" });
    await context.addInitScript(() => {
      delete window.PublicKeyCredential;
    });
    await page.goto(`${origin()}/#/account`);
    await page.locator("#account-heading", { hasText: WORDS.signInTitle }).waitFor({ timeout: 20_000 });
    await page.locator("#sign-in-send-code").waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("#sign-in-passkey").count(), 0);
    const { violations } = await axeScan(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
