# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = Nama
inquiry-contact-email = Alamat email
inquiry-contact-phone = Nomor telepon
inquiry-error-department = Pilih bagian yang menangani.
inquiry-error-subject-missing = Tuliskan perihal.
inquiry-error-subject-too-long = Perihal paling banyak 100 karakter.
inquiry-error-message-missing = Tuliskan isi pertanyaan Anda.
inquiry-error-message-too-long = Isi pertanyaan paling banyak 2000 karakter.
inquiry-error-name-too-long = Nama paling banyak 100 karakter.
inquiry-error-email = Format alamat email tidak benar (contoh: yumesaki@example.jp).
inquiry-error-phone = Tulis nomor telepon dengan 10–15 angka (contoh: 0612-34-5678).
