# 市政府服务器发送的邮件。不会显示在应用画面上（不包含在界面的语言文件中）。
# $code 是登录用的6位验证码，$minutes 是有效时间（分钟）。

mail-sign-in-subject = Madoguchi 登录验证码 { $code }
mail-sign-in-body =
    您的 Madoguchi 登录验证码是 { $code }。
    此验证码在{ $minutes }分钟内有效，且只能使用一次。

    如果您对这封邮件没有印象，请不要进行任何操作。可能是有人输错了邮箱地址。
    市政府工作人员绝不会通过电话或邮件向您询问此验证码。

# 预约前一天（9点起）发送的提醒。仅发送给未关联账户、且留有联系邮箱的预约。
# $service 是办理事项，$counter 是窗口，$place 是其位置（楼层；没有时为空），$month 和 $day 是日本的日期，
# $time 是日本时间的开始时刻（9:30），$reference 是预约编号，$phone 是窗口的电话号码。
mail-booking-reminder-subject = Madoguchi：明天的预约（{ $service }）
mail-booking-reminder-body =
    您明天在市政府窗口有一个预约。

    事项：{ $service }
    时间：{ $month }月{ $day }日 { $time }起（日本时间）
    地点：{ $counter } { $place }
    预约编号：{ $reference }（请在窗口出示）

    如果无法前来，请取消或更改预约。如已超过网上更改的期限，请致电 { $phone }。
    本邮件为系统自动发送，请勿回复。
