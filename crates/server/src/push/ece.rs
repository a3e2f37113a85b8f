//! RFC 8291: a push message's payload encrypted to one browser, as the `aes128gcm` content coding
//! of RFC 8188 carries it.
//!
//! Each message gets a fresh P-256 key pair of the city's (its public key travels as the record's
//! `keyid`) and a fresh 16-byte salt; ECDH with the browser's `p256dh` key, mixed with the
//! browser's `auth` secret through HKDF-SHA-256, gives the content key and the nonce. The payload
//! always fits one record (`PushMessage::to_payload` keeps it under `MAX_PAYLOAD_BYTES`), so the
//! body is the header, then the payload with the last-record delimiter `0x02`, sealed with
//! AES-128-GCM. No padding: every urgent alert is pushed to everyone, so its length tells an
//! observer nothing the city does not publish anyway.

use openssl::bn::BigNumContext;
use openssl::derive::Deriver;
use openssl::ec::{EcGroup, EcKey, EcPoint, PointConversionForm};
use openssl::error::ErrorStack;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private, Public};
use openssl::sign::Signer;
use openssl::symm::{Cipher, encrypt_aead};

/// The record size written in the header: RFC 8291 §4's 4,096 bytes.
pub const RECORD_SIZE: u32 = 4096;
/// The uncompressed P-256 point's length: `0x04`, x, y.
const POINT_LEN: usize = 65;

/// The curve of Web Push keys, VAPID's as well (`vapid.rs`).
pub fn p256() -> Result<EcGroup, ErrorStack> {
    EcGroup::from_curve_name(Nid::X9_62_PRIME256V1)
}

/// A browser's `p256dh` key as a usable public key: `None` unless it is a point on P-256 (OpenSSL
/// refuses a point off the curve when it decodes one, and `check_key` the point at infinity).
pub fn public_key(point: &[u8]) -> Option<EcKey<Public>> {
    let group = p256().ok()?;
    let mut ctx = BigNumContext::new().ok()?;
    let point = EcPoint::from_bytes(&group, point, &mut ctx).ok()?;
    let key = EcKey::from_public_key(&group, &point).ok()?;
    key.check_key().ok()?;
    Some(key)
}

/// An uncompressed point's bytes.
pub fn point_bytes<T: openssl::pkey::HasPublic>(key: &EcKey<T>) -> Result<Vec<u8>, ErrorStack> {
    let mut ctx = BigNumContext::new()?;
    key.public_key()
        .to_bytes(key.group(), PointConversionForm::UNCOMPRESSED, &mut ctx)
}

/// Why a payload could not be encrypted to a subscription.
#[derive(Debug, thiserror::Error)]
pub enum EceError {
    /// The subscription's `p256dh` is not a point on P-256 (the route refuses such keys, so only
    /// a row written some other way gets here).
    #[error("the browser's key is not a P-256 point")]
    BadKey,
    #[error("OpenSSL failed: {0}")]
    Crypto(#[from] ErrorStack),
}

/// `payload` encrypted to the browser with public key `ua_public` and secret `auth`, as the body
/// of a push request (`Content-Encoding: aes128gcm`).
pub fn encrypt(payload: &[u8], ua_public: &[u8; 65], auth: &[u8; 16]) -> Result<Vec<u8>, EceError> {
    let group = p256()?;
    let ephemeral = EcKey::generate(&group)?;
    let mut salt = [0u8; 16];
    openssl::rand::rand_bytes(&mut salt)?;
    encrypt_with(payload, ua_public, auth, &ephemeral, salt)
}

/// [`encrypt`] with the city's key pair and the salt given: RFC 8291 Appendix A's example is
/// reproduced with its own.
fn encrypt_with(
    payload: &[u8],
    ua_public: &[u8; 65],
    auth: &[u8; 16],
    as_key: &EcKey<Private>,
    salt: [u8; 16],
) -> Result<Vec<u8>, EceError> {
    let ua_key = public_key(ua_public).ok_or(EceError::BadKey)?;
    let as_public = point_bytes(as_key)?;
    // §3.3: ECDH, then the browser's auth secret mixed in.
    let ecdh_secret = {
        let ours = PKey::from_ec_key(as_key.clone())?;
        let theirs = PKey::from_ec_key(ua_key)?;
        let mut deriver = Deriver::new(&ours)?;
        deriver.set_peer(&theirs)?;
        deriver.derive_to_vec()?
    };
    let mut key_info = Vec::with_capacity(14 + 2 * POINT_LEN);
    key_info.extend_from_slice(b"WebPush: info\0");
    key_info.extend_from_slice(ua_public);
    key_info.extend_from_slice(&as_public);
    let ikm = hkdf(auth, &ecdh_secret, &key_info, 32)?;
    // RFC 8188 §2.2–2.3: the content key and the nonce, from the salt.
    let cek = hkdf(&salt, &ikm, b"Content-Encoding: aes128gcm\0", 16)?;
    let nonce = hkdf(&salt, &ikm, b"Content-Encoding: nonce\0", 12)?;
    let mut record = Vec::with_capacity(payload.len() + 1);
    record.extend_from_slice(payload);
    // The delimiter of the last (and only) record, with no padding after it.
    record.push(0x02);
    let mut tag = [0u8; 16];
    let sealed = encrypt_aead(Cipher::aes_128_gcm(), &cek, Some(&nonce), &[], &record, &mut tag)?;
    // The header: salt, record size, the key id's length and the key id (our public key).
    let mut body = Vec::with_capacity(16 + 4 + 1 + POINT_LEN + sealed.len() + tag.len());
    body.extend_from_slice(&salt);
    body.extend_from_slice(&RECORD_SIZE.to_be_bytes());
    body.push(POINT_LEN as u8);
    body.extend_from_slice(&as_public);
    body.extend_from_slice(&sealed);
    body.extend_from_slice(&tag);
    Ok(body)
}

/// HKDF-SHA-256 (RFC 5869) for at most one block of output, which is all Web Push asks for:
/// extract with `salt`, expand `info` with the counter 1.
fn hkdf(salt: &[u8], ikm: &[u8], info: &[u8], length: usize) -> Result<Vec<u8>, ErrorStack> {
    let prk = hmac_sha256(salt, &[ikm])?;
    let mut okm = hmac_sha256(&prk, &[info, &[1]])?;
    okm.truncate(length);
    Ok(okm)
}

fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> Result<Vec<u8>, ErrorStack> {
    let key = PKey::hmac(key)?;
    let mut signer = Signer::new(MessageDigest::sha256(), &key)?;
    for part in parts {
        signer.update(part)?;
    }
    signer.sign_to_vec()
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::notice::push::{base64url_decode, base64url_encode};
    use openssl::bn::BigNum;

    use super::*;

    fn bytes(text: &str) -> Vec<u8> {
        base64url_decode(text).unwrap()
    }

    /// A key pair from its private scalar and public point (both base64url).
    fn key_pair(private: &str, public: &str) -> EcKey<Private> {
        let group = p256().unwrap();
        let public = public_key(&bytes(public)).unwrap();
        let d = BigNum::from_slice(&bytes(private)).unwrap();
        EcKey::from_private_components(&group, &d, public.public_key()).unwrap()
    }

    // RFC 8291 Appendix A, every value as the RFC prints it.
    const PLAINTEXT: &[u8] = b"When I grow up, I want to be a watermelon";
    const UA_PUBLIC: &str =
        "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    const UA_PRIVATE: &str = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    const AUTH: &str = "BTBZMqHH6r4Tts7J_aSIgg";
    const AS_PRIVATE: &str = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    const AS_PUBLIC: &str =
        "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    const SALT: &str = "DGv6ra1nlYgDCS1FRnbzlw";
    const MESSAGE: &str = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    #[test]
    fn rfc_8291_appendix_a_is_reproduced_byte_for_byte() {
        let ua_public: [u8; 65] = bytes(UA_PUBLIC).try_into().unwrap();
        let auth: [u8; 16] = bytes(AUTH).try_into().unwrap();
        let salt: [u8; 16] = bytes(SALT).try_into().unwrap();
        let as_key = key_pair(AS_PRIVATE, AS_PUBLIC);

        let body = encrypt_with(PLAINTEXT, &ua_public, &auth, &as_key, salt).unwrap();

        assert_eq!(base64url_encode(&body), MESSAGE);
        // The user agent's private key is the RFC's too: it matches the public key used.
        assert_eq!(point_bytes(&key_pair(UA_PRIVATE, UA_PUBLIC)).unwrap(), ua_public);
    }

    #[test]
    fn every_message_has_its_own_key_and_salt() {
        let ua_public: [u8; 65] = bytes(UA_PUBLIC).try_into().unwrap();
        let auth: [u8; 16] = bytes(AUTH).try_into().unwrap();
        let first = encrypt(PLAINTEXT, &ua_public, &auth).unwrap();
        let second = encrypt(PLAINTEXT, &ua_public, &auth).unwrap();
        assert_eq!(first.len(), bytes(MESSAGE).len());
        assert_ne!(first[..16], second[..16], "salt");
        assert_ne!(
            first[21..86],
            second[21..86],
            "key id: the city's one-off public key"
        );
        assert_eq!(
            first[16..21],
            [0, 0, 0x10, 0, 65],
            "record size 4096, a 65-byte key id"
        );
    }

    #[test]
    fn a_key_off_the_curve_is_refused() {
        let mut point = bytes(UA_PUBLIC);
        point[64] ^= 1;
        assert!(public_key(&point).is_none());
        assert!(public_key(&bytes(UA_PUBLIC)).is_some());
        let off: [u8; 65] = point.try_into().unwrap();
        assert!(matches!(encrypt(b"x", &off, &[0; 16]), Err(EceError::BadKey)));
    }
}
