// Alerts in this browser (issue 13, Web Push), in Japanese and English, by keyboard: the notices
// page says what alerts are for, who gets them, what the browser keeps and that a shared computer
// is no place for them; turning them on registers the site's service worker and hands the city a
// subscription made with the city's VAPID key; an urgent notice a clerk then publishes reaches the
// push service encrypted (decrypted here by Node's crypto, independently of the server) with
// `Urgency: high` and a VAPID signature; delivered to the service worker through CDP
// (`ServiceWorker.deliverPushMessage`), it shows a notification marked urgent in words, in the
// resident's language, that opens the notice. Turning alerts off makes the city forget the
// subscription: the next urgent notice reaches another subscriber and not this one. axe finds
// nothing on the page with alerts off and on.
//
// The one stand-in: Chromium's own push service (Google's FCM) cannot run here, so the page's
// `PushManager.subscribe` is given a subscription to a local push service (`push_service.mjs`)
// instead of FCM's; everything from the city's side of it is real.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { post } from "../support/account.mjs";
import { axeScan, launchBrowser } from "../support/browser.mjs";
import { startPushService } from "../support/push_service.mjs";
import { openResident, press } from "../support/resident.mjs";
import { requireEnv, staffToken, startServer, waitFor } from "../support/server.mjs";

const DAY = 24 * 3_600_000;

const WORDS = {
  ja: {
    browser: "ja-JP",
    title: "このブラウザーでの通知",
    on: "このブラウザーの通知はオンです。",
    off: "このブラウザーの通知はオフです。",
    shared: "共用のパソコン",
    evacuation: "避難指示(夢咲3丁目)",
    shown: "【緊急】避難指示(夢咲3丁目)",
    body: "まどぐちを開いて、お知らせを確認してください。",
    lang: "ja",
  },
  en: {
    browser: "en-US",
    title: "Alerts in this browser",
    on: "Alerts are on in this browser.",
    off: "Alerts are off in this browser.",
    shared: "shared computer",
    evacuation: "Evacuation order (Yumesaki 3-chome)",
    shown: "[Urgent] Evacuation order (Yumesaki 3-chome)",
    body: "Open Madoguchi to read the notice.",
    lang: "en",
  },
};

/** Replaces the browser's push service with `subscription` (see the file's comment). */
function fakePushService(subscription) {
  let current = null;
  PushManager.prototype.subscribe = async function (options) {
    const key = new Uint8Array(options.applicationServerKey);
    window.__madoguchiPushOptions = {
      userVisibleOnly: options.userVisibleOnly,
      key: btoa(String.fromCharCode(...key)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, ""),
    };
    current = Object.create(PushSubscription.prototype, {
      endpoint: { value: subscription.endpoint },
      expirationTime: { value: null },
      toJSON: { value: () => subscription },
      unsubscribe: {
        value: async () => {
          current = null;
          return true;
        },
      },
    });
    return current;
  };
  PushManager.prototype.getSubscription = async function () {
    return current;
  };
}

describe("alerts in this browser (web mode, Web Push)", () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({
      uiDir: requireEnv("MADOGUCHI_UI_DIR"),
      // The local push service is plain http on this machine; browsers' are https.
      env: { MADOGUCHI_PUSH_ALLOW_LOOPBACK_HTTP: "1" },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function publishUrgent(title, topic) {
    const response = await post(
      server.url,
      "/api/v1/admin/notices",
      {
        title,
        body: { ja: "夢咲小学校へ避難してください。", en: "Go to Yumesaki Elementary School." },
        category: "disaster",
        priority: "urgent",
        rule: { areas: ["yumesaki-3-chome"] },
        expiresAt: Date.now() + DAY,
        topic,
      },
      await staffToken(server.url),
    );
    const text = await response.text();
    assert.equal(response.status, 201, text);
    return JSON.parse(text);
  }

  for (const locale of ["ja", "en"]) {
    const words = WORDS[locale];
    test(`turning alerts on and off by keyboard, and an urgent notice shown by the service worker, in ${locale}`, async () => {
      const service = await startPushService();
      const other = await startPushService();
      const { context, page, errors } = await openResident(browser, { browserLocale: words.browser, locale });
      try {
        await context.grantPermissions(["notifications"], { origin: server.url });
        await context.addInitScript(fakePushService, service.subscription);
        const found = [];
        const scan = async (stage) => {
          for (const v of (await axeScan(page)).violations) found.push({ stage, ...v });
        };

        const calls = [];
        // What the page asked the city about alerts, and what it answered (said when a step fails).
        page.on("response", async (r) => {
          if (r.url().includes("/api/v1/push/")) calls.push(`${r.request().method()} ${r.url()} → ${r.status()} ${await r.text().catch(() => "")}`);
        });
        await page.goto(`${server.url}/#/notices`);
        const section = page.locator("#notices-push");
        await section.waitFor({ timeout: 20_000 });
        const said = await section.innerText();
        assert.ok(said.includes(words.title), said);
        assert.ok(said.includes(words.shared), "a shared computer is warned off");
        assert.equal(await page.locator("#notices-push-state").innerText(), words.off);
        await scan("alerts off");

        // On, by keyboard: the worker is registered, the city has the subscription.
        await press(page, "notices-push-on");
        await waitFor(async () => (await page.locator("#notices-push-state").innerText()) === words.on, {
          what: "alerts on",
        }).catch(async (error) => {
          const said = await page.locator("#notices-push").innerText();
          throw new Error(`${error.message}; the page says: ${said}; errors: ${errors.join(" | ")}; calls: ${calls.join("\n")}`);
        });
        assert.equal(await page.locator("#notices-push-error").count(), 0);
        const key = await (await fetch(`${server.url}/api/v1/push/key`)).json();
        const options = await page.evaluate(() => window.__madoguchiPushOptions);
        assert.deepEqual(options, { userVisibleOnly: true, key: key.publicKey }, "subscribed with the city's key");
        const worker = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration("/");
          return registration?.active?.scriptURL ?? null;
        });
        assert.equal(worker, `${server.url}/push-sw.js`);
        await page.locator("#notices-push-off").waitFor();
        await scan("alerts on");

        // A clerk publishes an evacuation order: the city pushes it, encrypted and signed.
        const topic = `evacuation-push-${locale}`;
        const notice = await publishUrgent({ ja: WORDS.ja.evacuation, en: WORDS.en.evacuation }, topic);
        const pushed = await service.next();
        assert.equal(pushed.error, undefined, pushed.error);
        assert.equal(pushed.headers.urgency, "high");
        assert.equal(pushed.headers["content-encoding"], "aes128gcm");
        assert.match(pushed.headers.authorization, /^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/);
        assert.ok(Number(pushed.headers.ttl) > 0 && Number(pushed.headers.ttl) <= DAY / 1000, pushed.headers.ttl);
        assert.equal(pushed.payload.notice.id, notice.id);
        assert.equal(pushed.payload.notice.priority, "urgent");

        // The browser hands it to the service worker, which words the notification.
        const cdp = await context.newCDPSession(page);
        const registrations = [];
        cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations: r }) => registrations.push(...r));
        await cdp.send("ServiceWorker.enable");
        const registration = await waitFor(
          () => registrations.find((r) => r.scopeURL === `${server.url}/` && !r.isDeleted),
          { what: "the service worker's registration over CDP" },
        );
        await cdp.send("ServiceWorker.deliverPushMessage", {
          origin: server.url,
          registrationId: registration.registrationId,
          data: JSON.stringify(pushed.payload),
        });
        const shown = await waitFor(
          () =>
            page.evaluate(async () => {
              const registration = await navigator.serviceWorker.getRegistration("/");
              const shown = await registration.getNotifications();
              return shown.length === 0
                ? null
                : shown.map((n) => ({
                    title: n.title,
                    body: n.body,
                    lang: n.lang,
                    tag: n.tag,
                    requireInteraction: n.requireInteraction,
                    url: n.data?.url,
                  }));
            }),
          { what: "the notification" },
        );
        assert.deepEqual(shown, [
          {
            title: words.shown,
            body: words.body,
            lang: words.lang,
            tag: `notice-${notice.id}`,
            requireInteraction: true,
            url: `/#/notices/${notice.id}`,
          },
        ]);

        // Off, by keyboard: the city forgets this browser. Another subscriber still gets the next
        // order, this one does not.
        const kept = await post(server.url, "/api/v1/push/subscriptions", other.subscription);
        assert.equal(kept.status, 201, await kept.text());
        await press(page, "notices-push-off");
        await waitFor(async () => (await page.locator("#notices-push-state").innerText()) === words.off, {
          what: "alerts off",
        });
        await publishUrgent({ ja: "避難指示(夢咲3丁目)解除" }, topic);
        const toOther = await other.next();
        assert.equal(toOther.payload.notice.title.ja, "避難指示(夢咲3丁目)解除");
        await assert.rejects(service.next(1_000), /no push arrived/, "a turned-off browser gets nothing");

        assert.deepEqual(found, [], JSON.stringify(found, null, 2));
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
        await service.stop();
        await other.stop();
      }
    });
  }
});
