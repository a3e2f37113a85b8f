# Days and amounts. Dates and numbers are formatted per language by ICU4X (crates/i18n).

days-until = { $days ->
    [0] hari ini
    [1] besok
   *[other] { $days } hari lagi
}
amount-yen = { $amount } yen
