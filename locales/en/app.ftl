# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = Madoguchi
document-title = { $city } procedures | Madoguchi
skip-link = Skip to main content
footer-text = Madoguchi: city hall procedures, any time, from anywhere.

language-switch-label = Language
language-name = English
furigana-toggle = Furigana (readings)

loading = Loading…
retry = Try again
fallback-notice = { $lang ->
    [ja] Shown in Japanese because there is no English translation yet
   *[other] Shown in { $language } because there is no English translation yet
}
