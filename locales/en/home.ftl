# Home page: the list of procedures.

home-title = Procedures
home-intro = What you can do with { $city }, online, at a kiosk or at a counter.
home-today = Today is { $date }.
home-procedure-count = { $count ->
    [one] 1 procedure
   *[other] { $count } procedures
}
channels-label = Where you can do this
channel-online = Online
channel-kiosk = At a kiosk
channel-counter = At a counter
channel-appointment = At a counter, by appointment
