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
