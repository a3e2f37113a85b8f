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
