//! The server as separate processes: several instances on one database, a SIGKILL in the middle
//! of a burst, and `copy-data` from SQLite to PostgreSQL. Each runs the real binary.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use madoguchi_domain::IDEMPOTENCY_KEY_HEADER;
use madoguchi_domain::application::{Application, ApplicationList, ApplicationReceipt};
use madoguchi_server::storage;

use madoguchi_domain::account::Role;

use crate::helpers::{
    APPLICATIONS_PATH, Backend, ServerProcess, TestDatabase, hanako_asks, new_staff, on_both_stores,
    staff_sign_in, subject_of,
};

/// Hanako's question to the city, told apart by `subject`.
fn question(subject: &str) -> serde_json::Value {
    let mut question = hanako_asks();
    question["answers"]["subject"] = serde_json::json!(subject);
    question
}

/// Every question (application), as a clerk signed in on `address` (a real process: its clock
/// is the machine's).
async fn stored_questions(
    client: &reqwest::Client,
    address: &str,
    database: &TestDatabase,
) -> Vec<Application> {
    let clerk = new_staff(&database.location, Role::Clerk).await;
    let now = madoguchi_server::clock::Clock::now(&madoguchi_server::clock::SystemClock);
    let token = staff_sign_in(client, address, &clerk, now).await;
    client
        .get(format!("{address}/api/v1/admin/applications"))
        .bearer_auth(token)
        .send()
        .await
        .expect("the server answers")
        .json::<ApplicationList>()
        .await
        .expect("an application list")
        .applications
}

/// 200 residents' apps submit at once, each sending questions one after another; the server is
/// SIGKILLed as the 600th answer arrives, with about 200 submissions in flight. After a restart,
/// every question that was answered 201 is there with the reference it was given, none is there
/// twice, and sending the unanswered ones again with their keys never makes a second copy.
async fn a_server_killed_during_200_submissions_keeps_every_answered_one_once(backend: Backend) {
    const CLIENTS: usize = 200;
    const EACH: usize = 10;
    const KILL_AT: usize = 600;
    let database = TestDatabase::new(backend).await;
    let server = Arc::new(std::sync::Mutex::new(ServerProcess::start(&database.location)));
    let address = server.lock().unwrap().address.clone();
    let client = reqwest::Client::new();
    let answered = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (client, address, answered, server) =
                (client.clone(), address.clone(), answered.clone(), server.clone());
            tokio::spawn(async move {
                let mut sent = Vec::new();
                for n in 0..EACH {
                    let i = c * EACH + n;
                    let key = format!("kill-test-key-{i:05}-000000000");
                    let response = client
                        .post(format!("{address}{APPLICATIONS_PATH}"))
                        .header(IDEMPOTENCY_KEY_HEADER, &key)
                        .json(&question(&format!("kill test {i}")))
                        .send()
                        .await;
                    let outcome = match response {
                        Ok(r) => {
                            let status = r.status().as_u16();
                            let receipt = r.json::<ApplicationReceipt>().await.ok();
                            Some((status, receipt))
                        }
                        Err(_) => None,
                    };
                    let gone = outcome.is_none();
                    // Killed right here, by the task that got the 600th answer, while the
                    // other apps each have a submission on its way.
                    if answered.fetch_add(1, Ordering::SeqCst) + 1 == KILL_AT {
                        server.lock().unwrap().kill();
                    }
                    sent.push((i, key, outcome));
                    if gone {
                        break;
                    }
                }
                sent
            })
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.extend(task.await.expect("the task finishes"));
    }
    let created: HashMap<String, String> = results
        .iter()
        .filter_map(|(i, _, outcome)| match outcome {
            Some((201, Some(receipt))) => Some((format!("kill test {i}"), receipt.reference.0.clone())),
            _ => None,
        })
        .collect();
    let unanswered = results.iter().filter(|(_, _, o)| o.is_none()).count();
    assert!(
        created.len() >= KILL_AT - 1,
        "answered before the kill: {}",
        created.len()
    );
    assert!(
        unanswered > 0 && created.len() < CLIENTS * EACH,
        "the kill interrupted nothing; the test proved nothing"
    );
    for (_, _, outcome) in &results {
        if let Some((status, _)) = outcome {
            assert!(
                *status == 201 || *status == 503,
                "an answer before the kill was {status}"
            );
        }
    }

    let restarted = ServerProcess::start(&database.location);
    let stored = stored_questions(&client, &restarted.address, &database).await;
    let mut by_subject: HashMap<&str, Vec<&str>> = HashMap::new();
    for question in &stored {
        by_subject
            .entry(subject_of(question))
            .or_default()
            .push(question.reference.0.as_str());
    }
    for (subject, references) in &by_subject {
        assert_eq!(references.len(), 1, "{subject} stored {} times", references.len());
    }
    for (subject, reference) in &created {
        assert_eq!(
            by_subject.get(subject.as_str()).map(|r| r[0]),
            Some(reference.as_str()),
            "{subject} was answered 201 but is not stored as {reference}"
        );
    }

    // The residents' apps send again what got no answer, with the same keys.
    for (i, key, outcome) in &results {
        if matches!(outcome, Some((201, _))) {
            continue;
        }
        let status = client
            .post(format!("{}{APPLICATIONS_PATH}", restarted.address))
            .header(IDEMPOTENCY_KEY_HEADER, key)
            .json(&question(&format!("kill test {i}")))
            .send()
            .await
            .expect("the restarted server answers")
            .status()
            .as_u16();
        // 409: the killed request's claim is still 'pending' until it is deemed abandoned (30 s);
        // the outbox retries it later. Never a 5xx, never a second copy.
        assert!(status == 201 || status == 409, "a retry got {status}");
    }
    let after = stored_questions(&client, &restarted.address, &database).await;
    let mut subjects: Vec<&str> = after.iter().map(subject_of).collect();
    let total = subjects.len();
    subjects.sort_unstable();
    subjects.dedup();
    assert_eq!(subjects.len(), total, "a retry made a second copy");
}

/// 200 residents race for the city's appointment slots through the real server process, which is
/// SIGKILLed as the 600th answer arrives. After a restart every booking answered 201 reads back
/// confirmed, with its token, at its slot; the clerk's day view holds no slot with more residents
/// than its places; and every booking the city holds is one a resident was answered for or whose
/// answer the kill cut off (none appears from nowhere).
async fn a_server_killed_while_residents_race_for_slots_keeps_every_booking_and_never_overbooks(
    backend: Backend,
) {
    use madoguchi_domain::booking::{Booking, BookingDay, BookingReceipt, BookingStatus, SlotList};

    const CLIENTS: usize = 200;
    const EACH: usize = 10;
    const KILL_AT: usize = 600;
    let database = TestDatabase::new(backend).await;
    let server = Arc::new(std::sync::Mutex::new(ServerProcess::start(&database.location)));
    let address = server.lock().unwrap().address.clone();
    let client = reqwest::Client::new();
    // The machine's clock runs this server: slots from the day after the first open one, so no
    // slot closes (hours before it starts) while the test runs.
    let listed: SlotList = client
        .get(format!("{address}/api/v1/booking/services/my-number-card/slots"))
        .send()
        .await
        .expect("the server answers")
        .json()
        .await
        .expect("a slot list");
    let first_day = listed.slots.first().expect("open slots").date.clone();
    let slots: Vec<_> = listed
        .slots
        .into_iter()
        .filter(|s| s.date != first_day && s.remaining > 0)
        .take(300)
        .collect();
    let places: usize = slots.iter().map(|s| usize::from(s.remaining)).sum();
    assert!(
        places < CLIENTS * EACH,
        "{places} places: some residents must find slots full"
    );
    let slots = Arc::new(slots);

    let answered = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (client, address, answered, server, slots) = (
                client.clone(),
                address.clone(),
                answered.clone(),
                server.clone(),
                slots.clone(),
            );
            tokio::spawn(async move {
                let mut sent = Vec::new();
                for n in 0..EACH {
                    let i = c * EACH + n;
                    let slot = &slots[(i * 7) % slots.len()];
                    let response = client
                        .post(format!("{address}/api/v1/bookings"))
                        .header(IDEMPOTENCY_KEY_HEADER, format!("kill-book-key-{i:05}-000000000"))
                        .json(&serde_json::json!({
                            "service": "my-number-card",
                            "counter": slot.counter,
                            "startsAt": slot.starts_at,
                            "contact": {"name": format!("住民 {i}"), "phone": "0612-34-5678"}
                        }))
                        .send()
                        .await;
                    let outcome = match response {
                        Ok(r) => {
                            let status = r.status().as_u16();
                            let body = r.text().await.unwrap_or_default();
                            Some((status, body))
                        }
                        Err(_) => None,
                    };
                    let gone = outcome.is_none();
                    if answered.fetch_add(1, Ordering::SeqCst) + 1 == KILL_AT {
                        server.lock().unwrap().kill();
                    }
                    sent.push((i, slot.clone(), outcome));
                    if gone {
                        break;
                    }
                }
                sent
            })
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.extend(task.await.expect("the task finishes"));
    }
    let mut confirmed = Vec::new();
    for (i, slot, outcome) in &results {
        match outcome {
            Some((201, body)) => {
                let receipt: BookingReceipt = serde_json::from_str(body).expect("a booking receipt");
                confirmed.push((*i, slot.clone(), receipt));
            }
            Some((409, body)) => assert!(body.contains("slot_full"), "409 but not full: {body}"),
            Some((503, _)) | None => {}
            Some((status, body)) => panic!("an answer before the kill was {status}: {body}"),
        }
    }
    let unanswered = results.iter().filter(|(_, _, o)| o.is_none()).count();
    assert!(
        unanswered > 0 && answered.load(Ordering::SeqCst) >= KILL_AT,
        "the kill interrupted nothing; the test proved nothing"
    );
    assert!(!confirmed.is_empty());

    let restarted = ServerProcess::start(&database.location);
    for (i, slot, receipt) in &confirmed {
        let response = client
            .get(format!(
                "{}/api/v1/bookings/{}",
                restarted.address, receipt.booking.reference
            ))
            .bearer_auth(&receipt.access_token)
            .send()
            .await
            .expect("the restarted server answers");
        assert_eq!(response.status(), 200, "booking {i} answered 201 is gone");
        let kept: Booking = response.json().await.expect("a booking");
        assert_eq!(kept.status, BookingStatus::Confirmed, "booking {i}");
        assert_eq!(
            (kept.counter.as_str(), kept.starts_at),
            (slot.counter.as_str(), slot.starts_at)
        );
    }

    // The clerk's view of every day raced for: no slot over its places, nothing unaccounted for.
    let clerk = new_staff(&database.location, Role::Clerk).await;
    let now = madoguchi_server::clock::Clock::now(&madoguchi_server::clock::SystemClock);
    let token = staff_sign_in(&client, &restarted.address, &clerk, now).await;
    let mut days: Vec<&str> = slots.iter().map(|s| s.date.as_str()).collect();
    days.dedup();
    let mut held = 0;
    for date in days {
        let day: BookingDay = client
            .get(format!("{}/api/v1/admin/bookings?date={date}", restarted.address))
            .bearer_auth(&token)
            .send()
            .await
            .expect("the day view")
            .json()
            .await
            .expect("a booking day");
        for counter in &day.counters {
            let mut at: HashMap<_, usize> = HashMap::new();
            for booking in counter
                .bookings
                .iter()
                .filter(|b| b.status == BookingStatus::Confirmed)
            {
                *at.entry(booking.starts_at).or_default() += 1;
                held += 1;
            }
            for (starts_at, count) in at {
                let places = slots
                    .iter()
                    .find(|s| s.counter == counter.counter && s.starts_at == starts_at)
                    .map_or(0, |s| usize::from(s.capacity));
                assert!(
                    count <= places,
                    "{} at {starts_at:?}: {count} residents, {places} places",
                    counter.counter
                );
            }
        }
    }
    let cut_off = results
        .iter()
        .filter(|(_, _, o)| matches!(o, None | Some((503, _))))
        .count();
    assert!(
        held >= confirmed.len() && held <= confirmed.len() + cut_off,
        "the city holds {held} bookings; {} were answered 201 and {cut_off} cut off",
        confirmed.len()
    );
}

/// Two instances on one database: 50 copies of one request, split between them, store one
/// question and keep one answer; a catalogue replaced in the database is served, with its new
/// ETag, by both within their cache's freshness (neither keeps a stale copy).
async fn two_instances_on_one_database_act_as_one_server(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let servers = [
        ServerProcess::start(&database.location),
        ServerProcess::start(&database.location),
    ];
    let client = reqwest::Client::new();
    let barrier = Arc::new(tokio::sync::Barrier::new(50));
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let (client, address, barrier) =
                (client.clone(), servers[i % 2].address.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                let response = client
                    .post(format!("{address}{APPLICATIONS_PATH}"))
                    .header(IDEMPOTENCY_KEY_HEADER, "one-request-two-instances-0001")
                    .json(&question("two instances"))
                    .send()
                    .await
                    .expect("an answer");
                (response.status().as_u16(), response.text().await.expect("a body"))
            })
        })
        .collect();
    let mut created_bodies = Vec::new();
    for task in tasks {
        let (status, body) = task.await.expect("the task finishes");
        match status {
            201 => created_bodies.push(body),
            409 => {}
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert!(!created_bodies.is_empty());
    assert!(
        created_bodies.windows(2).all(|w| w[0] == w[1]),
        "every 201 is the one kept answer"
    );
    for server in &servers {
        let stored = stored_questions(&client, &server.address, &database).await;
        assert_eq!(stored.len(), 1, "one question, seen alike by both instances");
    }

    let etags = |client: reqwest::Client| {
        let addresses: Vec<String> = servers.iter().map(|s| s.address.clone()).collect();
        async move {
            let mut tags = Vec::new();
            for address in addresses {
                let response = client
                    .get(format!("{address}/api/v1/procedures"))
                    .send()
                    .await
                    .expect("an answer");
                let tag = response.headers()["etag"].to_str().expect("ascii").to_owned();
                let catalogue: serde_json::Value = response.json().await.expect("json");
                tags.push((tag, catalogue["procedures"].as_array().map_or(0, Vec::len)));
            }
            tags
        }
    };
    let before = etags(client.clone()).await;
    assert_eq!(before[0], before[1]);
    let store = storage::open(&database.location)
        .await
        .expect("the database opens");
    let mut catalogue = store.catalogue().await.expect("a catalogue");
    catalogue.procedures.truncate(3);
    store.replace_catalogue(catalogue).await.expect("replaced");
    // Each instance serves its cached copy for at most a second (`fresh::FRESH_FOR`).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let after = loop {
        let after = etags(client.clone()).await;
        if after.iter().all(|(tag, _)| tag != &before[0].0) || std::time::Instant::now() > deadline {
            break after;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    for (tag, procedures) in &after {
        assert_ne!(tag, &before[0].0, "a stale ETag is still served after 5 s");
        assert_eq!(*procedures, 3);
    }
    assert_eq!(after[0], after[1]);
}

on_both_stores!(
    a_server_killed_during_200_submissions_keeps_every_answered_one_once,
    a_server_killed_while_residents_race_for_slots_keeps_every_booking_and_never_overbooks,
    two_instances_on_one_database_act_as_one_server,
);
