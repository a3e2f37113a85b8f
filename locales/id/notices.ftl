# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = Pengasuhan anak
notice-topic-care = Perawatan lansia
notice-topic-disaster = Kesiapsiagaan bencana
notice-topic-waste = Sampah
notice-topic-tax = Pajak
notice-topic-health = Kesehatan
notice-topic-events = Acara
notice-category-general = Pemberitahuan
notice-priority-normal = Biasa
notice-priority-important = Penting
notice-priority-urgent = Darurat
notice-personal-application-status = Status permohonan Anda { $reference } telah berubah.
notice-personal-booking-reminder = Pengingat: besok pukul { $time } Anda memiliki janji temu di loket (nomor janji temu { $reference }).
notice-error-expiry = Akhir penayangan harus setelah awal penayangan dan setelah saat ini.
notice-error-key = Gunakan huruf kecil, angka, dan tanda hubung (contoh: evacuation-yumesaki-3-chome).
notice-error-area = Isi wilayah dengan kode dari daftar kota (contoh: yumesaki-3-chome).
notice-error-month-range = Usia dalam bulan harus 0 atau lebih, dan awal tidak boleh lebih besar dari akhir.
notice-error-language = Kode bahasa tidak valid (contoh: ja, en, zh-Hans).

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = Pemberitahuan | Madoguchi
notices-urgent-title = Pemberitahuan darurat
notices-city-title = Pemberitahuan dari pemerintah kota
notices-city-empty = Saat ini belum ada pemberitahuan dari pemerintah kota.
notices-published = Diterbitkan: { $when }
notices-link-procedure = Lihat penjelasan prosedur ini
notices-link-booking = Buat janji temu di loket
notices-personal-title = Untuk Anda
notices-personal-signed-out = Setelah Anda masuk, pengingat janji temu di loket (sehari sebelumnya) dan pemberitahuan saat status permohonan Anda berubah akan muncul di sini.
notices-personal-sign-in = Masuk
notices-personal-empty = Belum ada pemberitahuan untuk Anda.
notices-profile-title = Pemberitahuan yang sesuai untuk Anda
notices-profile-none = Jika Anda memilih wilayah tempat tinggal, usia anggota keluarga, dan bidang yang Anda minati, hanya pemberitahuan yang berkaitan dengan Anda yang akan ditampilkan. Pilihan Anda hanya disimpan di perangkat ini dan tidak dikirim ke pemerintah kota. Saat ini, yang ditampilkan adalah pemberitahuan untuk semua orang dan semua pemberitahuan darurat.
notices-profile-choose = Pilih pemberitahuan yang ditampilkan
notices-profile-active = Pemberitahuan yang ditampilkan sesuai dengan pilihan Anda. Pilihan Anda hanya disimpan di perangkat ini.
notices-profile-change = Lihat atau ubah pilihan Anda
notices-filter-label = Saring menurut jenis
notices-filter-all = Semua jenis
notices-unread = Belum dibaca
notices-mark-read = Tandai sudah dibaca
notices-mark-all-read = Tandai semua sudah dibaca

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = [Darurat] { $title }
notice-os-digest-title = Ada { $count } pemberitahuan baru

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = Pilih pemberitahuan yang ditampilkan | Madoguchi
notice-profile-page-title = Pilih pemberitahuan yang ditampilkan
notice-profile-intro = Pilihan Anda di sini hanya disimpan secara terenkripsi di perangkat ini dan tidak dikirim ke pemerintah kota. Perangkat inilah yang menentukan pemberitahuan mana yang ditampilkan. Anda tidak wajib memilih apa pun.
notice-profile-back = Kembali ke pemberitahuan
notice-profile-errors-title = Ada masalah pada isian Anda
notice-profile-area = Wilayah tempat tinggal
notice-profile-area-hint = Digunakan untuk menerima pemberitahuan yang ditujukan ke wilayah tertentu (seperti perintah evakuasi).
notice-profile-area-none = Tidak memilih
notice-profile-ages = Usia
notice-profile-resident-band = Usia Anda
notice-profile-band-none = Tidak ingin menjawab
notice-band-0-5 = 0–5 tahun
notice-band-6-17 = 6–17 tahun
notice-band-18-39 = 18–39 tahun
notice-band-40-64 = 40–64 tahun
notice-band-65-74 = 65–74 tahun
notice-band-75 = 75 tahun ke atas
notice-profile-children = Tanggal lahir anak Anda
notice-profile-children-hint = Digunakan untuk memilih pemberitahuan yang sesuai dengan usia anak dalam bulan, seperti pemeriksaan kesehatan dan imunisasi.
notice-profile-child = Anak ke-{ $n }
notice-profile-child-add = Tambah anak
notice-profile-child-remove = Hapus anak ke-{ $n }
notice-profile-topics = Bidang yang Anda minati
notice-profile-topics-hint = Pemberitahuan untuk orang yang berminat pada bidang yang Anda pilih akan ditampilkan.
notice-profile-languages = Bahasa untuk membaca pemberitahuan
notice-profile-languages-hint = Jika pemerintah kota juga menulis pemberitahuan dalam bahasa tersebut, pemberitahuan itu ditampilkan dalam bahasa tersebut.
notice-profile-quiet-hours = Jam tanpa notifikasi
notice-profile-quiet-hint = Pada jam ini, notifikasi selain yang darurat ditahan sampai jam tersebut berakhir. Notifikasi pemberitahuan darurat selalu langsung muncul kapan pun.
notice-profile-quiet-from = Mulai
notice-profile-quiet-until = Sampai
notice-profile-quiet-none = Tidak diatur
notice-profile-digest = Jam notifikasi ringkasan sekali sehari
notice-profile-digest-hint = Pemberitahuan biasa digabung menjadi satu notifikasi pada jam ini. Pemberitahuan darurat dan penting tidak digabung; masing-masing mendapat notifikasi sendiri.
notice-profile-digest-none = Tidak digabung
notice-profile-save = Simpan
notice-profile-done = Selesai
notice-profile-saved = Tersimpan
notice-profile-cleared = Pilihan Anda sudah dihapus. Pemberitahuan untuk semua orang akan ditampilkan.
notice-profile-change = Ubah
notice-profile-error-future = Masukkan tanggal lahir hari ini atau sebelumnya
notice-profile-error-quiet = Pilih waktu mulai dan waktu sampai, dengan jam yang berbeda

# What is kept and what it is for (the consent record).
notice-consent-title = Data yang disimpan dan kegunaannya
notice-consent-nothing-sent = Data berikut hanya disimpan di perangkat ini. Data ini tidak dikirim ke pemerintah kota ataupun kepada siapa pun.
notice-consent-use-area = Untuk memilih pemberitahuan yang ditujukan ke wilayah tertentu (seperti perintah evakuasi)
notice-consent-use-ages = Untuk memilih pemberitahuan yang ditujukan ke usia atau usia dalam bulan tertentu (seperti pemeriksaan kesehatan dan imunisasi)
notice-consent-use-topics = Untuk memilih pemberitahuan bagi bidang yang Anda minati
notice-consent-use-languages = Untuk menampilkan pemberitahuan dalam bahasa yang mudah Anda baca
notice-consent-use-quiet-hours = Untuk menahan notifikasi selain yang darurat pada jam ini
notice-consent-use-digest = Untuk menggabungkan notifikasi pemberitahuan biasa menjadi sekali sehari
notice-consent-given = Waktu persetujuan: { $when }
notice-consent-changed = Terakhir diubah: { $when }
notice-profile-clear = Hapus semua pilihan Anda
notice-profile-clear-title = Hapus pilihan Anda?
notice-profile-clear-body = Pilihan Anda, seperti wilayah, usia, dan bidang, beserta catatan persetujuan akan dihapus dari perangkat ini. Setelah itu, pemberitahuan untuk semua orang dan semua pemberitahuan darurat akan ditampilkan.
notice-profile-clear-confirm = Hapus
notice-profile-clear-cancel = Batal

# Halaman satu pemberitahuan (#/notices/<id>).
# same-as-en: the notice's own title and the app's name, which stays in Latin letters here
notice-document-title = { $title } | Madoguchi
notices-open = Buka pemberitahuan ini
notice-gone = Pemberitahuan ini sudah tidak ditampilkan: masa tayangnya telah berakhir atau telah ditarik.

# Notifikasi di peramban ini (mode web, Web Push).
notices-push-title = Notifikasi di peramban ini
notices-push-about = Jika notifikasi diaktifkan, pemberitahuan darurat (bencana, perintah evakuasi, dan sebagainya) tetap sampai kepada Anda meskipun halaman ini ditutup. Semua orang yang mengaktifkan notifikasi menerima pemberitahuan yang sama: wilayah dan pilihan Anda yang lain tidak digunakan.
notices-push-kept = Peramban ini hanya menyimpan bahasa dan teks untuk notifikasi. Yang dikirim ke pemerintah kota hanyalah alamat tempat peramban Anda menerima notifikasi.
notices-push-shared = Jangan aktifkan notifikasi di komputer yang dipakai bersama, seperti komputer di perpustakaan.
notices-push-on = Notifikasi di peramban ini aktif.
notices-push-off = Notifikasi di peramban ini nonaktif.
notices-push-blocked = Peramban ini memblokir notifikasi dari situs ini. Untuk menerima notifikasi, izinkan notifikasi di pengaturan situs pada peramban.
notices-push-failed-browser = Notifikasi tidak dapat diaktifkan di peramban ini. Silakan coba lagi nanti. Pemberitahuan selalu dapat dilihat dengan membuka halaman ini.
notices-push-turn-on = Aktifkan notifikasi
notices-push-turn-off = Nonaktifkan notifikasi
notices-push-notification-body = Buka Madoguchi untuk membaca pemberitahuan.
push-error-subscription = Data pendaftaran notifikasi peramban tidak valid.

notice-tray-title = Tetap berjalan di baki sistem
notice-tray-about = Jika diaktifkan, menutup jendela tidak mengakhiri aplikasi: aplikasi tetap ada sebagai ikon di baki sistem (area notifikasi), terus menerima pemberitahuan seperti pemberitahuan darurat, dan memberi tahu Anda. Pilih “Buka Madoguchi” di menu ikon untuk membuka jendela lagi, atau “Keluar dari Madoguchi” untuk mengakhiri aplikasi.
notice-tray-no-tray = Di desktop tanpa baki sistem, menutup jendela tetap mengakhiri aplikasi meskipun ini diaktifkan.
notice-tray-on = Saat jendela ditutup, aplikasi tetap di baki sistem.
notice-tray-off = Saat jendela ditutup, aplikasi berakhir.
notice-tray-turn-on = Tetap berjalan di baki
notice-tray-turn-off = Jangan lagi berjalan di baki
