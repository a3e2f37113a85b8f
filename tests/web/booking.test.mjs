// Counter appointments in web mode (issue 12): a resident books マイナンバーカードの受け取り
// (my-number-card, the demo city's) from the booking page to a reference, moves it to another
// day and cancels it (the kit's dialog asks first), by keyboard alone, in Japanese and English;
// axe finds nothing on any page of it. The day and time pickers list full and closed days in words,
// with no radio to land on. A slot taken while the resident was checking is refused as "full"; past
// its change deadline a booking offers the counter's phone number instead of the buttons. Nothing
// personal is left in the browser's storage.
//
// The server runs on the wall clock (it has no clock to pin from outside): the test reads the days
// it offers from its own slot list, and books a day some way into the window, so that a booking's
// change deadline (24 hours before it) is never near. The page's clock is pinned where the page
// judges time itself (the change deadline).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";

import { axeScan, launchBrowser } from "../support/browser.mjs";
import { reflowProblems } from "../support/reflow.mjs";
import { arrived as arrivedAt, focusedId, openResident, press, tabTo } from "../support/resident.mjs";
import { staffToken, waitFor, webSession } from "../support/server.mjs";

const REFERENCE = /YMS-B-\d{6}/;

/** What each language says where the test reads the page. */
const WORDS = {
  ja: {
    browser: "ja-JP",
    servicesTitle: "窓口の予約｜まどぐち",
    closed: "休みの日です(予約できません)",
    placesLeft: /^あと\d+人予約できます$/,
    // The city's clock as Japanese writes a time of day (Intl, the browser's own CLDR data).
    timeRange: /^\d{1,2}:\d{2}～\d{1,2}:\d{2}$/,
    bring: "交付通知書(はがき)",
    counter: /市民課 [12]番窓口\(本庁舎1階\)/,
    booked: "予約済み",
    cancelled: "取り消し済み",
    moved: "予約の日時を変更しました",
    cancelledSaid: "予約を取り消しました。",
    dialog: "予約を取り消しますか",
  },
  en: {
    browser: "en-US",
    servicesTitle: "Counter appointments | Madoguchi",
    closed: "Closed: cannot be booked",
    placesLeft: /^\d+ places? left$/,
    timeRange: /^\d{1,2}:\d{2}\s[AP]M–\d{1,2}:\d{2}\s[AP]M$/,
    bring: "The notice of issue (postcard)",
    counter: /Citizens Division, counter [12] \(Main building, 1st floor\)/,
    booked: "Booked",
    cancelled: "Cancelled",
    moved: "Your booking has been moved",
    cancelledSaid: "The booking has been cancelled.",
    dialog: "Cancel this booking?",
  },
};

describe("counter appointments (web mode)", () => {
  const web = webSession(launchBrowser);

  const open = ({ locale = "ja", textSize = "100", width = 1280 } = {}) =>
    openResident(web.browser, { browserLocale: WORDS[locale].browser, locale, textSize, width });

  /** The page of `hash` has opened: its heading has focus. */
  const arrived = (page, hash) => arrivedAt(page, hash, "booking-heading");


  /** The ids of a picker's radios, in order (the days or times that can be chosen). */
  const radios = (page, group) =>
    page.locator(`#${group} input[type=radio]`).evaluateAll((els) => els.map((e) => e.id));

  /**
   * Chooses the `n`-th open option of a picker by keyboard: Tab into the group (its first radio),
   * Space, then ↓ (which passes over full and closed days: they are no radios). Returns its id.
   */
  async function pick(page, group, n) {
    const ids = await radios(page, group);
    assert.ok(ids.length > n, `${group} offers ${ids.length} options, wanted the ${n + 1}th`);
    await tabTo(page, ids[0]);
    await page.keyboard.press("Space");
    for (let i = 0; i < n; i += 1) await page.keyboard.press("ArrowDown");
    assert.equal(await focusedId(page), ids[n]);
    assert.ok(await page.locator(`#${ids[n]}`).isChecked(), `${ids[n]} chosen`);
    return ids[n];
  }

  /** Picks day `dayIndex` and the first open time on it, by keyboard; returns the day's ISO date. */
  async function dayAndTime(page, scan, dayIndex) {
    await arrived(page, "#/booking/my-number-card");
    await page.locator("#booking-day").waitFor({ timeout: 20_000 });
    await scan("day");
    const day = (await pick(page, "booking-day", dayIndex)).replace("booking-day-", "");
    await press(page, "booking-continue");
    await arrived(page, "#/booking/my-number-card/time");
    await page.locator("#booking-time").waitFor({ timeout: 20_000 });
    await scan("time");
    await pick(page, "booking-time", 0);
    return day;
  }

  /** Books by keyboard from the booking page; returns the reference and the day booked. */
  async function bookByKeyboard(page, scan, dayIndex = 2) {
    await page.goto(`${web.server.url}/#/booking`);
    await page.locator("#booking-services").waitFor({ timeout: 20_000 });
    await scan("services");
    await press(page, "booking-start-my-number-card");
    const day = await dayAndTime(page, scan, dayIndex);
    await press(page, "booking-continue");

    await arrived(page, "#/booking/my-number-card/details");
    await scan("details");
    await tabTo(page, "booking-name");
    await page.keyboard.type("夢咲 花子");
    await tabTo(page, "booking-phone");
    await page.keyboard.type("0612-34-5678");
    await press(page, "booking-continue");

    await arrived(page, "#/booking/my-number-card/check");
    await scan("check");
    assert.match(await page.locator("#booking-check").textContent(), /夢咲 花子.*0612-34-5678/s);
    await press(page, "booking-submit");

    await arrived(page, "#/booking/my-number-card/done");
    await scan("confirmation");
    const shown = await page.locator("#booking-confirmation").textContent();
    assert.match(shown, REFERENCE);
    return { reference: shown.match(REFERENCE)[0], day };
  }

  /** The day's bookings at every counter, as the clerk's day view has them. */
  async function cityDay(date) {
    const response = await fetch(`${web.server.url}/api/v1/admin/bookings?date=${date}`, {
      headers: { authorization: `Bearer ${await staffToken(web.server.url)}` },
    });
    assert.equal(response.status, 200);
    return (await response.json()).counters.flatMap((c) => c.bookings);
  }

  for (const locale of ["ja", "en"]) {
    const words = WORDS[locale];
    test(`a resident books, moves and cancels a counter appointment by keyboard alone in ${locale}`, async () => {
      const { context, page, errors } = await open({ locale });
      const found = [];
      const scan = async (stage) => {
        for (const v of (await axeScan(page)).violations) found.push({ stage, ...v });
      };
      await page.goto(`${web.server.url}/#/booking`);
      await page.locator("#booking-services").waitFor({ timeout: 20_000 });
      assert.equal(await page.title(), words.servicesTitle);

      const { reference, day } = await bookByKeyboard(page, async (stage) => {
        await scan(stage);
        if (stage === "day") {
          // Every day of the window is listed: a closed one in words, with no radio to land on.
          const closed = page.locator("#booking-day li[data-available=false]");
          assert.ok((await closed.count()) > 0, "weekends are listed");
          assert.equal(await closed.first().locator(".mg-slot-picker__status").textContent(), words.closed);
          assert.equal(await closed.locator("input").count(), 0);
          const open = page.locator("#booking-day li[data-available=true] .mg-slot-picker__status");
          assert.match(await open.first().textContent(), words.placesLeft);
        }
        if (stage === "time") {
          const times = await page.locator("#booking-time .mg-choice__label").allTextContents();
          assert.ok(times.length > 0);
          for (const time of times) assert.match(time.trim(), words.timeRange);
        }
      });
      const receipt = await page.locator("#booking-receipt").textContent();
      assert.ok(receipt.includes(words.bring), `what to bring: ${receipt}`);
      assert.match(receipt, words.counter, "where to go: the counter and its floor");
      assert.ok((await cityDay(day)).some((b) => b.reference === reference && b.status === "confirmed"));

      // My bookings, from the confirmation.
      await press(page, "booking-see-bookings");
      await page.waitForFunction(() => location.hash === "#/bookings");
      const item = page.locator("#bookings-list li").filter({ hasText: reference });
      await item.waitFor({ timeout: 20_000 });
      await scan("my bookings");
      assert.equal(await item.getAttribute("data-state"), "confirmed");
      assert.ok((await item.textContent()).includes(words.booked));
      const localId = await item.getAttribute("data-local-id");

      // Move it to a later day.
      await press(page, `booking-move-${localId}`);
      const movedTo = await dayAndTime(page, scan, 4);
      assert.ok(await page.locator("#booking-moving-from").isVisible(), "says which booking is moved");
      await press(page, "booking-continue");
      await arrived(page, "#/booking/my-number-card/check");
      await scan("check the move");
      await press(page, "booking-submit");
      await arrived(page, "#/booking/my-number-card/done");
      await scan("moved");
      assert.equal((await page.locator("#booking-heading").textContent()).trim(), words.moved);
      assert.match(await page.locator("#booking-confirmation").textContent(), new RegExp(reference));
      assert.ok(!(await cityDay(day)).some((b) => b.reference === reference && b.status === "confirmed"));
      assert.ok((await cityDay(movedTo)).some((b) => b.reference === reference && b.status === "confirmed"));

      // Cancel it: the dialog asks first.
      await press(page, "booking-see-bookings");
      await item.waitFor({ timeout: 20_000 });
      await press(page, `booking-cancel-${localId}`);
      const dialog = page.getByRole("dialog", { name: words.dialog });
      await dialog.waitFor();
      await scan("cancel dialog");
      await press(page, "bookings-cancel-yes");
      await dialog.waitFor({ state: "hidden" });
      await waitFor(async () => (await page.locator("#bookings-said").textContent()) === words.cancelledSaid, {
        what: "the cancellation said",
      });
      await waitFor(async () => (await item.getAttribute("data-state")) === "cancelled", { what: "the booking cancelled" });
      assert.ok((await item.textContent()).includes(words.cancelled));
      assert.equal(await item.locator("button, a.mg-button").count(), 0, "nothing left to change");
      await scan("cancelled");
      assert.ok((await cityDay(movedTo)).some((b) => b.reference === reference && b.status === "cancelled"));

      // Nothing personal in the browser's storage: only the language and display settings.
      const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].sort());
      assert.deepEqual(stored, ["madoguchi.display", "madoguchi.locale", "madoguchi.test.seeded"]);
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("axe finds nothing on the booking pages at 200 % text and at 320 px, which reflow", async () => {
    for (const setting of [
      { textSize: "200", width: 1280 },
      { textSize: "100", width: 320 },
    ]) {
      const { context, page } = await open(setting);
      const found = [];
      await bookByKeyboard(page, async (stage) => {
        for (const v of (await axeScan(page)).violations) found.push({ stage, ...setting, ...v });
        if (setting.width === 320) {
          for (const problem of await reflowProblems(page)) found.push({ stage, problem });
        }
      });
      assert.deepEqual(found, []);
      await context.close();
    }
  });

  /** Books `slot` through the city's API, as another resident would. */
  async function bookAsSomeoneElse(slot) {
    const response = await fetch(`${web.server.url}/api/v1/bookings`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": randomBytes(16).toString("hex") },
      body: JSON.stringify({
        service: "childcare-consultation",
        counter: slot.counter,
        startsAt: slot.startsAt,
        contact: { name: "夢咲 太郎" },
      }),
    });
    return response.status;
  }

  test("a time taken while the resident was checking is refused as full, and then listed as full", async () => {
    const { context, page } = await open({ locale: "ja" });
    // 子育て相談: the consultation room takes one resident a time.
    await page.goto(`${web.server.url}/#/booking/childcare-consultation`);
    await page.locator("#booking-day input[type=radio]").first().waitFor({ timeout: 20_000 });
    const dayId = (await radios(page, "booking-day"))[3];
    await page.check(`#${dayId}`);
    await page.click("#booking-continue");
    await page.locator("#booking-time input[type=radio]").first().waitFor({ timeout: 20_000 });
    const timeId = (await radios(page, "booking-time"))[0];
    await page.check(`#${timeId}`);
    await page.click("#booking-continue");
    await page.fill("#booking-name", "夢咲 花子");
    await page.click("#booking-continue");
    await page.locator("#booking-submit").waitFor({ timeout: 20_000 });

    // Meanwhile someone else takes the place.
    const day = dayId.replace("booking-day-", "");
    const list = await (await fetch(`${web.server.url}/api/v1/booking/services/childcare-consultation/slots?from=${day}&to=${day}`)).json();
    const slot = list.slots.find((s) => s.remaining > 0);
    assert.equal(await bookAsSomeoneElse(slot), 201);

    await press(page, "booking-submit");
    const failure = page.locator("#booking-failure");
    await failure.waitFor({ timeout: 20_000 });
    assert.equal(await failure.getAttribute("role"), "alert");
    assert.match(await failure.textContent(), /この時間の予約はいっぱいです/);
    assert.deepEqual((await axeScan(page)).violations, []);

    // Choosing again, the time says "full" in words and is no longer a choice.
    await press(page, "booking-choose-again");
    await page.locator("#booking-time").waitFor({ timeout: 20_000 });
    const full = page.locator(`#booking-time li[data-value="${timeId.replace("booking-time-", "")}"]`);
    await full.waitFor();
    assert.equal(await full.getAttribute("data-available"), "false");
    assert.equal(await full.locator(".mg-slot-picker__status").textContent(), "満員です(予約できません)");
    assert.equal(await full.locator("input").count(), 0);
    await context.close();
  });

  test("past its change deadline a booking gives the counter's phone number instead of the buttons", async () => {
    const { context, page } = await open({ locale: "en" });
    await context.clock.install({ time: new Date() });
    const scan = async () => {};
    const { reference } = await bookByKeyboard(page, scan);
    await page.locator("#booking-see-bookings").click();
    const item = page.locator("#bookings-list li").filter({ hasText: reference });
    await item.waitFor({ timeout: 20_000 });
    const localId = await item.getAttribute("data-local-id");

    // The city refuses a cancellation past the deadline with the number to call: said on the booking.
    await page.route("**/api/v1/bookings/*/cancel", (route) =>
      route.fulfill({
        status: 409,
        contentType: "application/json",
        body: JSON.stringify({
          code: "cancellation_deadline_passed",
          messageId: "booking-error-deadline-passed",
          phone: "0612-34-5678",
        }),
      }),
    );
    await page.locator(`#booking-cancel-${localId}`).click();
    await page.locator("#bookings-cancel-yes").click();
    const refused = item.locator(".mg-error");
    await refused.waitFor({ timeout: 20_000 });
    assert.match(await refused.textContent(), /The deadline for changing or cancelling has passed/);
    assert.equal(await refused.locator("a[href='tel:0612345678']").textContent(), "0612-34-5678");
    assert.equal(await item.getAttribute("data-state"), "confirmed", "the booking stays");
    await page.unroute("**/api/v1/bookings/*/cancel");

    // A day later than booked, the page itself says the deadline has passed.
    await context.clock.setSystemTime(Date.now() + 60 * 86_400_000);
    await page.locator("#bookings-new").click();
    await page.locator("#booking-services").waitFor({ timeout: 20_000 });
    await page.goBack();
    await item.waitFor({ timeout: 20_000 });
    const past = item.locator("[data-change=past-deadline]");
    await past.waitFor();
    assert.match(await past.textContent(), /The deadline for changes .* has passed/);
    assert.equal(await past.locator("a[href='tel:0612345678']").textContent(), "0612-34-5678");
    assert.equal(await item.locator(`#booking-cancel-${localId}, #booking-move-${localId}`).count(), 0);
    assert.deepEqual((await axeScan(page)).violations, []);
    await context.close();
  });
});
