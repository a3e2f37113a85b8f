# Akun: nama tindakan petugas pemerintah kota, yang ditampilkan saat warga melihat catatannya sendiri (log audit).

audit-action-list-inquiries = Melihat daftar pertanyaan
audit-action-list-applications = Melihat daftar permohonan
audit-action-change-application-status = Mengubah status permohonan
audit-action-read-attachment = Melihat berkas lampiran
audit-action-verify-identity = Memeriksa identitas Anda di loket
audit-action-list-bookings = Melihat daftar janji temu
audit-action-book-on-behalf = Membuat janji temu atas nama Anda
audit-action-record-visit = Mencatat kedatangan atau ketidakhadiran Anda

# Masuk tanpa kata sandi: dengan kode 6 angka yang dikirim lewat email. Saat pertama kali masuk, akun juga dibuat.
account-document-title = Akun saya | Madoguchi
account-sign-in-title = Masuk
account-sign-in-lead = Kami akan mengirimkan kode 6 angka ke email Anda. Anda tidak memerlukan kata sandi. Jika Anda baru pertama kali, akun Anda juga akan dibuat.
account-web-note = Di halaman ini, Anda tetap masuk sampai tab ditutup atau dimuat ulang. Tidak ada yang disimpan di peramban ini.
account-email = Alamat email
account-email-hint = Contoh: hanako@example.jp
account-email-invalid = Masukkan alamat email seperti hanako@example.jp.
account-send-code = Kirim kode ke email saya
account-errors-summary = Periksa isian Anda
account-code-title = Masukkan kode
account-code-sent = Kami telah mengirim kode ke { $email }. Kode ini berlaku 10 menit dan hanya dapat digunakan satu kali.
account-code = Kode 6 angka
account-code-hint = Angka yang tertulis di email. Jika email belum datang, periksa juga folder spam.
account-code-format = Masukkan 6 angka yang tertulis di email.
account-code-resent = Kami telah mengirim kode baru. Kode sebelumnya tidak berlaku lagi.
account-code-resend = Kirim ulang kode
account-other-address = Gunakan alamat email lain
account-sign-in = Masuk
# Nama peramban ini dalam daftar perangkat tempat Anda masuk.
account-device-web = Peramban web

# Akun orang yang sedang masuk.
account-signed-in = Anda sudah masuk.
account-identity = Verifikasi identitas
account-identity-verified = Sudah diverifikasi di loket
account-identity-unverified = Belum diverifikasi
account-identity-how = Untuk prosedur yang memerlukan verifikasi identitas, bawalah kartu My Number ke loket balai kota. Petugas akan memeriksanya.
account-since = Tanggal akun dibuat
account-devices-title = Perangkat tempat Anda masuk
account-device-this = Perangkat ini
account-device-signed-in = Masuk: { $when }
account-device-used = Terakhir digunakan: { $when }
# Nama perangkat ada di tombol agar jelas tombol itu untuk perangkat yang mana.
account-device-sign-out = Keluar dari akun di "{ $device }"
account-audit-title = Kapan petugas melihat data Anda
account-audit-lead = Setiap kali petugas pemerintah kota melihat atau mengubah data Anda, hal itu selalu dicatat di sini.
account-audit-empty = Belum ada catatan.
account-audit-caption = Tindakan petugas (terbaru di atas)
account-audit-when = Waktu
account-audit-what = Tindakan
account-audit-who = Peran petugas
account-role-clerk = Petugas loket
account-role-volunteer = Relawan pendamping
account-role-admin = Pengelola sistem
account-sign-out-title = Keluar
account-sign-out-explain-app = Jika Anda keluar, informasi masuk yang tersimpan di perangkat ini akan dihapus.
account-sign-out-explain-web = Keluar dari akun di halaman ini.
account-sign-out = Keluar

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = Jika Anda sudah menambahkan kunci sandi ke akun, Anda dapat masuk dengan kunci itu tanpa kode.
account-passkey-sign-in = Masuk dengan kunci sandi
account-passkey-sign-in-failed = Anda tidak dapat masuk dengan kunci sandi: dibatalkan, atau browser ini tidak dapat memakai kunci sandi di sini. Coba lagi, atau masuk dengan kode dari email.
account-passkeys-title = Kunci sandi
account-passkeys-lead = Dengan kunci sandi, Anda masuk dengan sidik jari, wajah, atau kunci layar, bukan kode dari email.
account-passkeys-empty = Anda belum menambahkan kunci sandi.
account-passkeys-unsupported = Browser ini tidak dapat membuat kunci sandi. Anda tetap dapat menghapus kunci sandi yang sudah ada.
account-passkey-name = Nama kunci sandi baru
account-passkey-name-hint = Agar Anda dapat membedakan kunci sandi Anda. Contoh: Ponsel saya
account-passkey-name-invalid = Masukkan nama sepanjang 1 sampai 64 karakter.
account-passkey-add = Tambahkan kunci sandi
account-passkey-added = Kunci sandi sudah ditambahkan. Lain kali Anda dapat masuk dengan kunci ini.
account-passkey-add-failed = Kunci sandi tidak ditambahkan: dibatalkan, atau browser ini tidak dapat membuat kunci sandi di sini.
account-passkey-created = Ditambahkan: { $when }
account-passkey-used = Terakhir dipakai: { $when }
account-passkey-unused = Belum pernah dipakai untuk masuk
account-passkey-remove = Hapus kunci sandi "{ $passkey }"
