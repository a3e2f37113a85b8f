# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = Madoguchi（窗口）
document-title = { $city }行政手續 | Madoguchi
skip-link = 跳至主要內容
footer-text = Madoguchi：市公所的各項手續，隨時隨地都能辦理。

language-switch-label = 語言（Language）
language-name = 繁體中文
furigana-toggle = 振假名（日文讀音）
language-load-failed = 無法載入所選語言的文字。頁面仍以目前的語言顯示。請確認網路連線後再選擇一次。

loading = 載入中…
retry = 重新載入
page-load-failed-title = 無法顯示此頁面
page-load-failed-document-title = 無法顯示此頁面 | Madoguchi
page-load-failed = 無法載入此頁面。請確認網路連線後再試一次。
fallback-notice = { $lang ->
    [zh-Hans] 尚無繁體中文翻譯，以簡體中文顯示
    [en] 尚無繁體中文翻譯，以英文顯示
    [ja] 尚無繁體中文翻譯，以日文顯示
   *[other] 尚無繁體中文翻譯，以{ $language }顯示
}

nav-label = 選單
data-from-device = 正在顯示儲存於本裝置的資訊（{ $minutes }分鐘前更新）。
display-settings-title = 顯示設定
display-text-size = 文字大小
display-text-size-100 = 標準（100%）
display-text-size-150 = 大（150%）
display-text-size-200 = 最大（200%）
display-contrast = 配色
display-contrast-default = 標準
display-contrast-high = 高對比（黑底白字）
display-line-spacing = 行距
display-line-spacing-normal = 標準
display-line-spacing-wide = 寬
display-furigana = 振假名
display-furigana-on = 顯示
display-furigana-off = 不顯示
inquiry-title = 向市公所洽詢

applications-title = 我的申請
account-title = 我的帳號
notices-title = 通知

app-tray-tooltip = Madoguchi：正在接收通知
app-tray-open = 開啟 Madoguchi
app-tray-quit = 結束 Madoguchi
