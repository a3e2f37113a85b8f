# Citas en la ventanilla: errores al reservar, cambiar una cita o esperar un lugar. Las reglas están en el módulo booking de madoguchi-domain.

booking-error-slot-full = Este horario está completo. Elija otro horario o inscríbase en la lista de espera de este.
booking-error-unknown-service = Este trámite no admite cita previa.
booking-error-not-a-slot = Esta ventanilla no atiende con cita a esa hora. Vuelva a elegir una hora de la lista.
booking-error-closed-day = La municipalidad está cerrada ese día (fines de semana, feriados, fin de año, etc.). Elija otro día.
booking-error-outside-window = Este horario no se puede reservar ahora: la reserva aún no ha abierto, ya cerró o la hora ya pasó. Vuelva a elegir en la lista.
booking-error-identity-level = Para reservar este trámite se necesita una comprobación de identidad más segura.
booking-error-deadline-passed = Ya pasó el plazo para cambiar o cancelar, así que no se puede hacer por internet. Por favor, llame a la ventanilla.
booking-error-not-active = Esta cita fue cancelada o ya se registró la visita, por lo que no se puede cambiar.
booking-error-slot-available = Este horario todavía tiene lugares. Resérvelo directamente en vez de inscribirse en la lista de espera.
booking-error-no-offer = Por ahora no hay ningún lugar libre que ofrecerle en esta lista de espera.
booking-error-offer-expired = Venció el plazo para aceptar el lugar libre y se ofreció a la siguiente persona. Inscríbase de nuevo en la lista de espera o elija otro horario.
