# Citas en la ventanilla: errores al reservar, cambiar una cita o esperar un lugar. Las reglas están en el módulo booking de madoguchi-domain.

booking-error-slot-full = Este horario está completo. Elija otro horario o inscríbase en la lista de espera de este.
booking-error-unknown-service = Este trámite no admite cita previa.
booking-error-not-a-slot = Esta ventanilla no atiende con cita a esa hora. Vuelva a elegir una hora de la lista.
booking-error-closed-day = La municipalidad está cerrada ese día (fines de semana, feriados, fin de año, etc.). Elija otro día.
booking-error-outside-window = Este horario no se puede reservar ahora: la reserva aún no ha abierto, ya cerró o la hora ya pasó. Vuelva a elegir en la lista.
booking-error-deadline-passed = Ya pasó el plazo para cambiar o cancelar, así que no se puede hacer por internet. Por favor, llame a la ventanilla.
booking-error-not-active = Esta cita fue cancelada o ya se registró la visita, por lo que no se puede cambiar.
booking-error-slot-available = Este horario todavía tiene lugares. Resérvelo directamente en vez de inscribirse en la lista de espera.
booking-error-no-offer = Por ahora no hay ningún lugar libre que ofrecerle en esta lista de espera.
booking-error-offer-expired = Venció el plazo para aceptar el lugar libre y se ofreció a la siguiente persona. Inscríbase de nuevo en la lista de espera o elija otro horario.

## Elegir qué reservar (#/booking). El título es también el enlace de navegación.
booking-document-title = Cita previa en ventanilla | Madoguchi
booking-title = Cita previa en ventanilla
booking-intro = Reserve con antelación el día y la hora de su visita a una ventanilla del ayuntamiento. Acuda a esa ventanilla a la hora reservada.
booking-services-none = En este momento no hay trámites con cita previa.
booking-duration = Duración
booking-duration-minutes = Unos { $minutes } minutos
booking-identity = Identificación
booking-identity-contact = Basta con su nombre y una forma de contacto
booking-identity-account = Necesita una cuenta con la identidad ya comprobada
booking-identity-my-number-card = Necesita identificarse con la tarjeta My Number
booking-bring = Qué traer
booking-bring-nothing = Nada en particular
booking-counter = Ventanilla
booking-counter-place = { $counter } – { $place }
booking-window = Cuándo se puede reservar
booking-window-text = Desde { $days } días antes hasta { $hours } horas antes
booking-start = Pedir cita: { $service }
booking-phone-label = Teléfono de la ventanilla:

## Elegir día y hora, datos de contacto y comprobar
booking-flow-document-title = { $page } | Cita previa en ventanilla | Madoguchi
booking-steps-label = Pasos de la reserva
booking-step-day = Día
booking-step-time = Hora
booking-step-details = Contacto
booking-step-check = Comprobar
booking-moving-from = Su cita actual: { $when }. Al elegir un nuevo día y hora, sustituye a esta.
booking-day-title = Elija el día en que vendrá
booking-day-legend = El día en que vendrá
booking-day-hint = No se pueden elegir los días completos ni los días cerrados (fines de semana, festivos, vacaciones de Año Nuevo y similares).
booking-day-error = Elija el día en que vendrá
booking-days-none = En este momento no hay días disponibles. Llame por teléfono a la ventanilla.
booking-places-left = { $count ->
    [one] Queda { $count } plaza
   *[other] Quedan { $count } plazas
}
booking-full = Completo: no se puede reservar
booking-closed = Cerrado: no se puede reservar
booking-time-title = Elija la hora a la que vendrá
booking-chosen-day = Día elegido: { $date }
booking-time-legend = La hora a la que vendrá
booking-time-hint = No se pueden elegir las horas completas.
booking-time-error = Elija la hora a la que vendrá
# same-as-en: a range of two times has no words
booking-time-range = { $start }–{ $end }
booking-details-title = Escriba su nombre y cómo contactarle
booking-details-hint = No es obligatorio dar un teléfono ni un correo electrónico. Si los da, el ayuntamiento solo los usará para contactarle sobre esta cita.
booking-name-hint = El nombre con el que le llamarán en la ventanilla.
booking-check-title = Compruebe su cita
booking-book-app = Al reservar, la cita se envía desde este dispositivo al ayuntamiento. Sin conexión a internet, se envía cuando vuelva a tenerla, y después se le dice si consiguió la plaza.
booking-book-web = Al reservar, la cita se envía al ayuntamiento en el acto.
booking-book = Reservar
booking-move = Cambiar a este día y hora
booking-choose-again = Elegir otra hora

## Resultado de la reserva
booking-done-page = Su cita
booking-done-nothing = No se ha reservado nada desde esta página
booking-done-title = Cita reservada
booking-moved-title = Se ha cambiado el día y la hora de su cita
booking-done-banner = Tiene plaza
booking-reference = Número de cita: { $reference }
booking-reference-hint = Indique este número de cita en la ventanilla.
booking-reference-label = Número de cita
booking-when = Día y hora
booking-deadline = Plazo para cambiar o anular
booking-deadline-text = Puede cambiarla o anularla en «Mis citas» hasta las { $time } del { $date }
booking-kept-web = En la versión web, esta cita solo se muestra mientras esta página siga abierta. Anote el número de cita o imprima un justificante.
booking-queued-title = Su cita está pendiente de envío
booking-queued-banner = Pendiente de envío
booking-queued-text = Todavía no tiene plaza. Se envía automáticamente cuando vuelva a tener conexión.
booking-queued-move = El día y la hora todavía no han cambiado. El cambio se envía automáticamente cuando vuelva a tener conexión.
booking-queued-hint = Cuando el ayuntamiento la reciba, se le dirá aquí y en «Mis citas» si consiguió la plaza.
booking-refused-title = No se pudo reservar la cita
booking-refused-text = No tiene esta cita. Elija otra hora y vuelva a reservar.
booking-move-refused-title = No se pudo cambiar el día y la hora
booking-move-refused-text = Su cita sigue en el día y la hora anteriores.
bookings-change-refused = No se pudo cambiar ni anular. La cita sigue como estaba.

## Mis citas (#/bookings)
bookings-document-title = Mis citas | Madoguchi
bookings-title = Mis citas
bookings-intro-app = Las citas reservadas en este dispositivo.
bookings-intro-web = Las citas reservadas en esta página. La versión web no guarda nada en su dispositivo, así que desaparecen de la lista al cerrar la página. Anote sus números de cita.
bookings-new = Pedir una nueva cita
bookings-none = No tiene citas.
bookings-state-queued = Pendiente de envío
bookings-state-refused = No reservada
bookings-state-confirmed = Reservada
bookings-state-cancelled = Anulada
bookings-state-checked-in = Atendida
bookings-state-no-show = No se presentó
bookings-move = Cambiar el día y la hora: { $service }
bookings-cancel = Anular la cita: { $service }
bookings-cancel-title = ¿Anular esta cita?
bookings-cancel-text = Si la anula, su plaza pasará a otra persona.
bookings-cancel-yes = Anular la cita
bookings-cancel-no = Mantener la cita
bookings-cancelled = La cita se ha anulado.
bookings-cancel-queued = La anulación está pendiente de envío. Se envía automáticamente cuando vuelva a tener conexión.
bookings-move-queued = El cambio de día y hora está pendiente de envío. Se envía automáticamente cuando vuelva a tener conexión.
bookings-past-deadline = El plazo para cambiar o anular (hasta las { $time } del { $date }) ya ha pasado, así que no se puede cambiar aquí. Llame por teléfono a la ventanilla.

## Listas de espera
booking-waitlist-title = Lista de espera
booking-waitlist-held = Si se libera un lugar, se le reserva durante un tiempo limitado.
booking-waitlist-join-time = Inscribirse en la lista de espera de { $time }
booking-waitlist-for = Inscripción en la lista de espera para: { $when }
booking-waitlist-join = Inscribirse en la lista de espera
booking-waitlist-join-this = Inscribirse en la lista de espera de este horario
booking-waitlist-done-title = Está en la lista de espera
booking-waitlist-reference = Número de lista de espera: { $reference }
booking-waitlist-where = Si se libera un lugar, aparecerá en «Mis citas», donde podrá tomarlo.
booking-waitlist-kept-web = En la versión web, este lugar en la lista de espera solo se muestra mientras esta página siga abierta. Anote su número.
booking-waitlist-queued-title = Su inscripción en la lista de espera está pendiente de envío
booking-waitlist-queued-text = Todavía no está en la lista de espera. Se envía automáticamente cuando vuelva a tener conexión.
booking-waitlist-refused-title = No pudo inscribirse en la lista de espera
bookings-waitlist-state-refused = No se pudo inscribir
bookings-waitlist-state-waiting = En espera
bookings-waitlist-state-offered = Lugar ofrecido
bookings-waitlist-state-expired = Pasó al siguiente
bookings-waitlist-offered = Se ha liberado un lugar. Se le reserva hasta las { $time } del { $date }.
bookings-waitlist-accept = Tomar este lugar: { $service }
bookings-waitlist-accept-queued = La reserva de este lugar está pendiente de envío. Se envía automáticamente cuando vuelva a tener conexión.
bookings-waitlist-accepted = El lugar es suyo: ahora figura entre sus citas.
bookings-waitlist-booked = Tomó este lugar; la cita aparece arriba.
bookings-waitlist-expired = El lugar no se tomó a tiempo y pasó a la siguiente persona de la lista.
