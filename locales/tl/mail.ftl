# Email na ipinapadala ng server ng lungsod. Hindi ito lumalabas sa screen ng app (wala ito sa mga file ng wika ng UI).
# Ang $code ay ang 6 na digit na code ng kumpirmasyon para sa pag-sign in; ang $minutes ay kung ilang minuto ito may bisa.

mail-sign-in-subject = Code ng kumpirmasyon sa pag-sign in sa Madoguchi: { $code }
mail-sign-in-body =
    Ang inyong code ng kumpirmasyon sa pag-sign in sa Madoguchi ay { $code }.
    May bisa ang code na ito nang { $minutes } minuto, at magagamit lang ito nang isang beses.

    Kung hindi kayo humiling ng email na ito, huwag na kayong gumawa ng anuman. Maaaring may taong nagkamali sa pag-type ng email address.
    Hindi kailanman hihingin ng mga kawani ng lungsod ang code na ito sa telepono o sa email.

# Ipinapadala sa araw bago ang appointment (mula 9:00), para lamang sa appointment na walang naka-link na account at may email na contact.
# $service ang pakay, $counter ang counter, $place kung nasaan ito (ang palapag; walang laman kung wala), $month at $day ang petsa sa Japan,
# $time ang oras ng simula sa oras ng Japan (9:30), $reference ang numero ng appointment, $phone ang telepono ng counter.
mail-booking-reminder-subject = Madoguchi: ang appointment mo bukas ({ $service })
mail-booking-reminder-body =
    May appointment ka bukas sa isang counter ng city hall.

    Pakay: { $service }
    Kailan: { $month }/{ $day }, mula { $time } (oras sa Japan)
    Saan: { $counter } { $place }
    Numero ng appointment: { $reference } (pakisabi ito sa counter)

    Kung hindi ka na makakapunta, pakikansela o palitan ang appointment. Kung lampas na ang deadline ng pagpapalit online, pakitawagan ang { $phone }.
    Awtomatikong ipinadala ang email na ito; huwag itong sagutin.
