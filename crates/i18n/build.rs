//! Reads `locales/`: the list of locale folders (every one ships; adding a folder is enough), each
//! locale's own name (its `language-name` message, for the language menu), and the Fluent files
//! to embed. With the `all-locales` feature (tests, the gallery, the server) every file of every
//! locale is embedded. Without it (the residents' UI) only Japanese's `FIRST_LOAD` files are: the UI
//! fetches another locale's messages when the reader needs them, and Japanese's other files with
//! the first page loaded on demand (`Localizer::with_messages`), so the first download carries
//! the home page's Japanese and nothing else; the gallery's own files and the mail never reach it.
//! Comment lines (notes for translators) are left out: they are a fifth of the text.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

/// The source locale, embedded in every build.
const SOURCE: &str = "ja";

/// The Japanese files the residents' first download carries (the gallery's and the server's mail
/// are never among them; with `all-locales` every file is embedded): the frame's, the home page's, the
/// error messages and dates. Every other file's Japanese is written by `cargo xtask build-ui` as
/// `locales/ja-<hash>.ftl` and fetched with the first page loaded on demand (`ui/src/pages/lazy.rs`),
/// so a page's messages grow its own download, not the home page's. Keep in step with
/// `xtask/src/ui_build.rs`.
const FIRST_LOAD: &[&str] = &["app.ftl", "errors.ftl", "home.ftl", "time.ftl"];

/// `locales/` as seen from this crate's folder.
const RELATIVE_LOCALES: &str = "../../locales";

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest
        .join("../../locales")
        .canonicalize()
        .expect("locales/ exists at the repository root");
    // Watched paths are written relative to this crate (cargo reads them so): absolute ones would
    // name the checkout that built first, and another clone sharing the build cache (xtask keeps
    // it outside the clone) would then embed that checkout's messages.
    println!("cargo::rerun-if-changed={RELATIVE_LOCALES}");
    let embed_all = env::var_os("CARGO_FEATURE_ALL_LOCALES").is_some();

    let tags: Vec<PathBuf> = read_dir_sorted(&locales)
        .into_iter()
        .filter(|p| p.is_dir())
        .collect();
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut names =
        String::from("/// Every locale folder and its `language-name` message, in alphabetical order.\n");
    names.push_str("pub static LOCALE_NAMES: &[(&str, &str)] = &[\n");
    let mut files = String::from("/// The embedded locales and their Fluent files, in alphabetical order.\n");
    files.push_str("pub static LOCALE_FILES: &[(&str, &[(&str, &str)])] = &[\n");
    for dir in tags {
        let tag = dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("locale folder names are UTF-8");
        println!("cargo::rerun-if-changed={RELATIVE_LOCALES}/{tag}");
        let embed = embed_all || tag == SOURCE;
        if embed {
            writeln!(files, "    ({tag:?}, &[").expect("writing to a String");
        }
        let mut name = None;
        for file in read_dir_sorted(&dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            let file_name = file
                .file_name()
                .and_then(|n| n.to_str())
                .expect("file names are UTF-8");
            println!("cargo::rerun-if-changed={RELATIVE_LOCALES}/{tag}/{file_name}");
            let source =
                fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            name = name.or_else(|| language_name(&source));
            if embed && (embed_all || FIRST_LOAD.contains(&file_name)) {
                let stripped = out_dir.join(format!("{tag}-{file_name}"));
                fs::write(&stripped, without_comments(&source)).expect("OUT_DIR is writable");
                writeln!(
                    files,
                    "        ({file_name:?}, include_str!({:?})),",
                    stripped.display().to_string()
                )
                .expect("writing to a String");
            }
        }
        if embed {
            files.push_str("    ]),\n");
        }
        let name = name.unwrap_or_else(|| panic!("locales/{tag} has no `language-name = …` message"));
        writeln!(names, "    ({tag:?}, {name:?}),").expect("writing to a String");
    }
    names.push_str("];\n");
    files.push_str("];\n");
    writeln!(
        files,
        "/// Whether the source locale's every file is embedded (else its pages' messages are fetched).\npub const SOURCE_WHOLE: bool = {embed_all};"
    )
    .expect("writing to a String");
    fs::write(out_dir.join("locale_files.rs"), names + &files).expect("OUT_DIR is writable");
}

/// The value of a one-line `language-name = …` message, if this file has it.
fn language_name(source: &str) -> Option<String> {
    source.lines().find_map(|line| {
        let (id, value) = line.split_once('=')?;
        (id.trim_end() == "language-name").then(|| value.trim().to_owned())
    })
}

/// The Fluent source without its comment lines (`#`, `##`, `###` at the start of a line; a `#`
/// inside a message is text and stays). `cargo xtask build-ui` strips the locale files it writes
/// for the browser the same way.
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
