//! Embeds every `locales/<tag>/*.ftl` into the crate, so the UI's WASM and the shell need no file
//! access to speak a language. The list is generated, so adding a locale folder is enough.
//! Comment lines (notes for translators) are left out: they are a fifth of the text, and every
//! byte of it would ship in the UI's WASM twelve times over.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest
        .join("../../locales")
        .canonicalize()
        .expect("locales/ exists at the repository root");
    println!("cargo::rerun-if-changed={}", locales.display());

    let mut tags: Vec<PathBuf> = read_dir_sorted(&locales)
        .into_iter()
        .filter(|p| p.is_dir())
        .collect();
    tags.sort();
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut out = String::from("/// Every locale folder and its Fluent files, in alphabetical order.\n");
    out.push_str("pub static LOCALE_FILES: &[(&str, &[(&str, &str)])] = &[\n");
    for dir in tags {
        println!("cargo::rerun-if-changed={}", dir.display());
        let tag = dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("locale folder names are UTF-8");
        writeln!(out, "    ({tag:?}, &[").expect("writing to a String");
        for file in read_dir_sorted(&dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            println!("cargo::rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .expect("file names are UTF-8");
            let source =
                fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            let stripped = out_dir.join(format!("{tag}-{name}"));
            fs::write(&stripped, without_comments(&source)).expect("OUT_DIR is writable");
            writeln!(
                out,
                "        ({name:?}, include_str!({:?})),",
                stripped.display().to_string()
            )
            .expect("writing to a String");
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    fs::write(out_dir.join("locale_files.rs"), out).expect("OUT_DIR is writable");
}

/// The Fluent source without its comment lines (`#`, `##`, `###` at the start of a line; a `#`
/// inside a message is text and stays).
fn without_comments(source: &str) -> String {
    source
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect()
}

fn read_dir_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    entries
}
