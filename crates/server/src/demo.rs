//! The demo city, 夢咲市 (Yumesaki, fictional), loaded into an empty database so Run shows a real
//! catalogue with no setup. The data is a file beside the code, in the shape a city would import.

use madoguchi_domain::form::FormSchema;
use madoguchi_domain::notice::AreaList;
use madoguchi_domain::{DepartmentCatalogue, PostalAddress, PostalCode, ProcedureCatalogue, UnixMillis};
use serde::Deserialize;

use crate::storage::{Store, StoreError};

const DEMO_CATALOGUE: &str = include_str!("../demo/yumesaki.json");
const DEMO_DEPARTMENTS: &str = include_str!("../demo/departments.json");
const DEMO_AREAS: &str = include_str!("../demo/areas.json");
const DEMO_POSTAL_CODES: &str = include_str!("../demo/postal-codes.json");
/// The national holidays as shipped (the Cabinet Office's list, UTF-8; see the domain's
/// `data/holidays/README.md`); a city keeps them current with `madoguchi-server import-holidays`.
pub const HOLIDAYS: &str = include_str!("../../domain/data/holidays/syukujitsu.csv");

/// The demo city's counter appointments, as a city would import them (`madoguchi-server
/// import-booking`).
pub const BOOKING: &str = include_str!("../demo/booking.toml");

/// The demo city's online forms, as a city would import them (`madoguchi-server import-form`).
const DEMO_FORMS: &[(&str, &str)] = &[
    (
        "demo/forms/moving-in.toml",
        include_str!("../demo/forms/moving-in.toml"),
    ),
    (
        "demo/forms/residence-certificate.toml",
        include_str!("../demo/forms/residence-certificate.toml"),
    ),
    (
        "demo/forms/child-allowance.toml",
        include_str!("../demo/forms/child-allowance.toml"),
    ),
    (
        "demo/forms/nursery-admission.toml",
        include_str!("../demo/forms/nursery-admission.toml"),
    ),
    (
        "demo/forms/oversized-waste.toml",
        include_str!("../demo/forms/oversized-waste.toml"),
    ),
    (
        "demo/forms/inquiry.toml",
        include_str!("../demo/forms/inquiry.toml"),
    ),
];

/// The demo city's forms, checked as an import checks them.
pub fn forms() -> Vec<FormSchema> {
    DEMO_FORMS
        .iter()
        .map(|(file, text)| {
            crate::form_import::parse_form_file(file, text)
                .unwrap_or_else(|e| panic!("a demo form is broken:\n{e}"))
        })
        .collect()
}

#[derive(Deserialize)]
struct PostalFile {
    addresses: Vec<PostalEntry>,
}

#[derive(Deserialize)]
struct PostalEntry {
    code: PostalCode,
    #[serde(flatten)]
    address: PostalAddress,
}

/// The demo city's postal codes (fictional, in Japan Post's shape).
pub fn postal_addresses() -> Vec<(PostalCode, PostalAddress)> {
    let file: PostalFile =
        serde_json::from_str(DEMO_POSTAL_CODES).expect("demo/postal-codes.json matches the wire types");
    file.addresses.into_iter().map(|e| (e.code, e.address)).collect()
}

/// The demo city's departments (the ids of the `inquiry` form's division choices).
pub fn departments() -> DepartmentCatalogue {
    let catalogue: DepartmentCatalogue =
        serde_json::from_str(DEMO_DEPARTMENTS).expect("demo/departments.json matches the wire types");
    assert!(
        catalogue.departments.iter().all(|d| d.name.has_source()),
        "every demo department has a Japanese name"
    );
    catalogue
}

/// The demo city's areas (町丁目), which its notices are aimed at and residents pick theirs from.
pub fn areas() -> AreaList {
    let list: AreaList = serde_json::from_str(DEMO_AREAS).expect("demo/areas.json matches the wire types");
    assert!(
        list.areas.iter().all(|a| a.name.has_source()),
        "every demo area has a Japanese name"
    );
    list
}

/// The demo catalogue, checked by the domain's own rules on the way in.
pub fn catalogue() -> ProcedureCatalogue {
    let raw: ProcedureCatalogue =
        serde_json::from_str(DEMO_CATALOGUE).expect("demo/yumesaki.json matches the wire types");
    let procedures = raw
        .procedures
        .into_iter()
        .map(|p| {
            madoguchi_domain::Procedure::new(p.id, p.name, p.summary, p.channels)
                .expect("every demo procedure is complete")
                .with_life_events(p.life_events)
        })
        .collect();
    ProcedureCatalogue {
        city: raw.city,
        procedures,
    }
}

/// Loads each part of the demo city the store does not have yet; returns whether it loaded any.
pub async fn load_if_empty(store: &dyn Store) -> Result<bool, StoreError> {
    let mut loaded = false;
    if store.is_empty().await? {
        store.replace_catalogue(catalogue()).await?;
        loaded = true;
    }
    if store.departments().await?.departments.is_empty() {
        store.replace_departments(departments()).await?;
        loaded = true;
    }
    if store.areas().await?.areas.is_empty() {
        store.replace_areas(areas()).await?;
        loaded = true;
    }
    if store.has_no_postal_addresses().await? {
        store.replace_postal_addresses(postal_addresses()).await?;
        loaded = true;
    }
    if store.holidays().await?.is_none() {
        let list = madoguchi_domain::booking::HolidayList::parse(HOLIDAYS)
            .unwrap_or_else(|e| panic!("the shipped holiday list is broken: {e}"));
        store.replace_holidays(list).await?;
        loaded = true;
    }
    if store.booking_config().await?.is_none() {
        let (config, _) = crate::booking_import::parse_booking_file("demo/booking.toml", BOOKING)
            .unwrap_or_else(|e| panic!("the demo booking file is broken:\n{e}"));
        store.replace_booking_config(config, UnixMillis(0)).await?;
        loaded = true;
    }
    for form in forms() {
        if store.form(form.procedure.clone(), None).await?.is_none() {
            // The demo's forms are as old as the demo: dated at the epoch, not at start-up.
            store.import_form(form, UnixMillis(0)).await?;
            loaded = true;
        }
    }
    Ok(loaded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_domain::{Channel, LocaleTag};

    #[test]
    fn the_demo_city_offers_at_least_ten_procedures_in_japanese_and_english() {
        let c = catalogue();
        assert_eq!(c.city.get(&LocaleTag::source()), Some("夢咲市"));
        assert!(c.procedures.len() >= 10);
        let en = LocaleTag::parse("en").unwrap();
        for p in &c.procedures {
            assert!(
                p.name.get(&en).is_some() && p.summary.get(&en).is_some(),
                "{} lacks English",
                p.id
            );
        }
    }

    #[test]
    fn the_demo_city_has_departments_in_japanese_and_english_with_a_general_desk() {
        let d = departments();
        let en = LocaleTag::parse("en").unwrap();
        assert!(d.departments.iter().all(|d| d.name.get(&en).is_some()));
        assert!(d.departments.iter().any(|d| d.id.as_str() == "general"));
    }

    #[test]
    fn the_demo_city_lists_its_areas_in_japanese_and_english_each_code_once() {
        let list = areas();
        let en = LocaleTag::parse("en").unwrap();
        let codes: Vec<&str> = list.areas.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "yumesaki-1-chome",
                "yumesaki-2-chome",
                "yumesaki-3-chome",
                "minato-1-chome",
                "minato-2-chome",
                "kita-yumesaki",
            ]
        );
        assert!(list.areas.iter().all(|a| a.name.get(&en).is_some()));
    }

    #[test]
    fn every_demo_form_belongs_to_a_procedure_of_the_catalogue() {
        let c = catalogue();
        for form in forms() {
            assert!(
                c.procedures.iter().any(|p| p.id == form.procedure),
                "{}",
                form.procedure
            );
        }
    }

    #[test]
    fn every_channel_appears_somewhere_in_the_demo() {
        let c = catalogue();
        for channel in Channel::ALL {
            assert!(
                c.procedures.iter().any(|p| p.channels.contains(&channel)),
                "{channel:?} unused"
            );
        }
    }
}
