# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = Nama
inquiry-contact-email = Alamat email
inquiry-contact-phone = Nomor telepon
inquiry-error-email = Format alamat email tidak benar (contoh: yumesaki@example.jp).
inquiry-error-phone = Tulis nomor telepon dengan 10–15 angka (contoh: 0612-34-5678).
