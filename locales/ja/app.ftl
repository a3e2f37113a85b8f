# まどぐち: アプリ全体の文言。日本語がすべての翻訳の元(ソース)です。

app-name = まどぐち
document-title = { $city }の手続き｜まどぐち
skip-link = 本文へ移動
footer-text = まどぐち　市役所の手続きを、いつでも、どこからでも。

language-switch-label = 言語
language-name-ja = 日本語
language-name-en = English

loading = 読み込み中です…
retry = もう一度読み込む
fallback-notice = 翻訳がないため{ $language }で表示しています

nav-label = メニュー
data-from-device = この端末に保存した情報を表示しています({ $minutes }分前に更新)。
display-settings-title = 表示設定
display-text-size = 文字の大きさ
display-text-size-100 = 標準(100%)
display-text-size-150 = 大きい(150%)
display-text-size-200 = 最大(200%)
display-contrast = 配色
display-contrast-default = 標準
display-contrast-high = 高コントラスト(黒地に白)
display-line-spacing = 行間
display-line-spacing-normal = 標準
display-line-spacing-wide = 広い
display-furigana = ふりがな
display-furigana-on = 表示する
display-furigana-off = 表示しない
