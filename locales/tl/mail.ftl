# Email na ipinapadala ng server ng lungsod. Hindi ito lumalabas sa screen ng app (wala ito sa mga file ng wika ng UI).
# Ang $code ay ang 6 na digit na code ng kumpirmasyon para sa pag-sign in; ang $minutes ay kung ilang minuto ito may bisa.

mail-sign-in-subject = Code ng kumpirmasyon sa pag-sign in sa Madoguchi: { $code }
mail-sign-in-body =
    Ang inyong code ng kumpirmasyon sa pag-sign in sa Madoguchi ay { $code }.
    May bisa ang code na ito nang { $minutes } minuto, at magagamit lang ito nang isang beses.

    Kung hindi kayo humiling ng email na ito, huwag na kayong gumawa ng anuman. Maaaring may taong nagkamali sa pag-type ng email address.
    Hindi kailanman hihingin ng mga kawani ng lungsod ang code na ito sa telepono o sa email.
