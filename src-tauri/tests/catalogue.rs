//! The city's catalogue on the device: fetched once, it is kept with everything the home page
//! shows, its life events too (引越し, 出産・子育て, おくやみ, 就学), so the life-event pages work
//! offline and after a restart.

mod support;

use madoguchi_domain::LifeEvent;
use support::{START, device, free_port, restarted_offline, server_at};

#[tokio::test]
async fn the_kept_catalogue_groups_procedures_by_life_event_offline() {
    // Arrange: the catalogue fetched once online; then the city is out of reach and the app
    // is opened again.
    let port = free_port();
    let server = server_at(port, START).await;
    let device = device(&server.url);
    let online = device.data.refresh_catalogue().await.unwrap().value;
    let reopened = restarted_offline(server, &device);

    // Act
    let kept = reopened.cached_catalogue().await.unwrap().expect("kept").value;

    // Assert: the same catalogue, each procedure in its life events.
    assert_eq!(kept, online);
    assert_eq!(kept.life_events(), LifeEvent::ALL);
    let moving: Vec<_> = kept
        .in_life_event(LifeEvent::Moving)
        .map(|p| p.id.to_string())
        .collect();
    assert!(
        moving.starts_with(&["moving-in".to_owned(), "moving-out".to_owned()]),
        "{moving:?}"
    );
}
