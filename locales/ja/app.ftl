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
