# Janji temu di loket: kesalahan saat memesan, mengubah janji temu, atau menunggu tempat kosong. Aturannya ada di modul booking pada madoguchi-domain.

booking-error-slot-full = Jam ini sudah penuh. Silakan pilih jam lain, atau daftar di daftar tunggu untuk jam ini.
booking-error-unknown-service = Prosedur ini tidak dapat dipesan.
booking-error-not-a-slot = Loket ini tidak menerima janji temu pada jam tersebut. Silakan pilih lagi jam dari daftar.
booking-error-closed-day = Kantor pemerintah kota tutup pada hari itu (akhir pekan, hari libur nasional, libur akhir dan awal tahun, dan sebagainya). Silakan pilih hari lain.
booking-error-outside-window = Jam ini tidak dapat dipesan sekarang: pemesanan belum dibuka, sudah ditutup, atau jamnya sudah lewat. Silakan pilih lagi dari daftar.
booking-error-identity-level = Untuk memesan prosedur ini, diperlukan bukti identitas yang lebih kuat.
booking-error-deadline-passed = Batas waktu untuk mengubah atau membatalkan sudah lewat, jadi tidak dapat dilakukan secara daring. Silakan telepon loket.
booking-error-not-active = Janji temu ini sudah dibatalkan atau kedatangan Anda sudah dicatat, jadi tidak dapat diubah.
booking-error-slot-available = Jam ini masih ada tempat. Silakan langsung pesan, tidak perlu masuk daftar tunggu.
booking-error-no-offer = Saat ini belum ada tempat kosong yang dapat ditawarkan kepada Anda di daftar tunggu ini.
booking-error-offer-expired = Waktu untuk menerima tempat kosong sudah habis, jadi tempat itu ditawarkan kepada orang berikutnya. Silakan daftar lagi di daftar tunggu atau pilih jam lain.
