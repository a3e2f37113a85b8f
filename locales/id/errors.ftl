# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = Tidak dapat terhubung ke server kota. Periksa koneksi internet Anda, lalu coba lagi beberapa saat lagi.
error-bad-response = Server kota mengirim jawaban yang tidak terduga. Silakan coba lagi beberapa saat lagi.
error-not-found = Informasi yang Anda cari tidak ditemukan.
error-internal = Terjadi masalah pada server kota. Silakan coba lagi beberapa saat lagi.
error-unavailable = Server kota sedang sibuk atau dalam pemeliharaan sehingga belum dapat melayani saat ini. Silakan coba lagi beberapa menit lagi.
error-request-timeout = Kiriman Anda tidak tiba tepat waktu. Silakan periksa koneksi Anda, lalu kirim lagi.
error-invalid-request = Data yang dikirim tidak dapat dibaca. Silakan perbarui aplikasi, lalu coba lagi.
error-invalid-submission = Ada jawaban yang perlu diperiksa. Lihat pesan di samping setiap jawaban.
error-status-change-not-allowed = Permohonan ini tidak dapat diubah pada statusnya saat ini. Untuk keterangan lebih lanjut, silakan tanyakan ke loket pemerintah kota.
error-send-expired = Data ini tidak dapat dikirim selama hampir satu hari, sehingga pengiriman dihentikan agar tidak terkirim dua kali. Pastikan data ini belum diterima oleh pemerintah kota, lalu kirim kembali.
error-idempotency-key-missing = Terjadi masalah saat pengiriman. Silakan perbarui aplikasi, lalu coba lagi.
error-idempotency-key-invalid = Format nomor pengiriman tidak benar. Silakan perbarui aplikasi, lalu coba lagi.
error-idempotency-key-reused = Isi yang berbeda dikirim dengan nomor pengiriman yang sama, sehingga tidak diterima. Silakan isi kembali.
error-request-in-progress = Kiriman sebelumnya masih diproses. Silakan coba lagi beberapa saat lagi.
error-unauthorized = Anda tidak memiliki izin untuk melakukan ini.
error-keyring-unavailable = Perangkat ini tidak memiliki tempat penyimpanan kunci (keyring) untuk kunci yang mengenkripsi data Anda, sehingga data tidak dapat disimpan. Untuk memakai Madoguchi tanpa menyimpan data, gunakan versi web di peramban. Jika keyring komputer Anda (misalnya GNOME Keyring) diaktifkan, aplikasi dapat menyimpan data.
error-local-data-locked = Kunci data yang tersimpan di perangkat ini tidak ditemukan, sehingga data tidak dapat dibuka. Tekan "Hapus data yang tersimpan di perangkat ini" untuk memulai dari awal (pertanyaan yang menunggu dikirim akan hilang).
error-local-storage = Data tidak dapat disimpan di perangkat ini. Periksa ruang penyimpanan yang tersedia, lalu coba lagi.
error-forbidden = Akun Anda tidak dapat melakukan tindakan ini.
error-rate-limited = Terlalu banyak percobaan dalam waktu singkat, sehingga penerimaan dihentikan untuk sementara. Silakan tunggu sebentar, lalu coba lagi.
error-sign-in-code-invalid = Kode konfirmasi salah atau masa berlakunya (10 menit) sudah habis. Silakan minta kode baru, lalu coba lagi.
error-identity-level-too-low = Prosedur ini memerlukan verifikasi identitas di loket. Bawalah kartu My Number ke loket balai kota. Setelah diverifikasi, masuklah dengan akun tersebut untuk melakukannya secara daring.
error-staff-sign-in-failed = Nama pengguna, kata sandi, atau kode aplikasi autentikator salah.
error-passkey-challenge-invalid = Pemeriksaan kunci sandi sudah kedaluwarsa (berlaku 5 menit) atau sudah dipakai. Silakan coba lagi.
error-passkey-refused = Kunci sandi ini tidak dapat dipakai. Kunci ini tidak terdaftar di situs ini, atau sudah dihapus.
error-mail-unavailable = Saat ini email tidak dapat dikirim. Silakan coba lagi beberapa saat lagi.
