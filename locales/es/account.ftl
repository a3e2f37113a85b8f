# Cuenta: nombres de las operaciones del personal municipal, que ve el residente al consultar su propio registro (registro de auditoría).

audit-action-list-inquiries = Vio la lista de consultas
audit-action-list-applications = Vio la lista de solicitudes
audit-action-change-application-status = Cambió el estado de una solicitud
audit-action-read-attachment = Vio un archivo adjunto
audit-action-verify-identity = Comprobó su identidad en la ventanilla
audit-action-list-bookings = Vio la lista de citas
audit-action-book-on-behalf = Reservó una cita en su nombre
audit-action-record-visit = Registró su visita o su ausencia
