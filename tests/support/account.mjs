// A resident's account for the page suites: signing in on the page by keyboard with the code the
// test's mail server received, and the same resident's other device signed in through the API.
import { randomBytes } from "node:crypto";

import { focusedId, press, tabTo } from "./resident.mjs";
import { waitFor } from "./server.mjs";

/** A POST to the city as a client would send it, with a fresh idempotency key. */
export const post = (url, path, body, token) =>
  fetch(`${url}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "idempotency-key": randomBytes(16).toString("hex"),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

/**
 * Hanako's 粗大ごみ (a sofa) sent to the city as `token`'s resident (anonymous without one), for a
 * day 10 days on in Japan: her name, address and phone are in it. The city's response.
 */
export function sendSofaCollection(url, token) {
  const day = new Date(Date.now() + (9 + 10 * 24) * 3_600_000).toISOString().slice(0, 10);
  return post(
    url,
    "/api/v1/applications",
    {
      procedure: "oversized-waste",
      formVersion: 1,
      answers: {
        name: { family: "夢咲", given: "花子", familyKana: "ゆめさき", givenKana: "はなこ" },
        address: { postalCode: "〒999-0001", address: "夢咲市本町一丁目2番3号" },
        phone: "0612-34-5678",
        kinds: ["sofa"],
        count: "1",
        "collection-day": day,
      },
      declared: true,
    },
    token,
  );
}

/** Signs `email` in through the API, as the resident's phone would: the city's `SignedIn`. */
export async function signInElsewhere(url, mail, email, deviceName) {
  const before = mail.count(email);
  const asked = await post(url, "/api/v1/auth/code", { email, locale: "ja" });
  if (asked.status !== 202) throw new Error(`code: HTTP ${asked.status}`);
  const code = await mail.codeFor(email, { after: before });
  const response = await post(url, "/api/v1/auth/sign-in", { email, code, deviceName });
  if (response.status !== 201) throw new Error(`sign-in: HTTP ${response.status}`);
  return response.json();
}

/** The heading of the account page shows `text` and has focus (a screen reader hears the stage). */
export async function accountStageIs(page, text) {
  await page.locator("#account-heading", { hasText: text }).waitFor({ timeout: 20_000 });
  await waitFor(async () => (await focusedId(page)) === "account-heading", { what: `focus on "${text}"` });
}

/**
 * Signs `email` in on `page` from the menu's account link, by keyboard: the address, then the code
 * from the newest mail. Ends on the signed-in account page.
 */
export async function signInOnPage(page, mail, email, { codeTitle, accountTitle }) {
  const before = mail.count(email);
  await press(page, "nav-account");
  await tabTo(page, "sign-in-email");
  await page.keyboard.type(email);
  await page.keyboard.press("Enter");
  await accountStageIs(page, codeTitle);
  const code = await mail.codeFor(email, { after: before });
  await tabTo(page, "sign-in-code");
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await accountStageIs(page, accountTitle);
}
