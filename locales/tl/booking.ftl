# Appointment sa counter: mga error sa pag-book, pagpapalit ng appointment, o paghihintay ng bakanteng puwesto. Nasa booking module ng madoguchi-domain ang mga patakaran.

booking-error-slot-full = Puno na ang oras na ito. Pumili ng ibang oras, o sumali sa waiting list ng oras na ito.
booking-error-unknown-service = Hindi puwedeng mag-book para sa prosesong ito.
booking-error-not-a-slot = Hindi tumatanggap ng appointment ang counter na ito sa oras na iyon. Pumili ulit ng oras mula sa listahan.
booking-error-closed-day = Sarado ang city hall sa araw na iyon (Sabado at Linggo, pista opisyal, bakasyon sa katapusan at simula ng taon, at iba pa). Pumili ng ibang araw.
booking-error-outside-window = Hindi puwedeng i-book ngayon ang oras na ito: hindi pa bukas ang booking, sarado na ito, o lumipas na ang oras. Pumili ulit mula sa listahan.
booking-error-deadline-passed = Lumipas na ang deadline para magpalit o magkansela, kaya hindi na ito magagawa online. Pakitawagan ang counter.
booking-error-not-active = Nakansela na ang appointment na ito o naitala na ang pagdating mo, kaya hindi na ito mapapalitan.
booking-error-slot-available = May bakante pa sa oras na ito. Mag-book na agad sa halip na sumali sa waiting list.
booking-error-no-offer = Wala pang bakanteng puwesto na maiaalok sa iyo sa waiting list na ito ngayon.
booking-error-offer-expired = Lumipas na ang oras para tanggapin ang bakanteng puwesto, kaya inalok na ito sa susunod na tao. Sumali ulit sa waiting list o pumili ng ibang oras.

## Pagpili kung ano ang ipapa-book (#/booking). Ang pamagat ay link din sa navigation.
booking-document-title = Appointment sa counter | Madoguchi
booking-title = Appointment sa counter
booking-intro = Maaari mong i-book nang maaga ang araw at oras ng pagpunta mo sa counter ng city hall. Pumunta sa counter na iyon sa oras na na-book mo.
booking-services-none = Sa ngayon, walang prosesong tumatanggap ng appointment.
booking-duration = Kailangang oras
booking-duration-minutes = Mga { $minutes } minuto
booking-identity = Patunay ng pagkakakilanlan
booking-identity-contact = Sapat na ang pangalan mo at paraan para makontak ka
booking-identity-account = Kailangan ng account na nasuri na ang pagkakakilanlan
booking-identity-my-number-card = Kailangang patunayan kung sino ka gamit ang My Number Card
booking-bring = Mga dadalhin
booking-bring-nothing = Wala namang espesyal
booking-counter = Counter na pupuntahan
booking-counter-place = { $counter } – { $place }
booking-window = Kailan puwedeng mag-book
booking-window-text = Mula { $days } araw bago hanggang { $hours } oras bago
booking-start = Mag-book: { $service }
booking-phone-label = Numero ng telepono ng counter:

## Pagpili ng araw at oras, contact details, pagsusuri
booking-flow-document-title = { $page } | Appointment sa counter | Madoguchi
booking-steps-label = Mga hakbang sa pag-book
booking-step-day = Araw
booking-step-time = Oras
booking-step-details = Contact
booking-step-check = Suriin
booking-moving-from = Ang booking mo ngayon: { $when }. Kapag pumili ka ng bagong araw at oras, papalitan nito ang booking na ito.
booking-day-title = Piliin ang araw ng iyong pagpunta
booking-day-legend = Ang araw ng iyong pagpunta
booking-day-hint = Hindi mapipili ang mga punong araw at mga araw na sarado (Sabado, Linggo, holiday, bakasyon ng Bagong Taon at iba pa).
booking-day-error = Piliin ang araw ng iyong pagpunta
booking-days-none = Sa ngayon, walang araw na puwedeng i-book. Pakitawagan ang counter.
booking-places-left = { $count ->
    [one] { $count } puwesto na lang ang natitira
   *[other] { $count } puwesto pa ang natitira
}
booking-full = Puno na: hindi na mapa-book
booking-closed = Sarado: hindi mapa-book
booking-time-title = Piliin ang oras ng iyong pagpunta
booking-chosen-day = Napiling araw: { $date }
booking-time-legend = Ang oras ng iyong pagpunta
booking-time-hint = Hindi mapipili ang mga punong oras.
booking-time-error = Piliin ang oras ng iyong pagpunta
# same-as-en: a range of two times has no words
booking-time-range = { $start }–{ $end }
booking-details-title = Ilagay ang iyong pangalan at kung paano ka makokontak
booking-details-hint = Hindi kailangang ibigay ang numero ng telepono o email. Kung ibibigay mo, gagamitin lang ito ng lungsod para kontakin ka tungkol sa booking na ito.
booking-name-hint = Ang pangalang itatawag sa iyo sa counter.
booking-check-title = Suriin ang iyong booking
booking-book-app = Kapag nag-book ka, ipapadala ito mula sa device na ito sa lungsod. Kung walang internet, ipapadala ito kapag may koneksyon na, at saka sasabihin sa iyo kung nakuha mo ang puwesto.
booking-book-web = Kapag nag-book ka, ipapadala agad ito sa lungsod.
booking-book = Mag-book
booking-move = Ilipat sa araw at oras na ito
booking-choose-again = Pumili ng ibang oras

## Resulta ng pag-book
booking-done-page = Ang iyong booking
booking-done-nothing = Walang na-book mula sa pahinang ito
booking-done-title = Na-book na
booking-moved-title = Nailipat na ang araw at oras ng iyong booking
booking-done-banner = May puwesto ka na
booking-reference = Numero ng booking: { $reference }
booking-reference-hint = Sabihin ang numero ng booking na ito sa counter.
booking-reference-label = Numero ng booking
booking-when = Araw at oras
booking-deadline = Deadline ng pagbabago
booking-deadline-text = Puwede mo itong baguhin o kanselahin sa "Mga booking ko" hanggang { $time } ng { $date }
booking-kept-web = Sa web, makikita lang ang booking na ito habang bukas ang pahinang ito. Isulat ang numero ng booking o i-print ang kopya.
booking-queued-title = Naghihintay maipadala ang iyong booking
booking-queued-banner = Naghihintay maipadala
booking-queued-text = Wala ka pang puwesto. Awtomatiko itong ipapadala kapag may internet na.
booking-queued-move = Hindi pa nagbabago ang araw at oras. Awtomatikong ipapadala ang pagbabago kapag may internet na.
booking-queued-hint = Kapag natanggap na ng lungsod, sasabihin dito at sa "Mga booking ko" kung nakuha mo ang puwesto.
booking-refused-title = Hindi na-book
booking-refused-text = Wala kang booking na ito. Pumili ng ibang oras at mag-book ulit.
booking-move-refused-title = Hindi nabago ang araw at oras
booking-move-refused-text = Nananatili ang booking mo sa dating araw at oras.
bookings-change-refused = Hindi nabago o nakansela. Walang nagbago sa iyong booking.

## Mga booking ko (#/bookings)
bookings-document-title = Mga booking ko | Madoguchi
bookings-title = Mga booking ko
bookings-intro-app = Ang mga booking na ginawa sa device na ito.
bookings-intro-web = Ang mga booking na ginawa sa pahinang ito. Walang sine-save ang web version sa iyong device, kaya mawawala ang mga ito sa listahan kapag isinara mo ang pahina. Isulat ang mga numero ng booking.
bookings-new = Gumawa ng bagong booking
bookings-none = Wala kang booking.
bookings-state-queued = Naghihintay maipadala
bookings-state-refused = Hindi na-book
bookings-state-confirmed = Na-book
bookings-state-cancelled = Kinansela
bookings-state-checked-in = Nakapunta na
bookings-state-no-show = Hindi dumating
bookings-move = Baguhin ang araw at oras: { $service }
bookings-cancel = Kanselahin ang booking: { $service }
bookings-cancel-title = Kanselahin ang booking na ito?
bookings-cancel-text = Kapag kinansela mo, mapupunta sa iba ang iyong puwesto.
bookings-cancel-yes = Kanselahin ang booking
bookings-cancel-no = Panatilihin ang booking
bookings-cancelled = Nakansela na ang booking.
bookings-cancel-queued = Naghihintay maipadala ang pagkansela. Awtomatiko itong ipapadala kapag may internet na.
bookings-move-queued = Naghihintay maipadala ang pagbabago ng araw at oras. Awtomatiko itong ipapadala kapag may internet na.
bookings-past-deadline = Lumipas na ang deadline ng pagbabago ({ $time } ng { $date }), kaya hindi na ito mababago rito. Pakitawagan ang counter.

## Mga waiting list
booking-waitlist-title = Listahan ng naghihintay
booking-waitlist-held = Kapag may nabakanteng puwesto, itatabi ito para sa iyo sa limitadong oras.
booking-waitlist-join-time = Sumali sa waiting list ng { $time }
booking-waitlist-for = Sasali sa waiting list para sa: { $when }
booking-waitlist-join = Sumali sa waiting list
booking-waitlist-join-this = Sumali sa waiting list ng oras na ito
booking-waitlist-done-title = Nasa waiting list ka na
booking-waitlist-reference = Numero sa waiting list: { $reference }
booking-waitlist-where = Kapag may nabakanteng puwesto, makikita ito sa "Mga booking ko", kung saan mo ito makukuha.
booking-waitlist-kept-web = Sa web, makikita lang ang puwestong ito sa waiting list habang bukas ang pahinang ito. Isulat ang numero nito.
booking-waitlist-queued-title = Naghihintay maipadala ang pagsali mo sa waiting list
booking-waitlist-queued-text = Wala ka pa sa waiting list. Awtomatiko itong ipapadala kapag may internet na.
booking-waitlist-refused-title = Hindi ka nakasali sa waiting list
bookings-waitlist-state-refused = Hindi nakasali
bookings-waitlist-state-waiting = Naghihintay
bookings-waitlist-state-offered = May alok na puwesto
bookings-waitlist-state-expired = Ipinasa sa susunod
bookings-waitlist-offered = May nabakanteng puwesto. Nakatabi ito para sa iyo hanggang { $time } sa { $date }.
bookings-waitlist-accept = Kunin ang puwestong ito: { $service }
bookings-waitlist-accept-queued = Naghihintay maipadala ang pagkuha sa puwestong ito. Awtomatiko itong ipapadala kapag may internet na.
bookings-waitlist-accepted = Sa iyo na ang puwesto: kasama na ito sa mga booking mo.
bookings-waitlist-booked = Kinuha mo ang puwestong ito; nasa itaas ang booking.
bookings-waitlist-expired = Hindi nakuha sa oras ang puwesto kaya ipinasa ito sa susunod sa listahan.
