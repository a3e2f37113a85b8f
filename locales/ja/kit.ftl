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
