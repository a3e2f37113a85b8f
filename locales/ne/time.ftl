# Days and amounts. Dates and numbers are formatted per language by ICU4X (crates/i18n).

days-until = { $days ->
    [0] आज
    [1] भोलि
   *[other] { $days } दिनपछि
}
amount-yen = { $amount } येन
