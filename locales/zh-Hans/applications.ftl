# 网上申请：申请的状态，以及与申请有关的错误。状态变更的规则在 madoguchi-domain 的 application 模块中。

## 申请状态
application-status-submitted = 已发送
application-status-received = 已受理
application-status-in-review = 审核中
application-status-needs-information = 需要补充信息
application-status-resubmitted = 已重新提交
application-status-completed = 已完成
application-status-rejected = 不予受理
application-status-withdrawn = 已撤回
