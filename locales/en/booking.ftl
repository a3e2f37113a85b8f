# Counter appointments: errors when booking, changing a booking or waiting for a place. The rules are in madoguchi-domain's booking module.

booking-error-slot-full = This time is fully booked. Choose another time, or join the waiting list for this one.
booking-error-unknown-service = This procedure cannot be booked.
booking-error-not-a-slot = This counter does not take appointments at that time. Please choose a time from the list again.
booking-error-closed-day = The city office is closed that day (weekends, public holidays, the New Year break and similar). Please choose another day.
booking-error-outside-window = This time cannot be booked now: booking has not opened yet, has already closed, or the time has passed. Please choose again from the list.
booking-error-deadline-passed = The deadline for changing or cancelling has passed, so it cannot be done online. Please call the counter.
booking-error-not-active = This booking was cancelled or the visit has already been recorded, so it cannot be changed.
booking-error-slot-available = This time still has places. Book it directly instead of joining the waiting list.
booking-error-no-offer = There is no free place to offer you on this waiting list right now.
booking-error-offer-expired = The time to accept the free place has passed, so it was offered to the next person. Join the waiting list again or choose another time.

## Choosing what to book (#/booking). The title is also the navigation link.
booking-document-title = Counter appointments | Madoguchi
booking-title = Counter appointments
booking-intro = Book the day and time of your visit to a city office counter in advance. Come to that counter at the time you booked.
booking-services-none = No procedure can be booked at the moment.
booking-duration = Time needed
booking-duration-minutes = About { $minutes } minutes
booking-identity = Proof of identity
booking-identity-contact = Your name and a way to reach you are enough
booking-identity-account = You need an account whose identity has been checked
booking-identity-my-number-card = You need to prove who you are with your My Number Card
booking-bring = What to bring
booking-bring-nothing = Nothing in particular
booking-counter = Counter
booking-counter-place = { $counter } ({ $place })
booking-window = When you can book
booking-window-text = From { $days } days before until { $hours } hours before
booking-start = Book: { $service }
booking-phone-label = The counter's phone number:

## Choosing the day and time, contact details, checking
booking-flow-document-title = { $page } | Counter appointments | Madoguchi
booking-steps-label = Booking steps
booking-step-day = Day
booking-step-time = Time
booking-step-details = Contact details
booking-step-check = Check
booking-moving-from = Your booking now: { $when }. When you choose a new day and time, it replaces this one.
booking-day-title = Choose the day you will come
booking-day-legend = The day you will come
booking-day-hint = Full days and closed days (weekends, public holidays, the New Year break and similar) cannot be chosen.
booking-day-error = Choose the day you will come
booking-days-none = No day can be booked at the moment. Please call the counter.
booking-places-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
booking-full = Full: cannot be booked
booking-closed = Closed: cannot be booked
booking-time-title = Choose the time you will come
booking-chosen-day = Day chosen: { $date }
booking-time-legend = The time you will come
booking-time-hint = Full times cannot be chosen.
booking-time-error = Choose the time you will come
booking-time-range = { $start }–{ $end }
booking-details-title = Enter your name and how to reach you
booking-details-hint = You do not have to give a phone number or an email address. If you do, the city uses them only to contact you about this booking.
booking-name-hint = The name the counter will call you by.
booking-check-title = Check your booking
booking-book-app = Booking sends it from this device to the city. Without an internet connection, it is sent when you are back online, and you are told afterwards whether you got the place.
booking-book-web = Booking sends it to the city at once.
booking-book = Book
booking-move = Change to this day and time
booking-choose-again = Choose another time

## The outcome of booking
booking-done-page = Your booking
booking-done-nothing = Nothing was booked from this page
booking-done-title = Booked
booking-moved-title = Your booking has been moved
booking-done-banner = You have a place
booking-reference = Booking number: { $reference }
booking-reference-hint = Give this booking number at the counter.
booking-reference-label = Booking number
booking-when = Day and time
booking-deadline = Deadline for changes
booking-deadline-text = You can change or cancel it under "My bookings" until { $time } on { $date }
booking-kept-web = On the web, this booking is shown only while this page stays open. Note the booking number or print a copy.
booking-queued-title = Your booking is waiting to be sent
booking-queued-banner = Waiting to be sent
booking-queued-text = You do not have a place yet. It is sent automatically when you are back online.
booking-queued-move = The day and time have not changed yet. The change is sent automatically when you are back online.
booking-queued-hint = Once the city has it, you are told here and under "My bookings" whether you got the place.
booking-refused-title = The booking could not be made
booking-refused-text = You do not have this booking. Choose another time and book again.
booking-move-refused-title = The day and time could not be changed
booking-move-refused-text = Your booking stays at its old day and time.
bookings-change-refused = The change or cancellation could not be made. Your booking is as it was.

## My bookings (#/bookings)
bookings-document-title = My bookings | Madoguchi
bookings-title = My bookings
bookings-intro-app = The bookings made on this device.
bookings-intro-web = The bookings made on this page. The web version saves nothing on your device, so they disappear from this list when you close the page. Note your booking numbers.
bookings-new = Make a new booking
bookings-none = You have no bookings.
bookings-state-queued = Waiting to be sent
bookings-state-refused = Could not be booked
bookings-state-confirmed = Booked
bookings-state-cancelled = Cancelled
bookings-state-checked-in = Visited
bookings-state-no-show = Did not come
bookings-move = Change the day and time: { $service }
bookings-cancel = Cancel the booking: { $service }
bookings-cancel-title = Cancel this booking?
bookings-cancel-text = If you cancel, your place goes to someone else.
bookings-cancel-yes = Cancel the booking
bookings-cancel-no = Keep the booking
bookings-cancelled = The booking has been cancelled.
bookings-cancel-queued = The cancellation is waiting to be sent. It is sent automatically when you are back online.
bookings-move-queued = The change of day and time is waiting to be sent. It is sent automatically when you are back online.
bookings-past-deadline = The deadline for changes ({ $time } on { $date }) has passed, so the booking cannot be changed here. Please call the counter.

## Waiting lists: full times on the time page, the check page, the outcome, My bookings
booking-waitlist-title = Waiting list
booking-waitlist-held = If a place frees up, it is held for you for a limited time.
booking-waitlist-join-time = Join the waiting list for { $time }
booking-waitlist-for = Joining the waiting list for: { $when }
booking-waitlist-join = Join the waiting list
booking-waitlist-join-this = Join the waiting list for this time
booking-waitlist-done-title = You are on the waiting list
booking-waitlist-reference = Waiting list number: { $reference }
booking-waitlist-where = If a place frees up, it is shown under "My bookings", where you can take it.
booking-waitlist-kept-web = On the web, this waiting list place is shown only while this page stays open. Note its number.
booking-waitlist-queued-title = Your waiting list request is waiting to be sent
booking-waitlist-queued-text = You are not on the waiting list yet. It is sent automatically when you are back online.
booking-waitlist-refused-title = You could not join the waiting list
bookings-waitlist-state-refused = Could not join
bookings-waitlist-state-waiting = Waiting
bookings-waitlist-state-offered = Place offered
bookings-waitlist-state-expired = Passed on
bookings-waitlist-offered = A place has freed up. It is held for you until { $time } on { $date }.
bookings-waitlist-accept = Take this place: { $service }
bookings-waitlist-accept-queued = Taking this place is waiting to be sent. It is sent automatically when you are back online.
bookings-waitlist-accepted = The place is yours: it is now listed with your bookings.
bookings-waitlist-booked = You took this place; the booking is listed above.
bookings-waitlist-expired = The place was not taken in time and went to the next person in line.
