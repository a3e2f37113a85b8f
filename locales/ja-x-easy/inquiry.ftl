# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = 名前《なまえ》
inquiry-contact-email = メールアドレス
inquiry-contact-phone = 電話番号《でんわばんごう》
inquiry-error-email = メールアドレスの 書《か》き方《かた》が 違《ちが》います（例《れい》：yumesaki@example.jp）。
inquiry-error-phone = 電話番号《でんわばんごう》は、数字《すうじ》 10〜15 けたで 書《か》いて ください（例《れい》：0612-34-5678）。
