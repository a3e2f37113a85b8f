// Opening the component gallery (/gallery) in a chosen language and display settings. Settings are
// put in localStorage before the page starts, exactly as the display settings panel saves them.

/** Display-setting combinations the axe scan covers: language × text size × contrast. */
export const COMBINATIONS = ["ja", "en"].flatMap((locale) =>
  ["100", "200"].flatMap((textSize) => ["default", "high"].map((contrast) => ({ locale, textSize, contrast }))),
);

export async function openGallery(
  browser,
  server,
  { locale = "ja", textSize = "100", contrast = "default", viewport = { width: 1280, height: 900 } } = {},
) {
  const context = await browser.newContext({ locale: locale === "ja" ? "ja-JP" : "en-US", viewport });
  await context.addInitScript(
    ({ locale, display }) => {
      if (!sessionStorage.getItem("madoguchi.test.seeded")) {
        localStorage.setItem("madoguchi.locale", locale);
        localStorage.setItem("madoguchi.display", display);
        sessionStorage.setItem("madoguchi.test.seeded", "1");
      }
    },
    { locale, display: `text-size=${textSize};contrast=${contrast};line-spacing=normal;furigana=on` },
  );
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(new URL("/gallery/", server.url).href);
  await page.locator("[data-example]").first().waitFor({ timeout: 20_000 });
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
  return { page, context, errors };
}

/** The ids of every example the gallery shows. */
export async function exampleIds(page) {
  return page.locator("[data-example]").evaluateAll((els) => els.map((e) => e.dataset.example));
}
