# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = Mga proseso sa { $city } | Madoguchi
skip-link = Lumaktaw sa pangunahing nilalaman
footer-text = Madoguchi: mga proseso sa munisipyo, anumang oras, saanman.

language-switch-label = Wika (Language)
language-name = Tagalog
furigana-toggle = Furigana (basa ng kanji)
language-load-failed = Hindi ma-load ang wikang pinili mo. Mananatili ang pahina sa kasalukuyang wika. Tingnan ang iyong koneksyon at piliin itong muli.

loading = Naglo-load…
retry = Subukang muli
page-load-failed-title = Hindi maipakita ang pahinang ito
page-load-failed-document-title = Hindi maipakita ang pahinang ito | Madoguchi
page-load-failed = Hindi ma-load ang pahinang ito. Tingnan ang iyong koneksyon at subukang muli.

# same-as-en: "Menu" is the usual Filipino word for a site's navigation menu.
nav-label = Menu
data-from-device = Ipinapakita ang nakaimbak sa aparatong ito (na-update { $minutes } minuto na ang nakalipas).
display-settings-title = Ayos ng pagpapakita
display-text-size = Laki ng titik
display-text-size-100 = Karaniwan (100%)
display-text-size-150 = Malaki (150%)
display-text-size-200 = Pinakamalaki (200%)
display-contrast = Kulay
display-contrast-default = Karaniwan
display-contrast-high = Mataas na kontrast (puti sa itim)
display-line-spacing = Pagitan ng mga linya
display-line-spacing-normal = Karaniwan
display-line-spacing-wide = Maluwag
display-furigana = Furigana (basa ng kanji)
display-furigana-on = Ipakita
display-furigana-off = Itago
fallback-notice = { $lang ->
    [en] Ipinapakita sa wikang Ingles dahil wala pang salin sa Tagalog
    [ja] Ipinapakita sa wikang Hapon dahil wala pang salin sa Tagalog
   *[other] Ipinapakita sa { $language } dahil wala pang salin sa Tagalog
}
inquiry-title = Magtanong sa lungsod

applications-title = Mga aplikasyon ko
account-title = Account ko
notices-title = Mga paunawa

app-tray-tooltip = Madoguchi: tumatanggap ng mga abiso
app-tray-open = Buksan ang Madoguchi
app-tray-quit = Isara ang Madoguchi
