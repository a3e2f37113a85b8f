# Days and amounts. Dates and numbers are formatted per language by ICU4X (crates/i18n).

days-until = { $days ->
    [0] hoy
    [1] mañana
   *[other] dentro de { $days } días
}
amount-yen = { $amount } yenes
