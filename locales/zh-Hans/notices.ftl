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
notices-profile-title = 为您筛选的通知
notices-profile-none = 选择您居住的地区、家人的年龄和关心的领域后，只显示与您有关的通知。您选择的内容只保存在本设备上，不会发送给市政府。目前显示的是面向所有人的通知和所有紧急通知。
notices-profile-choose = 选择要显示的通知
notices-profile-active = 正在显示与您所选内容相符的通知。您选择的内容只保存在本设备上。
notices-profile-change = 查看或更改所选内容
notices-filter-label = 按类别筛选
notices-filter-all = 所有类别
notices-unread = 未读
notices-mark-read = 标为已读
notices-mark-all-read = 全部标为已读

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = 【紧急】{ $title }
notice-os-digest-title = 有 { $count } 条新通知

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = 选择要显示的通知 | Madoguchi
notice-profile-page-title = 选择要显示的通知
notice-profile-intro = 您在这里选择的内容只加密保存在本设备上，不会发送给市政府。显示哪些通知由本设备决定。您也可以什么都不选。
notice-profile-back = 返回通知
notice-profile-errors-title = 填写的内容有问题
notice-profile-area = 居住的地区
notice-profile-area-hint = 用于接收指定地区的通知（如避难指示）。
notice-profile-area-none = 不选择
notice-profile-ages = 年龄
notice-profile-resident-band = 您的年龄
notice-profile-band-none = 不回答
notice-band-0-5 = 0～5岁
notice-band-6-17 = 6～17岁
notice-band-18-39 = 18～39岁
notice-band-40-64 = 40～64岁
notice-band-65-74 = 65～74岁
notice-band-75 = 75岁及以上
notice-profile-children = 孩子的出生日期
notice-profile-children-hint = 用于选择与孩子月龄相符的通知，如健康检查和预防接种。
notice-profile-child = 第{ $n }个孩子
notice-profile-child-add = 添加孩子
notice-profile-child-remove = 删除第{ $n }个孩子
notice-profile-topics = 关心的领域
notice-profile-topics-hint = 显示面向关心所选领域的人的通知。
notice-profile-languages = 阅读通知的语言
notice-profile-languages-hint = 如果市政府也用该语言撰写了通知，将以该语言显示。
notice-profile-quiet-hours = 免打扰时段
notice-profile-quiet-hint = 在此时段内，紧急通知以外的推送会等到时段结束后再发出。紧急通知随时立即推送。
notice-profile-quiet-from = 开始
notice-profile-quiet-until = 结束
notice-profile-quiet-none = 不设置
notice-profile-digest = 每天汇总推送一次的时间
notice-profile-digest-hint = 普通通知会在此时间汇总为一条推送。紧急和重要通知不汇总，逐条推送。
notice-profile-digest-none = 不汇总
notice-profile-save = 保存
notice-profile-done = 完成
notice-profile-saved = 已保存
notice-profile-cleared = 已删除所选内容。将显示面向所有人的通知。
notice-profile-change = 更改
notice-profile-error-future = 出生日期请填写今天或之前的日期
notice-profile-error-quiet = 请同时选择开始和结束时间，且两者不能相同

# What is kept and what it is for (the consent record).
notice-consent-title = 保存的内容及用途
notice-consent-nothing-sent = 以下内容只保存在本设备上，不会发送给市政府或其他任何人。
notice-consent-use-area = 用于选择指定地区的通知（如避难指示）
notice-consent-use-ages = 用于选择指定年龄或月龄的通知（如健康检查、预防接种）
notice-consent-use-topics = 用于选择面向所关心领域的通知
notice-consent-use-languages = 用于以您容易阅读的语言显示通知
notice-consent-use-quiet-hours = 用于在此时段内暂缓紧急通知以外的推送
notice-consent-use-digest = 用于将普通通知的推送汇总为每天一次
notice-consent-given = 同意时间：{ $when }
notice-consent-changed = 最后更改时间：{ $when }
notice-profile-clear = 删除所有所选内容
notice-profile-clear-title = 要删除所选内容吗？
notice-profile-clear-body = 将从本设备删除地区、年龄、领域等所选内容以及同意记录。之后将显示面向所有人的通知和所有紧急通知。
notice-profile-clear-confirm = 删除
notice-profile-clear-cancel = 取消

# 单条通知的页面(#/notices/<id>)。
# same-as-en: the notice's own title and the app's name, which stays in Latin letters here
notice-document-title = { $title } | Madoguchi
notices-open = 打开这条通知
notice-gone = 这条通知已不再显示：发布期限已结束，或已被撤回。

# 此浏览器上的推送(网页模式、Web Push)。
notices-push-title = 此浏览器上的推送
notices-push-about = 开启推送后，即使关闭此页面，也会收到紧急通知（灾害、避难指示等）。所有开启推送的人收到的内容都相同，不会使用您选择的地区等内容。
notices-push-kept = 此浏览器只保存推送所用的语言和文字。发送给市政府的，只有浏览器接收推送所需的地址。
notices-push-shared = 请不要在图书馆等公用电脑上开启推送。
notices-push-on = 此浏览器的推送已开启。
notices-push-off = 此浏览器的推送未开启。
notices-push-blocked = 此浏览器已阻止本网站的通知。如需接收推送，请在浏览器的网站设置中允许通知。
notices-push-failed-browser = 无法在此浏览器上开启推送。请稍后再试。只要打开此页面，随时都能查看通知。
notices-push-turn-on = 开启推送
notices-push-turn-off = 关闭推送
notices-push-notification-body = 请打开 Madoguchi 查看通知。
push-error-subscription = 浏览器的推送注册信息不正确。

notice-tray-title = 在任务栏托盘中保持运行
notice-tray-about = 开启后，关闭窗口不会退出应用，应用会以图标的形式留在托盘（通知区域）中，继续接收紧急通知等并提醒您。在图标菜单中选择“打开 Madoguchi”可重新显示窗口，选择“退出 Madoguchi”可退出应用。
notice-tray-no-tray = 如果桌面没有托盘，即使开启此设置，关闭窗口也会退出应用。
notice-tray-on = 关闭窗口后，应用会留在托盘中。
notice-tray-off = 关闭窗口后，应用会退出。
notice-tray-turn-on = 在托盘中保持运行
notice-tray-turn-off = 不再在托盘中保持运行
