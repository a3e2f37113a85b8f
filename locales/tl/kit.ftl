# Mga teksto ng mga halimbawa sa galeriya ng mga bahagi (/gallery). Walang sariling teksto ang mga bahagi; dito nila ito kinukuha.

kit-skip-link-title = Kawing na panlaktaw
kit-skip-link-default = Kawing papunta sa pangunahing nilalaman
kit-page-header-title = Ulunan ng pahina
kit-page-header-default = Pangalan ng serbisyo at pagpili ng wika

kit-button-title = Pindutan
kit-button-primary = Pangunahing pindutan
kit-button-secondary = Pangalawang pindutan
kit-button-tertiary = Pangatlong pindutan
kit-button-disabled = Pindutang hindi magagamit
kit-button-loading = Pindutang nagpoproseso
kit-button-save = I-save
kit-button-save-draft = I-save ang borador
kit-button-cancel = Kanselahin
kit-button-send = Ipadala
kit-button-sending = Ipinapadala
kit-button-pressed = Pinindot nang { $count } beses

kit-text-input-title = Kahon ng teksto
kit-text-input-email = May paalala at awtomatikong pagpuno
kit-text-input-width = May takdang lapad
kit-text-input-error = May mali
kit-text-input-readings = May basa sa ibabaw ng label
kit-readings-label = Munisipyo
kit-email-label = Address ng email
kit-email-hint = Magpapadala kami ng email para sa kumpirmasyon.
kit-email-error = Ilagay ang address ng email sa anyong name@example.jp
kit-phone-label = Numero ng telepono

kit-radios-title = Mga pindutang radyo
kit-radios-contact = Tanong na may mga paalala
kit-radios-inline = "Oo" at "Hindi" na magkatabi
kit-radios-error = Tanong na may mali
kit-contact-legend = Paano namin kayo makokontak?
kit-contact-hint = Pumili ng isa.
kit-contact-email = Sa email
kit-contact-phone = Sa telepono
kit-contact-phone-hint = Lunes hanggang Biyernes, 9:00–17:00
kit-contact-post = Sa koreo
kit-contact-error = Piliin kung paano namin kayo makokontak
kit-moved-legend = Lumipat ba kayo ng tirahan sa loob ng nakaraang isang taon?
kit-yes = Oo
kit-no = Hindi

kit-checkboxes-title = Mga kahong matse-tsekan
kit-checkboxes-support = May pagpipiliang "Wala sa mga ito"
kit-support-legend = Tulong na kailangan ninyo sa tanggapan
kit-support-hint = Piliin ang lahat ng naaangkop.
kit-support-wheelchair = Pagpunta nang naka-wheelchair
kit-support-sign-language = Tagapagsalin ng sign language
kit-support-large-print = Mga dokumentong malalaki ang titik
kit-support-none = Wala sa mga ito
kit-or = o

kit-error-summary-title = Buod ng mga mali
kit-error-summary-form = Pormularyong nagpapakita nito kapag ipinadalang walang laman
kit-error-summary-shown = Buod ng mga maling ipinapakita na
kit-error-summary-heading = May problema sa inyong inilagay
kit-name-label = Buong pangalan
kit-name-error = Ilagay ang inyong buong pangalan

kit-tabs-title = Mga tab
kit-tabs-procedure = Impormasyon ng isang proseso na hinati sa mga tab
kit-tabs-label = Detalye ng proseso
kit-tab-overview = Buod
kit-tab-overview-text = Ito ang pag-uulat kapag inilipat ninyo ang inyong tirahan sa Lungsod ng Yumesaki. Iulat ito sa loob ng 14 na araw mula nang lumipat kayo.
kit-tab-documents = Mga kailangan
kit-tab-documents-text = Sertipiko ng paglipat palabas at katibayan ng pagkakakilanlan (gaya ng My Number card).
kit-tab-fees = Bayad
kit-tab-fees-text = Walang bayad.

kit-accordion-title = Akordyon at mga detalye
kit-accordion-faq = Mga madalas itanong
kit-accordion-details = Karagdagang paliwanag
kit-faq-when = Hanggang kailan ko ito dapat iulat?
kit-faq-when-answer = Sa loob ng 14 na araw mula nang magsimula kayong tumira sa bagong tirahan.
kit-faq-proxy = Maaari bang ibang tao ang mag-ulat para sa akin?
kit-faq-proxy-answer = Maaari. Kailangan ng kinatawan ang sulat ng pagpapahintulot at ang sarili niyang katibayan ng pagkakakilanlan.
kit-details-my-number = Ano ang My Number card?
kit-details-my-number-answer = Isang plastik na kard na may larawan ng inyong mukha. Ginagamit ito bilang katibayan ng pagkakakilanlan at sa mga prosesong online.

kit-dialog-title = Diyalogo
kit-dialog-confirm = Pagkumpirma ng hakbang na hindi na maibabalik
kit-dialog-open = Bawiin ang aplikasyon
kit-dialog-heading = Babawiin ba ang aplikasyong ito?
kit-dialog-text = Kapag binawi, hindi na maibabalik ang aplikasyong ito.
kit-dialog-withdraw = Bawiin
kit-dialog-keep = Huwag bawiin
kit-dialog-close = Isara
kit-dialog-withdrawn = Nabawi na ang aplikasyon

kit-date-input-title = Paglalagay ng petsa
kit-date-input-birth = Petsa ng kapanganakan sa kalendaryong Gregoryano o Hapon
kit-date-birth-legend = Petsa ng kapanganakan
kit-date-birth-hint = Halimbawa: Marso 14, Heisei 1 (unang taon), o Marso 14, 1989
kit-date-calendar = Kalendaryo
kit-date-western = Gregoryano
# same-as-en: name of a Japanese era, a proper noun written the same way in Filipino.
kit-era-reiwa = Reiwa
# same-as-en: name of a Japanese era, a proper noun written the same way in Filipino.
kit-era-heisei = Heisei
# same-as-en: name of a Japanese era, a proper noun written the same way in Filipino.
kit-era-showa = Showa
# same-as-en: name of a Japanese era, a proper noun written the same way in Filipino.
kit-era-taisho = Taisho
kit-date-year = Taon
kit-date-month = Buwan
kit-date-day = Araw
kit-date-equivalent-western = Sa kalendaryong Gregoryano: { $month }/{ $day }/{ $year }
kit-date-equivalent-era = Sa kalendaryong Hapon: { $month }/{ $day }, { $era } { $year ->
    [1] 1 (unang taon)
   *[other] { $year }
}

kit-textarea-title = Kahon ng mahabang teksto
kit-textarea-count = May bilang ng titik
kit-message-label = Ang inyong mensahe sa lungsod
kit-message-hint = Huwag isulat ang impormasyong makapagpapakilala sa inyo.
kit-chars-left = May natitira pang { $count } titik
kit-chars-over = Sobra nang { $count } titik

kit-select-title = Listahang mapagpipilian
kit-select-counter = Pagpili ng tanggapan
kit-counter-label = Tanggapang pupuntahan
kit-counter-hint = Mapipili ninyo ang pinakamalapit sa inyong tirahan.
kit-counter-city-hall = Pangunahing gusali ng munisipyo
kit-counter-north = Sangay na tanggapan sa hilaga
kit-counter-south = Sangay na tanggapan sa timog

kit-banner-title = Mga paskil ng abiso at ng emerhensiya
kit-banner-information = Paalala
kit-banner-success = Tapos na
kit-banner-emergency = Emerhensiya
kit-banner-notice = Mahalagang paalala
kit-banner-closure = Sarado ang mga tanggapan mula Disyembre 29 hanggang Enero 3
kit-banner-closure-body = Tuloy ang mga prosesong online kahit sa mga araw na ito.
kit-banner-done = Tapos na
kit-banner-received = Natanggap na ang inyong ulat ng paglipat papasok
kit-banner-received-body = Ang inyong numero ng pagtanggap ay MD-2024-00123.
kit-banner-urgent = Emerhensiya
kit-banner-evacuation = May utos ng paglikas sa paligid ng Ilog Yumesaki
kit-banner-evacuation-body = Kung malapit kayo sa ilog, lumikas agad sa mataas na lugar.

kit-tag-title = Tatak ng katayuan
kit-tag-statuses = Mga katayuan ng aplikasyon
kit-status-draft = Borador
kit-status-received = Natanggap na
kit-status-needs-information = Kailangan ng karagdagang impormasyon
kit-status-completed = Tapos na
kit-status-rejected = Tinanggihan

kit-table-title = Talahanayan
kit-table-fees = Talahanayang may mga ulunan
kit-fee-caption = Bayad sa mga sertipiko
kit-fee-certificate = Sertipiko
kit-fee-counter = Sa tanggapan
kit-fee-kiosk = Sa makinang kiosk
kit-fee-residence = Kopya ng rekord ng paninirahan
kit-fee-seal = Sertipiko ng rehistradong selyo
kit-fee-tax = Sertipiko ng buwis
kit-fee-300 = 300 yen
kit-fee-200 = 200 yen

kit-steps-title = Tagapagpakita ng mga hakbang
kit-steps-application = Nasa gitna ng aplikasyon
kit-steps-label = Mga hakbang ng aplikasyon
kit-step-position = Hakbang { $current } sa { $total }
kit-step-applicant = Aplikante
kit-step-address = Tirahan
kit-step-documents = Mga dokumento
kit-step-check = Pagsusuri
kit-step-send = Pagpapadala

kit-breadcrumbs-title = Landas ng pahina
kit-breadcrumbs-procedure = Kinalalagyan ng pahina ng isang proseso
kit-breadcrumbs-label = Nasaan kayo
kit-crumb-home = Simula
kit-crumb-procedures = Listahan ng mga proseso
kit-crumb-moving-in = Ulat ng paglipat papasok

kit-pagination-title = Paglipat ng pahina
kit-pagination-notices = Mga pahina ng listahan ng mga paalala
kit-pagination-label = Mga pahina
kit-pagination-page = Pahina { $page }
kit-pagination-previous = Nakaraang pahina
kit-pagination-next = Susunod na pahina

kit-link-title = Kawing
kit-link-inline = Kawing sa loob ng pangungusap
kit-link-new-tab = Kawing na nagbubukas ng bagong tab
kit-link-procedures = Tingnan ang listahan ng mga proseso
kit-link-map = Mapa ng munisipyo
kit-link-new-tab-note = (magbubukas sa bagong tab)

kit-name-input-title = Paglalagay ng pangalan
kit-name-input-resident = Apelyido at pangalan, kasama ang pagbasa sa katakana
kit-postal-code-title = Kodigo postal at tirahan
kit-postal-code-lookup = Tirahang napunan mula sa kodigo postal
kit-file-upload-title = Paglalakip ng file
kit-file-upload-document = Paglalakip ng larawan o PDF ng isang dokumento
kit-file-upload-label = Katibayan ng pagkakakilanlan
kit-file-upload-hint = PDF, JPEG o PNG na file na hanggang { $max }. Puwede ang larawan ng inyong residence card o My Number card.
kit-name-input-errors = Pangalang may mali

kit-summary-list-title = Listahan ng mga sagot
kit-summary-list-answers = Mga sagot na may link para baguhin
kit-summary-name = Pangalan
# same-as-en: a person's name, written in the Latin alphabet.
kit-summary-name-value = Hanako Yumesaki
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = Tirahan
kit-summary-postal-value = Postal code na 999-0001
kit-summary-address-value = 1-2-3 Chuo, lungsod ng Yumesaki
kit-summary-form = Uri ng aplikasyon
kit-summary-form-value = Aplikasyon para sa allowance ng anak
kit-summary-change = Baguhin

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = Pagpili ng araw (appointment)
kit-day-picker-week = Limang araw na may punong araw at mga araw na sarado
kit-day-picker-error = Kapag nagpatuloy ang residente nang hindi pumipili
kit-day-legend = Ang araw ng iyong pagpunta
kit-day-hint = Hindi mapipili ang mga punong araw at mga araw na sarado.
kit-day-error = Piliin ang araw ng iyong pagpunta
kit-day-thursday = Huw, Ene 7
kit-day-friday = Biy, Ene 8
kit-day-saturday = Sab, Ene 9
kit-day-sunday = Lin, Ene 10
kit-day-monday = Lun, Ene 11
kit-places-left = { $count ->
    [one] { $count } puwesto na lang ang natitira
   *[other] { $count } puwesto pa ang natitira
}
kit-slot-full = Puno na: hindi na mapa-book
kit-day-closed = Sarado: hindi mapa-book
kit-time-picker-title = Pagpili ng oras (appointment)
kit-time-picker-morning = Isang umaga na may punong oras
kit-time-legend = Ang oras ng iyong pagpunta
kit-time-hint = Hindi mapipili ang mga punong oras.
# same-as-en: a range of two times has no words
kit-time-range = { $start }–{ $end }
