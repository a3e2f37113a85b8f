//! The `booking` scenario: residents racing for the city's appointment slots (issue 12).
//!
//! Before timing, every slot of every bookable service is listed with its places left
//! (`GET /api/v1/booking/services/{id}/slots`), and a request body is written for each. Request
//! `n` books slot `n mod slots`, so the clients sweep the whole window together and each slot is
//! contended by many at once. An attempt is answered either 201 (booked) or 409 `slot_full`; both
//! are what a resident can get, so both count as attempts. Any other answer is an error.
//!
//! The load generator keeps its own tally of the 201s per slot and, after the run, checks it two
//! ways, neither trusting the server's arithmetic:
//!
//! - **overbooked**: places confirmed beyond what the slot had left before the run;
//! - **unrecorded**: slots whose places left fell by less than the bookings confirmed in them (a
//!   201 the server does not hold). Slots overlap in time at a counter, so another slot's booking
//!   may take a place too: the places left may fall by more, never by less.
//!
//! Both must be 0; `cargo xtask bench booking` fails otherwise.

use std::sync::atomic::{AtomicU32, Ordering};

use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::client::conn::http1::SendRequest;
use hyper::{Request, StatusCode};

use crate::Error;

/// One slot as listed before the run, and what this run confirmed in it.
pub struct Slot {
    service: String,
    counter: String,
    starts_at: String,
    /// Places left before the run.
    remaining: u32,
    /// `POST /api/v1/bookings`'s body for this slot.
    pub body: Bytes,
    /// 201s this run received for it.
    confirmed: AtomicU32,
}

impl Slot {
    pub fn confirmed(&self) {
        self.confirmed.fetch_add(1, Ordering::Relaxed);
    }
}

/// The run's check of its 201s against the slots (see the module docs).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub confirmed: u64,
    pub overbooked: u64,
    pub unrecorded: u64,
}

/// Whether an answer to a booking attempt is one a resident may get.
pub fn accepted(status: StatusCode, body: &[u8]) -> bool {
    status == StatusCode::CREATED || (status == StatusCode::CONFLICT && contains(body, b"\"slot_full\""))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every slot of every service, with its places left, read through `sender`.
pub async fn list_slots(sender: &mut SendRequest<Full<Bytes>>, host: &str) -> Result<Vec<Slot>, Error> {
    let services = get_json(sender, host, "/api/v1/booking/services").await?;
    let mut slots = Vec::new();
    for service in services["services"].as_array().into_iter().flatten() {
        let Some(id) = service["id"].as_str() else {
            continue;
        };
        let listed = get_json(sender, host, &format!("/api/v1/booking/services/{id}/slots")).await?;
        for slot in listed["slots"].as_array().into_iter().flatten() {
            let (Some(counter), Some(starts_at), Some(remaining)) = (
                slot["counter"].as_str(),
                slot["startsAt"].as_str(),
                slot["remaining"].as_u64(),
            ) else {
                return Err(format!("a slot of {id} without counter, startsAt or remaining: {slot}").into());
            };
            let body = serde_json::json!({
                "service": id,
                "counter": counter,
                "startsAt": starts_at,
                "contact": {"name": "負荷 試験", "phone": "0612-34-5678"}
            });
            slots.push(Slot {
                service: id.to_owned(),
                counter: counter.to_owned(),
                starts_at: starts_at.to_owned(),
                remaining: u32::try_from(remaining)?,
                body: Bytes::from(body.to_string()),
                confirmed: AtomicU32::new(0),
            });
        }
    }
    Ok(slots)
}

/// The slots to race for: every slot listed (full ones too: a run after another races for what is
/// left, and every attempt then meets `slot_full`); refused when the city lists none.
pub async fn prepare(sender: &mut SendRequest<Full<Bytes>>, host: &str) -> Result<Vec<Slot>, Error> {
    let slots = list_slots(sender, host).await?;
    if slots.is_empty() {
        return Err("the city offers no slot at all (is booking set up?)".into());
    }
    Ok(slots)
}

/// Lists the slots again and checks this run's 201s against them.
pub async fn check(
    sender: &mut SendRequest<Full<Bytes>>,
    host: &str,
    slots: &[Slot],
) -> Result<Tally, Error> {
    let after = list_slots(sender, host).await?;
    let left_after = |slot: &Slot| {
        after
            .iter()
            .find(|a| a.service == slot.service && a.counter == slot.counter && a.starts_at == slot.starts_at)
            // A slot no longer listed at all has closed (its booking window) or is full.
            .map_or(0, |a| a.remaining)
    };
    let mut tally = Tally::default();
    for slot in slots {
        let confirmed = slot.confirmed.load(Ordering::Relaxed);
        tally.confirmed += u64::from(confirmed);
        tally.overbooked += u64::from(confirmed.saturating_sub(slot.remaining));
        let taken = slot.remaining.saturating_sub(left_after(slot));
        if confirmed > taken && confirmed <= slot.remaining {
            tally.unrecorded += u64::from(confirmed - taken);
        }
    }
    Ok(tally)
}

async fn get_json(
    sender: &mut SendRequest<Full<Bytes>>,
    host: &str,
    path: &str,
) -> Result<serde_json::Value, Error> {
    sender.ready().await?;
    let request = Request::builder()
        .uri(path)
        .header(hyper::header::HOST, host)
        .body(Full::new(Bytes::new()))?;
    let response = sender.send_request(request).await?;
    let status = response.status();
    let body = response.into_body().collect().await?.to_bytes();
    if status != StatusCode::OK {
        return Err(format!("GET {path} answered {status}").into());
    }
    Ok(serde_json::from_slice(&body)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_booking_or_a_full_slot_is_an_answer_anything_else_an_error() {
        assert!(accepted(StatusCode::CREATED, b"{}"));
        assert!(accepted(
            StatusCode::CONFLICT,
            br#"{"code":"slot_full","messageId":"x"}"#
        ));
        assert!(!accepted(
            StatusCode::CONFLICT,
            br#"{"code":"idempotency_key_in_use"}"#
        ));
        assert!(!accepted(
            StatusCode::UNPROCESSABLE_ENTITY,
            br#"{"code":"slot_full"}"#
        ));
        assert!(!accepted(StatusCode::SERVICE_UNAVAILABLE, b""));
    }
}
