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
