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
