# Permohonan daring: status permohonan dan kesalahan yang berkaitan dengan permohonan. Aturan perpindahan status ada di modul application pada madoguchi-domain.

## Status permohonan
application-status-submitted = Terkirim
application-status-received = Diterima
application-status-in-review = Sedang diperiksa
application-status-needs-information = Perlu informasi tambahan
application-status-resubmitted = Dikirim ulang
application-status-completed = Selesai
application-status-rejected = Tidak diterima
application-status-withdrawn = Ditarik kembali
