# Email yang dikirim oleh server pemerintah kota. Tidak muncul di layar aplikasi (tidak termasuk dalam berkas bahasa UI).
# $code adalah kode konfirmasi 6 digit untuk masuk; $minutes adalah masa berlakunya, dalam menit.

mail-sign-in-subject = Kode konfirmasi masuk Madoguchi { $code }
mail-sign-in-body =
    Kode konfirmasi Anda untuk masuk ke Madoguchi adalah { $code }.
    Kode ini berlaku selama { $minutes } menit dan hanya dapat digunakan satu kali.

    Jika Anda tidak merasa meminta email ini, Anda tidak perlu melakukan apa pun. Mungkin seseorang salah mengetik alamat email.
    Petugas pemerintah kota tidak akan pernah menanyakan kode ini melalui telepon atau email.
