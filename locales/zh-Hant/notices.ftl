# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = 育兒
notice-topic-care = 照護
notice-topic-disaster = 防災
notice-topic-waste = 垃圾
notice-topic-tax = 稅務
notice-topic-health = 健康
notice-topic-events = 活動
notice-category-general = 通知
notice-priority-normal = 一般
notice-priority-important = 重要
notice-priority-urgent = 緊急
notice-personal-application-status = 您的申請 { $reference } 的狀態已更新。
notice-personal-booking-reminder = 提醒:您明天 { $time } 有窗口預約(預約編號:{ $reference })。
notice-error-expiry = 結束顯示的時間必須晚於開始時間，並且晚於現在。
notice-error-key = 請使用小寫字母、數字和連字號（例如：evacuation-yumesaki-3-chome）。
notice-error-area = 請依市內的地區清單填寫地區代碼（例如：yumesaki-3-chome）。
notice-error-month-range = 月齡須為 0 或以上，且起始值不可大於結束值。
notice-error-language = 語言代碼不正確（例如：ja、en、zh-Hans）。

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = 通知 | Madoguchi
notices-urgent-title = 緊急通知
notices-city-title = 市公所的通知
notices-city-empty = 目前沒有市公所的通知。
notices-published = 發布時間：{ $when }
notices-link-procedure = 查看此手續的說明
notices-link-booking = 進行窗口預約
notices-personal-title = 給您的通知
notices-personal-signed-out = 登入後，窗口預約前一天的提醒和申請狀態變更的通知都會顯示在這裡。
notices-personal-sign-in = 登入
notices-personal-empty = 目前還沒有給您的通知。
notices-profile-title = 為您篩選的通知
notices-profile-none = 選擇您居住的地區、家人的年齡和關心的領域後，只會顯示與您有關的通知。您選擇的內容只儲存在本裝置上，不會傳送給市公所。目前顯示的是給所有人的通知和所有緊急通知。
notices-profile-choose = 選擇要顯示的通知
notices-profile-active = 正在顯示符合您所選內容的通知。您選擇的內容只儲存在本裝置上。
notices-profile-change = 查看或變更所選內容
notices-filter-label = 依類別篩選
notices-filter-all = 所有類別
notices-unread = 未讀
notices-mark-read = 標為已讀
notices-mark-all-read = 全部標為已讀

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = 【緊急】{ $title }
notice-os-digest-title = 有 { $count } 則新通知

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = 選擇要顯示的通知 | Madoguchi
notice-profile-page-title = 選擇要顯示的通知
notice-profile-intro = 您在這裡選擇的內容只會加密儲存在本裝置上，不會傳送給市公所。要顯示哪些通知由本裝置決定。您也可以什麼都不選。
notice-profile-back = 返回通知
notice-profile-errors-title = 填寫的內容有問題
notice-profile-area = 居住的地區
notice-profile-area-hint = 用於接收指定地區的通知（如避難指示）。
notice-profile-area-none = 不選擇
notice-profile-ages = 年齡
notice-profile-resident-band = 您的年齡
notice-profile-band-none = 不回答
notice-band-0-5 = 0～5歲
notice-band-6-17 = 6～17歲
notice-band-18-39 = 18～39歲
notice-band-40-64 = 40～64歲
notice-band-65-74 = 65～74歲
notice-band-75 = 75歲及以上
notice-profile-children = 孩子的出生日期
notice-profile-children-hint = 用於選擇符合孩子月齡的通知，如健康檢查和預防接種。
notice-profile-child = 第{ $n }個孩子
notice-profile-child-add = 新增孩子
notice-profile-child-remove = 刪除第{ $n }個孩子
notice-profile-topics = 關心的領域
notice-profile-topics-hint = 顯示給關心所選領域的人的通知。
notice-profile-languages = 閱讀通知的語言
notice-profile-languages-hint = 如果市公所也用該語言撰寫了通知，就會以該語言顯示。
notice-profile-quiet-hours = 勿擾時段
notice-profile-quiet-hint = 在此時段內，緊急通知以外的推播會等到時段結束後再發出。緊急通知隨時立即推播。
notice-profile-quiet-from = 開始
notice-profile-quiet-until = 結束
notice-profile-quiet-none = 不設定
notice-profile-digest = 每天彙整推播一次的時間
notice-profile-digest-hint = 一般通知會在此時間彙整為一則推播。緊急和重要通知不彙整，逐則推播。
notice-profile-digest-none = 不彙整
notice-profile-save = 儲存
notice-profile-done = 完成
notice-profile-saved = 已儲存
notice-profile-cleared = 已刪除所選內容。將顯示給所有人的通知。
notice-profile-change = 變更
notice-profile-error-future = 出生日期請填寫今天或之前的日期
notice-profile-error-quiet = 請同時選擇開始和結束時間，且兩者不可相同

# What is kept and what it is for (the consent record).
notice-consent-title = 儲存的內容及用途
notice-consent-nothing-sent = 以下內容只儲存在本裝置上，不會傳送給市公所或其他任何人。
notice-consent-use-area = 用於選擇指定地區的通知（如避難指示）
notice-consent-use-ages = 用於選擇指定年齡或月齡的通知（如健康檢查、預防接種）
notice-consent-use-topics = 用於選擇給所關心領域的通知
notice-consent-use-languages = 用於以您容易閱讀的語言顯示通知
notice-consent-use-quiet-hours = 用於在此時段內暫緩緊急通知以外的推播
notice-consent-use-digest = 用於將一般通知的推播彙整為每天一次
notice-consent-given = 同意時間：{ $when }
notice-consent-changed = 最後變更時間：{ $when }
notice-profile-clear = 刪除所有所選內容
notice-profile-clear-title = 要刪除所選內容嗎？
notice-profile-clear-body = 將從本裝置刪除地區、年齡、領域等所選內容以及同意紀錄。之後將顯示給所有人的通知和所有緊急通知。
notice-profile-clear-confirm = 刪除
notice-profile-clear-cancel = 取消

# 單則通知的頁面(#/notices/<id>)。
# same-as-en: the notice's own title and the app's name, which stays in Latin letters here
notice-document-title = { $title } | Madoguchi
notices-open = 開啟這則通知
notice-gone = 這則通知已不再顯示：刊登期間已結束，或已被撤回。

# 此瀏覽器上的推播(網頁模式、Web Push)。
notices-push-title = 此瀏覽器上的推播
notices-push-about = 開啟推播後，即使關閉此頁面，也會收到緊急通知（災害、避難指示等）。所有開啟推播的人收到的內容都相同，不會使用您選擇的地區等內容。
notices-push-kept = 此瀏覽器只會儲存推播所用的語言和文字。傳送給市公所的，只有瀏覽器接收推播所需的位址。
notices-push-shared = 請勿在圖書館等公用電腦上開啟推播。
notices-push-on = 此瀏覽器的推播已開啟。
notices-push-off = 此瀏覽器的推播未開啟。
notices-push-blocked = 此瀏覽器已封鎖本網站的通知。若要接收推播，請在瀏覽器的網站設定中允許通知。
notices-push-failed-browser = 無法在此瀏覽器上開啟推播。請稍後再試。只要開啟此頁面，隨時都能查看通知。
notices-push-turn-on = 開啟推播
notices-push-turn-off = 關閉推播
notices-push-notification-body = 請開啟 Madoguchi 查看通知。
push-error-subscription = 瀏覽器的推播註冊資訊不正確。

notice-tray-title = 在工作列系統匣中持續執行
notice-tray-about = 開啟後，關閉視窗不會結束應用程式，應用程式會以圖示留在系統匣（通知區域）中，繼續接收緊急通知等並提醒您。在圖示選單中選擇「開啟 Madoguchi」可重新顯示視窗，選擇「結束 Madoguchi」可結束應用程式。
notice-tray-no-tray = 如果桌面沒有系統匣，即使開啟此設定，關閉視窗也會結束應用程式。
notice-tray-on = 關閉視窗後，應用程式會留在系統匣中。
notice-tray-off = 關閉視窗後，應用程式會結束。
notice-tray-turn-on = 在系統匣中持續執行
notice-tray-turn-off = 不再在系統匣中持續執行
