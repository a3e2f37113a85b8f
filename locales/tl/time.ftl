# Days and amounts. Dates and numbers are formatted per language by ICU4X (crates/i18n).

days-until = { $days ->
    [0] ngayong araw
    [1] bukas
   *[other] sa loob ng { $days } araw
}
amount-yen = { $amount } yen
