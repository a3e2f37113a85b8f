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

# Life events: moments that need several procedures at once; the list of procedures grouped by them.
life-events-title = Find by life event
life-event-moving = Moving
life-event-moving-summary = Procedures when you move to the city, leave it, or change address within it.
life-event-childbirth = Having a baby and raising children
life-event-childbirth-summary = Procedures when a baby is born and while you raise your children.
life-event-bereavement = After a death in the family
life-event-bereavement-summary = Procedures after a family member has died.
life-event-school-entry = Starting school
life-event-school-entry-summary = Procedures when a child starts elementary or junior high school.
# The window title of a life event's page. $event is the life event's name, $city the city's.
life-event-document-title = { $event } | { $city } | Madoguchi
