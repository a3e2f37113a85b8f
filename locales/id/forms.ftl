# Isian yang dipakai bersama oleh banyak formulir permohonan (nama, kode pos dan alamat, lampiran). Aturannya ada di madoguchi-domain.

## Nama
name-legend = Nama lengkap
name-hint = Tulis sesuai catatan kependudukan atau kartu izin tinggal (zairyu card) Anda. Jika Anda tidak memiliki nama pribadi, kosongkan kolom "Nama pribadi".
name-family = Nama keluarga
name-given = Nama pribadi
name-family-kana = Nama keluarga dalam katakana
name-given-kana = Nama pribadi dalam katakana
name-kana-hint = Tulis cara membaca nama Anda dengan huruf katakana (huruf Jepang). Jika Anda menulis dengan hiragana, tulisan akan diubah menjadi katakana.
name-error-family-missing = Masukkan nama keluarga Anda
name-error-given-missing-for-kana = Masukkan nama pribadi Anda, atau hapus cara bacanya dalam katakana
name-error-kana-missing = Masukkan cara baca dalam katakana
name-error-kana-not-katakana = Tulis cara baca dengan huruf katakana
name-error-too-long = Paling banyak 50 karakter

## Kode pos dan alamat
postal-code = Kode pos
postal-hint = Tujuh angka, misalnya 999-0001. Alamat akan terisi otomatis.
address-line1 = Alamat (prefektur, kota, kelurahan)
address-line2 = Nomor blok (banchi), nama gedung, dan nomor kamar
postal-status-searching = Mencari alamat untuk kode pos { $code }
postal-status-filled = Alamat untuk kode pos { $code } sudah diisi: { $address }. Sekarang masukkan nomor blok
postal-status-kept = Alamat untuk kode pos { $code } adalah { $address }. Alamat yang Anda masukkan tidak diubah
postal-status-several = Kode pos { $code } mencakup beberapa kelurahan. Sudah diisi sampai { $address }; masukkan sisanya
postal-status-unknown = Alamat untuk kode pos { $code } tidak ditemukan. Periksa nomornya, atau masukkan alamat sendiri
postal-status-failed = Alamat tidak dapat dicari. Masukkan alamat sendiri
postal-error-format = Masukkan kode pos berupa tujuh angka, misalnya 999-0001
postal-error-unknown = Tidak ada alamat dengan kode pos ini. Periksa nomornya, atau masukkan alamat sendiri.

## Lampiran

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = Kemajuan pengiriman
attachment-choose = Pilih berkas
attachment-nothing-chosen = Belum ada berkas yang dipilih
attachment-status-uploading = Mengirim { $name } ({ $percent }%)
attachment-status-done = { $name } ({ $size }) terkirim
attachment-status-failed = { $name } tidak dapat dikirim. Pilih file itu lagi
attachment-error-empty = File kosong. Pilih file lain
attachment-error-too-large = File terlalu besar. Pilih file yang lebih kecil dari batas yang tertera
attachment-error-wrong-kind = Jenis file ini tidak diterima. Pilih file dengan jenis yang tertera
attachment-error-name = Nama file tidak dapat dibaca. Ganti nama file, lalu pilih lagi
attachment-error-invalid = File tidak dapat diterima. Pilih file lain
attachment-error-sign-in = Untuk melampirkan file, masuk dulu di halaman “Akun saya”. File hanya diterima dari warga yang sudah masuk
attachment-error-quota = Anda sudah mengirim file sebanyak batas untuk satu orang dalam sehari. Kirim permohonan tanpa file ini dan bawa dokumennya ke loket, atau coba lagi besok

## Pemeriksaan jawaban permohonan (aturan yang sama untuk semua permohonan; pemerintah kota dapat menulis sendiri pesan untuk suatu isian)
form-error-required = Jawab pertanyaan ini
# same-as-en: only the question and its problem, joined by a colon as this language writes it.
form-error-summary-item = { $question }: { $problem }
form-error-invalid = Periksa jawaban ini
form-error-too-short = Masukkan paling sedikit { $min } karakter
form-error-too-long = Masukkan paling banyak { $max } karakter
form-error-mask = Masukkan dengan format { $example } (# adalah angka, A adalah huruf)
form-error-katakana = Tulis dengan huruf katakana
form-error-number = Masukkan bilangan bulat dengan angka
form-error-number-too-small = Masukkan bilangan { $min } atau lebih
form-error-number-too-large = Masukkan bilangan { $max } atau kurang
form-error-email = Masukkan alamat email yang benar, misalnya hanako@example.jp
form-error-phone = Masukkan nomor telepon dengan angka, misalnya 0612-34-5678
form-error-address-missing = Masukkan alamat
form-error-date = Masukkan tanggal yang benar
form-error-date-too-early = Masukkan tanggal { $date } atau sesudahnya
form-error-date-too-late = Masukkan tanggal { $date } atau sebelumnya
form-error-choice = Pilih salah satu pilihan yang tersedia
form-error-choose-at-least = Pilih paling sedikit { $min }
form-error-choose-at-most = Pilih paling banyak { $max }
form-error-too-many-files = Lampirkan paling banyak { $max } file
form-error-declaration = Baca pernyataannya, lalu centang kotak untuk mengonfirmasi
form-error-attachment-unavailable = File yang dilampirkan tidak ditemukan. Pilih file itu lagi

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = Kalender
form-date-western = Masehi
# same-as-en: name of a Japanese era, a proper noun.
form-era-reiwa = Reiwa
# same-as-en: name of a Japanese era, a proper noun.
form-era-heisei = Heisei
# same-as-en: name of a Japanese era, a proper noun.
form-era-showa = Showa
# same-as-en: name of a Japanese era, a proper noun.
form-era-taisho = Taisho
form-date-year = Tahun
form-date-month = Bulan
form-date-day = Tanggal
form-date-equivalent-western = Dalam kalender Masehi: { $day }/{ $month }/{ $year }
form-date-equivalent-era = Dalam kalender Jepang: { $day }/{ $month }, { $era } { $year ->
    [1] 1 (tahun pertama)
   *[other] { $year }
}
form-chars-left = Sisa { $count } karakter lagi
form-chars-over = Kelebihan { $count } karakter

## Application forms: controls and answers
form-select-choose = Pilih salah satu
form-yes = Ya
form-no = Tidak
form-agreed = Saya setuju
form-number-label = { $label } (dalam { $unit })
form-files-attached = { $count } berkas terlampir
form-postal-mark = Kode pos { $code }
form-attachment-hint = Anda dapat mengirim berkas PDF, JPEG, atau PNG hingga { $max }.
form-attachment-signed-out = Hanya warga yang sudah masuk yang dapat melampirkan file.
