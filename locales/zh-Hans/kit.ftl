# Texts of the component gallery's examples (/gallery). Components hold no text; they get it from here.

kit-skip-link-title = 跳转链接
kit-skip-link-default = 跳到主要内容的链接
kit-page-header-title = 页眉
kit-page-header-default = 服务名称与语言切换

kit-button-title = 按钮
kit-button-primary = 主要按钮
kit-button-secondary = 次要按钮
kit-button-tertiary = 第三级按钮
kit-button-disabled = 不可用的按钮
kit-button-loading = 处理中的按钮
kit-button-save = 保存
kit-button-save-draft = 保存草稿
kit-button-cancel = 取消
kit-button-send = 发送
kit-button-sending = 正在发送
kit-button-pressed = 已按{ $count }次

kit-text-input-title = 文本输入
kit-text-input-email = 带提示和自动填写
kit-text-input-width = 指定宽度的输入框
kit-text-input-error = 有错误的输入框
kit-text-input-readings = 标签上方带注音
kit-readings-label = 市区町村
kit-email-label = 电子邮箱
kit-email-hint = 我们将发送一封确认邮件。
kit-email-error = 请按 name@example.jp 的格式填写电子邮箱
kit-phone-label = 电话号码

kit-radios-title = 单选按钮
kit-radios-contact = 带提示的问题
kit-radios-inline = 横向排列的“是/否”
kit-radios-error = 有错误的问题
kit-contact-legend = 联系方式
kit-contact-hint = 请选择一项。
kit-contact-email = 电子邮件
kit-contact-phone = 电话
kit-contact-phone-hint = 工作日 9:00～17:00
kit-contact-post = 邮寄
kit-contact-error = 请选择联系方式
kit-moved-legend = 您在过去1年内搬过家吗
kit-yes = 是
kit-no = 否

kit-checkboxes-title = 复选框
kit-checkboxes-support = 含“都不需要”的选择
kit-support-legend = 在窗口需要的协助
kit-support-hint = 请选择所有符合的选项。
kit-support-wheelchair = 乘坐轮椅前来
kit-support-sign-language = 手语翻译
kit-support-large-print = 大字版文件
kit-support-none = 都不需要
kit-or = 或

kit-error-summary-title = 错误列表
kit-error-summary-form = 空白提交时会显示错误的表单
kit-error-summary-shown = 已显示的错误列表
kit-error-summary-heading = 填写的内容有问题
kit-name-label = 姓名
kit-name-error = 请填写姓名

kit-tabs-title = 选项卡
kit-tabs-procedure = 分栏显示手续信息的选项卡
kit-tabs-label = 手续的详细信息
kit-tab-overview = 概要
kit-tab-overview-text = 将住址迁入梦咲市时需办理的申报。请在搬家后14天内申报。
kit-tab-documents = 所需材料
kit-tab-documents-text = 迁出证明书、本人身份证明文件（如 My Number 卡）。
kit-tab-fees = 手续费
kit-tab-fees-text = 不收取手续费。

kit-accordion-title = 折叠面板与详细说明
kit-accordion-faq = 常见问题
kit-accordion-details = 补充说明
kit-faq-when = 应在什么时候之前申报
kit-faq-when-answer = 在新住址开始居住后14天内。
kit-faq-proxy = 可以由代理人申报吗
kit-faq-proxy-answer = 可以。需要委托书和代理人的身份证明文件。
kit-details-my-number = 什么是 My Number 卡
kit-details-my-number-answer = 这是一张附有本人照片的塑料卡，可用于身份确认和网上办理手续。

kit-dialog-title = 对话框
kit-dialog-confirm = 确认无法撤销的操作
kit-dialog-open = 撤回申请
kit-dialog-heading = 要撤回申请吗
kit-dialog-text = 撤回后，此申请将无法恢复。
kit-dialog-withdraw = 撤回
kit-dialog-keep = 不撤回
kit-dialog-close = 关闭
kit-dialog-withdrawn = 已撤回申请

kit-date-input-title = 日期输入
kit-date-input-birth = 可选择公历或日本年号的出生日期
kit-date-birth-legend = 出生日期
kit-date-birth-hint = 例：平成元年3月14日，或1989年3月14日
kit-date-calendar = 纪年方式
kit-date-western = 公历
kit-era-reiwa = 令和
kit-era-heisei = 平成
kit-era-showa = 昭和
kit-era-taisho = 大正
kit-date-year = 年
kit-date-month = 月
kit-date-day = 日
kit-date-equivalent-western = 公历为{ $year }年{ $month }月{ $day }日
kit-date-equivalent-era = 日本年号为{ $era }{ $year ->
    [1] 元
   *[other] { $year }
}年{ $month }月{ $day }日

kit-textarea-title = 多行输入
kit-textarea-count = 提示字数的输入框
kit-message-label = 对市政府的意见
kit-message-hint = 请勿填写可识别个人身份的信息。
kit-chars-left = 还可以输入{ $count }字
kit-chars-over = 超出{ $count }字

kit-select-title = 下拉列表
kit-select-counter = 选择窗口
kit-counter-label = 前往办理的窗口
kit-counter-hint = 可以选择离住址较近的窗口。
kit-counter-city-hall = 市政府本厅舍
kit-counter-north = 北办事处
kit-counter-south = 南办事处

kit-banner-title = 通知横幅与紧急横幅
kit-banner-information = 通知
kit-banner-success = 完成通知
kit-banner-emergency = 紧急信息
kit-banner-notice = 通知
kit-banner-closure = 12月29日至1月3日窗口休息
kit-banner-closure-body = 休息期间仍可在网上办理手续。
kit-banner-done = 完成
kit-banner-received = 已受理迁入申报
kit-banner-received-body = 受理编号为 MD-2024-00123。
kit-banner-urgent = 紧急信息
kit-banner-evacuation = 梦咲川流域已发布避难指示
kit-banner-evacuation-body = 身处河流附近的人员，请立即前往高处避难。

kit-tag-title = 状态标签
kit-tag-statuses = 申请状态
kit-status-draft = 草稿
kit-status-received = 已受理
kit-status-needs-information = 需要补充信息
kit-status-completed = 已完成
kit-status-rejected = 已驳回

kit-table-title = 表格
kit-table-fees = 带标题的表格
kit-fee-caption = 证明书手续费
kit-fee-certificate = 证明书
kit-fee-counter = 窗口
kit-fee-kiosk = 自助终端
kit-fee-residence = 住民票副本
kit-fee-seal = 印章登记证明书
kit-fee-tax = 课税证明书
kit-fee-300 = 300日元
kit-fee-200 = 200日元

kit-steps-title = 步骤显示
kit-steps-application = 申请进行中
kit-steps-label = 申请流程
kit-step-position = 第{ $current }步，共{ $total }步
kit-step-applicant = 申请人
kit-step-address = 住址
kit-step-documents = 材料
kit-step-check = 确认
kit-step-send = 发送

kit-breadcrumbs-title = 面包屑导航
kit-breadcrumbs-procedure = 手续页面的位置
kit-breadcrumbs-label = 当前位置
kit-crumb-home = 首页
kit-crumb-procedures = 手续一览
kit-crumb-moving-in = 迁入申报

kit-pagination-title = 分页
kit-pagination-notices = 通知列表的分页
kit-pagination-label = 分页
kit-pagination-page = 第{ $page }页
kit-pagination-previous = 上一页
kit-pagination-next = 下一页

kit-link-title = 链接
kit-link-inline = 文中的链接
kit-link-new-tab = 在新标签页中打开的链接
kit-link-procedures = 查看手续一览
kit-link-map = 市政府地图
kit-link-new-tab-note = （在新标签页中打开）

kit-name-input-title = 姓名输入
kit-name-input-resident = 姓、名及片假名读音
kit-postal-code-title = 邮政编码与住址
kit-postal-code-lookup = 根据邮政编码填入住址
kit-file-upload-title = 上传文件
kit-file-upload-document = 添加证件的照片或 PDF
kit-file-upload-label = 本人身份证明文件
kit-file-upload-hint = 可上传 PDF、JPEG、PNG 文件，最大 { $max }。可以上传在留卡或 My Number 卡的照片。
kit-name-input-errors = 有输入错误的姓名

kit-summary-list-title = 回答一览
kit-summary-list-answers = 带修改链接的回答一览
kit-summary-name = 姓名
kit-summary-name-value = 梦咲 花子
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = 地址
kit-summary-postal-value = 邮政编码 999-0001
kit-summary-address-value = 梦咲市中央1丁目2番3号
kit-summary-form = 申请种类
kit-summary-form-value = 儿童补贴申请
kit-summary-change = 修改

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = 日期选择(预约)
kit-day-picker-week = 有已满日和休息日的5天
kit-day-picker-error = 未选择就继续时
kit-day-legend = 来办理的日期
kit-day-hint = 已满的日期和休息日不能选择。
kit-day-error = 请选择来办理的日期
kit-day-thursday = 1月7日(周四)
kit-day-friday = 1月8日(周五)
kit-day-saturday = 1月9日(周六)
kit-day-sunday = 1月10日(周日)
kit-day-monday = 1月11日(周一)
kit-places-left = 还可预约{ $count }人
kit-slot-full = 已满(不能预约)
kit-day-closed = 休息日(不能预约)
kit-time-picker-title = 时间选择(预约)
kit-time-picker-morning = 有已满时段的上午
kit-time-legend = 来办理的时间
kit-time-hint = 已满的时段不能选择。
kit-time-range = { $start }～{ $end }
