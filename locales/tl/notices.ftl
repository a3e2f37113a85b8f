# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = Pag-aalaga ng anak
notice-topic-care = Pag-aalaga sa matatanda
notice-topic-disaster = Paghahanda sa sakuna
notice-topic-waste = Basura
notice-topic-tax = Buwis
notice-topic-health = Kalusugan
notice-topic-events = Mga kaganapan
notice-category-general = Paunawa
notice-priority-normal = Karaniwan
notice-priority-important = Mahalaga
notice-priority-urgent = Agaran
notice-personal-application-status = Nagbago ang katayuan ng iyong aplikasyon { $reference }.
notice-personal-booking-reminder = Paalala: may booking ka sa counter bukas, { $time } (numero ng booking { $reference }).
notice-error-expiry = Ang pagtatapos ng pagpapakita ay dapat pagkatapos ng simula nito at pagkatapos ng ngayon.
notice-error-key = Gumamit ng maliliit na titik, numero at gitling (halimbawa evacuation-yumesaki-3-chome).
notice-error-area = Ilagay ang lugar gamit ang code mula sa listahan ng lungsod (halimbawa yumesaki-3-chome).
notice-error-month-range = Ang edad sa buwan ay dapat 0 o higit pa, at ang simula ay hindi dapat lumampas sa katapusan.
notice-error-language = Hindi tama ang code ng wika (halimbawa ja, en, zh-Hans).

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = Mga paunawa | Madoguchi
notices-urgent-title = Mga agarang paunawa
notices-city-title = Mga paunawa mula sa lungsod
notices-city-empty = Walang paunawa mula sa lungsod sa ngayon.
notices-published = Inilathala: { $when }
notices-link-procedure = Tungkol sa prosesong ito
notices-link-booking = Mag-book ng appointment sa counter
notices-personal-title = Para sa iyo
notices-personal-signed-out = Kapag naka-sign in ka, dito darating ang paalala ng iyong appointment sa counter isang araw bago nito, at ang paunawa kapag nagbago ang katayuan ng iyong aplikasyon.
notices-personal-sign-in = Mag-sign in
notices-personal-empty = Wala pang paunawa para sa iyo.
notices-profile-title = Mga paunawang angkop sa iyo
notices-profile-none = Kapag pinili mo ang lugar na tinitirhan mo, ang edad ng mga kasama mo sa pamilya at ang mga paksang interesado ka, ang mga paunawang may kinalaman sa iyo lang ang ipapakita. Sa aparatong ito lang iniimbak ang mga pinili mo at hindi ito ipinapadala sa lungsod. Sa ngayon, ipinapakita ang mga paunawa para sa lahat at ang lahat ng agarang paunawa.
notices-profile-choose = Piliin ang mga paunawang ipapakita
notices-profile-active = Ipinapakita ang mga paunawang tugma sa mga pinili mo. Sa aparatong ito lang iniimbak ang mga pinili mo.
notices-profile-change = Tingnan o baguhin ang mga pinili mo
notices-filter-label = Salain ayon sa uri
notices-filter-all = Lahat ng uri
notices-unread = Hindi pa nababasa
notices-mark-read = Markahang nabasa na
notices-mark-all-read = Markahang nabasa na ang lahat

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = [Agaran] { $title }
notice-os-digest-title = May { $count } bagong paunawa

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = Piliin ang mga paunawang ipapakita | Madoguchi
notice-profile-page-title = Piliin ang mga paunawang ipapakita
notice-profile-intro = Ang pipiliin mo rito ay iniimbak nang naka-encrypt sa aparatong ito lang at hindi ipinapadala sa lungsod. Ang aparatong ito ang nagpapasya kung aling mga paunawa ang ipapakita. Hindi mo kailangang pumili ng kahit ano.
notice-profile-back = Bumalik sa mga paunawa
notice-profile-errors-title = May problema sa iyong inilagay
notice-profile-area = Lugar na tinitirhan mo
notice-profile-area-hint = Ginagamit ito para matanggap mo ang mga paunawa para sa isang partikular na lugar (gaya ng utos ng paglikas).
notice-profile-area-none = Hindi pipili
notice-profile-ages = Edad
notice-profile-resident-band = Ang edad mo
notice-profile-band-none = Hindi ko sasagutin
notice-band-0-5 = 0 hanggang 5 taon
notice-band-6-17 = 6 hanggang 17 taon
notice-band-18-39 = 18 hanggang 39 taon
notice-band-40-64 = 40 hanggang 64 taon
notice-band-65-74 = 65 hanggang 74 taon
notice-band-75 = 75 taon pataas
notice-profile-children = Petsa ng kapanganakan ng iyong mga anak
notice-profile-children-hint = Ginagamit ito para piliin ang mga paunawang angkop sa edad ng bata sa buwan, gaya ng health checkup at bakuna.
notice-profile-child = Ika-{ $n } na anak
notice-profile-child-add = Magdagdag ng anak
notice-profile-child-remove = Alisin ang ika-{ $n } na anak
notice-profile-topics = Mga paksang interesado ka
notice-profile-topics-hint = Ipinapakita ang mga paunawa para sa mga taong interesado sa mga paksang pinili mo.
notice-profile-languages = Mga wika sa pagbasa ng paunawa
notice-profile-languages-hint = Kung isinulat din ng lungsod ang paunawa sa isa sa mga wikang ito, ipapakita ito sa wikang iyon.
notice-profile-quiet-hours = Mga oras na walang notification
notice-profile-quiet-hint = Sa mga oras na ito, pinaghihintay ang mga notification na hindi agaran hanggang matapos ang mga oras na ito. Ang notification ng agarang paunawa ay palaging lumalabas kaagad.
notice-profile-quiet-from = Simula
notice-profile-quiet-until = Katapusan
notice-profile-quiet-none = Walang itinakda
notice-profile-digest = Oras ng pinagsamang notification minsan sa isang araw
notice-profile-digest-hint = Pinagsasama-sama ang mga karaniwang paunawa sa iisang notification sa oras na ito. Ang mga agaran at mahalagang paunawa ay hindi pinagsasama; may kanya-kanyang notification ang bawat isa.
notice-profile-digest-none = Huwag pagsamahin
notice-profile-save = I-save
notice-profile-done = Tapos na
notice-profile-saved = Na-save na
notice-profile-cleared = Binura na ang mga pinili mo. Ipapakita ang mga paunawa para sa lahat.
notice-profile-change = Baguhin
notice-profile-error-future = Maglagay ng petsa ng kapanganakan na ngayong araw o mas maaga
notice-profile-error-quiet = Pumili ng simula at katapusan, sa magkaibang oras

# What is kept and what it is for (the consent record).
notice-consent-title = Ang iniimbak at kung para saan ito
notice-consent-nothing-sent = Sa aparatong ito lang iniimbak ang mga sumusunod. Hindi ito ipinapadala sa lungsod o kaninuman.
notice-consent-use-area = Para piliin ang mga paunawa para sa isang partikular na lugar (gaya ng utos ng paglikas)
notice-consent-use-ages = Para piliin ang mga paunawa para sa partikular na edad o edad sa buwan (gaya ng health checkup at bakuna)
notice-consent-use-topics = Para piliin ang mga paunawa para sa mga paksang interesado ka
notice-consent-use-languages = Para ipakita ang mga paunawa sa wikang madali mong mabasa
notice-consent-use-quiet-hours = Para paghintayin ang mga notification na hindi agaran sa mga oras na ito
notice-consent-use-digest = Para pagsamahin ang mga notification ng karaniwang paunawa sa isa bawat araw
notice-consent-given = Kailan pumayag: { $when }
notice-consent-changed = Huling binago: { $when }
notice-profile-clear = Burahin ang lahat ng pinili mo
notice-profile-clear-title = Burahin ang mga pinili mo?
notice-profile-clear-body = Buburahin sa aparatong ito ang mga pinili mo, gaya ng lugar, edad at paksa, pati ang talaan ng pagpayag. Pagkatapos nito, ipapakita ang mga paunawa para sa lahat at ang lahat ng agarang paunawa.
notice-profile-clear-confirm = Burahin
notice-profile-clear-cancel = Kanselahin

# Pahina ng isang paunawa (#/notices/<id>).
# same-as-en: the notice's own title and the app's name, which stays in Latin letters here
notice-document-title = { $title } | Madoguchi
notices-open = Buksan ang paunawang ito
notice-gone = Hindi na ipinapakita ang paunawang ito: tapos na ang panahon ng paglalathala nito o binawi ito.

# Mga notification sa browser na ito (web mode, Web Push).
notices-push-title = Mga notification sa browser na ito
notices-push-about = Kapag naka-on ang mga notification, darating sa iyo ang mga agarang paunawa (gaya ng sakuna at utos ng paglikas) kahit nakasara ang pahinang ito. Pare-pareho ang natatanggap ng lahat ng nag-on ng notification: hindi ginagamit ang lugar at iba pang pinili mo.
notices-push-kept = Ang wika at ang mga salita lang para sa mga notification ang iniimbak sa browser na ito. Ang ipinapadala lang sa lungsod ay ang address kung saan tumatanggap ng notification ang browser mo.
notices-push-shared = Huwag i-on ang mga notification sa kompyuter na ginagamit ng marami, gaya ng sa aklatan.
notices-push-on = Naka-on ang mga notification sa browser na ito.
notices-push-off = Naka-off ang mga notification sa browser na ito.
notices-push-blocked = Bina-block ng browser na ito ang mga notification mula sa site na ito. Para makatanggap ng notification, payagan ang mga notification sa mga setting ng browser para sa site na ito.
notices-push-failed-browser = Hindi ma-on ang mga notification sa browser na ito. Pakisubukang muli mamaya. Makikita mo ang mga paunawa sa pahinang ito tuwing bubuksan mo ito.
notices-push-turn-on = I-on ang mga notification
notices-push-turn-off = I-off ang mga notification
notices-push-notification-body = Buksan ang Madoguchi para basahin ang paunawa.
push-error-subscription = Hindi tama ang rehistro ng notification ng browser.

notice-tray-title = Manatiling tumatakbo sa tray
notice-tray-about = Kapag naka-on ito, hindi magsasara ang app kapag isinara ang window: mananatili ito bilang icon sa tray (notification area), patuloy na tatanggap ng mga abiso gaya ng mga apurahan, at ipapaalam ang mga ito sa iyo. Piliin ang “Buksan ang Madoguchi” sa menu ng icon para ibalik ang window, o ang “Isara ang Madoguchi” para isara ang app.
notice-tray-no-tray = Sa desktop na walang tray, magsasara ang app kapag isinara ang window kahit naka-on ito.
notice-tray-on = Kapag isinara ang window, mananatili ang app sa tray.
notice-tray-off = Kapag isinara ang window, magsasara ang app.
notice-tray-turn-on = Manatili sa tray
notice-tray-turn-off = Huwag nang manatili sa tray
