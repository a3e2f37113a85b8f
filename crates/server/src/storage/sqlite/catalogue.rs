//! SQLite side of the catalogue: the city's name, its procedures, the departments residents can
//! ask, and its areas. Localized texts are rows, one per locale, except an area's name, kept as
//! its wire JSON (the list is read and replaced whole, never searched by name).

use madoguchi_domain::notice::AreaList;
use madoguchi_domain::{DepartmentCatalogue, ProcedureCatalogue};
use rusqlite::{Connection, params};

use crate::storage::StoreError;
use crate::storage::rows::{
    CatalogueRows, DepartmentRows, area_from_row, channel_name, json_of, parse_channel, parse_life_event,
    position,
};

pub(super) fn read_catalogue(conn: &mut Connection) -> Result<ProcedureCatalogue, StoreError> {
    let tx = conn.transaction()?;
    let mut rows = CatalogueRows::default();
    {
        let mut stmt = tx.prepare("SELECT locale, text FROM city_texts WHERE field = 'name'")?;
        let city = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.city = city.collect::<Result<_, _>>()?;
    }
    {
        let mut stmt = tx.prepare("SELECT procedure_id, field, locale, text FROM procedure_texts")?;
        let mut found = stmt.query([])?;
        while let Some(r) = found.next()? {
            rows.texts
                .entry((r.get(0)?, r.get(1)?))
                .or_default()
                .push((r.get(2)?, r.get(3)?));
        }
    }
    {
        let mut stmt = tx.prepare("SELECT procedure_id, channel FROM procedure_channels")?;
        let mut found = stmt.query([])?;
        while let Some(r) = found.next()? {
            let channel: String = r.get(1)?;
            rows.channels
                .entry(r.get(0)?)
                .or_default()
                .push(parse_channel(&channel)?);
        }
    }
    {
        let mut stmt = tx.prepare("SELECT procedure_id, life_event FROM procedure_life_events")?;
        let mut found = stmt.query([])?;
        while let Some(r) = found.next()? {
            let event: String = r.get(1)?;
            rows.life_events
                .entry(r.get(0)?)
                .or_default()
                .push(parse_life_event(&event)?);
        }
    }
    let mut stmt = tx.prepare("SELECT id FROM procedures ORDER BY position")?;
    rows.ids = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    rows.assemble()
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
        for event in &p.life_events {
            tx.execute(
                "INSERT INTO procedure_life_events (procedure_id, life_event) VALUES (?1, ?2)",
                params![id, event.as_str()],
            )?;
        }
    }
    Ok(())
}

pub(super) fn read_departments(conn: &mut Connection) -> Result<DepartmentCatalogue, StoreError> {
    let tx = conn.transaction()?;
    let mut rows = DepartmentRows::default();
    {
        let mut stmt = tx.prepare("SELECT department_id, locale, text FROM department_texts")?;
        let mut found = stmt.query([])?;
        while let Some(r) = found.next()? {
            rows.texts
                .entry(r.get(0)?)
                .or_default()
                .push((r.get(1)?, r.get(2)?));
        }
    }
    let mut stmt = tx.prepare("SELECT id FROM departments WHERE listed = 1 ORDER BY position")?;
    rows.ids = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    rows.assemble()
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

pub(super) fn read_areas(conn: &mut Connection) -> Result<AreaList, StoreError> {
    let mut stmt = conn.prepare("SELECT code, name FROM areas ORDER BY position")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    let areas = rows.into_iter().map(area_from_row).collect::<Result<_, _>>()?;
    Ok(AreaList { areas })
}

pub(super) fn write_areas(tx: &Connection, list: &AreaList) -> Result<(), StoreError> {
    tx.execute("DELETE FROM areas", [])?;
    for (index, area) in list.areas.iter().enumerate() {
        tx.execute(
            "INSERT INTO areas (code, name, position) VALUES (?1, ?2, ?3)",
            params![area.code.as_str(), json_of(&area.name)?, position(index)],
        )?;
    }
    Ok(())
}
