//! Passkeys (WebAuthn): a signed-in resident registers one and anyone holding it signs in without a
//! code, getting what the code's sign-in gives. Challenges answer once and for five minutes (the
//! test's clock), a passkey is its resident's alone, and it goes with the account.
//!
//! The authenticator is a software one ([`SoftPasskey`]): an ES256 key made with OpenSSL, which
//! answers the city's options as a platform authenticator would (attestation `none`, user present
//! and verified, a discoverable credential carrying the account's user handle). Chromium's virtual
//! authenticator does the same in the web suite (`tests/web/passkeys.test.mjs`).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use madoguchi_domain::account::{
    AccountExport, AccountView, DeviceList, PasskeyChallenge, PasskeyList, PasskeyView, SignedIn,
};
use madoguchi_domain::{ApiError, ErrorCode, IDEMPOTENCY_KEY_HEADER};
use openssl::bn::BigNumContext;
use openssl::ec::{EcGroup, EcKey};
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private};
use openssl::sign::Signer;
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

use madoguchi_server::clock::Clock as _;

use crate::helpers::{Backend, TestApp, on_both_stores, spawn_app};

/// The origin the pages are served from in the tests: the default public URL's host, on any port.
const ORIGIN: &str = "http://localhost:8787";
const MINUTE: i64 = 60 * 1000;

static KEYS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn key() -> String {
    format!(
        "passkey-test-key-{:08}",
        KEYS.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    )
}

/// A software authenticator holding one passkey.
struct SoftPasskey {
    key: EcKey<Private>,
    credential_id: Vec<u8>,
    user_handle: Vec<u8>,
    counter: u32,
}

impl SoftPasskey {
    fn new() -> Self {
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
        let mut credential_id = vec![0u8; 16];
        openssl::rand::rand_bytes(&mut credential_id).unwrap();
        Self {
            key: EcKey::generate(&group).unwrap(),
            credential_id,
            user_handle: Vec::new(),
            counter: 0,
        }
    }

    /// The same credential id and user handle with another key: a forgery.
    fn impostor(&self) -> Self {
        let mut other = Self::new();
        other.credential_id.clone_from(&self.credential_id);
        other.user_handle.clone_from(&self.user_handle);
        other.counter = self.counter;
        other
    }

    fn client_data(kind: &str, options: &Value) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "type": kind,
            "challenge": options["challenge"],
            "origin": ORIGIN,
            "crossOrigin": false,
        }))
        .unwrap()
    }

    fn rp_id_hash(options: &Value) -> Vec<u8> {
        let rp_id = options["rp"]["id"]
            .as_str()
            .or_else(|| options["rpId"].as_str())
            .unwrap();
        Sha256::digest(rp_id.as_bytes()).to_vec()
    }

    /// The COSE key (EC2, ES256, P-256) in CBOR.
    fn cose_key(&self) -> Vec<u8> {
        let group = self.key.group();
        let mut x = openssl::bn::BigNum::new().unwrap();
        let mut y = openssl::bn::BigNum::new().unwrap();
        let mut ctx = BigNumContext::new().unwrap();
        self.key
            .public_key()
            .affine_coordinates(group, &mut x, &mut y, &mut ctx)
            .unwrap();
        let mut cbor = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20];
        cbor.extend(x.to_vec_padded(32).unwrap());
        cbor.extend([0x22, 0x58, 0x20]);
        cbor.extend(y.to_vec_padded(32).unwrap());
        cbor
    }

    /// Answers `navigator.credentials.create` for the city's creation options.
    fn register(&mut self, options: &Value) -> Value {
        assert_eq!(options["authenticatorSelection"]["residentKey"], "required");
        self.user_handle = B64.decode(options["user"]["id"].as_str().unwrap()).unwrap();
        let client_data = Self::client_data("webauthn.create", options);
        let mut auth_data = Self::rp_id_hash(options);
        // User present, user verified, attested credential data.
        auth_data.push(0x45);
        auth_data.extend(self.counter.to_be_bytes());
        auth_data.extend([0u8; 16]);
        auth_data.extend(u16::try_from(self.credential_id.len()).unwrap().to_be_bytes());
        auth_data.extend(&self.credential_id);
        auth_data.extend(self.cose_key());
        // {"fmt": "none", "attStmt": {}, "authData": <bytes>}
        let mut attestation = vec![0xa3, 0x63];
        attestation.extend(b"fmt");
        attestation.push(0x64);
        attestation.extend(b"none");
        attestation.push(0x67);
        attestation.extend(b"attStmt");
        attestation.push(0xa0);
        attestation.push(0x68);
        attestation.extend(b"authData");
        attestation.push(0x59);
        attestation.extend(u16::try_from(auth_data.len()).unwrap().to_be_bytes());
        attestation.extend(&auth_data);
        let id = B64.encode(&self.credential_id);
        json!({
            "id": id,
            "rawId": id,
            "type": "public-key",
            "response": {
                "clientDataJSON": B64.encode(&client_data),
                "attestationObject": B64.encode(&attestation),
            },
            "extensions": {},
        })
    }

    /// Answers `navigator.credentials.get` for the city's request options, signing with its key.
    fn assert(&mut self, options: &Value) -> Value {
        self.counter += 1;
        let client_data = Self::client_data("webauthn.get", options);
        let mut auth_data = Self::rp_id_hash(options);
        auth_data.push(0x05);
        auth_data.extend(self.counter.to_be_bytes());
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(&client_data));
        let pkey = PKey::from_ec_key(self.key.clone()).unwrap();
        let mut signer = Signer::new(MessageDigest::sha256(), &pkey).unwrap();
        signer.update(&signed).unwrap();
        let signature = signer.sign_to_vec().unwrap();
        let id = B64.encode(&self.credential_id);
        json!({
            "id": id,
            "rawId": id,
            "type": "public-key",
            "response": {
                "clientDataJSON": B64.encode(&client_data),
                "authenticatorData": B64.encode(&auth_data),
                "signature": B64.encode(&signature),
                "userHandle": B64.encode(&self.user_handle),
            },
            "extensions": {},
        })
    }
}

async fn post(
    app: &TestApp,
    path: &str,
    body: &Value,
    token: Option<&str>,
    keyed: bool,
) -> reqwest::Response {
    let mut request = app.client.post(format!("{}{path}", app.address)).json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if keyed {
        request = request.header(IDEMPOTENCY_KEY_HEADER, key());
    }
    request.send().await.unwrap()
}

async fn code(response: reqwest::Response) -> ErrorCode {
    response.json::<ApiError>().await.unwrap().code
}

async fn registration_options(app: &TestApp, token: &str) -> PasskeyChallenge {
    let begun = post(
        app,
        "/api/v1/account/passkeys/options",
        &json!({}),
        Some(token),
        false,
    )
    .await;
    assert_eq!(begun.status(), 200);
    begun.json().await.unwrap()
}

async fn finish_registration(
    app: &TestApp,
    token: &str,
    challenge: &PasskeyChallenge,
    credential: Value,
    name: &str,
) -> reqwest::Response {
    post(
        app,
        "/api/v1/account/passkeys",
        &json!({ "challengeId": challenge.challenge_id, "name": name, "credential": credential }),
        Some(token),
        true,
    )
    .await
}

/// Registers `authenticator`'s passkey to the resident holding `token`.
async fn register(app: &TestApp, token: &str, authenticator: &mut SoftPasskey, name: &str) -> PasskeyView {
    let challenge = registration_options(app, token).await;
    let credential = authenticator.register(&challenge.public_key);
    let done = finish_registration(app, token, &challenge, credential, name).await;
    assert_eq!(done.status(), 201);
    done.json().await.unwrap()
}

async fn sign_in_options(app: &TestApp) -> PasskeyChallenge {
    let begun = post(app, "/api/v1/auth/passkey/options", &json!({}), None, false).await;
    assert_eq!(begun.status(), 200);
    begun.json().await.unwrap()
}

async fn finish_sign_in(app: &TestApp, challenge: &PasskeyChallenge, credential: Value) -> reqwest::Response {
    post(
        app,
        "/api/v1/auth/passkey/sign-in",
        &json!({ "challengeId": challenge.challenge_id, "deviceName": "図書館のパソコン", "credential": credential }),
        None,
        false,
    )
    .await
}

async fn passkeys_of(app: &TestApp, token: &str) -> Vec<PasskeyView> {
    let listed = app.get_as_staff("/api/v1/account/passkeys", token).await;
    assert_eq!(listed.status(), 200);
    listed.json::<PasskeyList>().await.unwrap().passkeys
}

async fn a_resident_adds_a_passkey_and_signs_in_with_it_without_a_code(backend: Backend) {
    // Arrange: signed in by a mailed code.
    let app = spawn_app(backend).await;
    let hanako = app.sign_in("hanako@example.jp").await;
    let token = &hanako.access.access_token;
    let mut phone = SoftPasskey::new();

    // Act: register, then sign in with the passkey alone.
    let challenge = registration_options(&app, token).await;
    assert_eq!(challenge.public_key["rp"]["id"], "localhost");
    assert_eq!(challenge.public_key["user"]["name"], "hanako@example.jp");
    assert_eq!(
        challenge.public_key["authenticatorSelection"]["userVerification"],
        "required"
    );
    let added = finish_registration(
        &app,
        token,
        &challenge,
        phone.register(&challenge.public_key),
        "花子のスマホ",
    )
    .await;
    assert_eq!(added.status(), 201);
    let added: PasskeyView = added.json().await.unwrap();
    assert_eq!(added.name.as_str(), "花子のスマホ");
    assert_eq!(added.last_used_at, None);
    let listed = passkeys_of(&app, token).await;
    assert_eq!(listed, vec![added.clone()]);

    app.clock.advance_millis(MINUTE);
    let challenge = sign_in_options(&app).await;
    assert_eq!(challenge.public_key["userVerification"], "required");
    let signed = finish_sign_in(&app, &challenge, phone.assert(&challenge.public_key)).await;

    // Assert: the same answer as a code's sign-in, for the same account, on a new device.
    assert_eq!(signed.status(), 201);
    let signed: SignedIn = signed.json().await.unwrap();
    assert_eq!(signed.account.id, hanako.account.id);
    assert!(signed.device_credential.starts_with("dc-"));
    let me: AccountView = app
        .get_as_staff("/api/v1/account", &signed.access.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me.email.as_str(), "hanako@example.jp");
    let devices: DeviceList = app
        .get_as_staff("/api/v1/account/devices", &signed.access.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        devices
            .devices
            .iter()
            .any(|d| d.current && d.name.as_str() == "図書館のパソコン")
    );
    let listed = passkeys_of(&app, token).await;
    assert_eq!(listed[0].last_used_at, Some(app.clock.now()));

    // And again: the signature counter moves on, the passkey keeps working.
    let challenge = sign_in_options(&app).await;
    let again = finish_sign_in(&app, &challenge, phone.assert(&challenge.public_key)).await;
    assert_eq!(again.status(), 201);
}

async fn a_challenge_answers_once_and_only_for_five_minutes(backend: Backend) {
    let app = spawn_app(backend).await;
    let hanako = app.sign_in("hanako@example.jp").await;
    let token = &hanako.access.access_token;
    let mut phone = SoftPasskey::new();

    // A registration challenge past its five minutes is refused; nothing is registered.
    let late = registration_options(&app, token).await;
    let credential = phone.register(&late.public_key);
    app.clock.advance_millis(5 * MINUTE + 1);
    let refused = finish_registration(&app, token, &late, credential, "phone").await;
    assert_eq!(refused.status(), 422);
    assert_eq!(code(refused).await, ErrorCode::PasskeyChallengeInvalid);
    assert!(passkeys_of(&app, token).await.is_empty());
    register(&app, token, &mut phone, "phone").await;

    // A sign-in challenge answers once: the same answer sent again is refused.
    let challenge = sign_in_options(&app).await;
    let answer = phone.assert(&challenge.public_key);
    assert_eq!(
        finish_sign_in(&app, &challenge, answer.clone()).await.status(),
        201
    );
    let replayed = finish_sign_in(&app, &challenge, answer).await;
    assert_eq!(replayed.status(), 422);
    assert_eq!(code(replayed).await, ErrorCode::PasskeyChallengeInvalid);

    // A challenge id that was never given out, and a registration challenge used to sign in.
    let made_up =
        json!({ "challengeId": "pkc-00112233445566778899aabbccddeeff", "deviceName": "x", "credential": {} });
    let refused = post(&app, "/api/v1/auth/passkey/sign-in", &made_up, None, false).await;
    assert_eq!(code(refused).await, ErrorCode::PasskeyChallengeInvalid);
    let registration = registration_options(&app, token).await;
    let crossed = finish_sign_in(&app, &registration, phone.assert(&registration.public_key)).await;
    assert_eq!(code(crossed).await, ErrorCode::PasskeyChallengeInvalid);

    // One answered after five minutes is refused; one just inside them is taken.
    let late = sign_in_options(&app).await;
    app.clock.advance_millis(5 * MINUTE);
    let refused = finish_sign_in(&app, &late, phone.assert(&late.public_key)).await;
    assert_eq!(refused.status(), 422);
    assert_eq!(code(refused).await, ErrorCode::PasskeyChallengeInvalid);
    let in_time = sign_in_options(&app).await;
    app.clock.advance_millis(5 * MINUTE - 1);
    assert_eq!(
        finish_sign_in(&app, &in_time, phone.assert(&in_time.public_key))
            .await
            .status(),
        201
    );
}

async fn a_forged_or_removed_passkey_does_not_sign_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let hanako = app.sign_in("hanako@example.jp").await;
    let token = &hanako.access.access_token;
    let mut phone = SoftPasskey::new();
    let added = register(&app, token, &mut phone, "phone").await;

    // Another key claiming the same credential: its signature does not check out.
    let challenge = sign_in_options(&app).await;
    let forged = finish_sign_in(&app, &challenge, phone.impostor().assert(&challenge.public_key)).await;
    assert_eq!(forged.status(), 422);
    assert_eq!(code(forged).await, ErrorCode::PasskeyRefused);

    // A passkey the city never registered.
    let mut stranger = SoftPasskey::new();
    stranger.user_handle = phone.user_handle.clone();
    let challenge = sign_in_options(&app).await;
    let unknown = finish_sign_in(&app, &challenge, stranger.assert(&challenge.public_key)).await;
    assert_eq!(code(unknown).await, ErrorCode::PasskeyRefused);

    // The same authenticator's passkey cannot be registered twice.
    let challenge = registration_options(&app, token).await;
    assert_eq!(
        challenge.public_key["excludeCredentials"][0]["id"],
        B64.encode(&phone.credential_id)
    );
    let twice = finish_registration(
        &app,
        token,
        &challenge,
        phone.register(&challenge.public_key),
        "again",
    )
    .await;
    assert_eq!(code(twice).await, ErrorCode::PasskeyRefused);

    // Removed by its resident, it signs in no more.
    let removed = app
        .client
        .delete(format!("{}/api/v1/account/passkeys/{}", app.address, added.id.0))
        .header(IDEMPOTENCY_KEY_HEADER, key())
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), 204);
    assert!(passkeys_of(&app, token).await.is_empty());
    let challenge = sign_in_options(&app).await;
    let gone = finish_sign_in(&app, &challenge, phone.assert(&challenge.public_key)).await;
    assert_eq!(code(gone).await, ErrorCode::PasskeyRefused);
}

async fn a_passkey_is_its_residents_alone_and_anonymous_callers_get_401(backend: Backend) {
    let app = spawn_app(backend).await;
    let hanako = app.sign_in("hanako@example.jp").await;
    let taro = app.sign_in("taro@example.jp").await;
    let mut phone = SoftPasskey::new();
    let hanakos = register(&app, &hanako.access.access_token, &mut phone, "phone").await;
    let delete_as = |token: Option<String>| {
        let mut request = app
            .client
            .delete(format!(
                "{}/api/v1/account/passkeys/{}",
                app.address, hanakos.id.0
            ))
            .header(IDEMPOTENCY_KEY_HEADER, key());
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };

    // Taro cannot remove Hanako's passkey, nor see it, nor finish her registration challenge.
    let refused = delete_as(Some(taro.access.access_token.clone())).await.unwrap();
    assert_eq!(refused.status(), 404);
    assert!(passkeys_of(&app, &taro.access.access_token).await.is_empty());
    assert_eq!(passkeys_of(&app, &hanako.access.access_token).await.len(), 1);
    let hers = registration_options(&app, &hanako.access.access_token).await;
    let mut other = SoftPasskey::new();
    let taken = finish_registration(
        &app,
        &taro.access.access_token,
        &hers,
        other.register(&hers.public_key),
        "taro",
    )
    .await;
    assert_eq!(code(taken).await, ErrorCode::PasskeyChallengeInvalid);

    // Without a token: 401 with the stable code on every resident's passkey route.
    let anonymous = delete_as(None).await.unwrap();
    assert_eq!(anonymous.status(), 401);
    assert_eq!(code(anonymous).await, ErrorCode::Unauthorized);
    let listed = app.get("/api/v1/account/passkeys").await;
    assert_eq!(listed.status(), 401);
    assert_eq!(code(listed).await, ErrorCode::Unauthorized);
    let begun = post(&app, "/api/v1/account/passkeys/options", &json!({}), None, false).await;
    assert_eq!(begun.status(), 401);
    let finished = post(
        &app,
        "/api/v1/account/passkeys",
        &json!({ "challengeId": hers.challenge_id, "name": "x", "credential": {} }),
        None,
        true,
    )
    .await;
    assert_eq!(finished.status(), 401);
    assert_eq!(passkeys_of(&app, &hanako.access.access_token).await.len(), 1);
}

async fn the_export_lists_passkeys_and_deleting_the_account_deletes_them(backend: Backend) {
    let app = spawn_app(backend).await;
    let hanako = app.sign_in("hanako@example.jp").await;
    let token = &hanako.access.access_token;
    let mut phone = SoftPasskey::new();
    let added = register(&app, token, &mut phone, "花子のスマホ").await;

    let exported = app.get_as_staff("/api/v1/account/export", token).await;
    let text = exported.text().await.unwrap();
    let export: AccountExport = serde_json::from_str(&text).unwrap();
    assert_eq!(export.passkeys, vec![added]);
    assert!(
        !text.contains(&B64.encode(&phone.credential_id)),
        "no key material in the export"
    );

    let deleted = app
        .client
        .delete(format!("{}/api/v1/account", app.address))
        .header(IDEMPOTENCY_KEY_HEADER, key())
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let challenge = sign_in_options(&app).await;
    let gone = finish_sign_in(&app, &challenge, phone.assert(&challenge.public_key)).await;
    assert_eq!(code(gone).await, ErrorCode::PasskeyRefused);
}

async fn beginning_passkey_sign_ins_is_limited_per_client(backend: Backend) {
    let app = spawn_app(backend).await;
    for _ in 0..30 {
        sign_in_options(&app).await;
    }
    let limited = post(&app, "/api/v1/auth/passkey/options", &json!({}), None, false).await;
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().contains_key("retry-after"));
    assert_eq!(code(limited).await, ErrorCode::RateLimited);
    app.clock.advance_millis(15 * MINUTE);
    sign_in_options(&app).await;
}

on_both_stores!(
    a_resident_adds_a_passkey_and_signs_in_with_it_without_a_code,
    a_challenge_answers_once_and_only_for_five_minutes,
    a_forged_or_removed_passkey_does_not_sign_in,
    a_passkey_is_its_residents_alone_and_anonymous_callers_get_401,
    the_export_lists_passkeys_and_deleting_the_account_deletes_them,
    beginning_passkey_sign_ins_is_limited_per_client,
);
