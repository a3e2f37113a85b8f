# Counter appointments: errors when booking, changing a booking or waiting for a place. The rules are in madoguchi-domain's booking module.

booking-error-slot-full = This time is fully booked. Choose another time, or join the waiting list for this one.
booking-error-unknown-service = This procedure cannot be booked.
booking-error-not-a-slot = This counter does not take appointments at that time. Please choose a time from the list again.
booking-error-closed-day = The city office is closed that day (weekends, public holidays, the New Year break and similar). Please choose another day.
booking-error-outside-window = This time cannot be booked now: booking has not opened yet, has already closed, or the time has passed. Please choose again from the list.
booking-error-identity-level = Booking this procedure needs a stronger proof of who you are.
booking-error-deadline-passed = The deadline for changing or cancelling has passed, so it cannot be done online. Please call the counter.
booking-error-not-active = This booking was cancelled or the visit has already been recorded, so it cannot be changed.
booking-error-slot-available = This time still has places. Book it directly instead of joining the waiting list.
booking-error-no-offer = There is no free place to offer you on this waiting list right now.
booking-error-offer-expired = The time to accept the free place has passed, so it was offered to the next person. Join the waiting list again or choose another time.
