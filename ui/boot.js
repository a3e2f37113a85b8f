// Loads the UI's WASM. A file rather than an inline script, so the app's CSP needs no hash or
// 'unsafe-inline' for scripts.
import init from "/madoguchi_ui.js";

init({ module_or_path: "/madoguchi_ui_bg.wasm" });
