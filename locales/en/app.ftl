# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = Madoguchi
document-title = { $city } procedures | Madoguchi
skip-link = Skip to main content
footer-text = Madoguchi: city hall procedures, any time, from anywhere.

language-switch-label = Language
language-name-ja = 日本語
language-name-en = English

loading = Loading…
retry = Try again
fallback-notice = Shown in { $language } because there is no translation yet

nav-label = Menu
data-from-device = Showing what is saved on this device (updated { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} ago).
