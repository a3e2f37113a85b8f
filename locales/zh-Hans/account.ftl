# 账户：居民查看自己的记录（审计日志）时显示的工作人员操作名称。

audit-action-list-inquiries = 查看了咨询列表
audit-action-list-applications = 查看了申请列表
audit-action-change-application-status = 变更了申请的状态
audit-action-read-attachment = 查看了附件
audit-action-verify-identity = 在窗口确认了您的身份
audit-action-list-bookings = 查看了预约列表
audit-action-book-on-behalf = 代您进行了预约
audit-action-record-visit = 登记了您的到访或缺席

# 无需密码的登录：通过邮件发送6位数验证码。第一次登录时同时创建账户。
account-document-title = 我的账户 | Madoguchi
account-sign-in-title = 登录
account-sign-in-lead = 我们会向您的电子邮箱发送6位数的验证码，不需要密码。如果您是第一次使用，将同时为您创建账户。
account-web-note = 在此页面上，登录状态会一直保持到您关闭或重新加载标签页为止。此浏览器中不会保存任何信息。
account-email = 电子邮箱
account-email-hint = 例：hanako@example.jp
account-email-invalid = 请按 hanako@example.jp 的格式填写电子邮箱。
account-send-code = 发送验证码
account-errors-summary = 请检查填写的内容
account-code-title = 输入验证码
account-code-sent = 验证码已发送至 { $email }。此验证码在10分钟内有效，且只能使用一次。
account-code = 6位数验证码
account-code-hint = 即邮件中的数字。如果没有收到，请同时查看垃圾邮件文件夹。
account-code-format = 请输入邮件中的6位数字。
account-code-resent = 已发送新的验证码。之前的验证码已无法使用。
account-code-resend = 重新发送验证码
account-other-address = 使用其他电子邮箱
account-sign-in = 登录
# 已登录设备列表中，指代此网页浏览器的名称。
account-device-web = 网页浏览器

# 已登录用户的账户页面。
account-signed-in = 您已登录。
account-identity = 身份确认
account-identity-verified = 已在窗口完成确认
account-identity-unverified = 尚未确认
account-identity-how = 如需办理要求身份确认的手续，请携带个人编号卡（My Number卡）到市政府窗口，由工作人员为您确认。
account-since = 账户创建日期
account-devices-title = 已登录的设备
account-device-this = 本设备
account-device-signed-in = 登录时间：{ $when }
account-device-used = 最后使用时间：{ $when }
# 按钮中包含设备名称，以便知道是哪台设备的按钮。
account-device-sign-out = 让“{ $device }”退出登录
account-audit-title = 工作人员查看您信息的记录
account-audit-lead = 市政府工作人员每次查看或更改您的信息，都一定会记录在这里。
account-audit-empty = 暂无记录。
account-audit-caption = 工作人员的操作记录（从新到旧）
account-audit-when = 时间
account-audit-what = 操作
account-audit-who = 工作人员职务
account-role-clerk = 窗口工作人员
account-role-volunteer = 支援志愿者
account-role-admin = 管理员
account-sign-out-title = 退出登录
account-sign-out-explain-app = 退出登录后，本设备上保存的登录信息将被删除。
account-sign-out-explain-web = 在此页面退出登录。
account-sign-out = 退出登录

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = 如果您已为账户添加通行密钥，可以直接用它登录，无需验证码。
account-passkey-sign-in = 使用通行密钥登录
account-passkey-sign-in-failed = 未能使用通行密钥登录：操作已取消，或此浏览器无法在此使用通行密钥。请重试，或使用邮件中的验证码登录。
account-passkeys-title = 通行密钥
account-passkeys-lead = 有了通行密钥，您可以用指纹、面容或屏幕锁登录，无需邮件验证码。
account-passkeys-empty = 您还没有添加通行密钥。
account-passkeys-unsupported = 此浏览器无法创建通行密钥。您仍可删除已有的通行密钥。
account-passkey-name = 新通行密钥的名称
account-passkey-name-hint = 用于区分您的通行密钥。例如：我的手机
account-passkey-name-invalid = 请输入1至64个字符的名称。
account-passkey-add = 添加通行密钥
account-passkey-added = 已添加通行密钥。下次可以用它登录。
account-passkey-add-failed = 未能添加通行密钥：操作已取消，或此浏览器无法在此创建通行密钥。
account-passkey-created = 添加时间：{ $when }
account-passkey-used = 最近使用：{ $when }
account-passkey-unused = 尚未用于登录
account-passkey-remove = 删除通行密钥“{ $passkey }”
