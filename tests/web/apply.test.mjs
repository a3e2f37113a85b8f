// Applying online in web mode (issue 11): a resident applies for 児童手当 (child-allowance) from its
// procedure page to a reference, by keyboard alone, in Japanese, English and やさしい日本語; axe
// finds nothing on any page of the flow at 100 % and 200 % text and at 320 px; the city's refusal
// (a 422 with field problems) shows at the field; a draft is resumed and then discarded through the
// kit's dialog. Nothing personal is left in the browser's storage. In やさしい日本語 with furigana
// on, no page of the flow (nor its header, navigation and footer) shows a kanji without its
// reading, or a reading's marks.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { sendSofaCollection, signInElsewhere, signInOnPage } from "../support/account.mjs";
import { axeScan, launchBrowser } from "../support/browser.mjs";
import { startMailSink } from "../support/mail.mjs";
import { reflowProblems } from "../support/reflow.mjs";
import { arrived as arrivedAt, openResident, press, tabTo } from "../support/resident.mjs";
import { waitFor, webSession } from "../support/server.mjs";

const REFERENCE = /YMS-\d{4}-\d{6}/;

describe("applying online (web mode)", () => {
  // A mail server for the sign-in codes: files are kept only for a signed-in resident.
  const web = webSession(launchBrowser, { startMail: startMailSink });

  function open({ locale = "ja", textSize = "100", width = 1280 } = {}) {
    const browserLocale = { ja: "ja-JP", en: "en-US", "ja-x-easy": "ja-JP" }[locale];
    return openResident(web.browser, { browserLocale, locale, textSize, width });
  }

  async function typeInto(page, id, text) {
    await tabTo(page, id);
    await page.keyboard.type(text);
  }

  /** The page of `hash` has opened: its heading has focus. */
  const arrived = (page, hash) => arrivedAt(page, hash, "apply-heading");

  async function name(page, id, [family, given, familyKana, givenKana]) {
    await typeInto(page, `${id}-family`, family);
    await typeInto(page, `${id}-given`, given);
    await typeInto(page, `${id}-family-kana`, familyKana);
    await typeInto(page, `${id}-given-kana`, givenKana);
  }

  async function date(page, id, [year, month, day]) {
    await typeInto(page, `${id}-year`, year);
    await typeInto(page, `${id}-month`, month);
    await typeInto(page, `${id}-day`, day);
  }

  /** Picks a radio by keyboard: Tab into the group (its first radio), then arrows to `value`. */
  async function radio(page, id, values, value) {
    await tabTo(page, `${id}-${values[0]}`);
    await page.keyboard.press("Space");
    for (let i = 0; i < values.indexOf(value); i += 1) await page.keyboard.press("ArrowRight");
    assert.ok(await page.locator(`#${id}-${value}`).isChecked(), `${id} = ${value}`);
  }

  /** The whole application by keyboard, from the procedure page; returns the reference shown. */
  async function applyByKeyboard(page, { scan = null } = {}) {
    await page.goto(`${web.server.url}/#/procedures/child-allowance`);
    await page.locator("#procedure-start").waitFor({ timeout: 20_000 });
    await scan?.("procedure");
    await press(page, "procedure-start");

    await arrived(page, "#/procedures/child-allowance/apply/1");
    await scan?.("step 1");
    await name(page, "f-applicant-name", ["夢咲", "花子", "ゆめさき", "はなこ"]);
    await date(page, "f-applicant-birth-date", ["1990", "5", "15"]);
    await typeInto(page, "f-applicant-address-postal-code", "9990001");
    await page.locator("#f-applicant-address-line1").evaluate((el) => el.value).then(() => {});
    await waitFor(async () => (await page.inputValue("#f-applicant-address-line1")) !== "", { what: "the address looked up" });
    await typeInto(page, "f-applicant-address-line2", "1-2-3");
    await typeInto(page, "f-applicant-phone", "0612-34-5678");
    await radio(page, "f-has-spouse", ["yes", "no"], "no");
    assert.equal(await page.locator('[data-field="spouse-name"]').isHidden(), true, "the spouse's name is not asked");
    await press(page, "apply-continue");

    await arrived(page, "#/procedures/child-allowance/apply/2");
    await scan?.("step 2");
    await name(page, "f-child-1-name", ["夢咲", "太郎", "ユメサキ", "タロウ"]);
    await date(page, "f-child-1-birth-date", ["2020", "4", "1"]);
    await radio(page, "f-child-1-lives-with-you", ["yes", "no"], "yes");
    await radio(page, "f-has-second-child", ["yes", "no"], "no");
    await press(page, "apply-continue");

    await arrived(page, "#/procedures/child-allowance/apply/3");
    await scan?.("step 3");
    await typeInto(page, "f-bank-name", "夢咲銀行");
    await typeInto(page, "f-branch-name", "中央支店");
    await radio(page, "f-account-type", ["ordinary", "current"], "ordinary");
    await typeInto(page, "f-account-number", "1234567");
    await typeInto(page, "f-account-holder", "ユメサキ ハナコ");
    await press(page, "apply-continue");

    await arrived(page, "#/procedures/child-allowance/apply/check");
    await scan?.("check your answers");
    assert.match(await page.locator("#apply-answers-0").textContent(), /夢咲 花子.*ユメサキ ハナコ/s);
    await press(page, "apply-continue");

    await arrived(page, "#/procedures/child-allowance/apply/declaration");
    await scan?.("declaration");
    await press(page, "apply-declaration-agree", "Space");
    await press(page, "apply-submit");

    await arrived(page, "#/procedures/child-allowance/apply/sent");
    await scan?.("confirmation");
    const shown = await page.locator("#apply-confirmation").textContent();
    assert.match(shown, REFERENCE);
    return shown.match(REFERENCE)[0];
  }

  for (const [locale, checkTitle, sentTitle, free] of [
    ["ja", "入力内容の確認｜申請｜まどぐち", "申請を送信しました｜まどぐち", "無料"],
    ["en", "Check your answers | Application | Madoguchi", "Application sent | Madoguchi", "Free"],
    ["ja-x-easy", "書いた ことの 確認（申請）｜まどぐち", "申請を 送りました｜まどぐち", "お金は いりません"],
  ]) {
    test(`a resident applies for the child allowance by keyboard in ${locale} and gets a reference`, async () => {
      const { context, page, errors } = await open({ locale });
      const titles = [];
      const reference = await applyByKeyboard(page, {
        scan: async (stage) => {
          // The procedure page says what applying online asks, from the form's guide.
          // (Its words without the readings over them in やさしい日本語.)
          if (stage === "procedure") {
            const guide = await page.locator("#procedure-guide").evaluate((el) => {
              const words = el.cloneNode(true);
              for (const rt of words.querySelectorAll("rt")) rt.remove();
              return words.textContent;
            });
            assert.match(guide, new RegExp(free));
          }
          if (stage === "check your answers") titles.push(await page.title());
        },
      });
      assert.equal(titles[0], checkTitle);
      assert.equal(await page.title(), sentTitle);
      // The application is listed with its reference, and the city's status is read with its token.
      await page.goto(`${web.server.url}/#/applications`);
      const sent = page.locator("#applications-sent");
      await sent.waitFor({ timeout: 20_000 });
      assert.match(await sent.textContent(), new RegExp(reference));
      await page.locator("#applications-sent .mg-summary-list").waitFor({ timeout: 20_000 });
      // Nothing personal in the browser's storage: only the language and display settings.
      const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].sort());
      assert.deepEqual(stored, ["madoguchi.display", "madoguchi.locale", "madoguchi.test.seeded"]);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  for (const setting of [
    { textSize: "100", width: 1280 },
    { textSize: "200", width: 1280 },
    { textSize: "100", width: 320 },
  ]) {
    test(`axe finds nothing on any page of the flow at ${setting.textSize} % text, ${setting.width} px`, async () => {
      const { context, page } = await open(setting);
      const found = [];
      await applyByKeyboard(page, {
        scan: async (stage) => {
          const { violations } = await axeScan(page);
          for (const v of violations) found.push({ stage, ...v });
          if (setting.width === 320) {
            for (const problem of await reflowProblems(page)) found.push({ stage, problem });
          }
        },
      });
      await page.goto(`${web.server.url}/#/applications`);
      await page.locator("#applications-sent").waitFor({ timeout: 20_000 });
      for (const v of (await axeScan(page)).violations) found.push({ stage: "my applications", ...v });
      assert.deepEqual(found, []);
      await context.close();
    });
  }

  /**
   * What a reader of やさしい日本語 with furigana on is shown without its reading: every visible
   * text node of the body (header, navigation, skip link, display settings, the page, footer) with
   * a kanji outside a `<ruby>`. Left out, precisely: the resident's own answers (`answers`, each
   * removed from a text before it is looked at, so the words around them still count), and text
   * in another language (its own `lang`). An `<option>` cannot hold `<ruby>`, so it is written
   * as read (せいれき) and held to the same rule.
   */
  function kanjiWithoutReadings(page, answers) {
    return page.evaluate((answers) => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        // An option has no box of its own: it is shown when its select is.
        const shown = (el.closest("select") ?? el).checkVisibility({ visibilityProperty: true });
        if (el.closest("ruby, script, style") || !shown) continue;
        if (!el.closest("[lang]").lang.startsWith("ja")) continue;
        let text = node.data;
        for (const answer of answers) text = text.split(answer).join("");
        if (/\p{Script=Han}/u.test(text)) found.push(node.data.trim());
      }
      return found;
    }, answers);
  }

  /** Every place a reading's marks (`漢字《かんじ》`) could leak: text, attributes, values, title. */
  function readingMarks(page) {
    return page.evaluate(() => {
      const marks = /[《》]/;
      const found = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (marks.test(node.data)) found.push(node.data);
      }
      for (const el of document.querySelectorAll("*")) {
        for (const a of el.attributes) if (marks.test(a.value)) found.push(`${el.tagName} ${a.name}="${a.value}"`);
        if ("value" in el && typeof el.value === "string" && marks.test(el.value)) found.push(`${el.tagName} value`);
      }
      if (marks.test(document.title)) found.push(`title: ${document.title}`);
      return found;
    });
  }

  test("in やさしい日本語 every page of the flow shows every kanji with its reading, at 320 px and 200 % text", async () => {
    const { context, page, errors } = await open({ locale: "ja-x-easy", textSize: "200", width: 320 });
    // The resident's own answers: typed in kana and digits, except the address the postal code
    // lookup wrote in for them (read from its field once looked up).
    const answers = [];
    const found = [];
    const check = async (stage) => {
      await page.waitForFunction(() => document.documentElement.dataset.furigana === "on");
      for (const text of await kanjiWithoutReadings(page, answers)) found.push({ stage, kanjiWithoutReading: text });
      for (const mark of await readingMarks(page)) found.push({ stage, mark });
      for (const v of (await axeScan(page)).violations) found.push({ stage, axe: v.id, nodes: v.nodes?.map((n) => n.target) });
      // A typed answer longer than its field at 200 % text on a phone scrolls inside the field,
      // as in every browser: the answer is all there, so that one is not counted.
      for (const problem of await reflowProblems(page)) {
        if (!/^clipped sideways: input#/.test(problem)) found.push({ stage, problem });
      }
    };
    const fill = async (id, value) => page.fill(`#${id}`, value);

    await page.goto(`${web.server.url}/#/procedures/child-allowance`);
    await page.locator("#procedure-start").waitFor({ timeout: 20_000 });
    await page.locator("#procedure-guide").waitFor({ timeout: 20_000 });
    await check("procedure");
    await page.click("#procedure-start");

    await arrived(page, "#/procedures/child-allowance/apply/1");
    await check("step 1");
    // Continue with nothing answered: the error summary and each field's error.
    await page.click("#apply-continue");
    await page.locator("#apply-errors").waitFor();
    await check("step 1 with errors");
    for (const [id, value] of [
      ["f-applicant-name-family", "ゆめさき"],
      ["f-applicant-name-given", "はなこ"],
      ["f-applicant-name-family-kana", "ユメサキ"],
      ["f-applicant-name-given-kana", "ハナコ"],
      ["f-applicant-birth-date-year", "1990"],
      ["f-applicant-birth-date-month", "5"],
      ["f-applicant-birth-date-day", "15"],
      ["f-applicant-address-postal-code", "9990001"],
      ["f-applicant-address-line2", "1-2-3"],
      ["f-applicant-phone", "0612-34-5678"],
    ]) {
      await fill(id, value);
    }
    await waitFor(async () => (await page.inputValue("#f-applicant-address-line1")) !== "", { what: "the address looked up" });
    answers.push(await page.inputValue("#f-applicant-address-line1"));
    await page.check("#f-has-spouse-yes");
    await page.locator('[data-field="spouse-name"]').waitFor();
    await check("step 1 answered, the spouse asked");
    await page.check("#f-has-spouse-no");
    await page.click("#apply-continue");

    await arrived(page, "#/procedures/child-allowance/apply/2");
    await check("step 2");
    for (const [id, value] of [
      ["f-child-1-name-family", "ゆめさき"],
      ["f-child-1-name-given", "たろう"],
      ["f-child-1-name-family-kana", "ユメサキ"],
      ["f-child-1-name-given-kana", "タロウ"],
      ["f-child-1-birth-date-year", "2020"],
      ["f-child-1-birth-date-month", "4"],
      ["f-child-1-birth-date-day", "1"],
    ]) {
      await fill(id, value);
    }
    // Every question the answers can bring up: why a child lives apart, a second child, more.
    await page.check("#f-child-1-lives-with-you-no");
    await page.check("#f-has-second-child-yes");
    await page.check("#f-has-more-children-yes");
    await page.locator('[data-field="more-children"]').waitFor();
    await check("step 2 answered, every question asked");
    await page.check("#f-child-1-lives-with-you-yes");
    await page.check("#f-has-second-child-no");
    await page.click("#apply-continue");

    await arrived(page, "#/procedures/child-allowance/apply/3");
    await check("step 3");
    for (const [id, value] of [
      ["f-bank-name", "ゆめさきぎんこう"],
      ["f-branch-name", "ちゅうおう"],
      ["f-account-number", "1234567"],
      ["f-account-holder", "ユメサキ ハナコ"],
    ]) {
      await fill(id, value);
    }
    await page.check("#f-account-type-ordinary");
    await page.click("#apply-continue");

    await arrived(page, "#/procedures/child-allowance/apply/check");
    await check("check your answers");
    await page.click("#apply-continue");

    await arrived(page, "#/procedures/child-allowance/apply/declaration");
    await check("declaration");
    await page.check("#apply-declaration-agree");
    await page.click("#apply-submit");

    await arrived(page, "#/procedures/child-allowance/apply/sent");
    await page.locator("#apply-confirmation").waitFor();
    await check("confirmation");

    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the city's refusal (422 with field problems) shows at the field and in the summary", async () => {
    const { context, page } = await open();
    // The answers leave the page valid; on the way the bank's name grows past its 40 characters, so
    // the real server refuses them, as it would a client that checked less.
    await page.route("**/api/v1/applications", async (route) => {
      const body = JSON.parse(route.request().postData());
      body.answers["bank-name"] = "夢".repeat(41);
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.goto(`${web.server.url}/#/procedures/child-allowance`);
    await page.locator("#procedure-start").waitFor({ timeout: 20_000 });
    await fillQuickly(page);
    await page.locator("#apply-declaration-agree").check();
    await page.locator("#apply-submit").click();
    await arrived(page, "#/procedures/child-allowance/apply/3");
    const summary = page.locator("#apply-errors");
    await summary.waitFor();
    assert.match(await summary.textContent(), /40文字以内で入力してください/);
    assert.equal(await page.getAttribute("#f-bank-name", "aria-invalid"), "true");
    assert.match(await page.locator("#f-bank-name-error").textContent(), /40文字以内/);
    // The summary's link leads to the field itself.
    await page.locator("#apply-errors a").first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "f-bank-name");
    await context.close();
  });

  test("a draft is resumed where it was left, then discarded through the dialog", async () => {
    const { context, page } = await open();
    await page.goto(`${web.server.url}/#/procedures/child-allowance/apply/1`);
    await page.locator("#f-applicant-phone").waitFor({ timeout: 20_000 });
    await page.fill("#f-applicant-phone", "0612-34-5678");
    await page.locator("#f-applicant-name-family").focus();
    await page.getByRole("link", { name: "申請の一覧" }).first().click();

    const drafts = page.locator("#applications-drafts");
    await drafts.waitFor({ timeout: 20_000 });
    assert.match(await drafts.textContent(), /児童手当/);
    await page.getByRole("link", { name: /続きを入力する/ }).click();
    await page.locator("#f-applicant-phone").waitFor({ timeout: 20_000 });
    assert.equal(await page.inputValue("#f-applicant-phone"), "0612-34-5678");

    await page.goto(`${web.server.url}/#/applications`);
    await drafts.waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: /下書きを削除する/ }).click();
    const dialog = page.getByRole("dialog", { name: "下書きを削除しますか" });
    await dialog.waitFor();
    // Esc keeps it (the kit's dialog), the dialog's delete removes it.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    assert.equal(await drafts.count(), 1);
    await page.getByRole("button", { name: /下書きを削除する/ }).click();
    await page.locator("#applications-discard-yes").click();
    await page.locator("#applications-no-drafts").waitFor({ timeout: 20_000 });
    assert.match(await page.locator("#applications-discarded").textContent(), /下書きを削除しました/);
    await context.close();
  });

  /** The three steps filled without the keyboard ceremony (for tests about something else). */
  async function fillQuickly(page) {
    await page.locator("#procedure-start").click();
    await page.locator("#f-applicant-name-family").waitFor({ timeout: 20_000 });
    for (const [id, value] of [
      ["f-applicant-name-family", "夢咲"],
      ["f-applicant-name-given", "花子"],
      ["f-applicant-name-family-kana", "ユメサキ"],
      ["f-applicant-name-given-kana", "ハナコ"],
      ["f-applicant-birth-date-year", "1990"],
      ["f-applicant-birth-date-month", "5"],
      ["f-applicant-birth-date-day", "15"],
      ["f-applicant-address-postal-code", "9990001"],
      ["f-applicant-address-line2", "1-2-3"],
      ["f-applicant-phone", "0612-34-5678"],
    ]) {
      await page.fill(`#${id}`, value);
    }
    await waitFor(async () => (await page.inputValue("#f-applicant-address-line1")) !== "", { what: "the address looked up" });
    await page.check("#f-has-spouse-no");
    await page.click("#apply-continue");
    await page.locator("#f-child-1-name-family").waitFor({ timeout: 20_000 });
    for (const [id, value] of [
      ["f-child-1-name-family", "夢咲"],
      ["f-child-1-name-given", "太郎"],
      ["f-child-1-name-family-kana", "ユメサキ"],
      ["f-child-1-name-given-kana", "タロウ"],
      ["f-child-1-birth-date-year", "2020"],
      ["f-child-1-birth-date-month", "4"],
      ["f-child-1-birth-date-day", "1"],
    ]) {
      await page.fill(`#${id}`, value);
    }
    await page.check("#f-child-1-lives-with-you-yes");
    await page.check("#f-has-second-child-no");
    await page.click("#apply-continue");
    await page.locator("#f-bank-name").waitFor({ timeout: 20_000 });
    for (const [id, value] of [
      ["f-bank-name", "夢咲銀行"],
      ["f-branch-name", "中央支店"],
      ["f-account-number", "1234567"],
      ["f-account-holder", "ユメサキ ハナコ"],
    ]) {
      await page.fill(`#${id}`, value);
    }
    await page.check("#f-account-type-ordinary");
    await page.click("#apply-continue");
    await page.locator("#apply-answers-0").waitFor({ timeout: 20_000 });
    await page.click("#apply-continue");
    await page.locator("#apply-declaration-agree").waitFor({ timeout: 20_000 });
  }
  test("files are for signed-in residents: the field says so first, and once signed in on the page a file goes as the resident", async () => {
    const { page, context } = await open({ locale: "en" });
    const documentsStep = "#/procedures/child-allowance/apply/3";
    await page.goto(`${web.server.url}/${documentsStep}`);
    await arrived(page, documentsStep);
    const hint = page.locator("#f-documents-hint");
    const signedOut = "Only residents who are signed in can attach files.";
    await waitFor(async () => (await hint.textContent()).includes(signedOut), { what: "the signed-out note in the hint" });

    // Signed in on this page (a reload would end it: the hash changes instead).
    await signInOnPage(page, web.mail, "documents@example.jp", { codeTitle: "Enter your code", accountTitle: "Your account" });
    await page.evaluate((hash) => {
      location.hash = hash;
    }, documentsStep);
    await arrived(page, documentsStep);
    await waitFor(async () => !(await hint.textContent()).includes(signedOut), { what: "the note gone once signed in" });
    const sent = page.waitForRequest((r) => r.url().includes("/api/v1/attachments"));
    const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2000, 0x20)]);
    await page.locator("#f-documents").setInputFiles({ name: "bankbook.pdf", mimeType: "application/pdf", buffer: bytes });
    assert.match((await sent).headers().authorization ?? "", /^Bearer at-[0-9a-f]{32}$/, "sent as the signed-in resident");
    const status = page.locator("#f-documents-status");
    await waitFor(async () => (await status.getAttribute("data-state")) === "done", { what: "the file kept" });
    assert.equal(await page.locator("#f-documents-error").count(), 0);
    await context.close();
  });

  test("once only: a signed-in resident's new application starts with what they told the city before, marked to check, and changeable", async () => {
    // Hanako applied from her phone before (粗大ごみ, while signed in): her name, address and phone.
    const email = "once-only@example.jp";
    const phone = await signInElsewhere(web.server.url, web.mail, email, "Hanako's phone");
    const sent = await sendSofaCollection(web.server.url, phone.accessToken);
    assert.equal(sent.status, 201, await sent.text());

    // A visitor who is not signed in starts with an empty form and no such note.
    const stranger = await open({ locale: "en" });
    await stranger.page.goto(`${web.server.url}/#/procedures/child-allowance/apply/1`);
    await arrived(stranger.page, "#/procedures/child-allowance/apply/1");
    assert.equal(await stranger.page.inputValue("#f-applicant-name-family"), "");
    assert.equal(await stranger.page.locator("#apply-prefilled").count(), 0);
    // Before filling anything, a procedure that needs a checked identity says so, and to sign in.
    await stranger.page.goto(`${web.server.url}/#/procedures/residence-certificate`);
    const identity = stranger.page.locator("#procedure-identity");
    await identity.waitFor({ timeout: 20_000 });
    assert.match(await identity.textContent(), /your identity must be checked/);
    assert.equal(await stranger.page.locator("#procedure-identity-sign-in").count(), 1);
    await stranger.context.close();

    // Signed in on the page, she starts 児童手当 (child allowance).
    const { page, context } = await open({ locale: "en" });
    await page.goto(`${web.server.url}/#/procedures/child-allowance`);
    await signInOnPage(page, web.mail, email, { codeTitle: "Enter your code", accountTitle: "Your account" });
    await page.evaluate(() => {
      location.hash = "#/procedures/child-allowance";
    });
    await press(page, "procedure-start");
    await arrived(page, "#/procedures/child-allowance/apply/1");
    const note = page.locator("#apply-prefilled");
    await note.waitFor({ timeout: 20_000 });
    const listed = await note.locator("li").allTextContents();
    assert.deepEqual(listed, ["Your full name", "Your address", "Phone number during the day"], "the answers to check, in form order");
    assert.match(await note.textContent(), /Please check them/);
    for (const [id, value] of [
      ["f-applicant-name-family", "夢咲"],
      ["f-applicant-name-given", "花子"],
      ["f-applicant-name-family-kana", "ユメサキ"],
      ["f-applicant-address-postal-code", "9990001"],
      ["f-applicant-address-line1", "夢咲市本町一丁目2番3号"],
      ["f-applicant-phone", "0612-34-5678"],
    ]) {
      assert.equal(await page.inputValue(`#${id}`), value, id);
    }
    assert.equal(await page.inputValue("#f-applicant-birth-date-year"), "", "never given: left to her");
    assert.deepEqual((await axeScan(page)).violations, [], "the page with the note passes axe");

    // Her phone changed: she types the new one over it, by keyboard, and it is what the form keeps.
    await tabTo(page, "f-applicant-phone");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("080-1111-2222");
    await tabTo(page, "apply-back");
    await page.keyboard.press("Enter");
    await page.locator("#procedure-start").waitFor({ timeout: 20_000 });
    await press(page, "procedure-start");
    await arrived(page, "#/procedures/child-allowance/apply/1");
    assert.equal(await page.inputValue("#f-applicant-phone"), "080-1111-2222", "her change is kept, not filled over");

    // Signed in but not checked at a counter yet: told so before filling 住民票 (no sign-in link).
    await page.evaluate(() => {
      location.hash = "#/procedures/residence-certificate";
    });
    const notChecked = page.locator("#procedure-identity");
    await notChecked.waitFor({ timeout: 20_000 });
    assert.match(await notChecked.textContent(), /Your identity has not been checked yet/);
    assert.equal(await page.locator("#procedure-identity-sign-in").count(), 0);
    await context.close();
  });
});
