# Home page: the list of procedures.

home-title = Mga proseso
home-intro = Mga prosesong magagawa sa { $city } sa internet, sa kiosk, o sa counter.
home-today = Ngayon ay { $date }.
home-procedure-count = { $count } proseso
channels-label = Saan puwedeng gawin
channel-online = Sa internet
channel-kiosk = Sa kiosk
channel-counter = Sa counter
channel-appointment = Sa counter, kailangan ng appointment
