# Home page: the list of procedures.

home-title = Daftar prosedur
home-intro = Prosedur di { $city } yang bisa dilakukan secara daring, di kios layanan mandiri, atau di loket.
home-today = Hari ini { $date }.
home-procedure-count = { $count } prosedur
channels-label = Tempat mengurus
channel-online = Secara daring
channel-kiosk = Kios layanan mandiri
channel-counter = Di loket
channel-appointment = Di loket, dengan janji temu

# Peristiwa kehidupan: saat-saat yang memerlukan beberapa prosedur sekaligus; daftar prosedur dikelompokkan menurut peristiwa ini.
life-events-title = Cari menurut peristiwa kehidupan
life-event-moving = Pindah rumah
life-event-moving-summary = Prosedur saat Anda pindah ke kota ini, pindah dari kota ini, atau berganti alamat di dalam kota.
life-event-childbirth = Kelahiran dan pengasuhan anak
life-event-childbirth-summary = Prosedur saat bayi lahir dan selama Anda membesarkan anak.
life-event-bereavement = Setelah anggota keluarga meninggal dunia
life-event-bereavement-summary = Prosedur yang perlu diurus setelah anggota keluarga meninggal dunia.
life-event-school-entry = Masuk sekolah
life-event-school-entry-summary = Prosedur saat anak masuk sekolah dasar atau sekolah menengah pertama.
# Judul jendela halaman peristiwa kehidupan. $event adalah nama peristiwa, $city adalah nama kota.
# same-as-en: only the life event's and the city's names and the app's name, which stays in Latin letters here
life-event-document-title = { $event } | { $city } | Madoguchi
