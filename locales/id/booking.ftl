# Janji temu di loket: kesalahan saat memesan, mengubah janji temu, atau menunggu tempat kosong. Aturannya ada di modul booking pada madoguchi-domain.

booking-error-slot-full = Jam ini sudah penuh. Silakan pilih jam lain, atau daftar di daftar tunggu untuk jam ini.
booking-error-unknown-service = Prosedur ini tidak dapat dipesan.
booking-error-not-a-slot = Loket ini tidak menerima janji temu pada jam tersebut. Silakan pilih lagi jam dari daftar.
booking-error-closed-day = Kantor pemerintah kota tutup pada hari itu (akhir pekan, hari libur nasional, libur akhir dan awal tahun, dan sebagainya). Silakan pilih hari lain.
booking-error-outside-window = Jam ini tidak dapat dipesan sekarang: pemesanan belum dibuka, sudah ditutup, atau jamnya sudah lewat. Silakan pilih lagi dari daftar.
booking-error-deadline-passed = Batas waktu untuk mengubah atau membatalkan sudah lewat, jadi tidak dapat dilakukan secara daring. Silakan telepon loket.
booking-error-not-active = Janji temu ini sudah dibatalkan atau kedatangan Anda sudah dicatat, jadi tidak dapat diubah.
booking-error-slot-available = Jam ini masih ada tempat. Silakan langsung pesan, tidak perlu masuk daftar tunggu.
booking-error-no-offer = Saat ini belum ada tempat kosong yang dapat ditawarkan kepada Anda di daftar tunggu ini.
booking-error-offer-expired = Waktu untuk menerima tempat kosong sudah habis, jadi tempat itu ditawarkan kepada orang berikutnya. Silakan daftar lagi di daftar tunggu atau pilih jam lain.

## Memilih yang akan dipesan (#/booking). Judulnya juga menjadi tautan navigasi.
booking-document-title = Janji temu di loket | Madoguchi
booking-title = Janji temu di loket
booking-intro = Anda dapat memesan lebih dulu hari dan jam kedatangan Anda ke loket balai kota. Datanglah ke loket tersebut pada jam yang dipesan.
booking-services-none = Saat ini tidak ada prosedur yang menerima janji temu.
booking-duration = Waktu yang diperlukan
booking-duration-minutes = Sekitar { $minutes } menit
booking-identity = Verifikasi identitas
booking-identity-contact = Cukup dengan nama dan cara menghubungi Anda
booking-identity-account = Memerlukan akun yang identitasnya sudah diverifikasi
booking-identity-my-number-card = Memerlukan verifikasi identitas dengan Kartu My Number
booking-bring = Yang perlu dibawa
booking-bring-nothing = Tidak ada yang khusus
booking-counter = Loket
booking-counter-place = { $counter } – { $place }
booking-window = Waktu pemesanan
booking-window-text = Mulai { $days } hari sebelumnya sampai { $hours } jam sebelumnya
booking-start = Pesan: { $service }
booking-phone-label = Nomor telepon loket:

## Memilih hari dan jam, data kontak, memeriksa
booking-flow-document-title = { $page } | Janji temu di loket | Madoguchi
booking-steps-label = Langkah pemesanan
booking-step-day = Hari
booking-step-time = Jam
booking-step-details = Kontak
booking-step-check = Periksa
booking-moving-from = Janji temu Anda sekarang: { $when }. Jika Anda memilih hari dan jam baru, janji temu ini akan diganti.
booking-day-title = Pilih hari kedatangan Anda
booking-day-legend = Hari kedatangan Anda
booking-day-hint = Hari yang penuh dan hari libur (Sabtu, Minggu, hari libur nasional, libur akhir tahun, dan sebagainya) tidak dapat dipilih.
booking-day-error = Pilih hari kedatangan Anda
booking-days-none = Saat ini tidak ada hari yang dapat dipesan. Silakan telepon loket.
booking-places-left = Masih tersedia { $count } tempat
booking-full = Penuh: tidak dapat dipesan
booking-closed = Libur: tidak dapat dipesan
booking-time-title = Pilih jam kedatangan Anda
booking-chosen-day = Hari yang dipilih: { $date }
booking-time-legend = Jam kedatangan Anda
booking-time-hint = Jam yang penuh tidak dapat dipilih.
booking-time-error = Pilih jam kedatangan Anda
# same-as-en: a range of two times has no words
booking-time-range = { $start }–{ $end }
booking-details-title = Isi nama Anda dan cara menghubungi Anda
booking-details-hint = Nomor telepon dan alamat email tidak wajib diisi. Jika diisi, kota hanya menggunakannya untuk menghubungi Anda tentang janji temu ini.
booking-name-hint = Nama yang akan dipanggil di loket.
booking-check-title = Periksa janji temu Anda
booking-book-app = Saat memesan, janji temu dikirim dari perangkat ini ke kota. Tanpa internet, janji temu dikirim saat tersambung kembali, lalu Anda diberi tahu apakah mendapat tempat.
booking-book-web = Saat memesan, janji temu langsung dikirim ke kota.
booking-book = Pesan
booking-move = Ganti ke hari dan jam ini
booking-choose-again = Pilih jam lain

## Hasil pemesanan
booking-done-page = Janji temu Anda
booking-done-nothing = Tidak ada yang dipesan dari halaman ini
booking-done-title = Sudah dipesan
booking-moved-title = Hari dan jam janji temu Anda sudah diganti
booking-done-banner = Anda mendapat tempat
booking-reference = Nomor janji temu: { $reference }
booking-reference-hint = Sebutkan nomor janji temu ini di loket.
booking-reference-label = Nomor janji temu
booking-when = Hari dan jam
booking-deadline = Batas waktu perubahan
booking-deadline-text = Anda dapat mengubah atau membatalkannya di "Janji temu saya" sampai pukul { $time }, { $date }
booking-kept-web = Di versi web, janji temu ini hanya ditampilkan selama halaman ini terbuka. Catat nomor janji temu atau cetak salinannya.
booking-queued-title = Janji temu Anda menunggu dikirim
booking-queued-banner = Menunggu dikirim
booking-queued-text = Anda belum mendapat tempat. Janji temu dikirim otomatis saat tersambung ke internet.
booking-queued-move = Hari dan jam belum berubah. Perubahan dikirim otomatis saat tersambung ke internet.
booking-queued-hint = Setelah kota menerimanya, Anda diberi tahu di sini dan di "Janji temu saya" apakah mendapat tempat.
booking-refused-title = Janji temu tidak dapat dibuat
booking-refused-text = Anda tidak mendapat janji temu ini. Pilih jam lain dan pesan lagi.
booking-move-refused-title = Hari dan jam tidak dapat diganti
booking-move-refused-text = Janji temu Anda tetap pada hari dan jam semula.
bookings-change-refused = Perubahan atau pembatalan tidak dapat dilakukan. Janji temu Anda tetap seperti semula.

## Janji temu saya (#/bookings)
bookings-document-title = Janji temu saya | Madoguchi
bookings-title = Janji temu saya
bookings-intro-app = Janji temu yang dibuat di perangkat ini.
bookings-intro-web = Janji temu yang dibuat di halaman ini. Versi web tidak menyimpan apa pun di perangkat Anda, jadi daftarnya hilang saat halaman ditutup. Catat nomor janji temu Anda.
bookings-new = Buat janji temu baru
bookings-none = Anda tidak punya janji temu.
bookings-state-queued = Menunggu dikirim
bookings-state-refused = Tidak dapat dipesan
bookings-state-confirmed = Sudah dipesan
bookings-state-cancelled = Dibatalkan
bookings-state-checked-in = Sudah datang
bookings-state-no-show = Tidak datang
bookings-move = Ganti hari dan jam: { $service }
bookings-cancel = Batalkan janji temu: { $service }
bookings-cancel-title = Batalkan janji temu ini?
bookings-cancel-text = Jika dibatalkan, tempat Anda akan diberikan kepada orang lain.
bookings-cancel-yes = Batalkan janji temu
bookings-cancel-no = Tetap pertahankan
bookings-cancelled = Janji temu sudah dibatalkan.
bookings-cancel-queued = Pembatalan menunggu dikirim. Pembatalan dikirim otomatis saat tersambung ke internet.
bookings-move-queued = Perubahan hari dan jam menunggu dikirim. Perubahan dikirim otomatis saat tersambung ke internet.
bookings-past-deadline = Batas waktu perubahan (pukul { $time }, { $date }) sudah lewat, jadi janji temu tidak dapat diubah di sini. Silakan telepon loket.

## Daftar tunggu
booking-waitlist-title = Daftar tunggu
booking-waitlist-held = Jika ada tempat kosong, tempat itu disimpan untuk Anda selama waktu terbatas.
booking-waitlist-join-time = Daftar di daftar tunggu untuk { $time }
booking-waitlist-for = Mendaftar di daftar tunggu untuk: { $when }
booking-waitlist-join = Daftar di daftar tunggu
booking-waitlist-join-this = Daftar di daftar tunggu untuk jam ini
booking-waitlist-done-title = Anda ada di daftar tunggu
booking-waitlist-reference = Nomor daftar tunggu: { $reference }
booking-waitlist-where = Jika ada tempat kosong, akan ditampilkan di "Janji temu saya", tempat Anda dapat mengambilnya.
booking-waitlist-kept-web = Di versi web, tempat di daftar tunggu ini hanya ditampilkan selama halaman ini terbuka. Catat nomornya.
booking-waitlist-queued-title = Pendaftaran daftar tunggu Anda menunggu dikirim
booking-waitlist-queued-text = Anda belum masuk daftar tunggu. Pendaftaran dikirim otomatis saat tersambung ke internet.
booking-waitlist-refused-title = Anda tidak dapat masuk daftar tunggu
bookings-waitlist-state-refused = Tidak dapat mendaftar
bookings-waitlist-state-waiting = Menunggu
bookings-waitlist-state-offered = Tempat ditawarkan
bookings-waitlist-state-expired = Diberikan ke orang berikutnya
bookings-waitlist-offered = Ada tempat kosong. Tempat itu disimpan untuk Anda sampai pukul { $time } tanggal { $date }.
bookings-waitlist-accept = Ambil tempat ini: { $service }
bookings-waitlist-accept-queued = Pengambilan tempat ini menunggu dikirim. Dikirim otomatis saat tersambung ke internet.
bookings-waitlist-accepted = Tempat ini milik Anda: sekarang tercantum di janji temu Anda.
bookings-waitlist-booked = Anda mengambil tempat ini; janji temunya tercantum di atas.
bookings-waitlist-expired = Tempat ini tidak diambil tepat waktu dan diberikan ke orang berikutnya.
