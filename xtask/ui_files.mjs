// The UI build's file tools, run by `cargo xtask build-ui` (xtask/src/ui_build.rs) with node, which
// the build already needs for wasm-opt: content digests for the hashed file names, and the brotli
// and gzip copies web mode serves. Node's own crypto and zlib (the reference brotli library), so
// xtask needs no compression crate and nothing is downloaded.
//
//   node xtask/ui_files.mjs digest FILE...    prints "<sha-256 hex> FILE" per file
//   node xtask/ui_files.mjs compress FILE...  writes FILE.br and FILE.gz (each only when smaller
//                                             than FILE) and prints "FILE raw br gzip" per file
//                                             (a size equal to raw means no copy was written)
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const [command, ...files] = process.argv.slice(2);

/** Brotli at its best quality, told the size and whether it is text (a better model for text). */
function brotli(data, file) {
  const text = /\.(html|js|mjs|css|ftl|json|svg|txt)$/.test(file);
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/** Writes `copy` beside `file` when it saves bytes, else removes a stale one; returns the size sent. */
function keepIfSmaller(path, copy, raw) {
  if (copy.length < raw) {
    writeFileSync(path, copy);
    return copy.length;
  }
  rmSync(path, { force: true });
  return raw;
}

switch (command) {
  case "digest":
    for (const file of files) {
      console.log(`${createHash("sha256").update(readFileSync(file)).digest("hex")} ${file}`);
    }
    break;
  case "compress":
    for (const file of files) {
      const data = readFileSync(file);
      const br = keepIfSmaller(`${file}.br`, brotli(data, file), data.length);
      const gz = keepIfSmaller(`${file}.gz`, gzipSync(data, { level: 9 }), data.length);
      console.log(`${file} ${data.length} ${br} ${gz}`);
    }
    break;
  default:
    console.error("usage: node xtask/ui_files.mjs digest|compress FILE...");
    process.exit(2);
}
