# やさしい日本語 (ja-x-easy)。「在留支援のためのやさしい日本語ガイドライン」に合わせて書きます:
# 文は短く、一つの文に一つのこと。二重否定は使わない。外来語はなるべく使わない。
# 漢字には、すべてふりがなを付けます(書き方は docs/i18n.md)。文節の間は半角スペースで区切ります。

app-name = まどぐち
document-title = { $city }の 手続《てつづ》き｜まどぐち
skip-link = 本文《ほんぶん》へ 行《い》く
footer-text = まどぐち　市役所《しやくしょ》の 手続《てつづ》きが いつでも どこでも できます。

language-switch-label = ことば（Language）
language-name = やさしい日本語《にほんご》
furigana-toggle = ふりがな
language-load-failed = 選《えら》んだ ことばを 読《よ》み込《こ》めませんでした。いまの ことばの ままです。インターネットに つながって いるか 確《たし》かめて、もう一度《いちど》 選《えら》んで ください。

loading = 読《よ》み込《こ》んで います。少《すこ》し 待《ま》って ください。
retry = もう一度《いちど》 読《よ》み込《こ》む
page-load-failed-title = ページを 見《み》られません
page-load-failed-document-title = ページを 見《み》られません｜まどぐち
page-load-failed = この ページを 読《よ》み込《こ》めませんでした。インターネットに つながって いるか 確《たし》かめて、もう一度《いちど》 読《よ》み込《こ》んで ください。
fallback-notice = { $lang ->
    [ja] やさしい 日本語《にほんご》が ありません。ふつうの 日本語《にほんご》で 書《か》いて います
   *[other] やさしい 日本語《にほんご》が ありません。{ $language }で 書《か》いて います
}

nav-label = メニュー
data-from-device = この 機械《きかい》に 保存《ほぞん》した 情報《じょうほう》を 見《み》せて います。{ $minutes }分 前《まえ》の 情報《じょうほう》です。
display-settings-title = 画面《がめん》の 見《み》え方《かた》
display-text-size = 字《じ》の 大《おお》きさ
display-text-size-100 = ふつう（100%）
display-text-size-150 = 大《おお》きい（150%）
display-text-size-200 = いちばん 大《おお》きい（200%）
display-contrast = 色《いろ》
display-contrast-default = ふつう
display-contrast-high = はっきり 見《み》える 色《いろ》（黒《くろ》に 白《しろ》い 字《じ》）
display-line-spacing = 行《ぎょう》と 行《ぎょう》の 間《あいだ》
display-line-spacing-normal = ふつう
display-line-spacing-wide = 広《ひろ》い
display-furigana = ふりがな
display-furigana-on = つける
display-furigana-off = つけない
inquiry-title = 市《し》への 質問《しつもん》

applications-title = 申請《しんせい》の 一覧《いちらん》
account-title = アカウント
notices-title = お知《し》らせ

app-tray-tooltip = まどぐち:お知《し》らせを 受《う》け取《と》って います
app-tray-open = まどぐちを 開《ひら》く
app-tray-quit = まどぐちを 終《お》わる
