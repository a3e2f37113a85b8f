# Fields many application forms share (name, postal code and address, attachments). The rules are in madoguchi-domain.

## Name
name-legend = 姓名
name-hint = 請依照住民票或在留卡上的內容填寫。沒有名的人，請將「名」留空。
name-family = 姓
name-given = 名
name-family-kana = 姓（片假名）
name-given-kana = 名（片假名）
name-kana-hint = 請用片假名填寫姓名的讀音。以平假名填寫時，會自動轉換為片假名。
name-error-family-missing = 請填寫姓
name-error-given-missing-for-kana = 請填寫名，或刪除名的片假名讀音
name-error-kana-missing = 請用片假名填寫讀音
name-error-kana-not-katakana = 讀音請用片假名填寫
name-error-too-long = 請在50字以內

## Postal code and address
postal-code = 郵遞區號
postal-hint = 請填寫7位數字（例：999-0001）。填寫後，地址會自動填入住址欄。
address-line1 = 住址（都道府縣、市區町村、町名）
address-line2 = 番地（門牌號碼）、建築物名稱、房號
postal-status-searching = 正在查詢郵遞區號 { $code } 的地址
postal-status-filled = 已將郵遞區號 { $code } 的地址「{ $address }」填入住址欄。請接著填寫門牌號碼
postal-status-kept = 郵遞區號 { $code } 的地址是「{ $address }」。您已填寫的住址沒有變更
postal-status-several = 郵遞區號 { $code } 對應多個町。已填入到「{ $address }」，請填寫其餘部分
postal-status-unknown = 找不到郵遞區號 { $code } 的地址。請確認號碼，或直接填寫住址
postal-status-failed = 無法查詢地址。請直接填寫住址
postal-error-format = 郵遞區號請填寫7位數字（例：999-0001）
postal-error-unknown = 找不到此郵遞區號的地址。請確認號碼，或直接填寫住址。

## Attachments

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = 上傳進度
attachment-choose = 選擇檔案
attachment-nothing-chosen = 未選擇檔案
attachment-status-uploading = 正在上傳 { $name }（{ $percent }%）
attachment-status-done = 已上傳 { $name }（{ $size }）
attachment-status-failed = 無法上傳 { $name }。請重新選擇檔案
attachment-error-empty = 檔案是空的。請選擇其他檔案
attachment-error-too-large = 檔案太大。請選擇小於說明中所示大小的檔案
attachment-error-wrong-kind = 不接受此類型的檔案。請選擇說明中所列類型的檔案
attachment-error-name = 無法讀取檔案名稱。請變更檔案名稱後重新選擇
attachment-error-invalid = 無法接受此檔案。請選擇其他檔案
attachment-error-sign-in = 要附加檔案，請先在「我的帳號」頁面登入。只接收已登入居民的檔案
attachment-error-quota = 已超過每人每天可傳送的檔案量。請不附此檔案送出申請，並將文件帶到窗口，或明天再試

## 申請答案的檢查（所有申請通用的規則；市公所也可以為各項目另行訂定提示文字）
form-error-required = 請填寫或選擇
form-error-summary-item = { $question }：{ $problem }
form-error-invalid = 請確認填寫的內容
form-error-too-short = 請至少填寫{ $min }個字
form-error-too-long = 請在{ $max }字以內填寫
form-error-mask = 請依「{ $example }」的格式填寫（# 代表數字，A 代表英文字母）
form-error-katakana = 請用片假名填寫
form-error-number = 請用數字填寫整數
form-error-number-too-small = 請填寫不小於{ $min }的數
form-error-number-too-large = 請填寫不大於{ $max }的數
form-error-email = 請正確填寫電子郵件地址（例：hanako@example.jp）
form-error-phone = 請用數字填寫電話號碼（例：0612-34-5678）
form-error-address-missing = 請填寫住址
form-error-date = 請填寫正確的日期
form-error-date-too-early = 請填寫{ $date }或之後的日期
form-error-date-too-late = 請填寫{ $date }或之前的日期
form-error-choice = 請從選項中選擇
form-error-choose-at-least = 請至少選擇{ $min }項
form-error-choose-at-most = 請最多選擇{ $max }項
form-error-too-many-files = 最多只能附加{ $max }個檔案
form-error-declaration = 請確認內容後勾選
form-error-attachment-unavailable = 找不到所附加的檔案。請重新選擇檔案

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = 紀年方式
form-date-western = 西元
form-era-reiwa = 令和
form-era-heisei = 平成
form-era-showa = 昭和
form-era-taisho = 大正
form-date-year = 年
form-date-month = 月
form-date-day = 日
form-date-equivalent-western = 西元為{ $year }年{ $month }月{ $day }日
form-date-equivalent-era = 日本年號為{ $era }{ $year ->
    [1] 元
   *[other] { $year }
}年{ $month }月{ $day }日
form-chars-left = 還可以輸入{ $count }字
form-chars-over = 超過{ $count }字

## Application forms: controls and answers
form-select-choose = 請選擇
form-yes = 是
form-no = 否
form-agreed = 同意
form-number-label = { $label }（單位：{ $unit }）
form-files-attached = 已附加 { $count } 個檔案
form-postal-mark = 郵遞區號 { $code }
form-attachment-hint = 可以傳送 PDF、JPEG 或 PNG 檔案，大小不超過 { $max }。
form-attachment-signed-out = 只有已登入的居民才能附加檔案。
