# 窗口預約:預約、變更與候補時的錯誤。規則請見 madoguchi-domain 的 booking 模組。

booking-error-slot-full = 這個時段已額滿。請選擇其他時段,或登記這個時段的候補。
booking-error-unknown-service = 這項手續不受理預約。
booking-error-not-a-slot = 這個窗口在該時間不受理預約。請從清單中重新選擇時間。
booking-error-closed-day = 當天市公所休息(週末、國定假日、年末年初等),無法預約。請選擇其他日期。
booking-error-outside-window = 這個時段目前無法預約:預約尚未開放、已經截止,或時間已過。請從清單中重新選擇。
booking-error-identity-level = 預約這項手續需要更可靠的本人確認。
booking-error-deadline-passed = 已超過變更或取消的期限,無法在網路上辦理。請致電窗口。
booking-error-not-active = 這筆預約已取消或已登記到訪,無法變更。
booking-error-slot-available = 這個時段還有空位。請直接預約,不需登記候補。
booking-error-no-offer = 目前沒有可以通知您的空位。
booking-error-offer-expired = 空位通知已逾期,已轉給下一位。請重新登記候補,或選擇其他時段。
