# オンライン申請:申請の状況と、申請にかかわるエラー。状況の移り方の規則は madoguchi-domain の application にあります。

## 申請の状況
application-status-submitted = 送信済み
application-status-received = 受付済み
application-status-in-review = 審査中
application-status-needs-information = 追加の情報が必要です
application-status-resubmitted = 再提出済み
application-status-completed = 完了
application-status-rejected = 受け付けられませんでした
application-status-withdrawn = 取り下げ済み
