//! `cargo xtask bench`: prints the figures we promise. Today: the UI's size (the roadmap's budget is
//! ≤ 200 KB compressed). Later benchmarks add their own lines here.

use crate::step::Result;
use crate::{setup, ui_build};

/// The compressed UI budget from the roadmap, in bytes.
const UI_GZIP_BUDGET: u64 = 200 * 1024;

pub fn main() -> Result {
    setup::for_ui_build()?;
    let sizes = ui_build::build(ui_build::Mode::Release)?;
    let size = sizes.app;
    println!("\nbench: ui.wasm.raw_bytes {}", size.raw);
    println!(
        "bench: ui.wasm.gzip_bytes {} (budget {UI_GZIP_BUDGET})",
        size.gzip
    );
    // The gallery is a developer page, not part of what residents download; shown for reference.
    println!(
        "bench: gallery.wasm.gzip_bytes {} (not shipped to residents)",
        sizes.gallery.gzip
    );
    if size.gzip > UI_GZIP_BUDGET {
        return Err(format!(
            "the UI is {} B gzip, over the {UI_GZIP_BUDGET} B budget",
            size.gzip
        ));
    }
    Ok(())
}
