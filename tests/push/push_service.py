"""A push service on this machine, for the server's Web Push interop tests (crates/server/tests/api/push.rs).

It stands where a browser's push service (FCM, Mozilla's autopush, Apple's) would, and plays the
browser's part too, with implementations that are not ours: it makes its own P-256 key pair and
`auth` secret (`cryptography`), checks each push's VAPID token (RFC 8292) with `py_vapid`, and
decrypts each payload (RFC 8291, `aes128gcm`) with `http_ece`. So a test passes only if the city's
server speaks the RFCs as others read them.

Its first line on stdout is the subscription, as `PushSubscription.toJSON()` gives it, plus the
service's `origin`. Then one JSON line per POST it receives: the path, the status it answered, the
RFC 8030 headers, whether the VAPID token verifies (and why not), and the decrypted payload. A POST
to a path starting with `/gone` is answered 410 Gone (the subscription is gone, RFC 8030 §7.3);
every other one 201 Created.

Run with the venv `cargo xtask setup` makes (`http_ece`, `py_vapid` pinned in xtask/src/setup.rs).
"""

import base64
import json
import secrets
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from py_vapid import jwt as vapid_jwt

PRIVATE_KEY = ec.generate_private_key(ec.SECP256R1())
AUTH_SECRET = secrets.token_bytes(16)
PRINT = threading.Lock()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def check_vapid(authorization: str, origin: str) -> dict:
    """RFC 8292 §3: `vapid t=<JWT>, k=<key>`; the JWT signed (ES256) by that key, for this origin,
    not expired and not good for more than 24 hours."""
    scheme, _, rest = authorization.partition(" ")
    if scheme.lower() != "vapid":
        return {"valid": False, "reason": "not the vapid scheme"}
    params = {}
    for part in rest.split(","):
        name, _, value = part.strip().partition("=")
        params[name] = value
    if "t" not in params or "k" not in params:
        return {"valid": False, "reason": "t= or k= missing"}
    try:
        claims = vapid_jwt.decode(params["t"], params["k"])
    except Exception as error:  # the signature, the key or the encoding
        return {"valid": False, "reason": f"signature: {error!r}", "key": params["k"]}
    header = json.loads(base64.urlsafe_b64decode(params["t"].split(".")[0] + "=="))
    now = time.time()
    reason = None
    if header.get("alg") != "ES256":
        reason = "alg is not ES256"
    elif claims.get("aud") != origin:
        reason = f"aud {claims.get('aud')!r} is not {origin!r}"
    elif not now < claims.get("exp", 0) <= now + 24 * 3600:
        reason = "exp is not within the next 24 hours"
    elif not str(claims.get("sub", "")).startswith(("mailto:", "https:")):
        reason = "sub is not a mailto: or https: URL"
    return {"valid": reason is None, "reason": reason, "key": params["k"], "claims": claims}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        origin = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        status = 410 if self.path.startswith("/gone") else 201
        record = {
            "path": self.path,
            "status": status,
            "ttl": self.headers.get("TTL"),
            "urgency": self.headers.get("Urgency"),
            "topic": self.headers.get("Topic"),
            "contentEncoding": self.headers.get("Content-Encoding"),
            "contentType": self.headers.get("Content-Type"),
            "vapid": check_vapid(self.headers.get("Authorization", ""), origin),
        }
        try:
            plain = http_ece.decrypt(
                body, private_key=PRIVATE_KEY, dh=None, auth_secret=AUTH_SECRET, version="aes128gcm"
            )
            record["payload"] = json.loads(plain)
        except Exception as error:
            record["payload"] = None
            record["decryptError"] = repr(error)
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()
        with PRINT:
            print(json.dumps(record), flush=True)

    def log_message(self, *args):
        pass  # stdout carries only the JSON lines


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    public = PRIVATE_KEY.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    subscription = {
        "origin": origin,
        "endpoint": f"{origin}/push/{secrets.token_urlsafe(16)}",
        "keys": {"p256dh": b64url(public), "auth": b64url(AUTH_SECRET)},
    }
    print(json.dumps(subscription), flush=True)
    # Ends with the test: its stdin is a pipe the test holds, closed when the test drops it.
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()


if __name__ == "__main__":
    main()
