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
notices-profile-title = Avisos adaptados a usted
notices-profile-none = Si elige la zona donde vive, las edades de su familia y los temas que le interesan, solo se mostrarán los avisos que le afectan. Lo que elija se guarda solo en este dispositivo y no se envía a la municipalidad. Ahora se muestran los avisos para todos y todos los avisos urgentes.
notices-profile-choose = Elegir qué avisos mostrar
notices-profile-active = Se muestran los avisos que corresponden a lo que eligió. Lo que eligió se guarda solo en este dispositivo.
notices-profile-change = Ver o cambiar lo que eligió
notices-filter-label = Filtrar por tipo
notices-filter-all = Todos los tipos
notices-unread = No leído
notices-mark-read = Marcar como leído
notices-mark-all-read = Marcar todos como leídos

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = [Urgente] { $title }
notice-os-digest-title = { $count ->
    [one] Tiene { $count } aviso nuevo
   *[other] Tiene { $count } avisos nuevos
}

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = Elegir qué avisos mostrar | Madoguchi
notice-profile-page-title = Elegir qué avisos mostrar
notice-profile-intro = Lo que elija aquí se guarda cifrado, solo en este dispositivo, y no se envía a la municipalidad. Es este dispositivo el que decide qué avisos mostrar. No es obligatorio elegir nada.
notice-profile-back = Volver a los avisos
notice-profile-errors-title = Hay un problema con los datos introducidos
notice-profile-area = Zona donde vive
notice-profile-area-hint = Sirve para recibir los avisos dirigidos a una zona concreta (como las órdenes de evacuación).
notice-profile-area-none = No elegir
notice-profile-ages = Edades
notice-profile-resident-band = Su edad
notice-profile-band-none = Prefiero no contestar
notice-band-0-5 = De 0 a 5 años
notice-band-6-17 = De 6 a 17 años
notice-band-18-39 = De 18 a 39 años
notice-band-40-64 = De 40 a 64 años
notice-band-65-74 = De 65 a 74 años
notice-band-75 = 75 años o más
notice-profile-children = Fecha de nacimiento de sus hijos
notice-profile-children-hint = Sirve para elegir los avisos según la edad en meses, como los chequeos de salud y las vacunas.
notice-profile-child = Hijo o hija { $n }
notice-profile-child-add = Añadir un hijo o hija
notice-profile-child-remove = Quitar hijo o hija { $n }
notice-profile-topics = Temas que le interesan
notice-profile-topics-hint = Se muestran los avisos dirigidos a las personas interesadas en los temas que elija.
notice-profile-languages = Idiomas en los que leer los avisos
notice-profile-languages-hint = Si la municipalidad también escribió un aviso en uno de estos idiomas, se muestra en ese idioma.
notice-profile-quiet-hours = Horas sin notificaciones
notice-profile-quiet-hint = Durante estas horas, las notificaciones que no sean urgentes esperan hasta que terminen. Los avisos urgentes se notifican siempre al momento.
notice-profile-quiet-from = Desde
notice-profile-quiet-until = Hasta
notice-profile-quiet-none = Sin configurar
notice-profile-digest = Hora de la notificación de resumen diaria
notice-profile-digest-hint = Los avisos ordinarios se reúnen en una sola notificación a esta hora. Los avisos urgentes e importantes no se reúnen: se notifican cada uno por separado.
notice-profile-digest-none = Sin resumen
notice-profile-save = Guardar
notice-profile-done = Finalizado
notice-profile-saved = Guardado
notice-profile-cleared = Se ha borrado lo que eligió. Se muestran los avisos para todos.
notice-profile-change = Cambiar
notice-profile-error-future = Introduzca una fecha de nacimiento de hoy o anterior
notice-profile-error-quiet = Elija el inicio y el final, a horas distintas

# What is kept and what it is for (the consent record).
notice-consent-title = Qué se guarda y para qué
notice-consent-nothing-sent = Lo siguiente se guarda solo en este dispositivo. No se envía a la municipalidad ni a nadie más.
notice-consent-use-area = Para elegir los avisos dirigidos a una zona concreta (como las órdenes de evacuación)
notice-consent-use-ages = Para elegir los avisos dirigidos a ciertas edades o edades en meses (como los chequeos de salud y las vacunas)
notice-consent-use-topics = Para elegir los avisos dirigidos a los temas que le interesan
notice-consent-use-languages = Para mostrar los avisos en un idioma que lea con facilidad
notice-consent-use-quiet-hours = Para que las notificaciones no urgentes esperen durante estas horas
notice-consent-use-digest = Para reunir las notificaciones de los avisos ordinarios en una al día
notice-consent-given = Consentimiento dado: { $when }
notice-consent-changed = Último cambio: { $when }
notice-profile-clear = Borrar todo lo que eligió
notice-profile-clear-title = ¿Borrar lo que eligió?
notice-profile-clear-body = Se borrarán de este dispositivo lo que eligió (zona, edades, temas, etc.) y el registro del consentimiento. Después se mostrarán los avisos para todos y todos los avisos urgentes.
notice-profile-clear-confirm = Borrar
notice-profile-clear-cancel = Cancelar

# Página de un aviso (#/notices/<id>).
# same-as-en: the notice's own title and the app's name, which stays in Latin letters here
notice-document-title = { $title } | Madoguchi
notices-open = Abrir este aviso
notice-gone = Este aviso ya no se muestra: terminó su periodo de publicación o fue retirado.

# Notificaciones en este navegador (modo web, Web Push).
notices-push-title = Notificaciones en este navegador
notices-push-about = Si activa las notificaciones, le llegarán los avisos urgentes (desastres, órdenes de evacuación, etc.) aunque tenga esta página cerrada. Todas las personas que activan las notificaciones reciben las mismas: no se usan la zona ni lo demás que eligió.
notices-push-kept = En este navegador solo se guardan el idioma y los textos de las notificaciones. A la municipalidad solo se envía la dirección en la que su navegador recibe las notificaciones.
notices-push-shared = No active las notificaciones en una computadora compartida, como las de una biblioteca.
notices-push-on = Las notificaciones están activadas en este navegador.
notices-push-off = Las notificaciones están desactivadas en este navegador.
notices-push-blocked = Este navegador bloquea las notificaciones de este sitio. Para recibirlas, permita las notificaciones en la configuración del navegador para este sitio.
notices-push-failed-browser = No se pudieron activar las notificaciones en este navegador. Vuelva a intentarlo más tarde. Los avisos se pueden ver en esta página siempre que la abra.
notices-push-turn-on = Activar las notificaciones
notices-push-turn-off = Desactivar las notificaciones
notices-push-notification-body = Abra Madoguchi para ver el aviso.
push-error-subscription = El registro de notificaciones del navegador no es válido.

notice-tray-title = Seguir en la bandeja del sistema
notice-tray-about = Si lo activa, al cerrar la ventana la aplicación no se cierra: queda como un icono en la bandeja (el área de notificaciones), sigue recibiendo avisos, como los urgentes, y se los notifica. Elija «Abrir Madoguchi» en el menú del icono para volver a la ventana, o «Salir de Madoguchi» para cerrar la aplicación.
notice-tray-no-tray = En un escritorio sin bandeja, al cerrar la ventana la aplicación se cierra aunque esto esté activado.
notice-tray-on = Al cerrar la ventana, la aplicación sigue en la bandeja.
notice-tray-off = Al cerrar la ventana, la aplicación se cierra.
notice-tray-turn-on = Seguir en la bandeja
notice-tray-turn-off = Dejar de seguir en la bandeja
