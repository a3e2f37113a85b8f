# Days and amounts. Dates and numbers are formatted per language by ICU4X (crates/i18n).

days-until = { $days ->
    [0] hoje
    [1] amanhã
   *[other] daqui a { $days } dias
}
amount-yen = { $amount } ienes
