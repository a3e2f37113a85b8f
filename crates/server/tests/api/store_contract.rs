//! The store traits' own contract, below HTTP: what every backend must do the same way (order,
//! atomic replacement, idempotency claims under contention), run on SQLite and PostgreSQL.

use std::sync::Arc;

use madoguchi_domain::notice::EventId;
use madoguchi_domain::{IdempotencyKey, UnixMillis};
use madoguchi_server::storage::{self, ClaimOutcome, ClaimRules, IdempotencyClaim, StoredResponse};

use crate::helpers::{Backend, TestDatabase, on_both_stores};

fn claim_at(at: i64) -> IdempotencyClaim {
    IdempotencyClaim {
        scope: String::new(),
        key: IdempotencyKey::parse("stalled-request-key-0001").unwrap(),
        fingerprint: "same request".into(),
        at: UnixMillis(at),
    }
}

fn rules_at(now: i64) -> ClaimRules {
    ClaimRules {
        expired_before: UnixMillis(now - 86_400_000),
        abandoned_before: UnixMillis(now - 30_000),
    }
}

fn response(status: u16) -> StoredResponse {
    StoredResponse {
        status,
        content_type: "application/json".into(),
        body: b"{}".to_vec(),
    }
}

async fn a_catalogue_survives_reopening_in_the_citys_order(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let demo = madoguchi_server::demo::catalogue();
    let store = storage::open(&database.location).await.unwrap();
    assert!(store.is_empty().await.unwrap());
    store.replace_catalogue(demo.clone()).await.unwrap();
    drop(store);

    let reopened = storage::open(&database.location).await.unwrap();
    assert_eq!(reopened.catalogue().await.unwrap(), demo);
}

async fn replacing_the_catalogue_leaves_no_old_procedures_behind(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let store = storage::open(&database.location).await.unwrap();
    let mut demo = madoguchi_server::demo::catalogue();
    store.replace_catalogue(demo.clone()).await.unwrap();
    demo.procedures.truncate(2);
    demo.procedures.reverse();
    store.replace_catalogue(demo.clone()).await.unwrap();
    assert_eq!(store.catalogue().await.unwrap(), demo);
}

async fn a_stalled_request_cannot_free_or_finish_a_key_taken_over_after_it(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let store = storage::open(&database.location).await.unwrap();
    let (old, new) = (claim_at(1_000), claim_at(40_000));
    assert_eq!(
        store
            .claim_idempotency_key(old.clone(), rules_at(1_000))
            .await
            .unwrap(),
        ClaimOutcome::Claimed
    );
    // 39 s later the first holder looks dead; a retry takes the key over.
    assert_eq!(
        store
            .claim_idempotency_key(new.clone(), rules_at(40_000))
            .await
            .unwrap(),
        ClaimOutcome::Claimed
    );
    // The stalled first request wakes up and fails: its release must not free the key ...
    store.release_idempotency_key(old.clone()).await.unwrap();
    assert_eq!(
        store
            .claim_idempotency_key(claim_at(41_000), rules_at(41_000))
            .await
            .unwrap(),
        ClaimOutcome::InProgress,
        "the retry still holds the key"
    );
    // ... nor may it finish the key with its own answer.
    store.finish_idempotency_key(old, response(500)).await.unwrap();
    store.finish_idempotency_key(new, response(201)).await.unwrap();
    match store
        .claim_idempotency_key(claim_at(42_000), rules_at(42_000))
        .await
        .unwrap()
    {
        ClaimOutcome::Replay(kept) => assert_eq!(kept.status, 201, "the holder's answer is kept"),
        other => panic!("expected a replay, got {other:?}"),
    }
}

/// Two stores on one database stand for two server instances: of 40 claims of one key made at
/// once through both, exactly one may run the request.
async fn of_forty_simultaneous_claims_through_two_stores_exactly_one_wins(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let stores = [
        storage::open(&database.location).await.unwrap(),
        storage::open(&database.location).await.unwrap(),
    ];
    let barrier = Arc::new(tokio::sync::Barrier::new(40));
    let tasks: Vec<_> = (0..40)
        .map(|i| {
            let store = Arc::clone(&stores[i % 2]);
            let barrier = Arc::clone(&barrier);
            tokio::spawn(async move {
                barrier.wait().await;
                store
                    .claim_idempotency_key(claim_at(5_000), rules_at(5_000))
                    .await
            })
        })
        .collect();
    let mut claimed = 0;
    for task in tasks {
        match task.await.unwrap().unwrap() {
            ClaimOutcome::Claimed => claimed += 1,
            ClaimOutcome::InProgress => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(claimed, 1);
}

async fn departments_dropped_from_the_list_are_kept_but_not_listed(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let store = storage::open(&database.location).await.unwrap();
    let mut departments = madoguchi_server::demo::departments();
    store.replace_departments(departments.clone()).await.unwrap();
    let dropped = departments.departments.remove(0);
    store.replace_departments(departments.clone()).await.unwrap();
    let listed = store.departments().await.unwrap();
    assert_eq!(listed, departments);
    assert!(!listed.departments.iter().any(|d| d.id == dropped.id));
}

async fn the_areas_are_replaced_whole_and_kept_in_the_citys_order(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let store = storage::open(&database.location).await.unwrap();
    assert!(store.areas().await.unwrap().areas.is_empty());
    let mut areas = madoguchi_server::demo::areas();
    store.replace_areas(areas.clone()).await.unwrap();
    assert_eq!(store.areas().await.unwrap(), areas);

    // The city drops an area and reorders the rest: the dropped code is gone, the order is the new one.
    let dropped = areas.areas.remove(1);
    areas.areas.reverse();
    store.replace_areas(areas.clone()).await.unwrap();
    drop(store);

    let reopened = storage::open(&database.location).await.unwrap();
    let listed = reopened.areas().await.unwrap();
    assert_eq!(listed, areas);
    assert!(!listed.contains(&dropped.code));
}

async fn a_database_made_by_a_newer_build_is_refused(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    drop(storage::open(&database.location).await.unwrap());
    match &database.location {
        storage::DatabaseLocation::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path).unwrap();
            conn.pragma_update(None, "user_version", 999).unwrap();
        }
        storage::DatabaseLocation::Postgres(url) => {
            let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
            let connection = tokio::spawn(connection);
            client
                .batch_execute("INSERT INTO schema_migrations (version) VALUES (999)")
                .await
                .unwrap();
            drop(client);
            let _ = connection.await;
        }
    }
    let refused = storage::open(&database.location).await.err().expect("refused");
    assert!(refused.to_string().contains("newer"), "{refused}");
}

/// Keeps a small PNG received at `at` (its key claimed first, as the idempotency layer does).
async fn keep_file(store: &dyn storage::Store, id: &str, at: i64) {
    let claim = IdempotencyClaim {
        scope: String::new(),
        key: IdempotencyKey::parse(&format!("contract-upload-{id}-0000")).unwrap(),
        fingerprint: id.into(),
        at: UnixMillis(at),
    };
    assert_eq!(
        store
            .claim_idempotency_key(claim.clone(), rules_at(at))
            .await
            .unwrap(),
        ClaimOutcome::Claimed
    );
    let file = storage::NewAttachment {
        id: id.into(),
        name: madoguchi_domain::AttachmentName::parse("写真.png").unwrap(),
        kind: madoguchi_domain::FileKind::Png,
        sha256: "0".repeat(64),
        content: b"\x89PNG\r\n\x1a\n".to_vec().into(),
        sender: storage::Sender {
            owner: "account:acc-contract".into(),
            bytes_per_day: u64::MAX,
        },
    };
    store
        .create_attachment(file, claim, Box::new(|_| response(201)))
        .await
        .unwrap();
}

async fn purging_unclaimed_files_deletes_exactly_those_received_before_the_cutoff(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let store = storage::open(&database.location).await.unwrap();
    keep_file(store.as_ref(), "att-old", 1_000).await;
    keep_file(store.as_ref(), "att-cutoff", 5_000).await;
    keep_file(store.as_ref(), "att-new", 9_000).await;

    let purged = store
        .purge_unclaimed_attachments(UnixMillis(5_000))
        .await
        .unwrap();

    assert_eq!(purged, 1, "only the file received strictly before the cutoff");
    assert_eq!(store.attachment_content("att-old".into()).await.unwrap(), None);
    for kept in ["att-cutoff", "att-new"] {
        assert!(
            store.attachment_content(kept.into()).await.unwrap().is_some(),
            "{kept}"
        );
    }
    assert_eq!(
        store
            .purge_unclaimed_attachments(UnixMillis(5_000))
            .await
            .unwrap(),
        0,
        "a second sweep (another instance's) finds nothing"
    );
}

fn push_subscription(endpoint: &str, auth: u8) -> madoguchi_domain::notice::push::PushSubscription {
    use madoguchi_domain::notice::push::PushEndpoint;
    // RFC 8291 Appendix A's user agent key: a point on P-256.
    let point = madoguchi_domain::notice::push::base64url_decode(
        "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4",
    )
    .unwrap();
    madoguchi_domain::notice::push::PushSubscription {
        endpoint: PushEndpoint::parse(endpoint, false).unwrap(),
        p256dh: point.try_into().unwrap(),
        auth: [auth; 16],
    }
}

/// Web Push: a subscription is kept once per endpoint, read back in id order a page at a time,
/// and ended only with its own `auth` secret.
async fn a_push_subscription_is_kept_per_endpoint_and_ended_only_with_its_secret(backend: Backend) {
    use madoguchi_server::storage::Subscribed;
    let database = TestDatabase::new(backend).await;
    let store = storage::open(&database.location).await.unwrap();
    let (a, b, c) = (
        "https://push.example.net/a",
        "https://push.example.net/b",
        "https://push.example.net/c",
    );
    for (endpoint, auth) in [(a, 1), (b, 2), (c, 3)] {
        let kept = store
            .upsert_push_subscription(push_subscription(endpoint, auth), UnixMillis(1_000))
            .await
            .unwrap();
        assert_eq!(kept, Subscribed::Created);
    }
    // Renewed with a new secret: still one row, the new secret the one that counts.
    let renewed = store
        .upsert_push_subscription(push_subscription(b, 9), UnixMillis(2_000))
        .await
        .unwrap();
    assert_eq!(renewed, Subscribed::Renewed);

    let first = store.push_subscriptions_after(0, 2).await.unwrap();
    let rest = store.push_subscriptions_after(first[1].id, 2).await.unwrap();
    let endpoints: Vec<&str> = first
        .iter()
        .chain(&rest)
        .map(|s| s.subscription.endpoint.as_str())
        .collect();
    assert_eq!(endpoints, [a, b, c]);
    assert_eq!(first[1].subscription.auth, [9; 16]);

    assert!(
        !store.remove_push_subscription(b.into(), [2; 16]).await.unwrap(),
        "the old secret"
    );
    assert!(
        !store.remove_push_subscription(b.into(), [1; 16]).await.unwrap(),
        "another's secret"
    );
    assert!(store.remove_push_subscription(b.into(), [9; 16]).await.unwrap());
    assert!(
        !store.remove_push_subscription(b.into(), [9; 16]).await.unwrap(),
        "already ended"
    );
    store.delete_push_subscription(first[0].id).await.unwrap();
    let left: Vec<String> = store
        .push_subscriptions_after(0, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.subscription.endpoint.as_str().to_owned())
        .collect();
    assert_eq!(left, [c]);
}

/// Two stores on one database stand for two instances: the first VAPID key kept is everyone's,
/// and of 20 claims of the same events through both, exactly one moves the cursor.
async fn the_vapid_key_is_made_once_and_one_of_simultaneous_claims_wins(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let stores = [
        storage::open(&database.location).await.unwrap(),
        storage::open(&database.location).await.unwrap(),
    ];
    let first = stores[0]
        .vapid_key(b"first".to_vec(), UnixMillis(1))
        .await
        .unwrap();
    let second = stores[1]
        .vapid_key(b"second".to_vec(), UnixMillis(2))
        .await
        .unwrap();
    assert_eq!(
        (first.as_slice(), second.as_slice()),
        (&b"first"[..], &b"first"[..])
    );

    // A fresh database has no notice events: the cursor starts at 0, once.
    assert_eq!(stores[0].push_cursor().await.unwrap(), EventId(0));
    assert_eq!(stores[1].push_cursor().await.unwrap(), EventId(0));
    let barrier = Arc::new(tokio::sync::Barrier::new(20));
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let store = Arc::clone(&stores[i % 2]);
            let barrier = Arc::clone(&barrier);
            tokio::spawn(async move {
                barrier.wait().await;
                store.advance_push_cursor(EventId(0), EventId(7)).await
            })
        })
        .collect();
    let mut won = 0;
    for task in tasks {
        won += usize::from(task.await.unwrap().unwrap());
    }
    assert_eq!(won, 1);
    assert_eq!(stores[1].push_cursor().await.unwrap(), EventId(7));
    assert!(
        !stores[0]
            .advance_push_cursor(EventId(0), EventId(9))
            .await
            .unwrap()
    );
}

on_both_stores!(
    purging_unclaimed_files_deletes_exactly_those_received_before_the_cutoff,
    a_catalogue_survives_reopening_in_the_citys_order,
    replacing_the_catalogue_leaves_no_old_procedures_behind,
    a_stalled_request_cannot_free_or_finish_a_key_taken_over_after_it,
    of_forty_simultaneous_claims_through_two_stores_exactly_one_wins,
    departments_dropped_from_the_list_are_kept_but_not_listed,
    the_areas_are_replaced_whole_and_kept_in_the_citys_order,
    a_database_made_by_a_newer_build_is_refused,
    a_push_subscription_is_kept_per_endpoint_and_ended_only_with_its_secret,
    the_vapid_key_is_made_once_and_one_of_simultaneous_claims_wins,
);
