# 帳號：居民查看自己的紀錄（稽核日誌）時顯示的職員操作名稱。

audit-action-list-inquiries = 查看了洽詢列表
audit-action-list-applications = 查看了申請列表
audit-action-change-application-status = 變更了申請的狀態
audit-action-read-attachment = 查看了附件
audit-action-verify-identity = 在窗口確認了您的身分
audit-action-list-bookings = 查看了預約列表
audit-action-book-on-behalf = 代您進行了預約
audit-action-record-visit = 登記了您的到訪或缺席
