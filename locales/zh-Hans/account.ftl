# 账户：居民查看自己的记录（审计日志）时显示的工作人员操作名称。

audit-action-list-inquiries = 查看了咨询列表
audit-action-list-applications = 查看了申请列表
audit-action-change-application-status = 变更了申请的状态
audit-action-read-attachment = 查看了附件
audit-action-verify-identity = 在窗口确认了您的身份
audit-action-list-bookings = 查看了预约列表
audit-action-book-on-behalf = 代您进行了预约
audit-action-record-visit = 登记了您的到访或缺席
