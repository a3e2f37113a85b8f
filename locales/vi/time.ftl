# Days and amounts. Dates and numbers are formatted per language by ICU4X (crates/i18n).

days-until = { $days ->
    [0] hôm nay
    [1] ngày mai
   *[other] sau { $days } ngày nữa
}
amount-yen = { $amount } yên
