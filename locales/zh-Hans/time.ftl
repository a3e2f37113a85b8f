# Days and amounts. Dates and numbers are formatted per language by ICU4X (crates/i18n).

days-until = { $days ->
    [0] 今天
    [1] 明天
   *[other] { $days }天后
}
amount-yen = { $amount }日元
