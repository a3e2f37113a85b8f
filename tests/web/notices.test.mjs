// The notices page in web mode (issues 13 and 12), in Japanese and English: an urgent evacuation
// order is pinned at the top in an emergency banner that says "urgent" in words; a notice for
// everyone is listed from the city with its kind and where it points; a notice targeted at
// parents of infants is not shown (the device has no profile to match it). Signed out, the
// resident's part offers to sign in; signed in on the page, a change of status of an application
// the same resident sent signed in (from their phone, through the API) is there, in the reader's
// language. axe finds nothing in either state.
//
// The profile (issue 13), chosen on the page and kept only in the tab: a resident of 夢咲1丁目 with
// a baby of three and a half months who follows 子育て no longer sees the order for 夢咲3丁目 but
// sees the 4-month checkup; a notice is unread until opened on its own page or marked read; the kind filter narrows the list
// but never hides urgent notices; a birth date in the future is refused at its field; the consent
// record says what is kept and what for, and clearing it brings back what a device without a
// profile shows. axe finds nothing on the profile screen (empty, with errors, saved) or the inbox.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";

import { post, sendSofaCollection, signInElsewhere, signInOnPage } from "../support/account.mjs";
import { axeScan, launchBrowser } from "../support/browser.mjs";
import { startMailSink } from "../support/mail.mjs";
import { openResident, press } from "../support/resident.mjs";
import { staffToken, waitFor, webSession } from "../support/server.mjs";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const WORDS = {
  ja: {
    browser: "ja-JP",
    urgent: "緊急",
    evacuation: "避難指示(夢咲3丁目)",
    festival: "夢咲市民まつりのお知らせ",
    checkup: "4か月児健康診査のご案内",
    signIn: "サインインする",
    codeTitle: "コードを入力",
    accountTitle: "アカウント",
    statusChanged: /申請.*の状況が変わりました/,
  },
  en: {
    browser: "en-US",
    urgent: "Urgent",
    evacuation: "Evacuation order (Yumesaki 3-chome)",
    festival: "Yumesaki city festival",
    checkup: "4か月児健康診査のご案内",
    signIn: "Sign in",
    codeTitle: "Enter your code",
    accountTitle: "Your account",
    statusChanged: /The status of your application .+ has changed\./,
  },
};

describe("notices (web mode)", () => {
  const web = webSession(launchBrowser, { startMail: startMailSink });
  before(async () => {
    const clerk = await staffToken(web.server.url);
    const now = Date.now();
    const publish = async (draft) => {
      const response = await post(web.server.url, "/api/v1/admin/notices", draft, clerk);
      assert.equal(response.status, 201, await response.text());
    };
    await publish({
      title: { ja: WORDS.ja.evacuation, en: WORDS.en.evacuation },
      body: { ja: "夢咲小学校へ避難してください。", en: "Go to Yumesaki Elementary School." },
      category: "disaster",
      priority: "urgent",
      rule: { areas: ["yumesaki-3-chome"] },
      expiresAt: now + DAY,
      topic: "evacuation-yumesaki-3-chome",
    });
    await publish({
      title: { ja: WORDS.ja.festival, en: WORDS.en.festival },
      body: { ja: "11月に中央公園で開きます。", en: "In November at Central Park." },
      category: "events",
      priority: "normal",
      rule: {},
      expiresAt: now + 30 * DAY,
      bookingService: "childcare-consultation",
    });
    await publish({
      title: { ja: WORDS.ja.checkup },
      body: { ja: "お子さんが生後4か月になる月に、保健センターで健診を行います。" },
      category: "childcare",
      priority: "normal",
      rule: { childAgeMonths: { min: 3, max: 4 }, topics: ["childcare"] },
      expiresAt: now + 30 * DAY,
    });
  });

  /** An application sent by `token`'s resident, its status then changed by a clerk. */
  async function applyAndReceive(token) {
    const sent = await sendSofaCollection(web.server.url, token);
    const answer = await sent.text();
    assert.equal(sent.status, 201, answer);
    const { reference } = JSON.parse(answer);
    const changed = await post(web.server.url, `/api/v1/admin/applications/${reference}/status`, { status: "received" }, await staffToken(web.server.url));
    assert.equal(changed.status, 200);
    return reference;
  }

  for (const locale of ["ja", "en"]) {
    const words = WORDS[locale];
    test(`urgent first, the city's notices for everyone, and the resident's own once signed in, in ${locale}`, async () => {
      const { context, page, errors } = await openResident(web.browser, { browserLocale: words.browser, locale });
      const found = [];
      const scan = async (stage) => {
        for (const v of (await axeScan(page)).violations) found.push({ stage, ...v });
      };
      await page.goto(`${web.server.url}/#/`);
      await page.locator("#nav-notices").waitFor({ timeout: 20_000 });
      await press(page, "nav-notices");
      await page.locator("#notices-urgent").waitFor({ timeout: 20_000 });

      // Urgent, pinned above everything else, and said in words.
      const banner = page.locator("#notices-urgent .mg-banner[data-kind=emergency]");
      assert.equal(await banner.count(), 1);
      assert.ok((await banner.innerText()).includes(words.urgent));
      assert.ok((await banner.innerText()).includes(words.evacuation));
      const order = await page.evaluate(() => {
        const at = (sel) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
        return [at("#notices-urgent"), at("#notices-city"), at("#notices-personal-title")];
      });
      assert.ok(order[0] < order[1] && order[0] < order[2], `urgent comes first: ${order}`);

      // The city's notice for everyone, with where it points; the targeted one is not shown.
      const city = await page.locator("#notices-city").innerText();
      assert.ok(city.includes(words.festival));
      assert.equal(await page.locator("#notices-city a[href='#/booking/childcare-consultation']").count(), 1);
      assert.ok(!(await page.locator("main").innerText()).includes(WORDS.ja.checkup), "a notice for parents of infants is not shown without a profile");

      // Signed out: the resident's part offers to sign in.
      await page.locator("#notices-personal-sign-in a[href='#/account']", { hasText: words.signIn }).waitFor({ timeout: 10_000 });
      await scan("signed out");

      // The resident applied from their phone while signed in; a clerk has received it.
      const email = `notices.${locale}.${randomBytes(3).toString("hex")}@example.jp`;
      const phone = await signInElsewhere(web.server.url, web.mail, email, "花子のスマホ");
      const reference = await applyAndReceive(phone.accessToken);

      await signInOnPage(page, web.mail, email, words);
      await press(page, "nav-notices");
      const personal = page.locator("#notices-personal .mg-notice[data-kind=application-status]");
      await personal.first().waitFor({ timeout: 20_000 });
      const text = await personal.first().innerText();
      assert.match(text, words.statusChanged);
      assert.ok(text.includes(reference), "the application's reference is named");
      await scan("signed in");

      assert.deepEqual(found, [], `axe violations: ${JSON.stringify(found, null, 2)}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("the profile chosen on the device decides what the inbox shows; the record says what is kept and why; clearing it undoes it", async () => {
    const { context, page, errors } = await openResident(web.browser, { browserLocale: "ja-JP", locale: "ja" });
    const found = [];
    const scan = async (stage) => {
      for (const v of (await axeScan(page)).violations) found.push({ stage, ...v });
    };
    await page.goto(`${web.server.url}/#/notices`);
    await page.locator("#notices-profile[data-chosen=false]").waitFor({ timeout: 20_000 });
    assert.equal(await page.locator("#notices-urgent").count(), 1, "without a profile every urgent notice shows");
    await press(page, "notices-profile-link");
    await page.locator("#profile-area option[value='yumesaki-1-chome']").waitFor({ state: "attached", timeout: 20_000 });
    await scan("profile, empty");

    // A birth date that has not happened yet is refused at its field, in the summary too.
    await press(page, "profile-child-add");
    const future = new Date(Date.now() + 40 * DAY);
    await page.fill("#profile-child-k0-year", String(future.getUTCFullYear()));
    await page.fill("#profile-child-k0-month", String(future.getUTCMonth() + 1));
    await page.fill("#profile-child-k0-day", String(future.getUTCDate()));
    await press(page, "notice-profile-save");
    const summary = page.locator("#notice-profile-errors");
    await summary.waitFor({ timeout: 10_000 });
    assert.match(await summary.innerText(), /生年月日は今日以前の日付を入力してください/);
    await scan("profile, with an error");

    // A baby of three and a half months, in 夢咲1丁目, following 子育て.
    const born = new Date(Date.now() + 9 * HOUR - 106 * DAY);
    await page.fill("#profile-child-k0-year", String(born.getUTCFullYear()));
    await page.fill("#profile-child-k0-month", String(born.getUTCMonth() + 1));
    await page.fill("#profile-child-k0-day", String(born.getUTCDate()));
    await page.selectOption("#profile-area", "yumesaki-1-chome");
    await page.check("#profile-topics-childcare");
    await press(page, "notice-profile-save");
    await page.locator("#notice-profile-outcome").waitFor({ timeout: 10_000 });
    const record = await page.locator("#notice-consent").innerText();
    for (const part of ["住んでいる地区", "年齢", "関心のある分野"]) assert.ok(record.includes(part), `${part} in the record`);
    assert.match(record, /避難指示など/);
    assert.match(record, /市にも、ほかの誰にも送りません/);
    assert.match(record, /同意した日時/);
    await scan("profile, saved");

    // The inbox now follows the profile (the same tab: web mode keeps the profile in its memory).
    await page.evaluate(() => (location.hash = "#/notices"));
    await page.locator("#notices-profile[data-chosen=true]").waitFor({ timeout: 20_000 });
    const main = () => page.locator("main").innerText();
    assert.ok(!(await main()).includes(WORDS.ja.evacuation), "the order for another area is not shown");
    assert.equal(await page.locator("#notices-urgent").count(), 0);
    const checkup = page.locator("#notices-city .mg-notice", { hasText: WORDS.ja.checkup });
    await checkup.waitFor({ timeout: 10_000 });
    assert.ok((await page.locator("#notices-city").innerText()).includes(WORDS.ja.festival));

    // Unread until read, in words: opening a notice's own page reads it.
    assert.ok((await checkup.innerText()).includes("未読"));
    const checkupId = await checkup.getAttribute("id");
    await press(page, `${checkupId}-open`);
    await page.locator("#notice-heading", { hasText: WORDS.ja.checkup }).waitFor({ timeout: 20_000 });
    assert.match(await page.title(), new RegExp(WORDS.ja.checkup));
    await scan("a notice's page");
    await press(page, "notice-back");
    await checkup.waitFor({ timeout: 20_000 });
    await waitFor(async () => !(await checkup.innerText()).includes("未読"), { what: "the checkup read once opened" });
    // Or marked read from the list.
    const festival = page.locator("#notices-city .mg-notice", { hasText: WORDS.ja.festival });
    assert.ok((await festival.innerText()).includes("未読"));
    const readButton = festival.locator("button", { hasText: "既読にする" });
    await press(page, await readButton.getAttribute("id"));
    await waitFor(async () => !(await festival.innerText()).includes("未読"), { what: "the festival marked read" });

    // The kind filter narrows the list.
    await page.selectOption("#notices-category", "events");
    await waitFor(async () => !(await page.locator("#notices-city").innerText()).includes(WORDS.ja.checkup), { what: "the filter" });
    assert.ok((await page.locator("#notices-city").innerText()).includes(WORDS.ja.festival));
    await scan("inbox with a profile, filtered");

    // Clearing the profile: confirmed in a dialog; then the inbox is a device without a profile's.
    await press(page, "notices-profile-link");
    await page.locator("#notice-consent").waitFor({ timeout: 20_000 });
    await press(page, "notice-profile-clear");
    await page.locator("#notice-profile-clear-dialog[open]").waitFor({ timeout: 10_000 });
    await press(page, "notice-profile-clear-confirm");
    await page.locator("#notice-profile-outcome", { hasText: "消しました" }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("#notice-consent").count(), 0, "no record once cleared");
    await page.evaluate(() => (location.hash = "#/notices"));
    await page.locator("#notices-profile[data-chosen=false]").waitFor({ timeout: 20_000 });
    await page.locator("#notices-urgent").waitFor({ timeout: 10_000 });
    assert.ok(!(await main()).includes(WORDS.ja.checkup));

    // Nothing of the profile in the browser's storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.ok(!stored.includes("yumesaki-1-chome") && !stored.includes("childcare"), stored);

    assert.deepEqual(found, [], `axe violations: ${JSON.stringify(found, null, 2)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
