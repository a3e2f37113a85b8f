# 市公所伺服器寄送的郵件。不會顯示在應用程式畫面上（不包含在介面的語言檔中）。
# $code 是登入用的6位數驗證碼，$minutes 是有效時間（分鐘）。

mail-sign-in-subject = Madoguchi 登入驗證碼 { $code }
mail-sign-in-body =
    您的 Madoguchi 登入驗證碼為 { $code }。
    此驗證碼在{ $minutes }分鐘內有效，且只能使用一次。

    如果您對這封郵件沒有印象，請不要進行任何操作。可能是有人輸入了錯誤的電子郵件地址。
    市公所職員絕不會透過電話或電子郵件向您詢問此驗證碼。

# 預約前一天（9點起）寄出的提醒。僅寄給未連結帳戶、且留有聯絡電子郵件的預約。
# $service 是辦理事項，$counter 是窗口，$place 是其位置（樓層；沒有時為空），$month 和 $day 是日本的日期，
# $time 是日本時間的開始時刻（9:30），$reference 是預約編號，$phone 是窗口的電話號碼。
mail-booking-reminder-subject = Madoguchi：明天的預約（{ $service }）
mail-booking-reminder-body =
    您明天在市政府窗口有一個預約。

    事項：{ $service }
    時間：{ $month }月{ $day }日 { $time }起（日本時間）
    地點：{ $counter } { $place }
    預約編號：{ $reference }（請在窗口出示）

    如果無法前來，請取消或變更預約。如已超過線上變更的期限，請致電 { $phone }。
    本郵件由系統自動寄出，請勿回覆。
