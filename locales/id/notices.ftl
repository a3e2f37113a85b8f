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
