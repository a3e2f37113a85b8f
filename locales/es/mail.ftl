# Correo que envía el servidor de la municipalidad. No aparece en las pantallas de la aplicación (no está en los archivos de idioma de la interfaz).
# $code es el código de confirmación de 6 dígitos para iniciar sesión; $minutes es el tiempo de validez, en minutos.

mail-sign-in-subject = Código de confirmación para iniciar sesión en Madoguchi: { $code }
mail-sign-in-body =
    Su código de confirmación para iniciar sesión en Madoguchi es { $code }.
    Este código es válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y solo se puede usar una vez.

    Si no ha solicitado este correo, no haga nada. Es posible que alguien haya escrito mal su dirección de correo electrónico.
    El personal de la municipalidad nunca le pedirá este código por teléfono ni por correo electrónico.

# Se envía el día anterior a la cita (desde las 9:00), solo para citas no vinculadas a una cuenta que tienen un correo de contacto.
# $service es el trámite, $counter la ventanilla, $place dónde está (la planta; vacío si no hay), $month y $day la fecha en Japón,
# $time la hora de inicio en Japón (9:30), $reference el número de la cita, $phone el teléfono de la ventanilla.
mail-booking-reminder-subject = Madoguchi: su cita de mañana ({ $service })
mail-booking-reminder-body =
    Mañana tiene una cita en una ventanilla del ayuntamiento.

    Trámite: { $service }
    Cuándo: { $day }/{ $month }, a partir de las { $time } (hora de Japón)
    Dónde: { $counter } { $place }
    Número de cita: { $reference } (indíquelo en la ventanilla)

    Si ya no puede venir, cancele o cambie su cita. Si ya pasó el plazo para cambiarla en línea, llame al { $phone }.
    Este correo se envía automáticamente; no lo responda.
