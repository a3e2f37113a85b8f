# Akun: nama tindakan petugas pemerintah kota, yang ditampilkan saat warga melihat catatannya sendiri (log audit).

audit-action-list-inquiries = Melihat daftar pertanyaan
audit-action-list-applications = Melihat daftar permohonan
audit-action-change-application-status = Mengubah status permohonan
audit-action-read-attachment = Melihat berkas lampiran
audit-action-verify-identity = Memeriksa identitas Anda di loket
audit-action-list-bookings = Melihat daftar janji temu
audit-action-book-on-behalf = Membuat janji temu atas nama Anda
audit-action-record-visit = Mencatat kedatangan atau ketidakhadiran Anda
