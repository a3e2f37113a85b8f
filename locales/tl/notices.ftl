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
