# Textos de los ejemplos de la galería de componentes (/gallery). Los componentes no tienen texto propio; lo reciben de aquí.

kit-skip-link-title = Enlace para saltar
kit-skip-link-default = Enlace al contenido principal
kit-page-header-title = Encabezado de página
kit-page-header-default = Nombre del servicio y menú de idiomas

kit-button-title = Botón
kit-button-primary = Botón principal
kit-button-secondary = Botón secundario
kit-button-tertiary = Botón terciario
kit-button-disabled = Botón no disponible
kit-button-loading = Botón en proceso
kit-button-save = Guardar
kit-button-save-draft = Guardar borrador
kit-button-cancel = Cancelar
kit-button-send = Enviar
kit-button-sending = Enviando
kit-button-pressed = { $count ->
    [one] Pulsado { $count } vez
   *[other] Pulsado { $count } veces
}

kit-text-input-title = Campo de texto
kit-text-input-email = Con indicación y autocompletado
kit-text-input-width = Con ancho definido
kit-text-input-error = Con error
kit-text-input-readings = Con lecturas sobre la etiqueta
kit-readings-label = Municipio
kit-email-label = Correo electrónico
kit-email-hint = Le enviaremos un correo de confirmación.
kit-email-error = Escriba el correo electrónico con el formato nombre@example.jp
kit-phone-label = Teléfono

kit-radios-title = Botones de opción
kit-radios-contact = Pregunta con indicaciones
kit-radios-inline = «Sí» y «No» uno al lado del otro
kit-radios-error = Pregunta con error
kit-contact-legend = ¿Cómo prefiere que nos comuniquemos con usted?
kit-contact-hint = Elija una opción.
kit-contact-email = Correo electrónico
kit-contact-phone = Teléfono
kit-contact-phone-hint = Días laborables, de 9:00 a 17:00
kit-contact-post = Correo postal
kit-contact-error = Elija cómo prefiere que nos comuniquemos con usted
kit-moved-legend = ¿Se ha mudado en el último año?
kit-yes = Sí
# same-as-en: "No" is also the Spanish word.
kit-no = No

kit-checkboxes-title = Casillas de verificación
kit-checkboxes-support = Con la opción exclusiva «Ninguna de estas»
kit-support-legend = Asistencia que necesita en la ventanilla
kit-support-hint = Marque todas las opciones que correspondan.
kit-support-wheelchair = Acceso en silla de ruedas
kit-support-sign-language = Intérprete de lengua de señas
kit-support-large-print = Documentos en letra grande
kit-support-none = Ninguna de estas
kit-or = o

kit-error-summary-title = Resumen de errores
kit-error-summary-form = Formulario que lo muestra al enviarse vacío
kit-error-summary-shown = Resumen ya mostrado
kit-error-summary-heading = Hay un problema con los datos introducidos
kit-name-label = Nombre completo
kit-name-error = Escriba su nombre completo

kit-tabs-title = Pestañas
kit-tabs-procedure = Información de un trámite en pestañas
kit-tabs-label = Detalles del trámite
kit-tab-overview = Resumen
kit-tab-overview-text = Es la notificación que se presenta al trasladar su domicilio a la ciudad de Yumesaki. Preséntela dentro de los 14 días siguientes a la mudanza.
kit-tab-documents = Qué necesita
kit-tab-documents-text = Certificado de traslado del municipio anterior y documento de identidad (por ejemplo, la tarjeta My Number).
kit-tab-fees = Tasas
kit-tab-fees-text = No se cobra ninguna tasa.

kit-accordion-title = Acordeón y detalles
kit-accordion-faq = Preguntas frecuentes
kit-accordion-details = Explicación adicional
kit-faq-when = ¿Cuál es el plazo para presentar la notificación?
kit-faq-when-answer = Dentro de los 14 días siguientes a empezar a vivir en el nuevo domicilio.
kit-faq-proxy = ¿Puede presentarla otra persona en mi nombre?
kit-faq-proxy-answer = Sí. Necesita una carta poder y su propio documento de identidad.
kit-details-my-number = ¿Qué es la tarjeta My Number?
kit-details-my-number-answer = Es una tarjeta de plástico con fotografía que sirve para acreditar su identidad y para hacer trámites por internet.

kit-dialog-title = Cuadro de diálogo
kit-dialog-confirm = Confirmación de una acción que no se puede deshacer
kit-dialog-open = Retirar la solicitud
kit-dialog-heading = ¿Desea retirar esta solicitud?
kit-dialog-text = Una vez retirada, la solicitud no se puede recuperar.
kit-dialog-withdraw = Retirar
kit-dialog-keep = No retirar
kit-dialog-close = Cerrar
kit-dialog-withdrawn = Se retiró la solicitud

kit-date-input-title = Campo de fecha
kit-date-input-birth = Fecha de nacimiento en el calendario gregoriano o japonés
kit-date-birth-legend = Fecha de nacimiento
kit-date-birth-hint = Por ejemplo: 14 de marzo del año 1 de la era Heisei, o 14 de marzo de 1989
kit-date-calendar = Calendario
kit-date-western = Gregoriano
# same-as-en: name of a Japanese era, a proper noun.
kit-era-reiwa = Reiwa
# same-as-en: name of a Japanese era, a proper noun.
kit-era-heisei = Heisei
# same-as-en: name of a Japanese era, a proper noun.
kit-era-showa = Showa
# same-as-en: name of a Japanese era, a proper noun.
kit-era-taisho = Taisho
kit-date-year = Año
kit-date-month = Mes
kit-date-day = Día
kit-date-equivalent-western = En el calendario gregoriano: { $day }/{ $month }/{ $year }
kit-date-equivalent-era = En el calendario japonés: { $day }/{ $month } del año { $year ->
    [1] 1 (primer año)
   *[other] { $year }
} de la era { $era }

kit-textarea-title = Área de texto
kit-textarea-count = Con recuento de caracteres
kit-message-label = Su opinión para la municipalidad
kit-message-hint = No incluya datos que permitan identificarle.
kit-chars-left = { $count ->
    [one] Queda { $count } carácter
   *[other] Quedan { $count } caracteres
}
kit-chars-over = { $count ->
    [one] Sobra { $count } carácter
   *[other] Sobran { $count } caracteres
}

kit-select-title = Lista desplegable
kit-select-counter = Elección de ventanilla
kit-counter-label = Ventanilla a la que acudirá
kit-counter-hint = Puede elegir la más cercana a su domicilio.
kit-counter-city-hall = Edificio principal de la municipalidad
kit-counter-north = Oficina auxiliar Norte
kit-counter-south = Oficina auxiliar Sur

kit-banner-title = Avisos y alertas de emergencia
kit-banner-information = Información
kit-banner-success = Aviso de finalización
kit-banner-emergency = Emergencia
kit-banner-notice = Aviso
kit-banner-closure = Las ventanillas estarán cerradas del 29 de diciembre al 3 de enero
kit-banner-closure-body = Los trámites por internet siguen disponibles durante ese periodo.
kit-banner-done = Finalizado
kit-banner-received = Se recibió su notificación de alta por traslado
kit-banner-received-body = Su número de registro es MD-2024-00123.
kit-banner-urgent = Emergencia
kit-banner-evacuation = Orden de evacuación en la cuenca del río Yumesaki
kit-banner-evacuation-body = Si está cerca del río, diríjase de inmediato a un lugar elevado.

kit-tag-title = Etiqueta de estado
kit-tag-statuses = Estados de la solicitud
kit-status-draft = Borrador
kit-status-received = Recibida
kit-status-needs-information = Falta información
kit-status-completed = Finalizada
kit-status-rejected = Denegada

kit-table-title = Tabla
kit-table-fees = Tabla con encabezados
kit-fee-caption = Tasas de los certificados
kit-fee-certificate = Certificado
kit-fee-counter = Ventanilla
kit-fee-kiosk = Quiosco de autoservicio
kit-fee-residence = Copia del certificado de residencia
kit-fee-seal = Certificado de registro del sello personal
kit-fee-tax = Certificado de impuestos
kit-fee-300 = 300 yenes
kit-fee-200 = 200 yenes

kit-steps-title = Indicador de pasos
kit-steps-application = Solicitud en curso
kit-steps-label = Pasos de la solicitud
kit-step-position = Paso { $current } de { $total }
kit-step-applicant = Solicitante
kit-step-address = Domicilio
kit-step-documents = Documentos
kit-step-check = Revisión
kit-step-send = Envío

kit-breadcrumbs-title = Ruta de navegación
kit-breadcrumbs-procedure = Ubicación de la página de un trámite
kit-breadcrumbs-label = Usted está aquí
kit-crumb-home = Inicio
kit-crumb-procedures = Trámites
kit-crumb-moving-in = Notificación de alta por traslado

kit-pagination-title = Paginación
kit-pagination-notices = Páginas de una lista de avisos
kit-pagination-label = Páginas
kit-pagination-page = Página { $page }
kit-pagination-previous = Página anterior
kit-pagination-next = Página siguiente

kit-link-title = Enlace
kit-link-inline = Enlace dentro de un texto
kit-link-new-tab = Enlace que se abre en una pestaña nueva
kit-link-procedures = Ver la lista de trámites
kit-link-map = Mapa de la municipalidad
kit-link-new-tab-note = (se abre en una pestaña nueva)

kit-name-input-title = Campo de nombre
kit-name-input-resident = Apellidos y nombre con su lectura en katakana
kit-postal-code-title = Código postal y domicilio
kit-postal-code-lookup = Domicilio completado a partir del código postal
kit-file-upload-title = Envío de archivos
kit-file-upload-document = Adjuntar una foto o un PDF de un documento
kit-file-upload-label = Documento de identidad
kit-file-upload-hint = Archivo PDF, JPEG o PNG de hasta { $max }. Puede ser una foto de su tarjeta de residencia o de su tarjeta My Number.
kit-name-input-errors = Nombre enviado con errores

kit-summary-list-title = Lista de respuestas
kit-summary-list-answers = Respuestas con enlaces para cambiarlas
kit-summary-name = Nombre
# same-as-en: a person's name, written in the Latin alphabet.
kit-summary-name-value = Hanako Yumesaki
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = Dirección
kit-summary-postal-value = Código postal 999-0001
kit-summary-address-value = Chuo 1-2-3, ciudad de Yumesaki
kit-summary-form = Tipo de solicitud
kit-summary-form-value = Solicitud de la asignación por hijos
kit-summary-change = Cambiar

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = Selector de día (cita previa)
kit-day-picker-week = Cinco días con un día completo y días cerrados
kit-day-picker-error = Cuando el residente siguió sin elegir
kit-day-legend = El día en que vendrá
kit-day-hint = No se pueden elegir los días completos ni los días cerrados.
kit-day-error = Elija el día en que vendrá
kit-day-thursday = jue, 7 ene
kit-day-friday = vie, 8 ene
kit-day-saturday = sáb, 9 ene
kit-day-sunday = dom, 10 ene
kit-day-monday = lun, 11 ene
kit-places-left = { $count ->
    [one] Queda { $count } plaza
   *[other] Quedan { $count } plazas
}
kit-slot-full = Completo: no se puede reservar
kit-day-closed = Cerrado: no se puede reservar
kit-time-picker-title = Selector de hora (cita previa)
kit-time-picker-morning = Una mañana con una hora completa
kit-time-legend = La hora a la que vendrá
kit-time-hint = No se pueden elegir las horas completas.
# same-as-en: a range of two times has no words
kit-time-range = { $start }–{ $end }
