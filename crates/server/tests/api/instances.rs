//! The server as separate processes: several instances on one database, a SIGKILL in the middle
//! of a burst, and `copy-data` from SQLite to PostgreSQL. Each runs the real binary.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use madoguchi_domain::{IDEMPOTENCY_KEY_HEADER, InquiryList, InquiryReceipt};
use madoguchi_server::storage;

use madoguchi_domain::account::Role;

use crate::helpers::{Backend, ServerProcess, TestDatabase, new_staff, on_both_stores, staff_sign_in};

fn inquiry(subject: &str) -> serde_json::Value {
    serde_json::json!({
        "department": "general",
        "subject": subject,
        "message": "粗大ごみの出し方を教えてください。",
        "contactName": "山田 花子",
        "contactEmail": "hanako@example.jp"
    })
}

/// Every inquiry, as a clerk signed in on `address` (a real process: its clock is the machine's).
async fn stored_inquiries(client: &reqwest::Client, address: &str, database: &TestDatabase) -> InquiryList {
    let clerk = new_staff(&database.location, Role::Clerk).await;
    let now = madoguchi_server::clock::Clock::now(&madoguchi_server::clock::SystemClock);
    let token = staff_sign_in(client, address, &clerk, now).await;
    client
        .get(format!("{address}/api/v1/admin/inquiries"))
        .bearer_auth(token)
        .send()
        .await
        .expect("the server answers")
        .json()
        .await
        .expect("an inquiry list")
}

/// 200 residents' apps submit at once, each sending inquiries one after another; the server is
/// SIGKILLed as the 600th answer arrives, with about 200 submissions in flight. After a restart,
/// every inquiry that was answered 201 is there with the reference it was given, none is there
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
                        .post(format!("{address}/api/v1/inquiries"))
                        .header(IDEMPOTENCY_KEY_HEADER, &key)
                        .json(&inquiry(&format!("kill test {i}")))
                        .send()
                        .await;
                    let outcome = match response {
                        Ok(r) => {
                            let status = r.status().as_u16();
                            let receipt = r.json::<InquiryReceipt>().await.ok();
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
    let stored = stored_inquiries(&client, &restarted.address, &database).await;
    let mut by_subject: HashMap<&str, Vec<&str>> = HashMap::new();
    for inquiry in &stored.inquiries {
        by_subject
            .entry(inquiry.subject.as_str())
            .or_default()
            .push(inquiry.reference.0.as_str());
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
            .post(format!("{}/api/v1/inquiries", restarted.address))
            .header(IDEMPOTENCY_KEY_HEADER, key)
            .json(&inquiry(&format!("kill test {i}")))
            .send()
            .await
            .expect("the restarted server answers")
            .status()
            .as_u16();
        // 409: the killed request's claim is still 'pending' until it is deemed abandoned (30 s);
        // the outbox retries it later. Never a 5xx, never a second copy.
        assert!(status == 201 || status == 409, "a retry got {status}");
    }
    let after = stored_inquiries(&client, &restarted.address, &database).await;
    let mut subjects: Vec<&str> = after.inquiries.iter().map(|q| q.subject.as_str()).collect();
    let total = subjects.len();
    subjects.sort_unstable();
    subjects.dedup();
    assert_eq!(subjects.len(), total, "a retry made a second copy");
}

/// Two instances on one database: 50 copies of one request, split between them, store one
/// inquiry and keep one answer; a catalogue replaced in the database is served, with its new
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
                    .post(format!("{address}/api/v1/inquiries"))
                    .header(IDEMPOTENCY_KEY_HEADER, "one-request-two-instances-0001")
                    .json(&inquiry("two instances"))
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
        let stored = stored_inquiries(&client, &server.address, &database).await;
        assert_eq!(
            stored.inquiries.len(),
            1,
            "one inquiry, seen alike by both instances"
        );
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
    // Each instance serves its cached copy for at most a second (`routes::etag::FRESH_FOR`).
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
    two_instances_on_one_database_act_as_one_server,
);
