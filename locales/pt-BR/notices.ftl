# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = Criação dos filhos
notice-topic-care = Cuidados a idosos
notice-topic-disaster = Prevenção de desastres
notice-topic-waste = Lixo e reciclagem
notice-topic-tax = Impostos
notice-topic-health = Saúde
notice-topic-events = Eventos
notice-category-general = Aviso
notice-priority-normal = Normal (comum)
notice-priority-important = Importante
notice-priority-urgent = Urgente
notice-personal-application-status = A situação do seu pedido { $reference } mudou.
notice-personal-booking-reminder = Lembrete: amanhã, às { $time }, você tem um agendamento no balcão (número do agendamento { $reference }).
notice-error-expiry = O fim da exibição deve ser depois do início e depois de agora.
notice-error-key = Use letras minúsculas, números e hífens (por exemplo evacuation-yumesaki-3-chome).
notice-error-area = Informe a região pelo código da lista da cidade (por exemplo yumesaki-3-chome).
notice-error-month-range = A idade em meses deve ser 0 ou mais, e o início não pode ser maior que o fim.
notice-error-language = O código de idioma não é válido (por exemplo ja, en, zh-Hans).

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = Avisos | Madoguchi
notices-urgent-title = Avisos urgentes
notices-city-title = Avisos da prefeitura
notices-city-empty = No momento, não há avisos da prefeitura.
notices-published = Publicado em: { $when }
notices-link-procedure = Saiba mais sobre este procedimento
notices-link-booking = Agendar atendimento no balcão
notices-personal-title = Para você
notices-personal-signed-out = Depois que você entrar na sua conta, os lembretes dos seus agendamentos no balcão (na véspera) e os avisos de mudança na situação dos seus pedidos vão aparecer aqui.
notices-personal-sign-in = Entrar
notices-personal-empty = Ainda não há avisos para você.
notices-profile-title = Avisos sob medida para você
notices-profile-none = Se você escolher a região onde mora, as idades da sua família e os assuntos do seu interesse, só vão aparecer os avisos que têm a ver com você. O que você escolher fica salvo só neste aparelho e não é enviado à prefeitura. No momento, aparecem os avisos para todos e todos os avisos urgentes.
notices-profile-choose = Escolher quais avisos mostrar
notices-profile-active = Aparecem os avisos que combinam com o que você escolheu. O que você escolheu fica salvo só neste aparelho.
notices-profile-change = Ver ou mudar o que você escolheu
notices-filter-label = Filtrar por tipo
notices-filter-all = Todos os tipos
notices-unread = Não lido
notices-mark-read = Marcar como lido
notices-mark-all-read = Marcar todos como lidos

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = [Urgente] { $title }
notice-os-digest-title = { $count ->
    [one] Você tem { $count } aviso novo
   *[other] Você tem { $count } avisos novos
}

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = Escolher quais avisos mostrar | Madoguchi
notice-profile-page-title = Escolher quais avisos mostrar
notice-profile-intro = O que você escolher aqui fica salvo só neste aparelho, criptografado, e não é enviado à prefeitura. É este aparelho que decide quais avisos mostrar. Você não precisa escolher nada.
notice-profile-back = Voltar aos avisos
notice-profile-errors-title = Há um problema no que foi digitado
notice-profile-area = Região onde você mora
notice-profile-area-hint = Serve para receber os avisos destinados a uma região (como ordens de evacuação).
notice-profile-area-none = Não escolher
notice-profile-ages = Idades
notice-profile-resident-band = Sua idade
notice-profile-band-none = Prefiro não responder
notice-band-0-5 = De 0 a 5 anos
notice-band-6-17 = De 6 a 17 anos
notice-band-18-39 = De 18 a 39 anos
notice-band-40-64 = De 40 a 64 anos
notice-band-65-74 = De 65 a 74 anos
notice-band-75 = 75 anos ou mais
notice-profile-children = Data de nascimento dos seus filhos
notice-profile-children-hint = Serve para escolher avisos de acordo com a idade em meses, como exames de saúde e vacinas.
notice-profile-child = Filho ou filha { $n }
notice-profile-child-add = Adicionar um filho ou filha
notice-profile-child-remove = Remover filho ou filha { $n }
notice-profile-topics = Assuntos do seu interesse
notice-profile-topics-hint = Aparecem os avisos destinados a quem se interessa pelos assuntos escolhidos.
notice-profile-languages = Idiomas para ler os avisos
notice-profile-languages-hint = Quando a prefeitura também escreveu o aviso em um desses idiomas, ele aparece nesse idioma.
notice-profile-quiet-hours = Horário sem notificações
notice-profile-quiet-hint = Nesse horário, as notificações que não forem urgentes esperam até o horário terminar. Os avisos urgentes são sempre notificados na hora.
notice-profile-quiet-from = Início
notice-profile-quiet-until = Fim
notice-profile-quiet-none = Não definir
notice-profile-digest = Horário da notificação de resumo diária
notice-profile-digest-hint = Os avisos comuns são reunidos em uma única notificação nesse horário. Os avisos urgentes e importantes não são reunidos: cada um é notificado separadamente.
notice-profile-digest-none = Sem resumo
notice-profile-save = Salvar
notice-profile-done = Concluído
notice-profile-saved = Salvo
notice-profile-cleared = O que você escolheu foi apagado. Agora aparecem os avisos para todos.
notice-profile-change = Alterar
notice-profile-error-future = Informe uma data de nascimento de hoje ou anterior
notice-profile-error-quiet = Escolha o início e o fim, em horários diferentes

# What is kept and what it is for (the consent record).
notice-consent-title = O que fica salvo e para que serve
notice-consent-nothing-sent = As informações abaixo ficam salvas só neste aparelho. Não são enviadas à prefeitura nem a mais ninguém.
notice-consent-use-area = Para escolher avisos destinados a uma região (como ordens de evacuação)
notice-consent-use-ages = Para escolher avisos destinados a certas idades ou idades em meses (como exames de saúde e vacinas)
notice-consent-use-topics = Para escolher avisos destinados aos assuntos do seu interesse
notice-consent-use-languages = Para mostrar os avisos em um idioma que você lê com facilidade
notice-consent-use-quiet-hours = Para que as notificações não urgentes esperem nesse horário
notice-consent-use-digest = Para reunir as notificações dos avisos comuns em uma por dia
notice-consent-given = Consentimento dado em: { $when }
notice-consent-changed = Última alteração em: { $when }
notice-profile-clear = Apagar tudo o que você escolheu
notice-profile-clear-title = Apagar o que você escolheu?
notice-profile-clear-body = O que você escolheu (região, idades, assuntos etc.) e o registro do consentimento serão apagados deste aparelho. Depois disso, aparecem os avisos para todos e todos os avisos urgentes.
notice-profile-clear-confirm = Apagar
notice-profile-clear-cancel = Cancelar

# Página de um aviso (#/notices/<id>).
# same-as-en: the notice's own title and the app's name, which stays in Latin letters here
notice-document-title = { $title } | Madoguchi
notices-open = Abrir este aviso
notice-gone = Este aviso não é mais exibido: o período de publicação terminou ou ele foi retirado.

# Notificações neste navegador (modo web, Web Push).
notices-push-title = Notificações neste navegador
notices-push-about = Com as notificações ativadas, os avisos urgentes (desastres, ordens de evacuação etc.) chegam até você mesmo com esta página fechada. Todas as pessoas que ativam as notificações recebem as mesmas: a região e as outras coisas que você escolheu não são usadas.
notices-push-kept = Neste navegador ficam salvos só o idioma e os textos das notificações. A prefeitura recebe só o endereço em que o seu navegador recebe as notificações.
notices-push-shared = Não ative as notificações em um computador compartilhado, como os de uma biblioteca.
notices-push-on = As notificações estão ativadas neste navegador.
notices-push-off = As notificações estão desativadas neste navegador.
notices-push-blocked = Este navegador está bloqueando as notificações deste site. Para receber as notificações, permita-as nas configurações do navegador para este site.
notices-push-failed-browser = Não foi possível ativar as notificações neste navegador. Tente de novo mais tarde. Os avisos podem ser vistos nesta página sempre que você abri-la.
notices-push-turn-on = Ativar as notificações
notices-push-turn-off = Desativar as notificações
notices-push-notification-body = Abra o Madoguchi para ler o aviso.
push-error-subscription = O registro de notificações do navegador não é válido.

notice-tray-title = Continuar na bandeja do sistema
notice-tray-about = Com esta opção ativada, fechar a janela não encerra o aplicativo: ele fica como um ícone na bandeja (área de notificação), continua recebendo avisos, como os urgentes, e avisa você. Escolha “Abrir o Madoguchi” no menu do ícone para voltar à janela, ou “Sair do Madoguchi” para encerrar o aplicativo.
notice-tray-no-tray = Em uma área de trabalho sem bandeja, fechar a janela encerra o aplicativo mesmo com esta opção ativada.
notice-tray-on = Ao fechar a janela, o aplicativo continua na bandeja.
notice-tray-off = Ao fechar a janela, o aplicativo é encerrado.
notice-tray-turn-on = Continuar na bandeja
notice-tray-turn-off = Não continuar na bandeja
