# Solicitudes por internet: el estado de una solicitud y los errores relacionados con las solicitudes. Las reglas para pasar de un estado a otro están en el módulo application de madoguchi-domain.

## Estado de la solicitud
application-status-submitted = Enviada
application-status-received = Recibida
application-status-in-review = En revisión
application-status-needs-information = Falta información
application-status-resubmitted = Reenviada
application-status-completed = Finalizada
application-status-rejected = No aceptada
application-status-withdrawn = Retirada
