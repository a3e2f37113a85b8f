# Email yang dikirim oleh server pemerintah kota. Tidak muncul di layar aplikasi (tidak termasuk dalam berkas bahasa UI).
# $code adalah kode konfirmasi 6 digit untuk masuk; $minutes adalah masa berlakunya, dalam menit.

mail-sign-in-subject = Kode konfirmasi masuk Madoguchi { $code }
mail-sign-in-body =
    Kode konfirmasi Anda untuk masuk ke Madoguchi adalah { $code }.
    Kode ini berlaku selama { $minutes } menit dan hanya dapat digunakan satu kali.

    Jika Anda tidak merasa meminta email ini, Anda tidak perlu melakukan apa pun. Mungkin seseorang salah mengetik alamat email.
    Petugas pemerintah kota tidak akan pernah menanyakan kode ini melalui telepon atau email.

# Dikirim sehari sebelum janji temu (mulai pukul 9.00), hanya untuk janji temu yang tidak terhubung ke akun dan memiliki email kontak.
# $service adalah keperluannya, $counter loketnya, $place letaknya (lantainya; kosong bila tidak ada), $month dan $day tanggal di Jepang,
# $time waktu mulai menurut waktu Jepang (9:30), $reference nomor janji temu, $phone nomor telepon loket.
mail-booking-reminder-subject = Madoguchi: janji temu Anda besok ({ $service })
mail-booking-reminder-body =
    Besok Anda memiliki janji temu di loket balai kota.

    Keperluan: { $service }
    Waktu: { $day }/{ $month }, mulai pukul { $time } (waktu Jepang)
    Tempat: { $counter } { $place }
    Nomor janji temu: { $reference } (sebutkan di loket)

    Jika Anda tidak dapat datang, batalkan atau ubah janji temu Anda. Jika batas waktu perubahan secara daring sudah lewat, hubungi { $phone }.
    Email ini dikirim otomatis; mohon tidak membalas.
