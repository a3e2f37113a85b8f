# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = Prosedur di { $city } | Madoguchi
skip-link = Langsung ke konten utama
footer-text = Madoguchi: urusan di balai kota, kapan saja, dari mana saja.

language-switch-label = Bahasa (Language)
language-name = Bahasa Indonesia
furigana-toggle = Furigana (cara baca kanji)

loading = Memuat…
retry = Coba lagi
fallback-notice = { $lang ->
    [en] Ditampilkan dalam bahasa Inggris karena belum ada terjemahan bahasa Indonesia
    [ja] Ditampilkan dalam bahasa Jepang karena belum ada terjemahan bahasa Indonesia
   *[other] Ditampilkan dalam { $language } karena belum ada terjemahan bahasa Indonesia
}
