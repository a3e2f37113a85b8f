# Home page: the list of procedures.

home-title = Trámites
home-intro = { $city }: trámites que puede hacer por internet, en un quiosco de autoservicio o en ventanilla.
home-today = Hoy es { $date }.
home-procedure-count = { $count ->
    [one] { $count } trámite
   *[other] { $count } trámites
}
channels-label = Dónde hacerlo
channel-online = Por internet
channel-kiosk = Quiosco de autoservicio
channel-counter = En ventanilla
channel-appointment = En ventanilla, con cita previa

# Momentos de la vida: situaciones que requieren varios trámites a la vez; la lista de trámites agrupada por ellas.
life-events-title = Buscar por momento de la vida
life-event-moving = Mudanza
life-event-moving-summary = Trámites para cuando se muda a la ciudad, se va de ella o cambia de domicilio dentro de ella.
life-event-childbirth = Nacimiento y crianza de los hijos
life-event-childbirth-summary = Trámites para cuando nace un bebé y mientras cría a sus hijos.
life-event-bereavement = Tras el fallecimiento de un familiar
life-event-bereavement-summary = Trámites que hay que hacer cuando fallece un familiar.
life-event-school-entry = Ingreso a la escuela
life-event-school-entry-summary = Trámites para cuando un niño o una niña empieza la escuela primaria o la secundaria.
# Título de la ventana de la página de un momento de la vida. $event es el nombre del momento; $city, el de la ciudad.
# same-as-en: only the life event's and the city's names and the app's name, which stays in Latin letters here
life-event-document-title = { $event } | { $city } | Madoguchi
