// A full time's waitlist in web mode (issue 12), in Japanese and English, by keyboard alone: the
// one-place 子育て相談 (childcare-consultation) has a time taken by someone else (through the
// API); the resident joins that time's waitlist from the time page with their contact details, and
// is told plainly that they wait and that a freed place is held for them for a limited time. The
// booking holding the place is cancelled (through the API); the resident's My bookings reads the
// place again, shows the offer with until when it is held, and they take it: it is a booking like
// the others, and the city's day view has them confirmed. axe finds nothing on each new page
// state; nothing personal is left in the browser's storage.
//
// The server runs on the wall clock: the test books a day some way into the window, read from the
// page's own day list, so the offer's two hours and the change deadline are never near.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";

import { axeScan, launchBrowser } from "../support/browser.mjs";
import { arrived as arrivedAt, openResident, press, tabTo } from "../support/resident.mjs";
import { staffToken, waitFor, webSession } from "../support/server.mjs";

const SERVICE = "childcare-consultation";
const WAITLIST_REFERENCE = /YMS-W-\d{6}/;

/** What each language says where the test reads the page. */
const WORDS = {
  ja: {
    browser: "ja-JP",
    join: "キャンセル待ちに申し込む",
    joinedTitle: "キャンセル待ちに申し込みました",
    held: "一定の時間だけあなたのために確保します",
    offered: /空きが出ました。.*まで、あなたのために席を確保しています。/,
    accepted: "予約しました。予約の一覧に加わりました。",
    booked: "予約済み",
  },
  en: {
    browser: "en-US",
    join: "Join the waiting list",
    joinedTitle: "You are on the waiting list",
    held: "it is held for you for a limited time",
    offered: /A place has freed up\. It is held for you until .+ on .+\./,
    accepted: "The place is yours: it is now listed with your bookings.",
    booked: "Booked",
  },
};

describe("a full time's waitlist (web mode)", () => {
  const web = webSession(launchBrowser);

  const open = (locale) => openResident(web.browser, { browserLocale: WORDS[locale].browser, locale });

  /** The page of `hash` has opened: its heading has focus. */
  const arrived = (page, hash) => arrivedAt(page, hash, "booking-heading");

  /** Chooses the `n`-th open day by keyboard (Tab into the group, Space, ↓); returns its ISO date. */
  async function pickDay(page, n) {
    const ids = await page.locator("#booking-day input[type=radio]").evaluateAll((els) => els.map((e) => e.id));
    assert.ok(ids.length > n, `the day picker offers ${ids.length} days`);
    await tabTo(page, ids[0]);
    await page.keyboard.press("Space");
    for (let i = 0; i < n; i += 1) await page.keyboard.press("ArrowDown");
    assert.ok(await page.locator(`#${ids[n]}`).isChecked());
    return ids[n].replace("booking-day-", "");
  }

  /** The city's hour and minute of an instant, as the time picker names it (`0930`). */
  function timeValue(startsAt) {
    const japan = new Date(Date.parse(startsAt) + 9 * 3_600_000);
    return `${String(japan.getUTCHours()).padStart(2, "0")}${String(japan.getUTCMinutes()).padStart(2, "0")}`;
  }

  /** Books `slot` through the city's API, as another resident would; returns the receipt. */
  async function bookAsSomeoneElse(slot) {
    const response = await fetch(`${web.server.url}/api/v1/bookings`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": randomBytes(16).toString("hex") },
      body: JSON.stringify({ service: SERVICE, counter: slot.counter, startsAt: slot.startsAt, contact: { name: "夢咲 太郎" } }),
    });
    assert.equal(response.status, 201);
    return response.json();
  }

  /** That resident cancels, freeing the place (offered at once to the first in line). */
  async function cancelAsThem(receipt) {
    const response = await fetch(`${web.server.url}/api/v1/bookings/${receipt.booking.reference}/cancel`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "idempotency-key": randomBytes(16).toString("hex"),
        authorization: `Bearer ${receipt.accessToken}`,
      },
      body: "{}",
    });
    assert.equal(response.status, 200);
  }

  /** The day's bookings at every counter, as the clerk's day view has them. */
  async function cityDay(date) {
    const response = await fetch(`${web.server.url}/api/v1/admin/bookings?date=${date}`, {
      headers: { authorization: `Bearer ${await staffToken(web.server.url)}` },
    });
    assert.equal(response.status, 200);
    return (await response.json()).counters.flatMap((c) => c.bookings);
  }

  for (const [locale, dayIndex] of [["ja", 5], ["en", 6]]) {
    const words = WORDS[locale];
    test(`a resident waits for a full time and takes the freed place by keyboard alone in ${locale}`, async () => {
      const { context, page, errors } = await open(locale);
      const found = [];
      const scan = async (stage) => {
        for (const v of (await axeScan(page)).violations) found.push({ stage, ...v });
      };
      await page.goto(`${web.server.url}/#/booking/${SERVICE}`);
      await arrived(page, `#/booking/${SERVICE}`);
      await page.locator("#booking-day input[type=radio]").first().waitFor({ timeout: 20_000 });
      const day = await pickDay(page, dayIndex);

      // Someone else takes the day's first time (the room takes one resident at a time).
      const list = await (await fetch(`${web.server.url}/api/v1/booking/services/${SERVICE}/slots?from=${day}&to=${day}`)).json();
      const slot = list.slots[0];
      assert.equal(slot.remaining, 1);
      const holder = await bookAsSomeoneElse(slot);

      // The time page lists it as full, in words and with no radio, and offers its waitlist.
      await press(page, "booking-continue");
      await arrived(page, `#/booking/${SERVICE}/time`);
      const value = timeValue(slot.startsAt);
      const full = page.locator(`#booking-time li[data-value="${value}"]`);
      await full.waitFor({ timeout: 20_000 });
      assert.equal(await full.getAttribute("data-available"), "false");
      assert.equal(await full.locator("input").count(), 0);
      await page.locator("#booking-full-times").waitFor();
      assert.ok((await page.locator("#booking-full-times").textContent()).includes(words.held));
      await scan("time with a full time");
      await press(page, `booking-wait-${value}`);

      // The same contact details as a booking, then check and join.
      await arrived(page, `#/booking/${SERVICE}/details`);
      assert.ok(await page.locator("#booking-waiting-for").isVisible(), "says it is the waitlist being joined");
      await scan("details for the waitlist");
      await tabTo(page, "booking-name");
      await page.keyboard.type("夢咲 花子");
      await tabTo(page, "booking-phone");
      await page.keyboard.type("0612-34-5678");
      await press(page, "booking-continue");
      await arrived(page, `#/booking/${SERVICE}/check`);
      assert.match(await page.locator("#booking-check").textContent(), /夢咲 花子.*0612-34-5678/s);
      assert.equal((await page.locator("#booking-submit").textContent()).trim(), words.join);
      await scan("check the waitlist");
      await press(page, "booking-submit");

      // Joined: said plainly, with the place's number and that a freed place is held a limited time.
      await arrived(page, `#/booking/${SERVICE}/done`);
      assert.equal((await page.locator("#booking-heading").textContent()).trim(), words.joinedTitle);
      const joined = await page.locator("#booking-waitlist-joined").textContent();
      assert.match(joined, WAITLIST_REFERENCE);
      assert.ok(joined.includes(words.held), joined);
      const placeReference = joined.match(WAITLIST_REFERENCE)[0];
      await scan("joined");

      // The booking holding the place is cancelled: the city offers it to the resident.
      await cancelAsThem(holder);

      // My bookings reads the place again: offered, until when, and "take this place".
      await press(page, "booking-see-bookings");
      await page.waitForFunction(() => location.hash === "#/bookings");
      const place = page.locator("#waitlist-list li").filter({ hasText: placeReference });
      await place.waitFor({ timeout: 20_000 });
      await waitFor(async () => (await place.getAttribute("data-state")) === "offered", { what: "the offer shown" });
      assert.match(await place.locator("[data-offer=held]").textContent(), words.offered);
      await scan("offered");
      const localId = await place.getAttribute("data-local-id");
      await press(page, `waitlist-accept-${localId}`);
      await waitFor(async () => (await page.locator("#bookings-said").textContent()) === words.accepted, {
        what: "the place taken, said",
      });

      // A booking like the others, confirmed at the city.
      await waitFor(async () => (await place.getAttribute("data-state")) === "booked", { what: "the place booked" });
      const booking = page.locator("#bookings-list li[data-state=confirmed]");
      await booking.waitFor({ timeout: 20_000 });
      assert.ok((await booking.textContent()).includes(words.booked));
      await scan("taken");
      const confirmed = (await cityDay(day)).filter(
        (b) => b.startsAt === slot.startsAt && b.status === "confirmed" && b.contact.name === "夢咲 花子",
      );
      assert.equal(confirmed.length, 1, "the city's day has the resident confirmed");
      assert.match(await booking.textContent(), new RegExp(confirmed[0].reference));

      // Nothing personal in the browser's storage: only the language and display settings.
      const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].sort());
      assert.deepEqual(stored, ["madoguchi.display", "madoguchi.locale", "madoguchi.test.seeded"]);
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("a booking refused as full offers that time's waitlist, joined at once with the details given", async () => {
    const { context, page } = await open("en");
    await page.goto(`${web.server.url}/#/booking/${SERVICE}`);
    await page.locator("#booking-day input[type=radio]").first().waitFor({ timeout: 20_000 });
    const dayId = (await page.locator("#booking-day input[type=radio]").evaluateAll((els) => els.map((e) => e.id)))[7];
    await page.check(`#${dayId}`);
    await page.click("#booking-continue");
    await page.locator("#booking-time input[type=radio]").first().waitFor({ timeout: 20_000 });
    const timeId = (await page.locator("#booking-time input[type=radio]").evaluateAll((els) => els.map((e) => e.id)))[0];
    await page.check(`#${timeId}`);
    await page.click("#booking-continue");
    await page.fill("#booking-name", "夢咲 花子");
    await page.click("#booking-continue");
    await page.locator("#booking-submit").waitFor({ timeout: 20_000 });

    // Meanwhile someone else takes the place; booking it is refused as full.
    const day = dayId.replace("booking-day-", "");
    const list = await (await fetch(`${web.server.url}/api/v1/booking/services/${SERVICE}/slots?from=${day}&to=${day}`)).json();
    await bookAsSomeoneElse(list.slots.find((s) => timeValue(s.startsAt) === timeId.replace("booking-time-", "")));
    await press(page, "booking-submit");
    await page.locator("#booking-failure").waitFor({ timeout: 20_000 });
    assert.ok((await page.textContent("main")).includes(WORDS.en.held));
    assert.deepEqual((await axeScan(page)).violations, []);

    await press(page, "booking-wait-instead");
    await arrived(page, `#/booking/${SERVICE}/done`);
    assert.equal((await page.locator("#booking-heading").textContent()).trim(), WORDS.en.joinedTitle);
    assert.match(await page.locator("#booking-waitlist-joined").textContent(), WAITLIST_REFERENCE);
    assert.deepEqual((await axeScan(page)).violations, []);
    await context.close();
  });
});
