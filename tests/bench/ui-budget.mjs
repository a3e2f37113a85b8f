// The UI's budgets (budgets.toml), measured in Debian's Chromium against the real server in web
// mode. Run by `cargo xtask bench` (xtask/src/bench_ui.rs); exits 1 when a figure is over its limit.
//
// - First load: a new visitor (empty cache) opens the home page in Japanese. Every byte on the wire
//   as Chromium counts it (CDP `encodedDataLength`: headers and compressed bodies) until the
//   procedures are listed and the network is idle; fonts excluded. The budget holds the UI's own
//   files (HTML, JS, WASM, CSS, locale files); the city's data (the API's answers) is reported
//   beside it. Once as Chromium asks (brotli accepted), once with `Accept-Encoding: gzip` only.
// - More pages: the bytes お問い合わせ adds after that first load (from the menu: its procedure page
//   and its form's first step), then another application form (児童手当: its procedure page and its first step), then counter appointments (the services and
//   a service's days). And an English reader's first load (Japanese's plus the English messages).
// - Throttled: the same first visit on a slow phone on mobile data (CDP: round trip, download
//   bandwidth, CPU slowdown from budgets.toml): the largest contentful paint, then the time from a
//   click on the language menu until the frame that shows the opened list. Median of the runs.
import { readFileSync } from "node:fs";

import { launchBrowser } from "../support/browser.mjs";
import { requireEnv, startServer } from "../support/server.mjs";

const budgets = parseBudgets(readFileSync(new URL("../../budgets.toml", import.meta.url), "utf8"));
const THROTTLED_RUNS = 3;

/** budgets.toml: `[section]` and `key = number | "text"` lines, `#` comments. */
function parseBudgets(text) {
  const out = {};
  let section = out;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    const header = line.match(/^\[([\w.-]+)\]$/);
    if (header) {
      section = out[header[1]] = {};
      continue;
    }
    const pair = line.match(/^([\w-]+)\s*=\s*(.+)$/);
    if (!pair) throw new Error(`budgets.toml: cannot read ${JSON.stringify(raw)}`);
    const value = pair[2].trim();
    section[pair[1]] = value.startsWith('"') ? JSON.parse(value) : Number(value.replaceAll("_", ""));
  }
  return out;
}

/** Counts what the page receives, per URL, through the DevTools protocol. */
async function wireCounter(context, page) {
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  const finished = [];
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    requests.set(requestId, {
      url: response.url,
      type,
      encoding: response.headers["content-encoding"] ?? response.headers["Content-Encoding"] ?? "",
    });
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId);
    if (request && request.type !== "Font") finished.push({ ...request, bytes: encodedDataLength });
  });
  await cdp.send("Network.enable");
  return {
    cdp,
    /** Everything received since the last call. */
    take() {
      return finished.splice(0);
    },
  };
}

async function firstVisit(browser, url, { acceptEncoding } = {}) {
  const context = await browser.newContext({
    locale: "ja-JP",
    ...(acceptEncoding ? { extraHTTPHeaders: { "accept-encoding": acceptEncoding } } : {}),
  });
  const page = await context.newPage();
  const wire = await wireCounter(context, page);
  await page.goto(url);
  await page.locator(".mg-procedure").first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const home = wire.take();
  // お問い合わせ from the menu: its procedure page, then the form's first step through "start".
  await page.locator('nav a[href="#/procedures/inquiry"]').click();
  await page.locator("#procedure-start").click({ timeout: 60_000 });
  await page.locator("#f-subject").waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const inquiry = wire.take();
  // Then an application form: 児童手当's procedure page, and its first step through "start".
  await page.evaluate(() => {
    location.hash = "#/procedures/child-allowance";
  });
  await page.locator("#procedure-start").click({ timeout: 60_000 });
  await page.locator("#f-applicant-phone").waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const application = wire.take();
  // Then counter appointments: the services, then a service's days.
  await page.evaluate(() => {
    location.hash = "#/booking";
  });
  await page.locator("#booking-services").waitFor({ timeout: 60_000 });
  await page.locator('[id^="booking-start-"]').first().click({ timeout: 60_000 });
  await page.locator("#booking-day").waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const booking = wire.take();
  await context.close();
  return { home, inquiry, application, booking };
}

/** An English reader's first visit: the home page with its messages, which only they fetch. */
async function englishVisit(browser, url) {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  const wire = await wireCounter(context, page);
  await page.goto(url);
  await page.locator(".mg-procedure").first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const home = wire.take();
  await context.close();
  return home;
}

async function throttledVisit(browser, url, profile) {
  const context = await browser.newContext({ locale: "ja-JP" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const { cdp } = await wireCounter(context, page);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: profile.rtt_ms,
    downloadThroughput: (profile.download_kbps * 1000) / 8,
    uploadThroughput: (profile.upload_kbps * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu_slowdown });
  await page.goto(url);
  await page.locator(".mg-procedure").first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  const lcp = await page.evaluate(() => window.__lcp);

  // From the click (its event time) to the next frame after the list is shown.
  await page.evaluate(() => {
    const list = document.getElementById("mg-language-list");
    window.__menu = new Promise((resolve) => {
      let clickedAt = null;
      document.addEventListener("click", (event) => (clickedAt ??= event.timeStamp), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (list.hidden) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt)));
      }).observe(list, { attributes: true, attributeFilter: ["hidden"] });
    });
  });
  await page.locator(".mg-page-header__language-toggle").click();
  const menu = await page.evaluate(() => window.__menu);
  await context.close();
  return { lcp, menu };
}

const sum = (entries) => entries.reduce((total, e) => total + e.bytes, 0);
/** The city's data (the API's answers) and the UI's own files, counted apart. */
const isApi = (e) => new URL(e.url).pathname.startsWith("/api/");
const api = (entries) => entries.filter(isApi);
const ui = (entries) => entries.filter((e) => !isApi(e));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function show(entries, origin) {
  for (const e of entries) {
    const path = e.url.startsWith(origin) ? e.url.slice(origin.length) : e.url;
    console.log(`    ${String(e.bytes).padStart(9)} B  ${(e.encoding || "-").padEnd(5)} ${e.type.padEnd(10)} ${path}`);
  }
}

const server = await startServer({ uiDir: requireEnv("MADOGUCHI_UI_DIR") });
const browser = await launchBrowser();
const failures = [];
/** Prints one figure as xtask's other benches do, and notes it if over its limit. */
function figure(name, value, unit, limit) {
  const shown = unit === "ms" ? value.toFixed(0) : String(value);
  console.log(`bench: ${name} ${shown} ${unit}${limit === undefined ? "" : ` (budget ${limit} ${unit})`}`);
  if (limit !== undefined && value > limit) failures.push(`${name} is ${shown} ${unit}, over its ${limit} ${unit} budget`);
}

try {
  const origin = new URL(server.url).origin;
  const brotli = await firstVisit(browser, server.url);
  console.log("\nfirst load of the home page (ja, brotli accepted):");
  show(brotli.home, origin);
  figure("ui.first_load.bytes", sum(ui(brotli.home)), "B", budgets.first_load.max_bytes);
  figure("ui.first_load.api_bytes", sum(api(brotli.home)), "B");
  figure("ui.first_load.all_bytes", sum(brotli.home), "B");
  console.log("then お問い合わせ (its page and its form):");
  show(brotli.inquiry, origin);
  figure("ui.inquiry_page.added_bytes", sum(ui(brotli.inquiry)), "B");
  figure("ui.inquiry_page.added_api_bytes", sum(api(brotli.inquiry)), "B");
  console.log("then an application form (児童手当: its procedure page and first step):");
  show(brotli.application, origin);
  figure("ui.application_form.added_bytes", sum(ui(brotli.application)), "B");
  figure("ui.application_form.added_api_bytes", sum(api(brotli.application)), "B");
  console.log("then counter appointments (the services, then a service's days):");
  show(brotli.booking, origin);
  figure("ui.booking_pages.added_bytes", sum(ui(brotli.booking)), "B");
  figure("ui.booking_pages.added_api_bytes", sum(api(brotli.booking)), "B");

  const english = await englishVisit(browser, server.url);
  console.log("\nfirst load of the home page (en, brotli accepted: the English messages come too):");
  show(english, origin);
  figure("ui.first_load.en_bytes", sum(ui(english)), "B");

  const gzip = await firstVisit(browser, server.url, { acceptEncoding: "gzip" });
  console.log("\nfirst load of the home page (ja, gzip only):");
  show(gzip.home, origin);
  figure("ui.first_load.gzip_only_bytes", sum(ui(gzip.home)), "B");

  const profile = budgets.throttled;
  console.log(
    `\nthrottled: ${profile.rtt_ms} ms round trip, ${profile.download_kbps} kbit/s down, ` +
      `CPU ${profile.cpu_slowdown}× slower; median of ${THROTTLED_RUNS} first visits`,
  );
  const runs = [];
  for (let i = 0; i < THROTTLED_RUNS; i++) {
    const run = await throttledVisit(browser, server.url, profile);
    console.log(`    run ${i + 1}: LCP ${run.lcp.toFixed(0)} ms, language menu ${run.menu.toFixed(0)} ms`);
    runs.push(run);
  }
  figure("ui.throttled.lcp", median(runs.map((r) => r.lcp)), "ms", profile.max_lcp_ms);
  figure("ui.throttled.language_menu", median(runs.map((r) => r.menu)), "ms", profile.max_language_menu_ms);
} finally {
  await browser.close();
  await server.stop();
}

if (failures.length) {
  console.error(`\nover budget (budgets.toml):\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
