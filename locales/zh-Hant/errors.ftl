# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = 無法連線至市公所的伺服器。請確認網路連線，稍後再試。
error-bad-response = 市公所的伺服器傳回了非預期的回應。請稍後再試。
error-not-found = 找不到您要查詢的資訊。
error-internal = 市公所的伺服器發生問題。請稍後再試。
error-unavailable = 市公所的伺服器忙碌中或正在維護，目前無法受理。請過幾分鐘再試。
error-request-timeout = 傳送的內容未能在規定時間內送達。請確認網路連線後重新傳送。
error-invalid-request = 無法讀取傳送的內容。請將應用程式更新至最新版本後再試一次。
error-invalid-submission = 部分填寫內容需要確認。請查看各欄位的說明。
error-status-change-not-allowed = 此申請在目前的狀態下無法變更。詳情請洽詢市公所窗口。
error-send-expired = 已將近一天無法傳送，為避免重複送達，已停止傳送。請確認市公所尚未收到後，再重新傳送。
error-idempotency-key-missing = 傳送過程發生問題。請將應用程式更新至最新版本後再試一次。
error-idempotency-key-invalid = 傳送編號的格式不正確。請將應用程式更新至最新版本後再試一次。
error-idempotency-key-reused = 同一傳送編號送出了不同的內容，因此未予受理。請重新填寫。
error-request-in-progress = 上一次的傳送仍在處理中。請稍後再試。
error-unauthorized = 您沒有執行此操作的權限。
error-keyring-unavailable = 本裝置沒有保管資料加密金鑰的位置（鑰匙圈），因此無法儲存資料。若要在不儲存資料的情況下使用，請在瀏覽器中使用 Madoguchi 網頁版。在電腦上啟用鑰匙圈（例如 GNOME 鑰匙圈）後，即可在應用程式中儲存資料。
error-local-data-locked = 找不到本裝置所儲存資料的金鑰，因此無法開啟資料。按下「刪除儲存於本裝置的資料」即可重新開始使用（等待傳送的洽詢將會遺失）。
error-local-storage = 無法在本裝置儲存資料。請確認可用空間後再試一次。
error-forbidden = 您的帳號無法執行此操作。
error-rate-limited = 短時間內嘗試次數過多，已暫停受理。請稍候片刻再試。
error-sign-in-code-invalid = 驗證碼錯誤或已超過有效期限（10分鐘）。請重新取得驗證碼後再試一次。
error-identity-level-too-low = 辦理此手續需要在窗口進行身分確認。請攜帶個人編號卡（My Number卡）到市公所窗口。確認完成後，使用該帳號登入，即可線上辦理。
error-staff-sign-in-failed = 使用者名稱、密碼或驗證應用程式的驗證碼錯誤。
error-passkey-challenge-invalid = 密碼金鑰驗證已過期（有效期限5分鐘）或已被使用。請再試一次。
error-passkey-refused = 無法使用此密碼金鑰。它未在本網站註冊，或已被刪除。
error-mail-unavailable = 目前無法寄送電子郵件。請稍後再試。
