# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = { $city }: trámites | Madoguchi
skip-link = Saltar al contenido principal
footer-text = Madoguchi: trámites municipales a cualquier hora, desde cualquier lugar.

language-switch-label = Idioma (Language)
language-name = Español
furigana-toggle = Furigana (lectura de los kanji)

loading = Cargando…
retry = Volver a intentar
fallback-notice = { $lang ->
    [en] Se muestra en inglés porque aún no hay traducción al español
    [ja] Se muestra en japonés porque aún no hay traducción al español
   *[other] Se muestra en { $language } porque aún no hay traducción al español
}
