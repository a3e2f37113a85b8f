# アカウント:住民が自分の記録(監査ログ)を見るときの、職員の操作の名前。

audit-action-list-inquiries = お問い合わせの一覧を見ました
audit-action-list-applications = 申請の一覧を見ました
audit-action-change-application-status = 申請の状況を変えました
audit-action-read-attachment = 添付ファイルを見ました
audit-action-verify-identity = 窓口で本人確認をしました
audit-action-list-bookings = 予約の一覧を見ました
audit-action-book-on-behalf = あなたの代わりに予約をしました
audit-action-record-visit = 来庁または不在を記録しました

# サインイン(パスワードなし):メールで届く6けたのコードで。初めての人はアカウントも作られます。
account-document-title = アカウント｜まどぐち
account-sign-in-title = サインイン
account-sign-in-lead = メールアドレスに6けたのコードをお送りします。パスワードは要りません。初めての方は、このままアカウントが作られます。
# ウェブ版は、ブラウザーに何も保存しません。
account-web-note = このページでのサインインは、タブを閉じるか再読み込みするまで続きます。このブラウザーには何も保存しません。
account-email = メールアドレス
account-email-hint = 例:hanako@example.jp
account-email-invalid = メールアドレスを「hanako@example.jp」のような形で入力してください。
account-send-code = コードを送る
account-errors-summary = 入力を確かめてください
account-code-title = コードを入力
account-code-sent = { $email } にコードを送りました。コードは10分間、1回だけ使えます。
account-code = 6けたのコード
account-code-hint = メールに書かれた数字です。届かないときは、迷惑メールのフォルダも確かめてください。
account-code-format = メールに書かれた6けたの数字を入力してください。
account-code-resent = 新しいコードを送りました。前のコードは使えません。
account-code-resend = コードをもう一度送る
account-other-address = 別のメールアドレスを使う
account-sign-in = サインイン
# 一覧で、このウェブブラウザーを指す名前。
account-device-web = ウェブブラウザー

# サインインしている人のアカウント。
account-signed-in = サインインしています。
account-identity = 本人確認
account-identity-verified = 窓口で確認済み
account-identity-unverified = まだ確認していません
account-identity-how = 本人確認が必要な手続きをするには、マイナンバーカードを持って市役所の窓口にお越しください。職員が確認します。
account-since = アカウントを作った日
account-devices-title = サインインしている端末
account-device-this = この端末
account-device-signed-in = サインイン:{ $when }
account-device-used = 最後に使った日時:{ $when }
# 端末の名前を含めて、どの端末のボタンか分かるようにします。
account-device-sign-out = 「{ $device }」をサインアウトする
account-audit-title = 職員があなたの情報を見た記録
account-audit-lead = 市役所の職員があなたの情報を見たり変えたりすると、必ずここに記録されます。
account-audit-empty = まだ記録はありません。
account-audit-caption = 職員の操作の記録(新しい順)
account-audit-when = 日時
account-audit-what = 操作
account-audit-who = 職員の役割
account-role-clerk = 窓口の職員
account-role-volunteer = 支援ボランティア
account-role-admin = 管理者
account-sign-out-title = サインアウト
account-sign-out-explain-app = この端末からサインアウトすると、この端末に保管しているサインインの情報を消します。
account-sign-out-explain-web = このページからサインアウトします。
account-sign-out = サインアウトする

# パスキー(WebAuthn):コードの代わりにサインインする方法。ブラウザーが対応しているときだけ表示します。
account-passkey-lead = アカウントにパスキーを追加した方は、コードなしでパスキーでサインインできます。
account-passkey-sign-in = パスキーでサインイン
account-passkey-sign-in-failed = パスキーでサインインできませんでした。取り消されたか、このブラウザーではここでパスキーを使えません。もう一度試すか、メールのコードでサインインしてください。
account-passkeys-title = パスキー
account-passkeys-lead = パスキーがあると、メールのコードの代わりに、指紋や顔、画面ロックでサインインできます。
account-passkeys-empty = パスキーはまだ追加していません。
account-passkeys-unsupported = このブラウザーではパスキーを作れません。追加済みのパスキーを削除することはできます。
account-passkey-name = 新しいパスキーの名前
account-passkey-name-hint = パスキーを見分けるための名前です。例:自分のスマホ
account-passkey-name-invalid = 名前を1〜64文字で入力してください。
account-passkey-add = パスキーを追加する
account-passkey-added = パスキーを追加しました。次からは、このパスキーでサインインできます。
account-passkey-add-failed = パスキーを追加できませんでした。取り消されたか、このブラウザーではここでパスキーを作れません。
account-passkey-created = 追加した日時:{ $when }
account-passkey-used = 最後に使った日時:{ $when }
account-passkey-unused = まだサインインに使っていません
account-passkey-remove = パスキー「{ $passkey }」を削除する
