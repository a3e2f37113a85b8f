//! The counter's side of booking through the API (the day per counter, check-in, no-show, the CSV
//! export, booking on a resident's behalf), who may call each booking route, what a resident takes
//! away (the calendar file, the check-in code), and `madoguchi-server import-booking`.

use madoguchi_domain::booking::{
    BookedBy, Booking, BookingCatalogue, BookingDay, BookingReceipt, BookingStatus,
};
use madoguchi_domain::{ApiError, ErrorCode};
use serde_json::json;

use crate::bookings::{booked, card_slot, code, request};
use crate::helpers::{Backend, TestDatabase, on_both_stores, spawn_app};

const WRONG_TOKEN: &str = "yumesaki-staff-token-for-tests-0002";

async fn the_clerk_sees_the_day_per_counter_checks_in_marks_no_shows_and_exports_it(backend: Backend) {
    // Arrange: one booking by a resident, one by a clerk on a resident's behalf.
    let app = spawn_app(backend).await;
    let (early, late) = (
        card_slot(&app, "2026-12-01", 0).await,
        card_slot(&app, "2026-12-01", 1).await,
    );
    let resident = booked(&app, "staff-0001-aaaaaaaaaaaa", &late, "夢咲 花子").await;
    let response = app
        .post_json_as(
            "/api/v1/admin/bookings",
            "staff-0002-aaaaaaaaaaaa",
            &request(&early, "夢咲 一郎"),
            &app.clerk().await,
        )
        .await;
    assert_eq!(response.status(), 201);
    let on_behalf: BookingReceipt = response.json().await.unwrap();
    assert_eq!(on_behalf.booking.booked_by, BookedBy::Staff);
    assert_eq!(resident.booking.booked_by, BookedBy::Resident);
    // The resident can read the booking made for them with the token the clerk hands over.
    let path = format!("/api/v1/bookings/{}", on_behalf.booking.reference);
    assert_eq!(
        app.get_as_staff(&path, &on_behalf.access_token).await.status(),
        200
    );

    // Act 1: the clerk's day.
    let response = app
        .get_as_staff("/api/v1/admin/bookings?date=2026-12-01", &app.clerk().await)
        .await;

    // Assert 1: every counter, its bookings by start time.
    assert_eq!(response.status(), 200);
    let day: BookingDay = response.json().await.unwrap();
    let counters: Vec<&str> = day.counters.iter().map(|c| c.counter.as_str()).collect();
    assert_eq!(counters, ["counter-1", "counter-2", "consultation-room"]);
    let names: Vec<&str> = day.counters[0]
        .bookings
        .iter()
        .map(|b| b.contact.name.as_str())
        .collect();
    assert_eq!(names, ["夢咲 一郎", "夢咲 花子"]);

    // Act 2: check-in, twice; no-show.
    let check_in = |reference: &str, key: &str| {
        let path = format!("/api/v1/admin/bookings/{reference}/check-in");
        let key = key.to_owned();
        let app = &app;
        async move {
            app.post_json_as(&path, &key, &json!({}), &app.clerk().await)
                .await
        }
    };
    let first = check_in(&on_behalf.booking.reference.0, "staff-0003-aaaaaaaaaaaa").await;
    let again = check_in(&on_behalf.booking.reference.0, "staff-0004-aaaaaaaaaaaa").await;
    let no_show = app
        .post_json_as(
            &format!("/api/v1/admin/bookings/{}/no-show", resident.booking.reference),
            "staff-0005-aaaaaaaaaaaa",
            &json!({}),
            &app.clerk().await,
        )
        .await;
    let missing = check_in("YMS-B-999999", "staff-0006-aaaaaaaaaaaa").await;

    // Assert 2
    assert_eq!(first.status(), 200);
    assert_eq!(
        first.json::<Booking>().await.unwrap().status,
        BookingStatus::CheckedIn
    );
    assert_eq!(again.status(), 409);
    assert_eq!(code(again).await, ErrorCode::BookingNotActive);
    assert_eq!(
        no_show.json::<Booking>().await.unwrap().status,
        BookingStatus::NoShow
    );
    assert_eq!(missing.status(), 404);

    // Act 3: the CSV.
    let response = app
        .get_as_staff("/api/v1/admin/bookings.csv?date=2026-12-01", &app.clerk().await)
        .await;

    // Assert 3: a header and one line per booking, in Japan time, who booked it said.
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    let text = response.text().await.unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].ends_with("reference,counter,service,date,starts,ends,status,booked_by,name,phone,email")
    );
    assert!(
        lines[1].starts_with(&format!(
            "{},counter-1,my-number-card,2026-12-01,08:35,08:55,checked-in,staff,夢咲 一郎",
            on_behalf.booking.reference
        )),
        "{}",
        lines[1]
    );
    assert!(lines[2].contains(",no-show,resident,夢咲 花子,"), "{}", lines[2]);
}

async fn every_booking_route_refuses_a_missing_or_wrong_token(backend: Backend) {
    let app = spawn_app(backend).await;
    let slot = card_slot(&app, "2026-12-01", 0).await;
    let receipt = booked(&app, "auth-0001-aaaaaaaaaaaa", &slot, "夢咲 花子").await;
    let reference = receipt.booking.reference.0.clone();
    let other = "0123456789abcdef0123456789abcdef";

    // The resident's routes: 401 without a token, the same 404 as for no such booking with another.
    let reads = [
        format!("/api/v1/bookings/{reference}"),
        format!("/api/v1/bookings/{reference}/calendar.ics"),
        format!("/api/v1/bookings/{reference}/check-in.svg"),
        "/api/v1/waitlist/YMS-W-000001".to_owned(),
    ];
    for path in &reads {
        assert_eq!(app.get(path).await.status(), 401, "{path}");
        assert_eq!(app.get_as_staff(path, other).await.status(), 404, "{path}");
    }
    let writes = [
        (format!("/api/v1/bookings/{reference}/cancel"), json!({})),
        (
            format!("/api/v1/bookings/{reference}/reschedule"),
            json!({"counter": "counter-1", "startsAt": slot.starts_at}),
        ),
        ("/api/v1/waitlist/YMS-W-000001/accept".to_owned(), json!({})),
    ];
    for (n, (path, body)) in writes.iter().enumerate() {
        let without = app
            .post_json(path, Some(&format!("auth-no-{n}-aaaaaaaaaaaa")), body)
            .await;
        assert_eq!(without.status(), 401, "{path}");
        let wrong = app
            .post_json_as(path, &format!("auth-wrong-{n}-aaaaaaaaaaa"), body, other)
            .await;
        assert_eq!(wrong.status(), 404, "{path}");
    }

    // The clerk's routes: 401 without the staff token or with a wrong one (the resident's too).
    let staff_reads = ["/api/v1/admin/bookings", "/api/v1/admin/bookings.csv"];
    for path in staff_reads {
        for token in [None, Some(WRONG_TOKEN), Some(receipt.access_token.as_str())] {
            let response = match token {
                None => app.get(path).await,
                Some(token) => app.get_as_staff(path, token).await,
            };
            assert_eq!(response.status(), 401, "{path} {token:?}");
            assert_eq!(
                response.json::<ApiError>().await.unwrap().code,
                ErrorCode::Unauthorized
            );
        }
    }
    let staff_writes = [
        ("/api/v1/admin/bookings".to_owned(), request(&slot, "夢咲 一郎")),
        (format!("/api/v1/admin/bookings/{reference}/check-in"), json!({})),
        (format!("/api/v1/admin/bookings/{reference}/no-show"), json!({})),
    ];
    for (n, (path, body)) in staff_writes.iter().enumerate() {
        let without = app
            .post_json(path, Some(&format!("staff-no-{n}-aaaaaaaaaaa")), body)
            .await;
        assert_eq!(without.status(), 401, "{path}");
        let wrong = app
            .post_json_as(path, &format!("staff-wrong-{n}-aaaaaaaaa"), body, WRONG_TOKEN)
            .await;
        assert_eq!(wrong.status(), 401, "{path}");
    }
    // A clerk's kept answer is never replayed to a request without the staff token, even with the
    // same key and body (keys are scoped to the credentials that came with them).
    let body = request(&card_slot(&app, "2026-12-02", 0).await, "夢咲 一郎");
    let key = "auth-replay-0001-aaaaaaa";
    let first = app
        .post_json_as("/api/v1/admin/bookings", key, &body, &app.clerk().await)
        .await;
    assert_eq!(first.status(), 201);
    let replayed = app.post_json("/api/v1/admin/bookings", Some(key), &body).await;
    assert_eq!(replayed.status(), 401);
    let again = app
        .post_json_as("/api/v1/admin/bookings", key, &body, &app.clerk().await)
        .await;
    assert_eq!(
        (
            again.status().as_u16(),
            again.headers()["idempotent-replayed"].to_str().unwrap()
        ),
        (201, "true")
    );

    // Nothing happened to the booking.
    let path = format!("/api/v1/bookings/{reference}");
    let kept: Booking = app
        .get_as_staff(&path, &receipt.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(kept.status, BookingStatus::Confirmed);
}

async fn a_booking_comes_as_a_calendar_event_in_utc_and_a_check_in_code(backend: Backend) {
    let app = spawn_app(backend).await;
    let slot = card_slot(&app, "2026-12-01", 1).await;
    let receipt = booked(&app, "ics-0001-aaaaaaaaaaaaa", &slot, "夢咲 花子").await;
    let base = format!("/api/v1/bookings/{}", receipt.booking.reference);

    let ics = app
        .get_as_staff(&format!("{base}/calendar.ics?lang=en"), &receipt.access_token)
        .await;
    let svg = app
        .get_as_staff(&format!("{base}/check-in.svg"), &receipt.access_token)
        .await;

    assert_eq!(ics.status(), 200);
    assert_eq!(ics.headers()["content-type"], "text/calendar; charset=utf-8");
    let text = ics.text().await.unwrap().replace("\r\n ", "");
    for line in [
        "BEGIN:VEVENT",
        "X-WR-TIMEZONE:Asia/Tokyo",
        // 09:05–09:25 in Japan.
        "DTSTART:20261201T000500Z",
        "DTEND:20261201T002500Z",
        "SUMMARY:Collecting your My Number Card",
        "LOCATION:Citizens Division\\, counter 1\\, Main building\\, 1st floor",
        "STATUS:CONFIRMED",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} in\n{text}");
    }
    assert!(text.contains(&format!("UID:{}@madoguchi", receipt.booking.reference)));
    assert_eq!(svg.status(), 200);
    assert_eq!(svg.headers()["content-type"], "image/svg+xml");
    let svg = svg.text().await.unwrap();
    assert!(svg.contains(&format!(">{}</text>", receipt.booking.reference)));
}

fn import(database: &str, dir: &std::path::Path, file: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi-server"))
        .arg("import-booking")
        .arg(file)
        .env("MADOGUCHI_DATABASE", database)
        .env("MADOGUCHI_CONFIG", dir.join("none.toml"))
        .output()
        .unwrap()
}

async fn a_city_imports_its_booking_file_and_a_broken_one_changes_nothing(backend: Backend) {
    // Arrange: the demo city's database.
    let database = TestDatabase::new(backend).await;
    let app = crate::helpers::spawn_app_with_database(&database).await;
    let dir = database.dir().to_owned();
    let location = database.location.raw();

    // Act 1: a file with two mistakes.
    let broken = madoguchi_server::demo::BOOKING
        .replace("durationMinutes = 45", "durationMinutes = 47")
        .replace(
            "hours.weekdays = [\"09:00-12:00\"",
            "hours.weekdays = [\"09:00-25:00\"",
        );
    let file = dir.join("booking.toml");
    std::fs::write(&file, &broken).unwrap();
    let output = import(&location, &dir, &file);

    // Assert 1: refused, each mistake at its line, and the kept setup as it was.
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line_of = |needle: &str| broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let file_name = file.display().to_string();
    assert!(
        stderr.contains(&format!(
            "{file_name}:{}: services[1].durationMinutes (moving-in)",
            line_of("= 47")
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{file_name}:{}: counters[2].hours.weekdays[0]",
            line_of("25:00")
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("the kept booking setup was not changed"),
        "{stderr}"
    );
    let catalogue: BookingCatalogue = app.get("/api/v1/booking/services").await.json().await.unwrap();
    assert_eq!(catalogue.services.len(), 3);

    // Act 2: the city stops offering consultations by appointment.
    let start = madoguchi_server::demo::BOOKING
        .find("[[services]]\nid = \"childcare")
        .unwrap();
    let end = madoguchi_server::demo::BOOKING.find("[[counters]]").unwrap();
    let rooms = madoguchi_server::demo::BOOKING
        .find("[[counters]]\nid = \"consultation-room\"")
        .unwrap();
    let fewer = format!(
        "{}{}",
        &madoguchi_server::demo::BOOKING[..start],
        &madoguchi_server::demo::BOOKING[end..rooms]
    );
    std::fs::write(&file, &fewer).unwrap();
    let output = import(&location, &dir, &file);

    // Assert 2
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("imported 2 services and 2 counters"));
    // The running server keeps the setup it built for a second (`fresh::FRESH_FOR`).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let catalogue = loop {
        let catalogue: BookingCatalogue = app.get("/api/v1/booking/services").await.json().await.unwrap();
        if catalogue.services.len() != 3 || std::time::Instant::now() > deadline {
            break catalogue;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(
        catalogue.services.len(),
        2,
        "the old setup is still used after 5 s"
    );
    let gone = app
        .get("/api/v1/booking/services/childcare-consultation/slots")
        .await;
    assert_eq!(gone.status(), 404);
}

on_both_stores!(
    the_clerk_sees_the_day_per_counter_checks_in_marks_no_shows_and_exports_it,
    every_booking_route_refuses_a_missing_or_wrong_token,
    a_booking_comes_as_a_calendar_event_in_utc_and_a_check_in_code,
    a_city_imports_its_booking_file_and_a_broken_one_changes_nothing,
);
