//! The demo city, 夢咲市 (Yumesaki, fictional), loaded into an empty database so Run shows a real
//! catalogue with no setup. The data is a file beside the code, in the shape a city would import.

use madoguchi_domain::ProcedureCatalogue;

use crate::storage::{Store, StoreError};

const DEMO_CATALOGUE: &str = include_str!("../demo/yumesaki.json");

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
        })
        .collect();
    ProcedureCatalogue {
        city: raw.city,
        procedures,
    }
}

/// Loads the demo city if the store has no procedures; returns whether it did.
pub async fn load_if_empty(store: &dyn Store) -> Result<bool, StoreError> {
    if !store.is_empty().await? {
        return Ok(false);
    }
    store.replace_catalogue(catalogue()).await?;
    Ok(true)
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
