# まどぐち: アプリ全体の文言。日本語がすべての翻訳の元(ソース)です。
# ふりがなの書き方は docs/i18n.md: 漢字《かんじ》、または ｜夢咲《ゆめさき》 のように書きます。

app-name = まどぐち
document-title = { $city }の手続き｜まどぐち
skip-link = 本文へ移動
footer-text = まどぐち　市役所の手続きを、いつでも、どこからでも。

# 言語メニューのボタン。どの言語の人にも見つけられるよう、英語の「Language」を添えます。
language-switch-label = 言語（Language）
# この言語の、その言語自身での名前(言語メニューに表示)。
language-name = 日本語
# ふりがなの表示を切り替えるボタン(押された状態 = 表示)。
furigana-toggle = ふりがな
# 選んだ言語の文章(翻訳ファイル)を取得できなかったとき。表示は今の言語のまま。
language-load-failed = 選んだ言語の文章を読み込めませんでした。表示は今の言語のままです。通信の状態を確かめて、もう一度選んでください。

loading = 読み込み中です…
retry = もう一度読み込む
# ページのプログラム(初回表示に含めず、開いたときに取得する部分)を取得できなかったとき。
page-load-failed-title = ページを表示できません
page-load-failed-document-title = ページを表示できません｜まどぐち
page-load-failed = このページを読み込めませんでした。通信の状態を確かめて、もう一度読み込んでください。

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
# 市の文言に読み手の言語がないとき、代わりの言語で表示したことを知らせる。$lang は代わりの言語のタグ、$language はその言語自身での名前。
fallback-notice = { $lang ->
   *[other] 翻訳がないため{ $language }で表示しています
}
# 市へのお問い合わせページの見出しと、ナビゲーションのリンク。
inquiry-title = 市へのお問い合わせ
# 申請の一覧ページの見出しと、ナビゲーションのリンク。
applications-title = 申請の一覧
# メニューの「アカウント」:サインイン、またはサインインしている人のアカウントのページ。
account-title = アカウント
# メニューの「お知らせ」:市からのお知らせと、あなたへのお知らせ。
notices-title = お知らせ

# トレイのアイコン(アプリの設定でオンにしたとき)のツールチップと、メニューの二つの項目。
app-tray-tooltip = まどぐち:お知らせを受け取っています
app-tray-open = まどぐちを開く
app-tray-quit = まどぐちを終了
