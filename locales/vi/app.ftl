# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = Thủ tục của { $city } | Madoguchi
skip-link = Chuyển đến nội dung chính
footer-text = Madoguchi: làm thủ tục hành chính của thành phố mọi lúc, mọi nơi.

language-switch-label = Ngôn ngữ (Language)
language-name = Tiếng Việt
furigana-toggle = Furigana (cách đọc chữ Hán)

loading = Đang tải…
retry = Tải lại
fallback-notice = { $lang ->
    [en] Đang hiển thị bằng tiếng Anh vì chưa có bản dịch tiếng Việt
    [ja] Đang hiển thị bằng tiếng Nhật vì chưa có bản dịch tiếng Việt
   *[other] Đang hiển thị bằng { $language } vì chưa có bản dịch tiếng Việt
}
