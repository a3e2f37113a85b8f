# 日数と金額。日付と数字の書式は ICU4X が言語ごとに整えます(crates/i18n)。

# 予約などまでの日数。$days は 0 以上の整数。
days-until = { $days ->
    [0] 今日
    [1] 明日
   *[other] { $days }日後
}
# 円の金額。$amount は言語ごとに桁区切りした数字。
amount-yen = { $amount }円
