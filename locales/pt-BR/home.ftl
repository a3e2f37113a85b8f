# Home page: the list of procedures.

home-title = Procedimentos
home-intro = { $city }: procedimentos que você pode fazer pela internet, em um terminal de autoatendimento ou no balcão de atendimento.
home-today = Hoje é { $date }.
home-procedure-count = { $count ->
    [one] { $count } procedimento
   *[other] { $count } procedimentos
}
channels-label = Onde fazer
channel-online = Pela internet
channel-kiosk = Terminal de autoatendimento
channel-counter = No balcão de atendimento
channel-appointment = No balcão, com agendamento

# Momentos da vida: situações que exigem vários procedimentos ao mesmo tempo; a lista de procedimentos agrupada por elas.
life-events-title = Buscar por momento da vida
life-event-moving = Mudança
life-event-moving-summary = Procedimentos para quando você se muda para a cidade, sai dela ou muda de endereço dentro dela.
life-event-childbirth = Nascimento e criação dos filhos
life-event-childbirth-summary = Procedimentos para quando um bebê nasce e enquanto você cria seus filhos.
life-event-bereavement = Após o falecimento de um familiar
life-event-bereavement-summary = Procedimentos após o falecimento de alguém da família.
life-event-school-entry = Entrada na escola
life-event-school-entry-summary = Procedimentos para quando uma criança entra na escola primária ou no ginásio.
# Título da janela da página de um momento da vida. $event é o nome do momento da vida; $city, o da cidade.
# same-as-en: only the life event's and the city's names and the app's name, which stays in Latin letters here
life-event-document-title = { $event } | { $city } | Madoguchi
