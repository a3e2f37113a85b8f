# 線上申請：申請的狀態，以及與申請有關的錯誤。狀態變更的規則在 madoguchi-domain 的 application 模組中。

## 申請狀態
application-status-submitted = 已傳送
application-status-received = 已受理
application-status-in-review = 審核中
application-status-needs-information = 需補充資料
application-status-resubmitted = 已重新提交
application-status-completed = 已完成
application-status-rejected = 不予受理
application-status-withdrawn = 已撤回
