# アカウント:住民が自分の記録(監査ログ)を見るときの、職員の操作の名前。

audit-action-list-inquiries = 質問《しつもん》の 一覧《いちらん》を 見《み》ました
audit-action-list-applications = 申請《しんせい》の 一覧《いちらん》を 見《み》ました
audit-action-change-application-status = 申請《しんせい》の 状況《じょうきょう》を 変《か》えました
audit-action-read-attachment = あなたが 送《おく》った ファイルを 見《み》ました
audit-action-verify-identity = 窓口《まどぐち》で、あなたが 本人《ほんにん》か どうか 確《たし》かめました
audit-action-list-bookings = 予約《よやく》の 一覧《いちらん》を 見《み》ました
audit-action-book-on-behalf = あなたの 代《か》わりに 予約《よやく》を しました
audit-action-record-visit = あなたが 市役所《しやくしょ》に 来《き》たか どうかを 記録《きろく》しました
