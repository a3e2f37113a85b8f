# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = { $city }: procedimentos | Madoguchi
skip-link = Ir para o conteúdo principal
footer-text = Madoguchi: os procedimentos da prefeitura a qualquer hora, de qualquer lugar.

language-switch-label = Idioma (Language)
language-name = Português
furigana-toggle = Furigana (leitura dos kanji)

loading = Carregando…
retry = Tentar de novo
fallback-notice = { $lang ->
    [en] Exibido em inglês porque ainda não há tradução para o português
    [ja] Exibido em japonês porque ainda não há tradução para o português
   *[other] Exibido em { $language } porque ainda não há tradução para o português
}
