"""Hooks for `cargo xtask test`'s OpenAPI contract step (xtask/src/contract_test.rs).

Generated data draws the same few keys again and again (the smallest, "0000000000000000000000", most
of all), so most well-formed mutations would arrive as a known key with another body and be refused
422 `idempotency_key_reused` before any route ran. That answer is right (the API tests pin it), but
it would leave the routes themselves untried. So a key that fits the document's pattern is made new
for every request, as a real client's is (128 random bits as 22 base64url characters, the shortest
key the document allows); a missing or malformed key is sent as generated, so the
checks of those answers still run.
"""

import re
import secrets

import schemathesis

KEY = "Idempotency-Key"
# The document's pattern for the key (crates/server/src/idempotency.rs, KEY_PATTERN).
WELL_FORMED = re.compile(r"^[A-Za-z0-9_-]{22,128}$")


@schemathesis.hook
def before_call(context, case, kwargs):
    headers = case.headers
    if headers and isinstance(headers.get(KEY), str) and WELL_FORMED.match(headers[KEY]):
        headers[KEY] = secrets.token_urlsafe(16)
