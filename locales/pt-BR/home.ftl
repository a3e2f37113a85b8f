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
