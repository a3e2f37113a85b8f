//! Builds a locale's date and number formatters from its CLDR data, in a WASM chunk of its own.
//!
//! Only a reader of another language than Japanese needs this (Japanese's data is baked into the
//! code): the code that reads a CLDR blob (postcard, ICU4X's deserializers) is a split point like a
//! page (`pages/lazy.rs`), fetched with the first other language and never by a Japanese reader.

use madoguchi_i18n::InvalidCldrData;

use crate::pages::lazy::ChunkUnavailable;

/// Builds and keeps the formatters of CLDR locale `name` from `blob` (see
/// `madoguchi_i18n::load_cldr_data`). Fails when the chunk cannot be fetched or the blob is not that
/// locale's data.
pub async fn load(name: &'static str, blob: Vec<u8>) -> Result<(), ()> {
    match build(name, blob).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(InvalidCldrData)) | Err(ChunkUnavailable) => Err(()),
    }
}

// The split point: its body, and everything only it reaches, goes into the chunk.
#[::leptos::wasm_split::wasm_split(cldr_loader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn build(name: &'static str, blob: Vec<u8>) -> Result<Result<(), InvalidCldrData>, ChunkUnavailable> {
    Ok(madoguchi_i18n::load_cldr_data(name, blob))
}
