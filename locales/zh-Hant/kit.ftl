# Texts of the component gallery's examples (/gallery). Components hold no text; they get it from here.

kit-skip-link-title = 略過連結
kit-skip-link-default = 跳至主要內容的連結
kit-page-header-title = 頁首
kit-page-header-default = 服務名稱與語言切換

kit-button-title = 按鈕
kit-button-primary = 主要按鈕
kit-button-secondary = 次要按鈕
kit-button-tertiary = 第三層按鈕
kit-button-disabled = 無法使用的按鈕
kit-button-loading = 處理中的按鈕
kit-button-save = 儲存
kit-button-save-draft = 儲存草稿
kit-button-cancel = 取消
kit-button-send = 傳送
kit-button-sending = 傳送中
kit-button-pressed = 已按{ $count }次

kit-text-input-title = 文字輸入
kit-text-input-email = 附提示與自動填入
kit-text-input-width = 指定寬度的輸入欄
kit-text-input-error = 有錯誤的輸入欄
kit-text-input-readings = 標籤上方附注音
kit-readings-label = 市區町村
kit-email-label = 電子郵件地址
kit-email-hint = 我們將寄送確認郵件。
kit-email-error = 請以 name@example.jp 的格式輸入電子郵件地址
kit-phone-label = 電話號碼

kit-radios-title = 選項按鈕
kit-radios-contact = 附提示的問題
kit-radios-inline = 橫向排列的「是/否」
kit-radios-error = 有錯誤的問題
kit-contact-legend = 聯絡方式
kit-contact-hint = 請選擇一項。
kit-contact-email = 電子郵件
kit-contact-phone = 電話
kit-contact-phone-hint = 平日 9:00～17:00
kit-contact-post = 郵寄
kit-contact-error = 請選擇聯絡方式
kit-moved-legend = 您在過去1年內是否搬過家
kit-yes = 是
kit-no = 否

kit-checkboxes-title = 核取方塊
kit-checkboxes-support = 含「都不需要」的選擇
kit-support-legend = 在窗口需要的協助
kit-support-hint = 請選擇所有符合的項目。
kit-support-wheelchair = 乘坐輪椅前來
kit-support-sign-language = 手語翻譯
kit-support-large-print = 大字版文件
kit-support-none = 都不需要
kit-or = 或

kit-error-summary-title = 錯誤列表
kit-error-summary-form = 空白送出時會顯示錯誤的表單
kit-error-summary-shown = 已顯示的錯誤列表
kit-error-summary-heading = 填寫的內容有問題
kit-name-label = 姓名
kit-name-error = 請填寫姓名

kit-tabs-title = 頁籤
kit-tabs-procedure = 分類顯示手續資訊的頁籤
kit-tabs-label = 手續的詳細資訊
kit-tab-overview = 概要
kit-tab-overview-text = 將住址遷入夢咲市時需辦理的申報。請於搬家後14天內申報。
kit-tab-documents = 應備文件
kit-tab-documents-text = 遷出證明書、本人身分證明文件（例如 My Number 卡）。
kit-tab-fees = 規費
kit-tab-fees-text = 免收規費。

kit-accordion-title = 摺疊面板與詳細說明
kit-accordion-faq = 常見問題
kit-accordion-details = 補充說明
kit-faq-when = 應於何時之前申報
kit-faq-when-answer = 於新住址開始居住後14天內。
kit-faq-proxy = 可以由代理人申報嗎
kit-faq-proxy-answer = 可以。需備妥委託書及代理人的身分證明文件。
kit-details-my-number = 什麼是 My Number 卡
kit-details-my-number-answer = 這是一張附有本人照片的塑膠卡片，可用於身分確認及線上辦理手續。

kit-dialog-title = 對話方塊
kit-dialog-confirm = 確認無法復原的操作
kit-dialog-open = 撤回申請
kit-dialog-heading = 要撤回申請嗎
kit-dialog-text = 撤回後，此申請將無法復原。
kit-dialog-withdraw = 撤回
kit-dialog-keep = 不撤回
kit-dialog-close = 關閉
kit-dialog-withdrawn = 已撤回申請

kit-date-input-title = 日期輸入
kit-date-input-birth = 可選擇西元或日本年號的出生日期
kit-date-birth-legend = 出生日期
kit-date-birth-hint = 例：平成元年3月14日，或1989年3月14日
kit-date-calendar = 紀年方式
kit-date-western = 西元
kit-era-reiwa = 令和
kit-era-heisei = 平成
kit-era-showa = 昭和
kit-era-taisho = 大正
kit-date-year = 年
kit-date-month = 月
kit-date-day = 日
kit-date-equivalent-western = 西元為{ $year }年{ $month }月{ $day }日
kit-date-equivalent-era = 日本年號為{ $era }{ $year ->
    [1] 元
   *[other] { $year }
}年{ $month }月{ $day }日

kit-textarea-title = 多行輸入
kit-textarea-count = 提示字數的輸入欄
kit-message-label = 對市公所的意見
kit-message-hint = 請勿填寫可識別個人身分的資訊。
kit-chars-left = 還可以輸入{ $count }字
kit-chars-over = 超過{ $count }字

kit-select-title = 下拉式選單
kit-select-counter = 選擇窗口
kit-counter-label = 前往辦理的窗口
kit-counter-hint = 可以選擇離住址較近的窗口。
kit-counter-city-hall = 市公所本廳舍
kit-counter-north = 北區辦事處
kit-counter-south = 南區辦事處

kit-banner-title = 公告橫幅與緊急橫幅
kit-banner-information = 公告
kit-banner-success = 完成通知
kit-banner-emergency = 緊急資訊
kit-banner-notice = 公告
kit-banner-closure = 12月29日至1月3日窗口暫停服務
kit-banner-closure-body = 暫停服務期間仍可線上辦理手續。
kit-banner-done = 完成
kit-banner-received = 已受理遷入申報
kit-banner-received-body = 受理編號為 MD-2024-00123。
kit-banner-urgent = 緊急資訊
kit-banner-evacuation = 夢咲川流域已發布避難指示
kit-banner-evacuation-body = 位於河川附近的民眾，請立即前往高處避難。

kit-tag-title = 狀態標籤
kit-tag-statuses = 申請狀態
kit-status-draft = 草稿
kit-status-received = 已受理
kit-status-needs-information = 需補充資料
kit-status-completed = 已完成
kit-status-rejected = 已駁回

kit-table-title = 表格
kit-table-fees = 附標題的表格
kit-fee-caption = 證明書規費
kit-fee-certificate = 證明書
kit-fee-counter = 窗口
kit-fee-kiosk = 自助服務機
kit-fee-residence = 住民票副本
kit-fee-seal = 印鑑登記證明書
kit-fee-tax = 課稅證明書
kit-fee-300 = 300日圓
kit-fee-200 = 200日圓

kit-steps-title = 步驟顯示
kit-steps-application = 申請進行中
kit-steps-label = 申請流程
kit-step-position = 第{ $current }步，共{ $total }步
kit-step-applicant = 申請人
kit-step-address = 住址
kit-step-documents = 文件
kit-step-check = 確認
kit-step-send = 傳送

kit-breadcrumbs-title = 導覽路徑
kit-breadcrumbs-procedure = 手續頁面的位置
kit-breadcrumbs-label = 目前位置
kit-crumb-home = 首頁
kit-crumb-procedures = 手續一覽
kit-crumb-moving-in = 遷入申報

kit-pagination-title = 分頁導覽
kit-pagination-notices = 公告列表的分頁導覽
kit-pagination-label = 分頁導覽
kit-pagination-page = 第{ $page }頁
kit-pagination-previous = 上一頁
kit-pagination-next = 下一頁

kit-link-title = 連結
kit-link-inline = 文中的連結
kit-link-new-tab = 在新分頁開啟的連結
kit-link-procedures = 查看手續一覽
kit-link-map = 市公所地圖
kit-link-new-tab-note = （在新分頁開啟）

kit-name-input-title = 姓名輸入
kit-name-input-resident = 姓、名及片假名讀音
kit-postal-code-title = 郵遞區號與住址
kit-postal-code-lookup = 依郵遞區號填入住址
kit-file-upload-title = 上傳檔案
kit-file-upload-document = 附加證件的照片或 PDF
kit-file-upload-label = 本人身分證明文件
kit-file-upload-hint = 可上傳 PDF、JPEG、PNG 檔案，最大 { $max }。可以上傳在留卡或 My Number 卡的照片。
kit-name-input-errors = 有輸入錯誤的姓名

kit-summary-list-title = 回答一覽
kit-summary-list-answers = 附修改連結的回答一覽
kit-summary-name = 姓名
kit-summary-name-value = 夢咲 花子
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = 地址
kit-summary-postal-value = 郵遞區號 999-0001
kit-summary-address-value = 夢咲市中央1丁目2番3號
kit-summary-form = 申請種類
kit-summary-form-value = 兒童津貼申請
kit-summary-change = 修改

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = 日期選擇(預約)
kit-day-picker-week = 有已額滿日和休息日的5天
kit-day-picker-error = 未選擇就繼續時
kit-day-legend = 前來辦理的日期
kit-day-hint = 已額滿的日期和休息日無法選擇。
kit-day-error = 請選擇前來辦理的日期
kit-day-thursday = 1月7日(週四)
kit-day-friday = 1月8日(週五)
kit-day-saturday = 1月9日(週六)
kit-day-sunday = 1月10日(週日)
kit-day-monday = 1月11日(週一)
kit-places-left = 還可預約{ $count }人
kit-slot-full = 已額滿(無法預約)
kit-day-closed = 休息日(無法預約)
kit-time-picker-title = 時間選擇(預約)
kit-time-picker-morning = 有已額滿時段的上午
kit-time-legend = 前來辦理的時間
kit-time-hint = 已額滿的時段無法選擇。
kit-time-range = { $start }～{ $end }
