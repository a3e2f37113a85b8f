# Days and amounts. Dates and numbers are formatted per language by ICU4X (crates/i18n).

days-until = { $days ->
    [0] today
    [1] tomorrow
   *[other] in { $days } days
}
amount-yen = ¥{ $amount }
