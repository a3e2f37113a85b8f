# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = Prosedur di { $city } | Madoguchi
skip-link = Langsung ke konten utama
footer-text = Madoguchi: urusan di balai kota, kapan saja, dari mana saja.

language-switch-label = Bahasa (Language)
language-name = Bahasa Indonesia
furigana-toggle = Furigana (cara baca kanji)
language-load-failed = Bahasa yang dipilih tidak dapat dimuat. Halaman tetap dalam bahasa saat ini. Periksa koneksi Anda, lalu pilih lagi.

loading = Memuat…
retry = Coba lagi
page-load-failed-title = Halaman ini tidak dapat ditampilkan
page-load-failed-document-title = Halaman ini tidak dapat ditampilkan | Madoguchi
page-load-failed = Halaman ini tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.

# same-as-en: "Menu" is the standard Indonesian word (KBBI) for a navigation menu.
nav-label = Menu
data-from-device = Menampilkan data yang tersimpan di perangkat ini (diperbarui { $minutes } menit yang lalu).
display-settings-title = Pengaturan tampilan
display-text-size = Ukuran teks
display-text-size-100 = Standar (100%)
display-text-size-150 = Besar (150%)
display-text-size-200 = Terbesar (200%)
display-contrast = Skema warna
display-contrast-default = Standar
display-contrast-high = Kontras tinggi (putih di atas hitam)
display-line-spacing = Jarak baris
display-line-spacing-normal = Biasa
display-line-spacing-wide = Lebar
display-furigana = Furigana (cara baca kanji)
display-furigana-on = Tampilkan
display-furigana-off = Sembunyikan
fallback-notice = { $lang ->
    [en] Ditampilkan dalam bahasa Inggris karena belum ada terjemahan bahasa Indonesia
    [ja] Ditampilkan dalam bahasa Jepang karena belum ada terjemahan bahasa Indonesia
   *[other] Ditampilkan dalam { $language } karena belum ada terjemahan bahasa Indonesia
}
inquiry-title = Bertanya kepada pemerintah kota

applications-title = Pengajuan saya
account-title = Akun saya
notices-title = Pemberitahuan

app-tray-tooltip = Madoguchi: menerima pemberitahuan
app-tray-open = Buka Madoguchi
app-tray-quit = Keluar dari Madoguchi
