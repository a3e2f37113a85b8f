# 帳號：居民查看自己的紀錄（稽核日誌）時顯示的職員操作名稱。

audit-action-list-inquiries = 查看了洽詢列表
audit-action-list-applications = 查看了申請列表
audit-action-change-application-status = 變更了申請的狀態
audit-action-read-attachment = 查看了附件
audit-action-verify-identity = 在窗口確認了您的身分
audit-action-list-bookings = 查看了預約列表
audit-action-book-on-behalf = 代您進行了預約
audit-action-record-visit = 登記了您的到訪或缺席

# 不需密碼的登入：以電子郵件寄送6位數驗證碼。第一次登入時會同時建立帳號。
account-document-title = 我的帳號 | Madoguchi
account-sign-in-title = 登入
account-sign-in-lead = 我們會寄送6位數驗證碼到您的電子郵件地址，不需要密碼。如果您是第一次使用，也會同時為您建立帳號。
account-web-note = 在此頁面上，登入狀態會持續到您關閉或重新載入分頁為止。此瀏覽器中不會儲存任何資料。
account-email = 電子郵件地址
account-email-hint = 例：hanako@example.jp
account-email-invalid = 請以 hanako@example.jp 的格式輸入電子郵件地址。
account-send-code = 寄送驗證碼
account-errors-summary = 請確認輸入的內容
account-code-title = 輸入驗證碼
account-code-sent = 驗證碼已寄至 { $email }。此驗證碼在10分鐘內有效，且只能使用一次。
account-code = 6位數驗證碼
account-code-hint = 即郵件中的數字。如果沒有收到，請一併查看垃圾郵件資料夾。
account-code-format = 請輸入郵件中的6位數字。
account-code-resent = 已寄送新的驗證碼。先前的驗證碼已無法使用。
account-code-resend = 重新寄送驗證碼
account-other-address = 使用其他電子郵件地址
account-sign-in = 登入
# 已登入裝置清單中，指這個網頁瀏覽器的名稱。
account-device-web = 網頁瀏覽器

# 已登入者的帳號頁面。
account-signed-in = 您已登入。
account-identity = 身分確認
account-identity-verified = 已在窗口完成確認
account-identity-unverified = 尚未確認
account-identity-how = 如需辦理要求身分確認的手續，請攜帶個人編號卡（My Number卡）到市公所窗口，由職員為您確認。
account-since = 帳號建立日期
account-devices-title = 已登入的裝置
account-device-this = 本裝置
account-device-signed-in = 登入時間：{ $when }
account-device-used = 最後使用時間：{ $when }
# 按鈕中包含裝置名稱，以便知道是哪一台裝置的按鈕。
account-device-sign-out = 將「{ $device }」登出
account-audit-title = 職員查看您資料的紀錄
account-audit-lead = 市公所職員每次查看或變更您的資料，都一定會記錄在這裡。
account-audit-empty = 目前沒有紀錄。
account-audit-caption = 職員的操作紀錄（由新到舊）
account-audit-when = 時間
account-audit-what = 操作
account-audit-who = 職員職務
account-role-clerk = 窗口職員
account-role-volunteer = 支援志工
account-role-admin = 管理員
account-sign-out-title = 登出
account-sign-out-explain-app = 登出後，本裝置上保存的登入資訊將被刪除。
account-sign-out-explain-web = 在此頁面登出。
account-sign-out = 登出

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = 如果您已為帳戶新增密碼金鑰，可以直接用它登入，不需要驗證碼。
account-passkey-sign-in = 使用密碼金鑰登入
account-passkey-sign-in-failed = 無法使用密碼金鑰登入：操作已取消，或此瀏覽器無法在此使用密碼金鑰。請再試一次，或使用電子郵件中的驗證碼登入。
account-passkeys-title = 密碼金鑰
account-passkeys-lead = 有了密碼金鑰，您可以用指紋、臉孔或螢幕鎖定登入，不需要電子郵件驗證碼。
account-passkeys-empty = 您還沒有新增密碼金鑰。
account-passkeys-unsupported = 此瀏覽器無法建立密碼金鑰。您仍可刪除已有的密碼金鑰。
account-passkey-name = 新密碼金鑰的名稱
account-passkey-name-hint = 用來區分您的密碼金鑰。例如：我的手機
account-passkey-name-invalid = 請輸入1至64個字元的名稱。
account-passkey-add = 新增密碼金鑰
account-passkey-added = 已新增密碼金鑰。下次可以用它登入。
account-passkey-add-failed = 無法新增密碼金鑰：操作已取消，或此瀏覽器無法在此建立密碼金鑰。
account-passkey-created = 新增時間：{ $when }
account-passkey-used = 最近使用：{ $when }
account-passkey-unused = 尚未用於登入
account-passkey-remove = 刪除密碼金鑰「{ $passkey }」
