# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = お名前
inquiry-contact-email = メールアドレス
inquiry-contact-phone = 電話番号
inquiry-error-department = 担当の課を選んでください。
inquiry-error-subject-missing = 件名を書いてください。
inquiry-error-subject-too-long = 件名は100文字以内で書いてください。
inquiry-error-message-missing = お問い合わせの内容を書いてください。
inquiry-error-message-too-long = お問い合わせの内容は2000文字以内で書いてください。
inquiry-error-name-too-long = お名前は100文字以内で書いてください。
inquiry-error-email = メールアドレスの形が正しくありません(例:yumesaki@example.jp)。
inquiry-error-phone = 電話番号は数字10〜15けたで書いてください(例:0612-34-5678)。
