# Textos dos exemplos da galeria de componentes (/gallery). Os componentes não têm texto próprio; recebem o texto daqui.

kit-skip-link-title = Link para pular
kit-skip-link-default = Link para o conteúdo principal
kit-page-header-title = Cabeçalho da página
kit-page-header-default = Nome do serviço e menu de idiomas

kit-button-title = Botão
kit-button-primary = Botão principal
kit-button-secondary = Botão secundário
kit-button-tertiary = Botão terciário
kit-button-disabled = Botão indisponível
kit-button-loading = Botão em processamento
kit-button-save = Salvar
kit-button-save-draft = Salvar rascunho
kit-button-cancel = Cancelar
kit-button-send = Enviar
kit-button-sending = Enviando
kit-button-pressed = { $count ->
    [one] Pressionado { $count } vez
   *[other] Pressionado { $count } vezes
}

kit-text-input-title = Campo de texto
kit-text-input-email = Com dica e preenchimento automático
kit-text-input-width = Com largura definida
kit-text-input-error = Com erro
kit-text-input-readings = Com leituras sobre o rótulo
kit-readings-label = Município
kit-email-label = E-mail
kit-email-hint = Enviaremos um e-mail de confirmação.
kit-email-error = Digite o e-mail no formato nome@example.jp
kit-phone-label = Telefone

kit-radios-title = Botões de opção
kit-radios-contact = Pergunta com dicas
kit-radios-inline = “Sim” e “Não” lado a lado
kit-radios-error = Pergunta com erro
kit-contact-legend = Como prefere ser contatado?
kit-contact-hint = Escolha uma opção.
kit-contact-email = E-mail
kit-contact-phone = Telefone
kit-contact-phone-hint = Dias úteis, das 9h às 17h
kit-contact-post = Correio
kit-contact-error = Escolha como prefere ser contatado
kit-moved-legend = Você se mudou no último ano?
kit-yes = Sim
kit-no = Não

kit-checkboxes-title = Caixas de seleção
kit-checkboxes-support = Com a opção exclusiva “Nenhuma destas”
kit-support-legend = Apoio de que você precisa no atendimento
kit-support-hint = Marque todas as opções que se aplicam.
kit-support-wheelchair = Acesso para cadeira de rodas
kit-support-sign-language = Intérprete de língua de sinais
kit-support-large-print = Documentos com letras grandes
kit-support-none = Nenhuma destas
kit-or = ou

kit-error-summary-title = Resumo de erros
kit-error-summary-form = Formulário que mostra o resumo quando enviado vazio
kit-error-summary-shown = Resumo já exibido
kit-error-summary-heading = Há um problema no que foi digitado
kit-name-label = Nome completo
kit-name-error = Digite seu nome completo

kit-tabs-title = Abas
kit-tabs-procedure = Informações de um procedimento em abas
kit-tabs-label = Detalhes do procedimento
kit-tab-overview = Resumo
kit-tab-overview-text = Comunicação de mudança de endereço para a cidade de Yumesaki. Faça a comunicação em até 14 dias após a mudança.
kit-tab-documents = O que é necessário
kit-tab-documents-text = Certidão de saída do município anterior e documento de identidade (como o cartão My Number).
kit-tab-fees = Taxas
kit-tab-fees-text = Não há taxa.

kit-accordion-title = Acordeão e detalhes
kit-accordion-faq = Perguntas frequentes
kit-accordion-details = Explicação adicional
kit-faq-when = Qual é o prazo para fazer a comunicação?
kit-faq-when-answer = Até 14 dias depois de começar a morar no novo endereço.
kit-faq-proxy = Outra pessoa pode fazer a comunicação por mim?
kit-faq-proxy-answer = Sim. Ela precisa de uma procuração e do próprio documento de identidade.
kit-details-my-number = O que é o cartão My Number?
kit-details-my-number-answer = É um cartão de plástico com foto, usado para comprovar a identidade e para fazer procedimentos pela internet.

kit-dialog-title = Caixa de diálogo
kit-dialog-confirm = Confirmação de uma ação que não pode ser desfeita
kit-dialog-open = Retirar o pedido
kit-dialog-heading = Deseja retirar este pedido?
kit-dialog-text = Depois de retirado, o pedido não poderá ser recuperado.
kit-dialog-withdraw = Retirar
kit-dialog-keep = Manter o pedido
kit-dialog-close = Fechar
kit-dialog-withdrawn = O pedido foi retirado

kit-date-input-title = Campo de data
kit-date-input-birth = Data de nascimento no calendário gregoriano ou japonês
kit-date-birth-legend = Data de nascimento
kit-date-birth-hint = Por exemplo: 14 de março do ano 1 da era Heisei, ou 14 de março de 1989
kit-date-calendar = Calendário
kit-date-western = Gregoriano
# same-as-en: name of a Japanese era, a proper noun.
kit-era-reiwa = Reiwa
# same-as-en: name of a Japanese era, a proper noun.
kit-era-heisei = Heisei
# same-as-en: name of a Japanese era, a proper noun.
kit-era-showa = Showa
# same-as-en: name of a Japanese era, a proper noun.
kit-era-taisho = Taisho
kit-date-year = Ano
kit-date-month = Mês
kit-date-day = Dia
kit-date-equivalent-western = No calendário gregoriano: { $day }/{ $month }/{ $year }
kit-date-equivalent-era = No calendário japonês: { $day }/{ $month } do ano { $year ->
    [1] 1 (primeiro ano)
   *[other] { $year }
} da era { $era }

kit-textarea-title = Área de texto
kit-textarea-count = Com contagem de caracteres
kit-message-label = Sua opinião para a prefeitura
kit-message-hint = Não inclua informações que possam identificar você.
kit-chars-left = { $count ->
    [one] Resta { $count } caractere
   *[other] Restam { $count } caracteres
}
kit-chars-over = { $count ->
    [one] { $count } caractere a mais
   *[other] { $count } caracteres a mais
}

kit-select-title = Lista de seleção
kit-select-counter = Escolha do local de atendimento
kit-counter-label = Local de atendimento
kit-counter-hint = Você pode escolher o mais próximo do seu endereço.
kit-counter-city-hall = Prédio principal da prefeitura
kit-counter-north = Posto de atendimento Norte
kit-counter-south = Posto de atendimento Sul

kit-banner-title = Avisos e alertas de emergência
kit-banner-information = Informação
kit-banner-success = Aviso de conclusão
kit-banner-emergency = Emergência
kit-banner-notice = Aviso
kit-banner-closure = O atendimento presencial estará fechado de 29 de dezembro a 3 de janeiro
kit-banner-closure-body = Os procedimentos pela internet continuam disponíveis durante esse período.
kit-banner-done = Concluído
kit-banner-received = Sua comunicação de mudança para o município foi recebida
kit-banner-received-body = Seu número de protocolo é MD-2024-00123.
kit-banner-urgent = Emergência
kit-banner-evacuation = Ordem de evacuação para a bacia do rio Yumesaki
kit-banner-evacuation-body = Se você estiver perto do rio, vá imediatamente para um lugar alto.

kit-tag-title = Etiqueta de situação
kit-tag-statuses = Situação do pedido
kit-status-draft = Rascunho
kit-status-received = Recebido
kit-status-needs-information = Faltam informações
kit-status-completed = Concluído
kit-status-rejected = Indeferido

kit-table-title = Tabela
kit-table-fees = Tabela com cabeçalhos
kit-fee-caption = Taxas de certidões
kit-fee-certificate = Certidão
kit-fee-counter = Balcão de atendimento
kit-fee-kiosk = Terminal de autoatendimento
kit-fee-residence = Cópia do registro de residente
kit-fee-seal = Certidão de registro de carimbo
kit-fee-tax = Certidão de tributação
kit-fee-300 = 300 ienes
kit-fee-200 = 200 ienes

kit-steps-title = Indicador de etapas
kit-steps-application = Pedido em andamento
kit-steps-label = Etapas do pedido
kit-step-position = Etapa { $current } de { $total }
kit-step-applicant = Solicitante
kit-step-address = Endereço
kit-step-documents = Documentos
kit-step-check = Revisão
kit-step-send = Envio

kit-breadcrumbs-title = Trilha de navegação
kit-breadcrumbs-procedure = Onde fica a página de um procedimento
kit-breadcrumbs-label = Você está aqui
kit-crumb-home = Início
kit-crumb-procedures = Procedimentos
kit-crumb-moving-in = Comunicação de mudança para o município

kit-pagination-title = Paginação
kit-pagination-notices = Páginas de uma lista de avisos
kit-pagination-label = Páginas
kit-pagination-page = Página { $page }
kit-pagination-previous = Página anterior
kit-pagination-next = Próxima página

# same-as-en: “link” is the usual Portuguese word for a hyperlink.
kit-link-title = Link
kit-link-inline = Link dentro de um texto
kit-link-new-tab = Link que abre em uma nova aba
kit-link-procedures = Ver a lista de procedimentos
kit-link-map = Mapa da prefeitura
kit-link-new-tab-note = (abre em uma nova aba)

kit-name-input-title = Campo de nome
kit-name-input-resident = Sobrenome e nome com a leitura em katakana
kit-postal-code-title = Código postal e endereço
kit-postal-code-lookup = Endereço preenchido pelo código postal
kit-file-upload-title = Envio de arquivo
kit-file-upload-document = Anexar foto ou PDF de um documento
kit-file-upload-label = Documento de identidade
kit-file-upload-hint = Arquivo PDF, JPEG ou PNG de até { $max }. Pode ser uma foto do cartão de residente ou do cartão My Number.
kit-name-input-errors = Nome enviado com erros

kit-summary-list-title = Lista de respostas
kit-summary-list-answers = Respostas com links para alterar
kit-summary-name = Nome
# same-as-en: a person's name, written in the Latin alphabet.
kit-summary-name-value = Hanako Yumesaki
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = Endereço
kit-summary-postal-value = CEP japonês 999-0001
kit-summary-address-value = Chuo 1-2-3, cidade de Yumesaki
kit-summary-form = Tipo de pedido
kit-summary-form-value = Pedido de auxílio para filhos
kit-summary-change = Alterar

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = Seletor de dia (agendamento)
kit-day-picker-week = Cinco dias com um dia lotado e dias fechados
kit-day-picker-error = Quando o morador avançou sem escolher
kit-day-legend = O dia em que você virá
kit-day-hint = Dias lotados e dias fechados não podem ser escolhidos.
kit-day-error = Escolha o dia em que você virá
kit-day-thursday = qui., 7 de jan.
kit-day-friday = sex., 8 de jan.
kit-day-saturday = sáb., 9 de jan.
kit-day-sunday = dom., 10 de jan.
kit-day-monday = seg., 11 de jan.
kit-places-left = { $count ->
    [one] Resta { $count } vaga
   *[other] Restam { $count } vagas
}
kit-slot-full = Lotado: não é possível agendar
kit-day-closed = Fechado: não é possível agendar
kit-time-picker-title = Seletor de horário (agendamento)
kit-time-picker-morning = Uma manhã com um horário lotado
kit-time-legend = O horário em que você virá
kit-time-hint = Horários lotados não podem ser escolhidos.
# same-as-en: a range of two times has no words
kit-time-range = { $start }–{ $end }
