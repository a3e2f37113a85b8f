# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = Mga proseso sa { $city } | Madoguchi
skip-link = Lumaktaw sa pangunahing nilalaman
footer-text = Madoguchi: mga proseso sa munisipyo, anumang oras, saanman.

language-switch-label = Wika (Language)
language-name = Tagalog
furigana-toggle = Furigana (basa ng kanji)

loading = Naglo-load…
retry = Subukang muli
fallback-notice = { $lang ->
    [en] Ipinapakita sa wikang Ingles dahil wala pang salin sa Tagalog
    [ja] Ipinapakita sa wikang Hapon dahil wala pang salin sa Tagalog
   *[other] Ipinapakita sa { $language } dahil wala pang salin sa Tagalog
}
