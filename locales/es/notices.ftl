# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = Crianza
notice-topic-care = Cuidado de mayores
notice-topic-disaster = Prevención de desastres
notice-topic-waste = Basura y reciclaje
notice-topic-tax = Impuestos
notice-topic-health = Salud
notice-topic-events = Eventos
notice-category-general = Aviso
notice-priority-normal = Ordinario
notice-priority-important = Importante
notice-priority-urgent = Urgente
notice-personal-application-status = El estado de su solicitud { $reference } ha cambiado.
notice-personal-booking-reminder = Recordatorio: mañana a las { $time } tiene una cita en la ventanilla (número de cita { $reference }).
notice-error-expiry = El fin de la publicación debe ser posterior a su inicio y a este momento.
notice-error-key = Use minúsculas, números y guiones (por ejemplo evacuation-yumesaki-3-chome).
notice-error-area = Indique la zona con su código de la lista de la ciudad (por ejemplo yumesaki-3-chome).
notice-error-month-range = La edad en meses debe ser 0 o más, y el inicio no puede ser mayor que el final.
notice-error-language = El código de idioma no es válido (por ejemplo ja, en, zh-Hans).

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = Avisos | Madoguchi
notices-urgent-title = Avisos urgentes
notices-city-title = Avisos de la municipalidad
notices-city-empty = En este momento no hay avisos de la municipalidad.
notices-published = Publicado: { $when }
notices-link-procedure = Más información sobre este trámite
notices-link-booking = Pedir cita en la ventanilla
notices-personal-title = Para usted
notices-personal-signed-out = Si inicia sesión, aquí le llegarán el recordatorio de sus citas en ventanilla el día anterior y los avisos cuando cambie el estado de sus solicitudes.
notices-personal-sign-in = Iniciar sesión
notices-personal-empty = Todavía no hay avisos para usted.
