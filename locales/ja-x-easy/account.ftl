# アカウント:住民が自分の記録(監査ログ)を見るときの、職員の操作の名前。

audit-action-list-inquiries = 質問《しつもん》の 一覧《いちらん》を 見《み》ました
audit-action-list-applications = 申請《しんせい》の 一覧《いちらん》を 見《み》ました
audit-action-change-application-status = 申請《しんせい》の 状況《じょうきょう》を 変《か》えました
audit-action-read-attachment = あなたが 送《おく》った ファイルを 見《み》ました
audit-action-verify-identity = 窓口《まどぐち》で、あなたが 本人《ほんにん》か どうか 確《たし》かめました
audit-action-list-bookings = 予約《よやく》の 一覧《いちらん》を 見《み》ました
audit-action-book-on-behalf = あなたの 代《か》わりに 予約《よやく》を しました
audit-action-record-visit = あなたが 市役所《しやくしょ》に 来《き》たか どうかを 記録《きろく》しました

# パスワードを 使わない サインイン:メールで 届く 6けたの コード。はじめての 人は アカウントも できます。
account-document-title = アカウント｜まどぐち
account-sign-in-title = サインイン
account-sign-in-lead = メールで、6けたの コードを 送《おく》ります。パスワードは いりません。はじめて 使《つか》う 人《ひと》は、これで アカウントが できます。
account-web-note = この ページの サインインは、タブを 閉《と》じるまで 続《つづ》きます。ページを もう一度《いちど》 読《よ》み込《こ》んだ ときも 終《お》わります。この ブラウザには 何《なに》も 残《のこ》しません。
account-email = メールアドレス
account-email-hint = 例《れい》：hanako@example.jp
account-email-invalid = メールアドレスを hanako@example.jp の 形《かたち》で 書《か》いて ください。
account-send-code = コードを 送《おく》る
account-errors-summary = 書《か》いた ことを 確《たし》かめて ください
account-code-title = コードを 書《か》いて ください
account-code-sent = { $email } に コードを 送《おく》りました。コードは ｜10分《じゅっぷん》 使《つか》えます。｜1回《いっかい》だけ 使《つか》えます。
account-code = 6けたの コード
account-code-hint = メールに 書《か》いて ある 数字《すうじ》です。メールが 来《こ》ない ときは、迷惑《めいわく》メールの フォルダも 見《み》て ください。
account-code-format = メールに 書《か》いて ある 6けたの 数字《すうじ》を 書《か》いて ください。
account-code-resent = 新《あたら》しい コードを 送《おく》りました。前《まえ》の コードは もう 使《つか》えません。
account-code-resend = コードを もう一度《いちど》 送《おく》る
account-other-address = ほかの メールアドレスを 使《つか》う
account-sign-in = サインインする
# サインインしている 機械の リストで、この ブラウザの 名前。
account-device-web = ウェブブラウザ

# サインインしている 人の アカウント。
account-signed-in = サインインして います。
account-identity = 本人《ほんにん》の 確認《かくにん》
account-identity-verified = 窓口《まどぐち》で 確認《かくにん》が 終《お》わりました
account-identity-unverified = まだ 確認《かくにん》して いません
account-identity-how = 本人《ほんにん》の 確認《かくにん》が 必要《ひつよう》な 手続《てつづ》きが あります。その ときは、マイナンバーカードを 持《も》って、市役所《しやくしょ》の 窓口《まどぐち》に 来《き》て ください。市役所《しやくしょ》の 人《ひと》が 確《たし》かめます。
account-since = アカウントを 作《つく》った 日《ひ》
account-devices-title = サインインして いる 機械《きかい》
account-device-this = この 機械《きかい》
account-device-signed-in = サインインした とき：{ $when }
account-device-used = 最後《さいご》に 使《つか》った とき：{ $when }
# 機械の 名前を 入れて、どの 機械の ボタンか わかる ように します。
account-device-sign-out = 「{ $device }」を サインアウトする
account-audit-title = 市役所《しやくしょ》の 人《ひと》が あなたの 情報《じょうほう》を 見《み》た 記録《きろく》
account-audit-lead = 市役所《しやくしょ》の 人《ひと》が あなたの 情報《じょうほう》を 見《み》たり 変《か》えたり すると、いつも ここに 記録《きろく》が 残《のこ》ります。
account-audit-empty = まだ 記録《きろく》は ありません。
account-audit-caption = 市役所《しやくしょ》の 人《ひと》が した こと（新《あたら》しい 順《じゅん》）
account-audit-when = いつ
account-audit-what = した こと
account-audit-who = 係《かかり》
account-role-clerk = 窓口《まどぐち》の 係《かかり》
account-role-volunteer = 手伝《てつだ》いの ボランティア
account-role-admin = 管理《かんり》の 係《かかり》
account-sign-out-title = サインアウト
account-sign-out-explain-app = サインアウトすると、この 機械《きかい》に 残《のこ》して いる サインインの 情報《じょうほう》を 消《け》します。
account-sign-out-explain-web = この ページから サインアウトします。
account-sign-out = サインアウトする

# パスキー:コードの 代わりに サインインする 方法。
account-passkey-lead = アカウントに パスキーを 入《い》れた 人《ひと》は、コードを 使《つか》わないで、パスキーで サインインできます。
account-passkey-sign-in = パスキーで サインインする
account-passkey-sign-in-failed = パスキーで サインインできませんでした。やめたか、この ブラウザでは ここで パスキーが 使《つか》えません。もう一度《いちど》 やって ください。または、メールの コードで サインインして ください。
account-passkeys-title = パスキー
account-passkeys-lead = パスキーが あると、メールの コードの 代《か》わりに、指紋《しもん》や 顔《かお》、画面《がめん》の ロックで サインインできます。
account-passkeys-empty = パスキーは まだ ありません。
account-passkeys-unsupported = この ブラウザでは パスキーを 作《つく》れません。前《まえ》に 入《い》れた パスキーを 消《け》す ことは できます。
account-passkey-name = 新《あたら》しい パスキーの 名前《なまえ》
account-passkey-name-hint = パスキーが どれか わかる ための 名前《なまえ》です。例《れい》：わたしの スマホ
account-passkey-name-invalid = 名前《なまえ》を 書《か》いて ください。64文字《もじ》まで です。
account-passkey-add = パスキーを 入《い》れる
account-passkey-added = パスキーを 入《い》れました。次《つぎ》から、この パスキーで サインインできます。
account-passkey-add-failed = パスキーを 入《い》れる ことが できませんでした。やめたか、この ブラウザでは ここで パスキーを 作《つく》れません。
account-passkey-created = 入《い》れた とき：{ $when }
account-passkey-used = 最後《さいご》に 使《つか》った とき：{ $when }
account-passkey-unused = まだ サインインに 使《つか》って いません
account-passkey-remove = パスキー「{ $passkey }」を 消《け》す
