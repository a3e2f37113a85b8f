# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = Madoguchi
document-title = { $city } procedures | Madoguchi
skip-link = Skip to main content
footer-text = Madoguchi: city hall procedures, any time, from anywhere.

language-switch-label = Language
language-name = English
furigana-toggle = Furigana (readings)
language-load-failed = The language you chose could not be loaded. The page stays in the current language. Check your connection and choose it again.

loading = Loading…
retry = Try again
page-load-failed-title = This page cannot be shown
page-load-failed-document-title = This page cannot be shown | Madoguchi
page-load-failed = This page could not be loaded. Check your connection and try again.

nav-label = Menu
data-from-device = Showing what is saved on this device (updated { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} ago).
display-settings-title = Display settings
display-text-size = Text size
display-text-size-100 = Normal (100%)
display-text-size-150 = Large (150%)
display-text-size-200 = Largest (200%)
display-contrast = Colours
display-contrast-default = Standard
display-contrast-high = High contrast (white on black)
display-line-spacing = Line spacing
display-line-spacing-normal = Normal
display-line-spacing-wide = Wide
display-furigana = Furigana (kanji readings)
display-furigana-on = Show
display-furigana-off = Hide
fallback-notice = { $lang ->
    [ja] Shown in Japanese because there is no English translation yet
   *[other] Shown in { $language } because there is no English translation yet
}
inquiry-title = Ask the city

applications-title = My applications
account-title = Your account
notices-title = Notices

app-tray-tooltip = Madoguchi: receiving notices
app-tray-open = Open Madoguchi
app-tray-quit = Quit Madoguchi
