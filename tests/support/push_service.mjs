// A local push service for the browser suites (Web Push, issue 13). It stands where a browser's
// own push service (Google's FCM for Chromium) would be: that service cannot run here, and headless
// Chromium has no way to reach it, so the suite hands the page a subscription to this one.
//
// It is a real receiver, not a stand-in for the city: it keeps a subscriber's P-256 key pair and
// auth secret, and decrypts what the city sends with Node's own crypto, following RFC 8291 and
// RFC 8188 (aes128gcm) independently of the server's code. (The server's API tests do the same with
// Python's `http_ece` and `py_vapid`.)
import { createECDH, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { createServer } from "node:http";

const hmac = (key, data) => createHmac("sha256", key).update(data).digest();
const b64url = (bytes) => Buffer.from(bytes).toString("base64url");

/** RFC 8291 §3.4 and RFC 8188 §2: the plaintext of one aes128gcm message to `keys`. */
export function decrypt(body, { ecdh, publicKey, auth }) {
  const salt = body.subarray(0, 16);
  const idLength = body[20];
  const senderKey = body.subarray(21, 21 + idLength);
  const sealed = body.subarray(21 + idLength);
  const secret = ecdh.computeSecret(senderKey);
  const info = Buffer.concat([Buffer.from("WebPush: info\0"), publicKey, senderKey]);
  const ikm = hmac(hmac(auth, secret), Buffer.concat([info, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01", "latin1")).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01", "latin1")).subarray(0, 12);
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  const padded = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 2, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("no last-record delimiter");
  return padded.subarray(0, end);
}

/**
 * Starts the service on a free loopback port. `subscription` is what `PushSubscription.toJSON()`
 * would give for it; `next()` waits for the next message the city sends (its RFC 8030 headers and
 * the decrypted JSON).
 */
export async function startPushService() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const keys = { ecdh, publicKey: ecdh.getPublicKey(), auth: randomBytes(16) };
  const received = [];
  const waiting = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (c) => chunks.push(c));
    request.on("end", () => {
      let message;
      try {
        message = {
          path: request.url,
          headers: request.headers,
          payload: JSON.parse(decrypt(Buffer.concat(chunks), keys).toString("utf8")),
        };
      } catch (error) {
        message = { path: request.url, headers: request.headers, error: String(error) };
      }
      response.writeHead(201).end();
      const waiter = waiting.shift();
      if (waiter) waiter(message);
      else received.push(message);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    subscription: {
      endpoint: `http://127.0.0.1:${port}/push/${b64url(randomBytes(12))}`,
      expirationTime: null,
      keys: { p256dh: b64url(keys.publicKey), auth: b64url(keys.auth) },
    },
    next(timeoutMs = 20_000) {
      if (received.length) return Promise.resolve(received.shift());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no push arrived")), timeoutMs);
        waiting.push((m) => {
          clearTimeout(timer);
          resolve(m);
        });
      });
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
