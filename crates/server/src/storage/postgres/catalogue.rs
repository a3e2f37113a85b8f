//! PostgreSQL side of the catalogue, the departments and the areas. A read of several tables runs
//! in one REPEATABLE READ snapshot (four queries see one catalogue); replacements take an advisory
//! lock so two instances replacing at once run one after the other instead of failing on each
//! other's rows.

use deadpool_postgres::Object;
use madoguchi_domain::notice::AreaList;
use madoguchi_domain::{DepartmentCatalogue, ProcedureCatalogue};
use tokio_postgres::IsolationLevel;

use crate::storage::StoreError;
use crate::storage::rows::{
    CatalogueRows, DepartmentRows, area_from_row, channel_name, json_of, parse_channel, parse_life_event,
    position,
};

/// Advisory lock keys: one per thing replaced as a whole.
pub(super) const CATALOGUE_LOCK: i64 = 0x6361_7461_6c6f_6775;
const DEPARTMENTS_LOCK: i64 = 0x6465_7061_7274_6d74;
const AREAS_LOCK: i64 = 0x6172_6561_6c69_7374; // "arealist"

/// A read-only snapshot: every query in it sees the same committed state.
async fn snapshot(client: &mut Object) -> Result<deadpool_postgres::Transaction<'_>, StoreError> {
    Ok(client
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await?)
}

pub(super) async fn read_catalogue(client: &mut Object) -> Result<ProcedureCatalogue, StoreError> {
    let tx = snapshot(client).await?;
    let mut rows = CatalogueRows {
        city: tx
            .query("SELECT locale, text FROM city_texts WHERE field = 'name'", &[])
            .await?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect(),
        ..CatalogueRows::default()
    };
    for r in tx
        .query(
            "SELECT procedure_id, field, locale, text FROM procedure_texts",
            &[],
        )
        .await?
    {
        rows.texts
            .entry((r.get(0), r.get(1)))
            .or_default()
            .push((r.get(2), r.get(3)));
    }
    for r in tx
        .query("SELECT procedure_id, channel FROM procedure_channels", &[])
        .await?
    {
        let channel: String = r.get(1);
        rows.channels
            .entry(r.get(0))
            .or_default()
            .push(parse_channel(&channel)?);
    }
    for r in tx
        .query("SELECT procedure_id, life_event FROM procedure_life_events", &[])
        .await?
    {
        let event: String = r.get(1);
        rows.life_events
            .entry(r.get(0))
            .or_default()
            .push(parse_life_event(&event)?);
    }
    rows.ids = tx
        .query("SELECT id FROM procedures ORDER BY position", &[])
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    tx.commit().await?;
    rows.assemble()
}

pub(super) async fn write_catalogue(
    client: &mut Object,
    catalogue: &ProcedureCatalogue,
) -> Result<(), StoreError> {
    let tx = super::locked(client, CATALOGUE_LOCK).await?;
    tx.batch_execute("DELETE FROM procedures; DELETE FROM city_texts; DELETE FROM city;")
        .await?;
    tx.execute("INSERT INTO city (id) VALUES (1)", &[]).await?;
    for tag in catalogue.city.locales() {
        let text = catalogue.city.get(tag).unwrap_or_default();
        tx.execute(
            "INSERT INTO city_texts (field, locale, text) VALUES ('name', $1, $2)",
            &[&tag.as_str(), &text],
        )
        .await?;
    }
    let insert_text = tx
        .prepare("INSERT INTO procedure_texts (procedure_id, field, locale, text) VALUES ($1, $2, $3, $4)")
        .await?;
    for (index, p) in catalogue.procedures.iter().enumerate() {
        let id = p.id.as_str();
        tx.execute(
            "INSERT INTO procedures (id, position) VALUES ($1, $2)",
            &[&id, &position(index)],
        )
        .await?;
        for (field, text) in [("name", &p.name), ("summary", &p.summary)] {
            for tag in text.locales() {
                tx.execute(
                    &insert_text,
                    &[&id, &field, &tag.as_str(), &text.get(tag).unwrap_or_default()],
                )
                .await?;
            }
        }
        for channel in &p.channels {
            tx.execute(
                "INSERT INTO procedure_channels (procedure_id, channel) VALUES ($1, $2)",
                &[&id, &channel_name(*channel)],
            )
            .await?;
        }
        for event in &p.life_events {
            tx.execute(
                "INSERT INTO procedure_life_events (procedure_id, life_event) VALUES ($1, $2)",
                &[&id, &event.as_str()],
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

pub(super) async fn read_departments(client: &mut Object) -> Result<DepartmentCatalogue, StoreError> {
    let tx = snapshot(client).await?;
    let mut rows = DepartmentRows::default();
    for r in tx
        .query("SELECT department_id, locale, text FROM department_texts", &[])
        .await?
    {
        rows.texts.entry(r.get(0)).or_default().push((r.get(1), r.get(2)));
    }
    rows.ids = tx
        .query(
            "SELECT id FROM departments WHERE listed = 1 ORDER BY position",
            &[],
        )
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    tx.commit().await?;
    rows.assemble()
}

pub(super) async fn write_departments(
    client: &mut Object,
    catalogue: &DepartmentCatalogue,
) -> Result<(), StoreError> {
    let tx = super::locked(client, DEPARTMENTS_LOCK).await?;
    tx.execute("UPDATE departments SET listed = 0", &[]).await?;
    for (index, d) in catalogue.departments.iter().enumerate() {
        let id = d.id.as_str();
        tx.execute(
            "INSERT INTO departments (id, position, listed) VALUES ($1, $2, 1)
             ON CONFLICT (id) DO UPDATE SET position = excluded.position, listed = 1",
            &[&id, &position(index)],
        )
        .await?;
        tx.execute("DELETE FROM department_texts WHERE department_id = $1", &[&id])
            .await?;
        for tag in d.name.locales() {
            tx.execute(
                "INSERT INTO department_texts (department_id, locale, text) VALUES ($1, $2, $3)",
                &[&id, &tag.as_str(), &d.name.get(tag).unwrap_or_default()],
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// One query: it sees one committed list, so no snapshot is needed.
pub(super) async fn read_areas(client: &Object) -> Result<AreaList, StoreError> {
    let areas = client
        .query("SELECT code, name FROM areas ORDER BY position", &[])
        .await?
        .iter()
        .map(|r| area_from_row((r.get(0), r.get(1))))
        .collect::<Result<_, _>>()?;
    Ok(AreaList { areas })
}

/// Two instances loading the demo city at once both replace: the lock puts one after the other,
/// and the second's delete removes the first's rows instead of colliding with them.
pub(super) async fn write_areas(client: &mut Object, list: &AreaList) -> Result<(), StoreError> {
    let tx = super::locked(client, AREAS_LOCK).await?;
    tx.execute("DELETE FROM areas", &[]).await?;
    let insert = tx
        .prepare("INSERT INTO areas (code, name, position) VALUES ($1, $2, $3)")
        .await?;
    for (index, area) in list.areas.iter().enumerate() {
        tx.execute(
            &insert,
            &[&area.code.as_str(), &json_of(&area.name)?, &position(index)],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
