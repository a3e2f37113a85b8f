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
