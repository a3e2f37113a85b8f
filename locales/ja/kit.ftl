# 部品ギャラリー(/gallery)の見本で使う文言。部品そのものは文言を持たず、ここから受け取ります。

kit-skip-link-title = スキップリンク
kit-skip-link-default = 本文へ移動するリンク
kit-page-header-title = ページヘッダー
kit-page-header-default = サービス名と言語の切り替え

kit-button-title = ボタン
kit-button-primary = 主ボタン
kit-button-secondary = 副ボタン
kit-button-tertiary = 第三ボタン
kit-button-disabled = 使えないボタン
kit-button-loading = 処理中のボタン
kit-button-save = 保存する
kit-button-save-draft = 下書きを保存
kit-button-cancel = 取り消す
kit-button-send = 送信する
kit-button-sending = 送信しています
kit-button-pressed = { $count }回押されました

kit-text-input-title = テキスト入力
kit-text-input-email = ヒントと自動入力つき
kit-text-input-width = 幅を指定した入力
kit-text-input-error = エラーのある入力
kit-text-input-readings = ラベルにふりがな
kit-readings-label = 市区町村《しくちょうそん》
kit-email-label = メールアドレス
kit-email-hint = 確認のメールを送ります。
kit-email-error = メールアドレスを name@example.jp の形で入力してください
kit-phone-label = 電話番号

kit-radios-title = ラジオボタン
kit-radios-contact = ヒントつきの質問
kit-radios-inline = 横に並べた「はい/いいえ」
kit-radios-error = エラーのある質問
kit-contact-legend = 連絡の方法
kit-contact-hint = ひとつ選んでください。
kit-contact-email = メール
kit-contact-phone = 電話
kit-contact-phone-hint = 平日 9:00〜17:00
kit-contact-post = 郵便
kit-contact-error = 連絡の方法を選んでください
kit-moved-legend = この1年以内に引っ越しましたか
kit-yes = はい
kit-no = いいえ

kit-checkboxes-title = チェックボックス
kit-checkboxes-support = 「どれも必要ない」を含む選択
kit-support-legend = 窓口で必要な支援
kit-support-hint = 当てはまるものをすべて選んでください。
kit-support-wheelchair = 車いすでの来庁
kit-support-sign-language = 手話通訳
kit-support-large-print = 大きな文字の書類
kit-support-none = どれも必要ない
kit-or = または

kit-error-summary-title = エラーの一覧
kit-error-summary-form = 空のまま送信すると表示されるフォーム
kit-error-summary-shown = 表示されたエラーの一覧
kit-error-summary-heading = 入力内容に問題があります
kit-name-label = 氏名
kit-name-error = 氏名を入力してください

kit-tabs-title = タブ
kit-tabs-procedure = 手続きの情報を分けたタブ
kit-tabs-label = 手続きの詳しい情報
kit-tab-overview = 概要
kit-tab-overview-text = 夢咲市に住所を移したときの届出です。引っ越してから14日以内に届け出てください。
kit-tab-documents = 必要なもの
kit-tab-documents-text = 転出証明書、本人確認書類(マイナンバーカードなど)。
kit-tab-fees = 手数料
kit-tab-fees-text = 手数料はかかりません。

kit-accordion-title = アコーディオンと詳細表示
kit-accordion-faq = よくある質問
kit-accordion-details = 補足の説明
kit-faq-when = いつまでに届け出ればよいですか
kit-faq-when-answer = 新しい住所に住み始めてから14日以内です。
kit-faq-proxy = 代理の人が届け出られますか
kit-faq-proxy-answer = できます。委任状と代理の人の本人確認書類が必要です。
kit-details-my-number = マイナンバーカードとは
kit-details-my-number-answer = 顔写真のついたプラスチック製のカードで、本人確認やオンラインの手続きに使えます。

kit-dialog-title = ダイアログ
kit-dialog-confirm = 取り消せない操作の確認
kit-dialog-open = 申請を取り下げる
kit-dialog-heading = 申請を取り下げますか
kit-dialog-text = 取り下げると、この申請は元に戻せません。
kit-dialog-withdraw = 取り下げる
kit-dialog-keep = 取り下げない
kit-dialog-close = 閉じる
kit-dialog-withdrawn = 申請を取り下げました

kit-date-input-title = 日付の入力
kit-date-input-birth = 西暦と和暦を選べる生年月日
kit-date-birth-legend = 生年月日
kit-date-birth-hint = 例:平成元年3月14日、または 1989年3月14日
kit-date-calendar = 暦
kit-date-western = 西暦
kit-era-reiwa = 令和
kit-era-heisei = 平成
kit-era-showa = 昭和
kit-era-taisho = 大正
kit-date-year = 年
kit-date-month = 月
kit-date-day = 日
kit-date-equivalent-western = 西暦では{ $year }年{ $month }月{ $day }日です
kit-date-equivalent-era = 和暦では{ $era }{ $year ->
    [1] 元
   *[other] { $year }
}年{ $month }月{ $day }日です

kit-textarea-title = 複数行の入力
kit-textarea-count = 文字数を知らせる入力欄
kit-message-label = 市へのご意見
kit-message-hint = 個人を特定できる情報は書かないでください。
kit-chars-left = あと{ $count }文字入力できます
kit-chars-over = { $count }文字多すぎます

kit-select-title = セレクトボックス
kit-select-counter = 窓口の選択
kit-counter-label = 来庁する窓口
kit-counter-hint = 住所に近い窓口を選べます。
kit-counter-city-hall = 市役所本庁舎
kit-counter-north = 北出張所
kit-counter-south = 南出張所

kit-banner-title = お知らせバナーと緊急バナー
kit-banner-information = お知らせ
kit-banner-success = 完了の知らせ
kit-banner-emergency = 緊急情報
kit-banner-notice = お知らせ
kit-banner-closure = 12月29日から1月3日まで窓口は休みです
kit-banner-closure-body = オンラインの手続きは休みの間も受け付けます。
kit-banner-done = 完了
kit-banner-received = 転入届を受け付けました
kit-banner-received-body = 受付番号は MD-2024-00123 です。
kit-banner-urgent = 緊急情報
kit-banner-evacuation = 夢咲川流域に避難指示が出ています
kit-banner-evacuation-body = 川の近くにいる人は、ただちに高い場所へ避難してください。

kit-tag-title = 状態タグ
kit-tag-statuses = 申請の状態
kit-status-draft = 下書き
kit-status-received = 受付済み
kit-status-needs-information = 追加の情報が必要
kit-status-completed = 完了
kit-status-rejected = 却下

kit-table-title = 表
kit-table-fees = 見出しのある表
kit-fee-caption = 証明書の手数料
kit-fee-certificate = 証明書
kit-fee-counter = 窓口
kit-fee-kiosk = キオスク端末
kit-fee-residence = 住民票の写し
kit-fee-seal = 印鑑登録証明書
kit-fee-tax = 課税証明書
kit-fee-300 = 300円
kit-fee-200 = 200円

kit-steps-title = ステップ表示
kit-steps-application = 申請の途中
kit-steps-label = 申請の流れ
kit-step-position = ステップ { $current } / { $total }
kit-step-applicant = 申請する人
kit-step-address = 住所
kit-step-documents = 書類
kit-step-check = 確認
kit-step-send = 送信

kit-breadcrumbs-title = パンくずリスト
kit-breadcrumbs-procedure = 手続きのページの位置
kit-breadcrumbs-label = 現在の位置
kit-crumb-home = ホーム
kit-crumb-procedures = 手続きの一覧
kit-crumb-moving-in = 転入届

kit-pagination-title = ページ送り
kit-pagination-notices = お知らせ一覧のページ送り
kit-pagination-label = ページ送り
kit-pagination-page = { $page }ページ目
kit-pagination-previous = 前のページ
kit-pagination-next = 次のページ

kit-link-title = リンク
kit-link-inline = 文中のリンク
kit-link-new-tab = 新しいタブで開くリンク
kit-link-procedures = 手続きの一覧を見る
kit-link-map = 市役所の地図
kit-link-new-tab-note = (新しいタブで開きます)

kit-name-input-title = 氏名の入力
kit-name-input-resident = 氏・名とフリガナ
kit-postal-code-title = 郵便番号と住所
kit-postal-code-lookup = 郵便番号から住所を入れる
kit-file-upload-title = ファイルの添付
kit-file-upload-document = 書類の写真やPDFの添付
kit-file-upload-label = 本人確認書類
kit-file-upload-hint = PDF・JPEG・PNG のファイルを { $max } まで。在留カードやマイナンバーカードの写真を添付できます。
kit-name-input-errors = 入力に誤りがある氏名

kit-summary-list-title = 回答の一覧
kit-summary-list-answers = 変更のリンクがある回答の一覧
kit-summary-name = 氏名
kit-summary-name-value = 夢咲 花子
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = 住所
kit-summary-postal-value = 〒999-0001
kit-summary-address-value = 夢咲市中央一丁目2番3号
kit-summary-form = 申請の種類
kit-summary-form-value = 児童手当 認定請求
kit-summary-change = 変更

# 日と時間の選択(予約): day_picker / time_picker の見本。
kit-day-picker-title = 日の選択(予約)
kit-day-picker-week = 満員の日と休みの日がある5日間
kit-day-picker-error = 選ばずに進んだとき
kit-day-legend = 来庁する日
kit-day-hint = 満員の日と休みの日は選べません。
kit-day-error = 来庁する日を選んでください
kit-day-thursday = 1月7日(木)
kit-day-friday = 1月8日(金)
kit-day-saturday = 1月9日(土)
kit-day-sunday = 1月10日(日)
kit-day-monday = 1月11日(月)
kit-places-left = あと{ $count }人予約できます
kit-slot-full = 満員です(予約できません)
kit-day-closed = 休みの日です(予約できません)
kit-time-picker-title = 時間の選択(予約)
kit-time-picker-morning = 満員の時間がある午前
kit-time-legend = 来庁する時間
kit-time-hint = 満員の時間は選べません。
kit-time-range = { $start }～{ $end }
