# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = お名前
inquiry-contact-email = メールアドレス
inquiry-contact-phone = 電話番号
inquiry-error-email = メールアドレスの形が正しくありません(例:yumesaki@example.jp)。
inquiry-error-phone = 電話番号は数字10〜15けたで書いてください(例:0612-34-5678)。
