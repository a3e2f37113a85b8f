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

# Mga pangyayari sa buhay: mga pagkakataong kailangan ang ilang proseso nang sabay-sabay; ang listahan ng mga proseso ay hinati ayon sa mga ito.
life-events-title = Maghanap ayon sa pangyayari sa buhay
life-event-moving = Paglipat ng tirahan
life-event-moving-summary = Mga proseso kapag lumipat kayo sa lungsod, umalis dito, o nagpalit ng address sa loob ng lungsod.
life-event-childbirth = Panganganak at pag-aalaga ng anak
life-event-childbirth-summary = Mga proseso kapag may isinilang na sanggol at habang inaalagaan ninyo ang inyong mga anak.
life-event-bereavement = Kapag may pumanaw sa pamilya
life-event-bereavement-summary = Mga proseso pagkatapos pumanaw ng isang kapamilya.
life-event-school-entry = Pagpasok sa paaralan
life-event-school-entry-summary = Mga proseso kapag papasok ang isang bata sa elementarya o junior high school.
# Pamagat ng window ng pahina ng isang pangyayari sa buhay. Ang $event ay pangalan ng pangyayari, ang $city ay pangalan ng lungsod.
# same-as-en: only the life event's and the city's names and the app's name, which stays in Latin letters here
life-event-document-title = { $event } | { $city } | Madoguchi
