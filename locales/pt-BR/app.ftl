# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = { $city }: procedimentos | Madoguchi
skip-link = Ir para o conteúdo principal
footer-text = Madoguchi: os procedimentos da prefeitura a qualquer hora, de qualquer lugar.

language-switch-label = Idioma (Language)
language-name = Português
furigana-toggle = Furigana (leitura dos kanji)
language-load-failed = Não foi possível carregar o idioma escolhido. A página continua no idioma atual. Verifique sua conexão e escolha de novo.

loading = Carregando…
retry = Tentar de novo
page-load-failed-title = Não é possível mostrar esta página
page-load-failed-document-title = Não é possível mostrar esta página | Madoguchi
page-load-failed = Não foi possível carregar esta página. Verifique sua conexão e tente de novo.
fallback-notice = { $lang ->
    [en] Exibido em inglês porque ainda não há tradução para o português
    [ja] Exibido em japonês porque ainda não há tradução para o português
   *[other] Exibido em { $language } porque ainda não há tradução para o português
}

nav-label = Menu principal
data-from-device = Exibindo as informações salvas neste aparelho (atualizadas há { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}).
display-settings-title = Configurações de exibição
display-text-size = Tamanho do texto
display-text-size-100 = Padrão (100%)
display-text-size-150 = Grande (150%)
display-text-size-200 = Muito grande (200%)
display-contrast = Cores
display-contrast-default = Padrão
display-contrast-high = Alto contraste (branco sobre preto)
display-line-spacing = Espaçamento entre linhas
display-line-spacing-normal = Padrão
display-line-spacing-wide = Amplo
display-furigana = Furigana (leitura dos kanji)
display-furigana-on = Mostrar
display-furigana-off = Ocultar
inquiry-title = Pergunte à prefeitura

applications-title = Meus pedidos
account-title = Minha conta
notices-title = Avisos

app-tray-tooltip = Madoguchi: recebendo avisos
app-tray-open = Abrir o Madoguchi
app-tray-quit = Sair do Madoguchi
