#!/usr/bin/env bash
# Regenerates crates/cldr-data/src/data/: the ICU4X data (CLDR) for the Japanese calendar's modern
# eras, which madoguchi_domain::era converts 和暦 ⇄ 西暦 with. Baked into code; commit the output.
# (Dates, times and numbers are formatted by the reader's browser, ui/src/intl.rs: no formatting
# data is generated any more.)
#
# Sources (registries only, nothing else is downloaded):
# - icu4x-datagen 2.4.0 from crates.io (installed into the build cache);
# - CLDR JSON 48.2.0 from npm (cldr-core, cldr-dates-full, cldr-numbers-full, cldr-bcp47);
# - CLDR 49 for what npm does not carry (cldr-cal-japanese-full for ja, and the era start dates in
#   supplemental/calendarData.json, which icu4x-datagen 2.4 needs in their 49 form): the copies
#   that ship inside the icu_provider_source 2.4.0 crate.
# CLDR 49 added `intervalFormatRanges`, which datagen 2.4 requires but never uses: the 48 files get
# an empty one.
set -euo pipefail

ICU_VERSION=2.4.0
CLDR_NPM_VERSION=48.2.0
BAKED=ja # the eras are the Japanese calendar's, requested for the source language
MARKERS=(CalendarJapaneseModernV1)
CLDR_DIRS='^(ja|en|zh|zh-Hant|ko|vi|pt|es|fil|ne|id|und|root)$'

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/src/data"
cache="${MADOGUCHI_CACHE_DIR:-$HOME/.cache/madoguchi}/icu-datagen"
mkdir -p "$cache"

datagen="$cache/bin/icu4x-datagen"
if [[ ! -x "$datagen" ]] || [[ "$("$datagen" --version)" != *"$ICU_VERSION"* ]]; then
  cargo install icu4x-datagen --version "$ICU_VERSION" --no-default-features \
    --features provider,baked_exporter --root "$cache"
fi

cldr="$cache/cldr-$CLDR_NPM_VERSION"
rm -rf "$cldr" && mkdir -p "$cldr"
for package in cldr-core cldr-dates-full cldr-numbers-full cldr-bcp47; do
  (cd "$cache" && npm pack --silent "$package@$CLDR_NPM_VERSION" >/dev/null)
  mkdir -p "$cldr/$package"
  tar xzf "$cache/$package-$CLDR_NPM_VERSION.tgz" -C "$cldr/$package" --strip-components=1
done
for dir in "$cldr/cldr-dates-full/main" "$cldr/cldr-numbers-full/main"; do
  find "$dir" -mindepth 1 -maxdepth 1 -type d | while read -r d; do
    [[ "$(basename "$d")" =~ $CLDR_DIRS ]] || rm -rf "$d"
  done
done
grep -rl '"intervalFormats": {$' "$cldr/cldr-dates-full" |
  xargs sed -i 's/"intervalFormats": {$/"intervalFormats": {\n                "intervalFormatRanges": {},/'

source_crate="$(find "${CARGO_HOME:-$HOME/.cargo}/registry/src" -maxdepth 1 -mindepth 1 -type d |
  sed "s|$|/icu_provider_source-$ICU_VERSION|" | while read -r p; do [[ -d "$p" ]] && echo "$p"; done | head -1)"
if [[ -z "$source_crate" ]]; then
  echo "icu_provider_source-$ICU_VERSION is not in the cargo registry cache (installing icu4x-datagen puts it there)" >&2
  exit 1
fi
test_cldr="$source_crate/tests/data/cldr"
mkdir -p "$cldr/cldr-cal-japanese-full/main"
for l in ja und; do cp -r "$test_cldr/cldr-cal-japanese-full/main/$l" "$cldr/cldr-cal-japanese-full/main/"; done
cp "$test_cldr/cldr-cal-japanese-full/package.json" "$cldr/cldr-cal-japanese-full/" 2>/dev/null || true
cp "$test_cldr/cldr-core/supplemental/calendarData.json" "$cldr/cldr-core/supplemental/calendarData.json"

"$datagen" --format baked --use-separate-crates --pretty \
  --no-internal-fallback --deduplication none \
  --cldr-root "$cldr" --locales "$BAKED" --markers "${MARKERS[@]}" \
  --overwrite --out "$out"
echo "wrote $out"
