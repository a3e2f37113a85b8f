//! The Madoguchi app: starts the Tauri shell (see the library crate for everything it does).

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    madoguchi_shell::run();
}
