# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = Madoguchi（窗口）
document-title = { $city }行政手续 | Madoguchi
skip-link = 跳到主要内容
footer-text = Madoguchi：市政府的各项手续，随时随地都能办理。

language-switch-label = 语言（Language）
language-name = 简体中文
furigana-toggle = 振假名（日语读音）

loading = 正在加载…
retry = 重新加载
fallback-notice = { $lang ->
    [zh-Hant] 暂无简体中文翻译，以繁体中文显示
    [en] 暂无简体中文翻译，以英语显示
    [ja] 暂无简体中文翻译，以日语显示
   *[other] 暂无简体中文翻译，以{ $language }显示
}
