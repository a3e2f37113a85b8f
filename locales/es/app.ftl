# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = { $city }: trámites | Madoguchi
skip-link = Saltar al contenido principal
footer-text = Madoguchi: trámites municipales a cualquier hora, desde cualquier lugar.

language-switch-label = Idioma (Language)
language-name = Español
furigana-toggle = Furigana (lectura de los kanji)
language-load-failed = No se pudo cargar el idioma elegido. La página sigue en el idioma actual. Compruebe su conexión y vuelva a elegirlo.

loading = Cargando…
retry = Volver a intentar
page-load-failed-title = No se puede mostrar esta página
page-load-failed-document-title = No se puede mostrar esta página | Madoguchi
page-load-failed = No se pudo cargar esta página. Compruebe su conexión y vuelva a intentarlo.
fallback-notice = { $lang ->
    [en] Se muestra en inglés porque aún no hay traducción al español
    [ja] Se muestra en japonés porque aún no hay traducción al español
   *[other] Se muestra en { $language } porque aún no hay traducción al español
}

nav-label = Menú
data-from-device = Se muestra la información guardada en este dispositivo (actualizada hace { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}).
display-settings-title = Configuración de visualización
display-text-size = Tamaño del texto
display-text-size-100 = Estándar (100%)
display-text-size-150 = Grande (150%)
display-text-size-200 = Muy grande (200%)
display-contrast = Colores
display-contrast-default = Estándar
display-contrast-high = Alto contraste (blanco sobre negro)
display-line-spacing = Interlineado
display-line-spacing-normal = Estándar
display-line-spacing-wide = Amplio
display-furigana = Furigana (lectura de los kanji)
display-furigana-on = Mostrar
display-furigana-off = Ocultar
inquiry-title = Consultas a la municipalidad

applications-title = Mis solicitudes
account-title = Mi cuenta
notices-title = Avisos

app-tray-tooltip = Madoguchi: recibiendo avisos
app-tray-open = Abrir Madoguchi
app-tray-quit = Salir de Madoguchi
