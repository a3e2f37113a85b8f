# Appointment sa counter: mga error sa pag-book, pagpapalit ng appointment, o paghihintay ng bakanteng puwesto. Nasa booking module ng madoguchi-domain ang mga patakaran.

booking-error-slot-full = Puno na ang oras na ito. Pumili ng ibang oras, o sumali sa waiting list ng oras na ito.
booking-error-unknown-service = Hindi puwedeng mag-book para sa prosesong ito.
booking-error-not-a-slot = Hindi tumatanggap ng appointment ang counter na ito sa oras na iyon. Pumili ulit ng oras mula sa listahan.
booking-error-closed-day = Sarado ang city hall sa araw na iyon (Sabado at Linggo, pista opisyal, bakasyon sa katapusan at simula ng taon, at iba pa). Pumili ng ibang araw.
booking-error-outside-window = Hindi puwedeng i-book ngayon ang oras na ito: hindi pa bukas ang booking, sarado na ito, o lumipas na ang oras. Pumili ulit mula sa listahan.
booking-error-identity-level = Para ma-book ang prosesong ito, kailangan ng mas matibay na patunay ng iyong pagkakakilanlan.
booking-error-deadline-passed = Lumipas na ang deadline para magpalit o magkansela, kaya hindi na ito magagawa online. Pakitawagan ang counter.
booking-error-not-active = Nakansela na ang appointment na ito o naitala na ang pagdating mo, kaya hindi na ito mapapalitan.
booking-error-slot-available = May bakante pa sa oras na ito. Mag-book na agad sa halip na sumali sa waiting list.
booking-error-no-offer = Wala pang bakanteng puwesto na maiaalok sa iyo sa waiting list na ito ngayon.
booking-error-offer-expired = Lumipas na ang oras para tanggapin ang bakanteng puwesto, kaya inalok na ito sa susunod na tao. Sumali ulit sa waiting list o pumili ng ibang oras.
