# アカウント:住民が自分の記録(監査ログ)を見るときの、職員の操作の名前。

audit-action-list-inquiries = お問い合わせの一覧を見ました
audit-action-list-applications = 申請の一覧を見ました
audit-action-change-application-status = 申請の状況を変えました
audit-action-read-attachment = 添付ファイルを見ました
audit-action-verify-identity = 窓口で本人確認をしました
audit-action-list-bookings = 予約の一覧を見ました
audit-action-book-on-behalf = あなたの代わりに予約をしました
audit-action-record-visit = 来庁または不在を記録しました
