# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = Madoguchi（窗口）
document-title = { $city }行政手续 | Madoguchi
skip-link = 跳到主要内容
footer-text = Madoguchi：市政府的各项手续，随时随地都能办理。

language-switch-label = 语言（Language）
language-name = 简体中文
furigana-toggle = 振假名（日语读音）
language-load-failed = 无法加载所选语言的文字。页面仍以当前语言显示。请检查网络连接后再选择一次。

loading = 正在加载…
retry = 重新加载
page-load-failed-title = 无法显示此页面
page-load-failed-document-title = 无法显示此页面 | Madoguchi
page-load-failed = 无法加载此页面。请检查网络连接后重试。
fallback-notice = { $lang ->
    [zh-Hant] 暂无简体中文翻译，以繁体中文显示
    [en] 暂无简体中文翻译，以英语显示
    [ja] 暂无简体中文翻译，以日语显示
   *[other] 暂无简体中文翻译，以{ $language }显示
}

nav-label = 菜单
data-from-device = 正在显示保存在本设备上的信息（{ $minutes }分钟前更新）。
display-settings-title = 显示设置
display-text-size = 文字大小
display-text-size-100 = 标准（100%）
display-text-size-150 = 大（150%）
display-text-size-200 = 最大（200%）
display-contrast = 配色
display-contrast-default = 标准
display-contrast-high = 高对比度（黑底白字）
display-line-spacing = 行距
display-line-spacing-normal = 标准
display-line-spacing-wide = 宽
display-furigana = 振假名
display-furigana-on = 显示
display-furigana-off = 不显示
inquiry-title = 向市政府咨询

applications-title = 我的申请
account-title = 我的账户
notices-title = 通知

app-tray-tooltip = Madoguchi：正在接收通知
app-tray-open = 打开 Madoguchi
app-tray-quit = 退出 Madoguchi
