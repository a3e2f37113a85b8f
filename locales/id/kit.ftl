# Teks contoh di galeri komponen (/gallery). Komponen tidak memiliki teks sendiri; teksnya diambil dari sini.

kit-skip-link-title = Tautan lompat
kit-skip-link-default = Tautan ke konten utama
kit-page-header-title = Kepala halaman
kit-page-header-default = Nama layanan dan pilihan bahasa

kit-button-title = Tombol
kit-button-primary = Tombol utama
kit-button-secondary = Tombol kedua
kit-button-tertiary = Tombol ketiga
kit-button-disabled = Tombol yang tidak dapat dipakai
kit-button-loading = Tombol sedang memproses
kit-button-save = Simpan
kit-button-save-draft = Simpan draf
kit-button-cancel = Batal
kit-button-send = Kirim
kit-button-sending = Sedang mengirim
kit-button-pressed = Ditekan { $count } kali

kit-text-input-title = Isian teks
kit-text-input-email = Dengan petunjuk dan isi otomatis
kit-text-input-width = Dengan lebar tertentu
kit-text-input-error = Isian yang salah
kit-text-input-readings = Dengan cara baca di atas label
kit-readings-label = Kota atau kabupaten
kit-email-label = Alamat email
kit-email-hint = Kami akan mengirim email konfirmasi.
kit-email-error = Masukkan alamat email dengan format name@example.jp
kit-phone-label = Nomor telepon

kit-radios-title = Tombol radio
kit-radios-contact = Pertanyaan dengan petunjuk
kit-radios-inline = "Ya" dan "Tidak" berdampingan
kit-radios-error = Pertanyaan yang salah diisi
kit-contact-legend = Bagaimana kami menghubungi Anda?
kit-contact-hint = Pilih salah satu.
kit-contact-email = Surel
kit-contact-phone = Telepon
kit-contact-phone-hint = Hari kerja, 09.00–17.00
kit-contact-post = Pos
kit-contact-error = Pilih cara kami menghubungi Anda
kit-moved-legend = Apakah Anda pindah rumah dalam satu tahun terakhir?
kit-yes = Ya
kit-no = Tidak

kit-checkboxes-title = Kotak centang
kit-checkboxes-support = Dengan pilihan "Tidak ada yang diperlukan"
kit-support-legend = Bantuan yang Anda perlukan di loket
kit-support-hint = Pilih semua yang sesuai.
kit-support-wheelchair = Datang dengan kursi roda
kit-support-sign-language = Juru bahasa isyarat
kit-support-large-print = Dokumen dengan huruf besar
kit-support-none = Tidak ada yang diperlukan
kit-or = atau

kit-error-summary-title = Ringkasan kesalahan
kit-error-summary-form = Formulir yang menampilkannya jika dikirim kosong
kit-error-summary-shown = Ringkasan kesalahan yang sudah ditampilkan
kit-error-summary-heading = Ada masalah pada isian Anda
kit-name-label = Nama lengkap
kit-name-error = Masukkan nama lengkap Anda

kit-tabs-title = Tab
kit-tabs-procedure = Informasi prosedur yang dibagi dalam tab
kit-tabs-label = Rincian prosedur
kit-tab-overview = Ringkasan
kit-tab-overview-text = Laporan ini dibuat saat Anda memindahkan alamat ke Kota Yumesaki. Laporkan dalam 14 hari setelah pindah.
kit-tab-documents = Yang diperlukan
kit-tab-documents-text = Surat keterangan pindah keluar dan tanda pengenal (misalnya kartu My Number).
kit-tab-fees = Biaya
kit-tab-fees-text = Tidak dikenakan biaya.

kit-accordion-title = Akordeon dan rincian
kit-accordion-faq = Pertanyaan yang sering diajukan
kit-accordion-details = Penjelasan tambahan
kit-faq-when = Sampai kapan saya harus melapor?
kit-faq-when-answer = Dalam 14 hari sejak mulai tinggal di alamat baru.
kit-faq-proxy = Bolehkah orang lain melapor atas nama saya?
kit-faq-proxy-answer = Boleh. Wakil Anda memerlukan surat kuasa dan tanda pengenalnya sendiri.
kit-details-my-number = Apa itu kartu My Number?
kit-details-my-number-answer = Kartu plastik berfoto wajah yang dapat dipakai sebagai tanda pengenal dan untuk prosedur daring.

kit-dialog-title = Kotak dialog
kit-dialog-confirm = Konfirmasi tindakan yang tidak dapat dibatalkan
kit-dialog-open = Tarik kembali permohonan
kit-dialog-heading = Tarik kembali permohonan ini?
kit-dialog-text = Setelah ditarik kembali, permohonan ini tidak dapat dipulihkan.
kit-dialog-withdraw = Tarik kembali
kit-dialog-keep = Jangan tarik kembali
kit-dialog-close = Tutup
kit-dialog-withdrawn = Permohonan telah ditarik kembali

kit-date-input-title = Isian tanggal
kit-date-input-birth = Tanggal lahir dalam kalender Masehi atau kalender Jepang
kit-date-birth-legend = Tanggal lahir
kit-date-birth-hint = Contoh: 14 Maret Heisei 1 (tahun pertama), atau 14 Maret 1989
kit-date-calendar = Kalender
kit-date-western = Masehi
# same-as-en: name of a Japanese era, a proper noun written the same way in Indonesian.
kit-era-reiwa = Reiwa
# same-as-en: name of a Japanese era, a proper noun written the same way in Indonesian.
kit-era-heisei = Heisei
# same-as-en: name of a Japanese era, a proper noun written the same way in Indonesian.
kit-era-showa = Showa
# same-as-en: name of a Japanese era, a proper noun written the same way in Indonesian.
kit-era-taisho = Taisho
kit-date-year = Tahun
kit-date-month = Bulan
kit-date-day = Tanggal
kit-date-equivalent-western = Dalam kalender Masehi: { $day }/{ $month }/{ $year }
kit-date-equivalent-era = Dalam kalender Jepang: { $day }/{ $month }, { $era } { $year ->
    [1] 1 (tahun pertama)
   *[other] { $year }
}

kit-textarea-title = Isian teks panjang
kit-textarea-count = Dengan penghitung karakter
kit-message-label = Pendapat Anda untuk pemerintah kota
kit-message-hint = Jangan menuliskan informasi yang dapat mengenali diri Anda.
kit-chars-left = Sisa { $count } karakter lagi
kit-chars-over = Kelebihan { $count } karakter

kit-select-title = Kotak pilihan
kit-select-counter = Memilih loket
kit-counter-label = Loket yang akan dikunjungi
kit-counter-hint = Anda dapat memilih loket yang terdekat dengan alamat Anda.
kit-counter-city-hall = Gedung utama balai kota
kit-counter-north = Kantor cabang utara
kit-counter-south = Kantor cabang selatan

kit-banner-title = Spanduk pemberitahuan dan darurat
kit-banner-information = Pemberitahuan
kit-banner-success = Berhasil
kit-banner-emergency = Darurat
kit-banner-notice = Penting
kit-banner-closure = Loket tutup dari 29 Desember sampai 3 Januari
kit-banner-closure-body = Prosedur daring tetap dapat dilakukan selama libur.
kit-banner-done = Selesai
kit-banner-received = Laporan pindah masuk Anda telah diterima
kit-banner-received-body = Nomor tanda terima Anda MD-2024-00123.
kit-banner-urgent = Darurat
kit-banner-evacuation = Perintah evakuasi untuk daerah aliran Sungai Yumesaki
kit-banner-evacuation-body = Jika Anda berada di dekat sungai, segera mengungsi ke tempat yang tinggi.

kit-tag-title = Label status
kit-tag-statuses = Status permohonan
kit-status-draft = Draf
kit-status-received = Diterima
kit-status-needs-information = Perlu informasi tambahan
kit-status-completed = Selesai
kit-status-rejected = Ditolak

kit-table-title = Tabel
kit-table-fees = Tabel dengan judul kolom
kit-fee-caption = Biaya surat keterangan
kit-fee-certificate = Surat keterangan
kit-fee-counter = Loket
kit-fee-kiosk = Kios layanan mandiri
kit-fee-residence = Salinan catatan kependudukan
kit-fee-seal = Surat keterangan cap terdaftar
kit-fee-tax = Surat keterangan pajak
kit-fee-300 = 300 yen
kit-fee-200 = 200 yen

kit-steps-title = Penunjuk langkah
kit-steps-application = Di tengah pengisian permohonan
kit-steps-label = Alur permohonan
kit-step-position = Langkah { $current } dari { $total }
kit-step-applicant = Pemohon
kit-step-address = Alamat
kit-step-documents = Dokumen
kit-step-check = Periksa
kit-step-send = Kirim

kit-breadcrumbs-title = Jejak navigasi
kit-breadcrumbs-procedure = Posisi halaman prosedur
kit-breadcrumbs-label = Posisi Anda
kit-crumb-home = Beranda
kit-crumb-procedures = Daftar prosedur
kit-crumb-moving-in = Laporan pindah masuk

kit-pagination-title = Navigasi halaman
kit-pagination-notices = Halaman daftar pemberitahuan
kit-pagination-label = Halaman
kit-pagination-page = Halaman { $page }
kit-pagination-previous = Halaman sebelumnya
kit-pagination-next = Halaman berikutnya

kit-link-title = Tautan
kit-link-inline = Tautan di dalam kalimat
kit-link-new-tab = Tautan yang terbuka di tab baru
kit-link-procedures = Lihat daftar prosedur
kit-link-map = Peta balai kota
kit-link-new-tab-note = (terbuka di tab baru)

kit-name-input-title = Isian nama
kit-name-input-resident = Nama keluarga dan nama pribadi beserta cara bacanya dalam katakana
kit-postal-code-title = Kode pos dan alamat
kit-postal-code-lookup = Alamat yang diisi dari kode pos
kit-file-upload-title = Unggah file
kit-file-upload-document = Melampirkan foto atau PDF dokumen
kit-file-upload-label = Tanda pengenal
kit-file-upload-hint = File PDF, JPEG, atau PNG hingga { $max }. Foto kartu izin tinggal atau kartu My Number dapat dilampirkan.
kit-name-input-errors = Nama yang salah diisi

kit-summary-list-title = Daftar jawaban
kit-summary-list-answers = Jawaban dengan tautan untuk mengubah
kit-summary-name = Nama
# same-as-en: a person's name, written in the Latin alphabet.
kit-summary-name-value = Hanako Yumesaki
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = Alamat
kit-summary-postal-value = Kode pos 999-0001
kit-summary-address-value = Chuo 1-2-3, Kota Yumesaki
kit-summary-form = Jenis pengajuan
kit-summary-form-value = Pengajuan tunjangan anak
kit-summary-change = Ubah

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = Pemilih hari (janji temu)
kit-day-picker-week = Lima hari dengan satu hari penuh dan hari libur
kit-day-picker-error = Saat warga melanjutkan tanpa memilih
kit-day-legend = Hari kedatangan Anda
kit-day-hint = Hari yang penuh dan hari libur tidak dapat dipilih.
kit-day-error = Pilih hari kedatangan Anda
kit-day-thursday = Kam, 7 Jan
kit-day-friday = Jum, 8 Jan
kit-day-saturday = Sab, 9 Jan
kit-day-sunday = Min, 10 Jan
kit-day-monday = Sen, 11 Jan
kit-places-left = Masih tersedia { $count } tempat
kit-slot-full = Penuh: tidak dapat dipesan
kit-day-closed = Libur: tidak dapat dipesan
kit-time-picker-title = Pemilih jam (janji temu)
kit-time-picker-morning = Pagi hari dengan satu jam yang penuh
kit-time-legend = Jam kedatangan Anda
kit-time-hint = Jam yang penuh tidak dapat dipilih.
# same-as-en: a range of two times has no words
kit-time-range = { $start }–{ $end }
