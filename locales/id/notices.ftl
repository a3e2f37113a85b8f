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
