# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = 育儿
notice-topic-care = 护理
notice-topic-disaster = 防灾
notice-topic-waste = 垃圾
notice-topic-tax = 税务
notice-topic-health = 健康
notice-topic-events = 活动
notice-category-general = 通知
notice-priority-normal = 普通
notice-priority-important = 重要
notice-priority-urgent = 紧急
notice-personal-application-status = 您的申请 { $reference } 的状态已更新。
notice-personal-booking-reminder = 提醒:您明天 { $time } 有窗口预约(预约编号:{ $reference })。
notice-error-expiry = 结束显示的时间必须晚于开始时间，并且晚于现在。
notice-error-key = 请使用小写字母、数字和连字符（例如：evacuation-yumesaki-3-chome）。
notice-error-area = 请按市里的地区列表填写地区代码（例如：yumesaki-3-chome）。
notice-error-month-range = 月龄须为 0 或以上，且起始值不能大于结束值。
notice-error-language = 语言代码不正确（例如：ja、en、zh-Hans）。

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = 通知 | Madoguchi
notices-urgent-title = 紧急通知
notices-city-title = 市政府的通知
notices-city-empty = 目前没有市政府的通知。
notices-published = 发布时间：{ $when }
notices-link-procedure = 查看此手续的说明
notices-link-booking = 进行窗口预约
notices-personal-title = 给您的通知
notices-personal-signed-out = 登录后，窗口预约前一天的提醒和申请状态变更的通知都会显示在这里。
notices-personal-sign-in = 登录
notices-personal-empty = 目前还没有给您的通知。
