# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = 名前《なまえ》
inquiry-contact-email = メールアドレス
inquiry-contact-phone = 電話番号《でんわばんごう》
inquiry-error-department = 担当《たんとう》の 課《か》を 選《えら》んで ください。
inquiry-error-subject-missing = 題名《だいめい》を 書《か》いて ください。
inquiry-error-subject-too-long = 題名《だいめい》が 長《なが》すぎます。100 文字《もじ》までに して ください。
inquiry-error-message-missing = 質問《しつもん》の 内容《ないよう》を 書《か》いて ください。
inquiry-error-message-too-long = 質問《しつもん》の 内容《ないよう》が 長《なが》すぎます。2000 文字《もじ》までに して ください。
inquiry-error-name-too-long = 名前《なまえ》が 長《なが》すぎます。100 文字《もじ》までに して ください。
inquiry-error-email = メールアドレスの 書《か》き方《かた》が 違《ちが》います（例《れい》：yumesaki@example.jp）。
inquiry-error-phone = 電話番号《でんわばんごう》は、数字《すうじ》 10〜15 けたで 書《か》いて ください（例《れい》：0612-34-5678）。
