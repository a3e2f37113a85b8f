//! SQLite side of the catalogue: the city's name, its procedures and the departments residents
//! can ask. Localized texts are rows, one per locale.

use std::collections::BTreeMap;

use madoguchi_domain::{
    Channel, Department, DepartmentCatalogue, DepartmentId, Procedure, ProcedureCatalogue, ProcedureId,
};
use rusqlite::{Connection, params};

use crate::storage::StoreError;
use crate::storage::rows::{channel_name, localized, parse_channel, position};

pub(super) fn read_catalogue(conn: &mut Connection) -> Result<ProcedureCatalogue, StoreError> {
    let tx = conn.transaction()?;
    let city = {
        let mut stmt = tx.prepare("SELECT locale, text FROM city_texts WHERE field = 'name'")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        localized(&rows.collect::<Result<Vec<_>, _>>()?)?
    };

    let mut texts: BTreeMap<(String, String), Vec<(String, String)>> = BTreeMap::new();
    {
        let mut stmt = tx.prepare("SELECT procedure_id, field, locale, text FROM procedure_texts")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            texts
                .entry((r.get(0)?, r.get(1)?))
                .or_default()
                .push((r.get(2)?, r.get(3)?));
        }
    }
    let mut channels: BTreeMap<String, Vec<Channel>> = BTreeMap::new();
    {
        let mut stmt = tx.prepare("SELECT procedure_id, channel FROM procedure_channels")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let channel: String = r.get(1)?;
            channels
                .entry(r.get(0)?)
                .or_default()
                .push(parse_channel(&channel)?);
        }
    }

    let mut procedures = Vec::new();
    let mut stmt = tx.prepare("SELECT id FROM procedures ORDER BY position")?;
    let ids = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    for id in ids {
        let name = localized(&texts.remove(&(id.clone(), "name".to_owned())).unwrap_or_default())?;
        let summary = localized(
            &texts
                .remove(&(id.clone(), "summary".to_owned()))
                .unwrap_or_default(),
        )?;
        let channels = channels.remove(&id).unwrap_or_default();
        let id = ProcedureId::parse(&id).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let procedure =
            Procedure::new(id, name, summary, channels).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        procedures.push(procedure);
    }
    Ok(ProcedureCatalogue { city, procedures })
}

pub(super) fn write_catalogue(tx: &Connection, catalogue: &ProcedureCatalogue) -> Result<(), StoreError> {
    tx.execute_batch("DELETE FROM procedures; DELETE FROM city_texts; DELETE FROM city;")?;
    tx.execute("INSERT INTO city (id) VALUES (1)", [])?;
    for tag in catalogue.city.locales() {
        let text = catalogue.city.get(tag).unwrap_or_default();
        tx.execute(
            "INSERT INTO city_texts (field, locale, text) VALUES ('name', ?1, ?2)",
            params![tag.as_str(), text],
        )?;
    }
    for (index, p) in catalogue.procedures.iter().enumerate() {
        let id = p.id.as_str();
        tx.execute(
            "INSERT INTO procedures (id, position) VALUES (?1, ?2)",
            params![id, position(index)],
        )?;
        for (field, text) in [("name", &p.name), ("summary", &p.summary)] {
            for tag in text.locales() {
                tx.execute(
                    "INSERT INTO procedure_texts (procedure_id, field, locale, text) VALUES (?1, ?2, ?3, ?4)",
                    params![id, field, tag.as_str(), text.get(tag).unwrap_or_default()],
                )?;
            }
        }
        for channel in &p.channels {
            tx.execute(
                "INSERT INTO procedure_channels (procedure_id, channel) VALUES (?1, ?2)",
                params![id, channel_name(*channel)],
            )?;
        }
    }
    Ok(())
}

pub(super) fn read_departments(conn: &mut Connection) -> Result<DepartmentCatalogue, StoreError> {
    let tx = conn.transaction()?;
    let mut texts: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    {
        let mut stmt = tx.prepare("SELECT department_id, locale, text FROM department_texts")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            texts.entry(r.get(0)?).or_default().push((r.get(1)?, r.get(2)?));
        }
    }
    let mut stmt = tx.prepare("SELECT id FROM departments WHERE listed = 1 ORDER BY position")?;
    let ids = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let departments = ids
        .into_iter()
        .map(|id| {
            let pairs = texts.remove(&id).unwrap_or_default();
            let name = localized(&pairs)?;
            let id = DepartmentId::parse(&id).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            Ok(Department { id, name })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(DepartmentCatalogue { departments })
}

pub(super) fn write_departments(tx: &Connection, catalogue: &DepartmentCatalogue) -> Result<(), StoreError> {
    tx.execute("UPDATE departments SET listed = 0", [])?;
    for (index, d) in catalogue.departments.iter().enumerate() {
        let id = d.id.as_str();
        tx.execute(
            "INSERT INTO departments (id, position, listed) VALUES (?1, ?2, 1)
             ON CONFLICT (id) DO UPDATE SET position = excluded.position, listed = 1",
            params![id, position(index)],
        )?;
        tx.execute("DELETE FROM department_texts WHERE department_id = ?1", [id])?;
        for tag in d.name.locales() {
            tx.execute(
                "INSERT INTO department_texts (department_id, locale, text) VALUES (?1, ?2, ?3)",
                params![id, tag.as_str(), d.name.get(tag).unwrap_or_default()],
            )?;
        }
    }
    Ok(())
}
