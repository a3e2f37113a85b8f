// A resident at the keyboard, for the page suites (apply, booking, waitlist): a browser context
// seeded with their language and display settings, and the keys they press to get around.
import { waitFor } from "./server.mjs";

/**
 * A new context in `browserLocale` whose first page starts in `locale` at `textSize` % (seeded
 * once per tab, so a test's own later choices stand); collects page errors.
 */
export async function openResident(browser, { browserLocale, locale, textSize = "100", width = 1280 }) {
  const context = await browser.newContext({ locale: browserLocale, viewport: { width, height: 900 } });
  await context.addInitScript(
    ({ locale, display }) => {
      if (!sessionStorage.getItem("madoguchi.test.seeded")) {
        localStorage.setItem("madoguchi.locale", locale);
        localStorage.setItem("madoguchi.display", display);
        sessionStorage.setItem("madoguchi.test.seeded", "1");
      }
    },
    { locale, display: `text-size=${textSize};contrast=default;line-spacing=normal;furigana=on` },
  );
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

/** The id of the focused element. */
export const focusedId = (page) => page.evaluate(() => document.activeElement?.id);

/** Presses Tab until the element with `id` has focus: it is reachable by keyboard, in order. */
export async function tabTo(page, id, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} not reached by Tab (focus on #${await focusedId(page)})`);
}

/** Tabs to `id` and presses `key` there. */
export async function press(page, id, key = "Enter") {
  await tabTo(page, id);
  await page.keyboard.press(key);
}

/** The page of `hash` has opened: its heading `headingId` is there and has focus. */
export async function arrived(page, hash, headingId) {
  await page.waitForFunction((h) => location.hash === h, hash, { timeout: 20_000 });
  await page.locator(`#${headingId}`).waitFor({ timeout: 20_000 });
  await waitFor(async () => (await focusedId(page)) === headingId, { what: `focus on the heading of ${hash}` });
}
