// Madoguchi's service worker (web mode, issue 13): shows the city's urgent notices that arrive by
// Web Push while no page of the site is open, and opens the notice when the resident picks it.
//
// It holds no words of its own. When the resident turns alerts on, the page leaves its settings
// (`ServiceWorkerSettings` in crates/domain/src/notice/push.rs: the language chain and the texts,
// worded from locales/) in Cache Storage, and the push carries the notice's title in the city's
// languages (`PushMessage`). Nothing personal is kept here.
//
// The push service decrypts nothing: the browser decrypts the payload (RFC 8291) before `push`.

const CACHE = "madoguchi-push";
const SETTINGS_KEY = "/push-settings";
// `TITLE_SLOT`: where the worded urgent title takes the notice's title.
const TITLE_SLOT = "\u{E000}";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

async function settings() {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(SETTINGS_KEY);
  return kept ? kept.json() : null;
}

/** The title along the resident's language chain, and the language it is in. */
function titleIn(title, chain) {
  for (const tag of [...chain, "ja"]) {
    const text = title?.[tag];
    if (typeof text === "string" && text.trim() !== "") return [text, tag];
  }
  return [null, null];
}

/** What a push shows: `null` when it cannot be worded (no settings kept, not a notice). */
function notificationOf(message, kept) {
  const notice = message?.notice;
  if (!kept || !notice || typeof notice.id !== "string") return null;
  const [text, lang] = titleIn(notice.title, kept.chain ?? []);
  if (text === null) return null;
  const urgent = notice.priority === "urgent";
  return {
    title: urgent ? kept.urgentTitle.replace(TITLE_SLOT, text) : text,
    options: {
      body: kept.body,
      lang,
      // One notification per notice: a later revision replaces the earlier one.
      tag: `notice-${notice.id}`,
      renotify: true,
      requireInteraction: urgent,
      data: { url: `/#/notices/${notice.id}` },
    },
  };
}

self.addEventListener("push", (event) => {
  event.waitUntil(
    (async () => {
      let message = null;
      try {
        message = event.data ? event.data.json() : null;
      } catch {
        message = null;
      }
      const shown = notificationOf(message, await settings());
      if (shown) await self.registration.showNotification(shown.title, shown.options);
    })(),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? "/", self.location.origin).href;
  event.waitUntil(
    (async () => {
      const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      for (const client of open) {
        if ("navigate" in client) {
          await client.focus();
          return client.navigate(url);
        }
      }
      return self.clients.openWindow(url);
    })(),
  );
});
