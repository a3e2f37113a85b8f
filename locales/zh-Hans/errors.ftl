# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = 无法连接到市政府的服务器。请检查网络连接，稍后再试。
error-bad-response = 市政府的服务器返回了意外的响应。请稍后再试。
error-not-found = 找不到您要查找的信息。
error-internal = 市政府的服务器出现了问题。请稍后再试。
error-unavailable = 市政府的服务器繁忙或正在维护，暂时无法受理。请过几分钟再试。
error-request-timeout = 发送的内容未能在规定时间内送达。请确认网络连接后重新发送。
error-invalid-request = 无法读取发送的内容。请将应用更新到最新版本后再试。
error-invalid-submission = 部分填写内容需要确认。请查看各栏的说明。
error-status-change-not-allowed = 此申请在当前状态下无法变更。详情请向市政府窗口咨询。
error-send-expired = 已近一天未能发送，为避免重复送达，已停止发送。请确认市政府尚未收到后，再重新发送。
error-idempotency-key-missing = 发送过程出现问题。请将应用更新到最新版本后再试。
error-idempotency-key-invalid = 发送编号的格式不正确。请将应用更新到最新版本后再试。
error-idempotency-key-reused = 同一发送编号下提交了不同的内容，因此未予受理。请重新填写。
error-request-in-progress = 上一次发送仍在处理中。请稍后再试。
error-unauthorized = 您没有进行此操作的权限。
error-keyring-unavailable = 本设备上没有保管数据加密密钥的位置（密钥环），因此无法保存数据。如不保存数据直接使用，请在浏览器中使用 Madoguchi 网页版。在电脑上启用密钥环（如 GNOME 密钥环）后，即可在应用中保存数据。
error-local-data-locked = 找不到本设备所保存数据的密钥，因此无法打开数据。点击“删除保存在本设备上的数据”即可重新开始使用（等待发送的咨询将会丢失）。
error-local-storage = 无法在本设备上保存数据。请检查可用空间后再试。
error-forbidden = 您的账户无法进行此操作。
error-rate-limited = 短时间内尝试次数过多，已暂停受理。请稍等片刻后再试。
error-sign-in-code-invalid = 验证码错误或已超过有效期（10分钟）。请重新获取验证码后再试。
error-identity-level-too-low = 办理此手续需要在窗口进行身份确认。请携带个人编号卡（My Number卡）到市政府窗口。确认完成后，使用该账户登录，即可在线办理。
error-staff-sign-in-failed = 用户名、密码或身份验证应用的验证码错误。
error-passkey-challenge-invalid = 通行密钥验证已过期（有效期5分钟）或已被使用。请重试。
error-passkey-refused = 无法使用此通行密钥。它未在本网站注册，或已被删除。
error-mail-unavailable = 目前无法发送邮件。请稍后再试。
