//! The national holidays a city keeps for booking: shipped with the demo city, replaced by
//! `madoguchi-server import-holidays` from the Cabinet Office's file as downloaded (Shift_JIS), and
//! left untouched by a broken file.

use madoguchi_domain::CalendarDate;

use crate::helpers::{Backend, TestDatabase, on_both_stores};

fn day(y: i32, m: u8, d: u8) -> CalendarDate {
    CalendarDate::new(y, m, d).unwrap()
}

fn import(database: &str, dir: &std::path::Path, file: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi-server"))
        .arg("import-holidays")
        .arg(file)
        .env("MADOGUCHI_DATABASE", database)
        .env("MADOGUCHI_CONFIG", dir.join("none.toml"))
        .output()
        .unwrap()
}

async fn a_city_imports_the_cabinet_offices_file_as_downloaded_and_a_broken_one_changes_nothing(
    backend: Backend,
) {
    // Arrange: the demo city's database, which starts with the shipped list (1955–2027).
    let database = TestDatabase::new(backend).await;
    let _app = crate::helpers::spawn_app_with_database(&database).await;
    let store = madoguchi_server::storage::open(&database.location).await.unwrap();
    let shipped = store.holidays().await.unwrap().unwrap();
    assert_eq!(shipped.get(day(2026, 11, 23)), Some("勤労感謝の日"));
    assert_eq!(*shipped.years().end(), 2027);

    // Act 1: next year's file arrives, in Shift_JIS as the Cabinet Office publishes it.
    let dir = database.dir().to_owned();
    let location = database.location.raw();
    let text = format!(
        "{}2028/1/1,元日\r\n2028/1/10,成人の日\r\n",
        madoguchi_server::demo::HOLIDAYS
    );
    let (sjis, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&text);
    assert!(!unmappable);
    let file = dir.join("syukujitsu.csv");
    std::fs::write(&file, &sjis).unwrap();
    let output = import(&location, &dir, &file);

    // Assert 1: the names read as Japanese, and 2028 is now published, not computed.
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("(1955–2028)"));
    let kept = store.holidays().await.unwrap().unwrap();
    assert_eq!(kept.get(day(2028, 1, 10)), Some("成人の日"));
    assert_eq!(kept.iter().count(), shipped.iter().count() + 2);

    // Act 2: a file with an impossible date on its third line.
    let broken = dir.join("broken.csv");
    std::fs::write(
        &broken,
        "国民の祝日・休日月日,国民の祝日・休日名称\n2029/1/1,元日\n2029/2/30,建国記念の日\n",
    )
    .unwrap();
    let output = import(&location, &dir, &broken);

    // Assert 2: refused with the line, and the kept list is as it was.
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 3: holiday_file_bad_date"), "{stderr}");
    assert!(stderr.contains("the kept holidays were not changed"), "{stderr}");
    assert_eq!(store.holidays().await.unwrap().unwrap(), kept);
}

on_both_stores!(a_city_imports_the_cabinet_offices_file_as_downloaded_and_a_broken_one_changes_nothing);
