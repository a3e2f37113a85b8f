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
