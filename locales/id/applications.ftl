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

## Applying: steps, errors and dialogs (worded as in the gallery)
apply-steps-label = Alur permohonan
apply-step-position = Langkah { $current } dari { $total }
apply-errors-title = Ada masalah pada isian Anda
applications-dialog-close = Tutup

## Applying online: the procedure page, the form's pages, my applications
# same-as-en: only the procedure's name and the app's name, which is written in Latin letters here.
procedure-document-title = { $name } | Madoguchi
procedure-problem-title = Prosedur ini tidak dapat ditampilkan
procedure-online-title = Sebelum mengajukan secara daring
procedure-identity = Verifikasi identitas
procedure-identity-none = Pengajuan daring tidak memerlukan verifikasi identitas
procedure-identity-verified = Diperlukan akun yang identitasnya sudah diverifikasi
procedure-identity-banner = Verifikasi identitas
procedure-identity-verified-needed = Untuk mengajukan prosedur ini secara daring, identitas Anda harus diverifikasi
procedure-identity-not-checked = Identitas Anda belum diverifikasi, sehingga Anda tidak dapat mengirim pengajuan ini secara daring
procedure-identity-how = Jika identitas Anda belum diverifikasi, bawalah kartu My Number ke loket balai kota. Setelah diverifikasi, Anda dapat mengajukan secara daring.
procedure-bring = Yang perlu disiapkan
procedure-fee = Biaya
procedure-fee-free = Gratis
procedure-takes = Lama proses
procedure-takes-days = Sekitar { $days } hari sampai hasilnya diberitahukan
procedure-not-online = Prosedur ini tidak dapat dilakukan secara daring. Silakan datang ke salah satu tempat yang tercantum di atas.
procedure-start = Mulai pengajuan
procedure-continue = Lanjutkan pengajuan
apply-document-title = { $page } | Pengajuan | Madoguchi
apply-document-title-problem = Pengajuan tidak dapat dimulai | Madoguchi
apply-problem-title = Pengajuan tidak dapat dimulai
apply-back-to-procedure = Kembali ke prosedur
apply-kept-on-device = Jawaban Anda disimpan terenkripsi di perangkat ini. Jika berhenti di tengah jalan, Anda dapat melanjutkan dari Pengajuan saya.
apply-kept-in-page = Jawaban Anda hanya tersimpan selama halaman ini terbuka. Jawaban akan hilang jika halaman ditutup atau dimuat ulang.
apply-prefilled-banner = Sudah diisi untuk Anda
apply-prefilled-heading = Beberapa jawaban sudah diisi dari data yang pernah Anda sampaikan ke pemerintah kota
apply-prefilled-hint = Silakan periksa kembali. Jika ada yang berubah, ubah jawabannya.
apply-continue = Lanjut
apply-back = Kembali
apply-check-title = Periksa jawaban Anda
apply-change = Ubah
apply-not-answered = Belum dijawab
apply-declaration-title = Pernyataan dan pengiriman
apply-declaration-legend = Pernyataan
apply-declaration-agree = Saya sudah membaca pernyataan di atas dan setuju
apply-submit-intro = Setelah memeriksa jawaban, kirimkan pengajuan Anda.
apply-submit-app = Saat dikirim, perangkat ini menyampaikannya ke pemerintah kota. Jika Anda sedang luring, pengajuan dikirim begitu tersambung kembali.
apply-submit-web = Saat dikirim, pengajuan langsung sampai ke pemerintah kota.
apply-submit = Kirim pengajuan
apply-submitting = Mengirim
apply-sent-document-title = Pengajuan terkirim | Madoguchi
apply-sent-title = Pengajuan terkirim
apply-sent-banner = Terkirim
apply-reference = Nomor penerimaan: { $reference }
apply-reference-hint = Sebutkan nomor penerimaan ini saat menghubungi pemerintah kota.
apply-receipt-procedure = Prosedur
apply-receipt-reference = Nomor penerimaan
apply-receipt-sent-at = Tanggal dikirim
apply-next-title = Langkah selanjutnya
apply-next-text = Pemerintah kota akan memeriksa pengajuan Anda. Anda dapat memantaunya di Pengajuan saya. Jika diperlukan dokumen lain, pemerintah kota akan memberi tahu Anda.
apply-print = Cetak salinan
apply-see-applications = Lihat pengajuan saya
apply-sent-nothing = Tidak ada pengajuan yang dikirim dari halaman ini
apply-queued-title = Pengajuan Anda menunggu dikirim
apply-queued-banner = Menunggu dikirim
apply-queued-text = Pemerintah kota belum menerimanya. Pengajuan akan dikirim otomatis saat Anda tersambung ke internet.
apply-queued-hint = Setelah diterima pemerintah kota, nomor penerimaannya akan tampil di sini.
apply-failed-title = Pengajuan Anda tidak diterima
applications-document-title = Pengajuan saya | Madoguchi
applications-intro-app = Pengajuan yang sedang Anda isi di perangkat ini (draf) dan pengajuan yang dikirim dari perangkat ini.
applications-intro-web = Pengajuan yang sedang Anda isi atau sudah Anda kirim di halaman ini. Versi web tidak menyimpan apa pun di perangkat, jadi semuanya hilang dari daftar saat halaman ditutup. Catat nomor penerimaan Anda.
applications-drafts-title = Pengajuan yang sedang diisi
applications-no-drafts = Tidak ada pengajuan yang sedang diisi.
applications-draft-saved = Disimpan pada { $date }
applications-resume = Lanjutkan { $procedure }
applications-discard = Hapus draf { $procedure }
applications-discard-title = Hapus draf ini?
applications-discard-text = Setelah dihapus, jawaban Anda tidak dapat dikembalikan.
applications-discard-yes = Hapus
applications-discard-no = Jangan hapus
applications-draft-discarded = Draf telah dihapus.
applications-sent-title = Pengajuan terkirim
applications-none-sent = Anda belum mengirim pengajuan.
applications-sent-on = Dikirim pada { $date }
applications-state-pending = Menunggu dikirim
applications-state-sent = Diterima pemerintah kota
applications-state-failed = Tidak diterima
# same-as-en: the same words are used in this language.
applications-status = Status: { $status }

applications-send-now = Kirim sekarang
delete-data-title = Data di perangkat ini
delete-data-explain = Daftar prosedur serta pengajuan, pertanyaan, dan draf Anda disimpan secara terenkripsi di perangkat ini. Jika dihapus, kunci enkripsinya juga ikut terhapus.
delete-data-button = Hapus data yang tersimpan di perangkat ini
delete-data-confirm = Semua data yang tersimpan di perangkat ini akan dihapus, termasuk draf serta pengajuan atau pertanyaan yang menunggu dikirim. Lanjutkan?
delete-data-done = Data yang tersimpan di perangkat ini telah dihapus.
