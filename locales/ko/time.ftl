# Days and amounts. Dates and numbers are formatted per language by ICU4X (crates/i18n).

days-until = { $days ->
    [0] 오늘
    [1] 내일
   *[other] { $days }일 후
}
amount-yen = { $amount }엔
