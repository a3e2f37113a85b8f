# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = Tidak dapat terhubung ke server kota. Periksa koneksi internet Anda, lalu coba lagi beberapa saat lagi.
error-bad-response = Server kota mengirim jawaban yang tidak terduga. Silakan coba lagi beberapa saat lagi.
error-not-found = Informasi yang Anda cari tidak ditemukan.
error-internal = Terjadi masalah pada server kota. Silakan coba lagi beberapa saat lagi.
