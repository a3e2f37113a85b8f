# Cuenta: nombres de las operaciones del personal municipal, que ve el residente al consultar su propio registro (registro de auditoría).

audit-action-list-inquiries = Vio la lista de consultas
audit-action-list-applications = Vio la lista de solicitudes
audit-action-change-application-status = Cambió el estado de una solicitud
audit-action-read-attachment = Vio un archivo adjunto
audit-action-verify-identity = Comprobó su identidad en la ventanilla
audit-action-list-bookings = Vio la lista de citas
audit-action-book-on-behalf = Reservó una cita en su nombre
audit-action-record-visit = Registró su visita o su ausencia

# Iniciar sesión sin contraseña: con un código de seis dígitos enviado por correo. La primera vez también se crea la cuenta.
account-document-title = Mi cuenta | Madoguchi
account-sign-in-title = Iniciar sesión
account-sign-in-lead = Le enviaremos un código de seis dígitos por correo electrónico. No necesita contraseña. Si es la primera vez, también se creará su cuenta.
account-web-note = En esta página, la sesión sigue abierta hasta que cierre o vuelva a cargar la pestaña. No se guarda nada en este navegador.
account-email = Correo electrónico
account-email-hint = Por ejemplo: hanako@example.jp
account-email-invalid = Escriba un correo electrónico como hanako@example.jp.
account-send-code = Enviarme un código
account-errors-summary = Revise lo que ha escrito
account-code-title = Escriba el código
account-code-sent = Hemos enviado un código a { $email }. Es válido durante 10 minutos y solo se puede usar una vez.
account-code = Código de seis dígitos
account-code-hint = Es el número que aparece en el correo. Si no le ha llegado, revise también la carpeta de correo no deseado.
account-code-format = Escriba los seis dígitos del correo.
account-code-resent = Hemos enviado un código nuevo. El código anterior ya no sirve.
account-code-resend = Volver a enviar el código
account-other-address = Usar otro correo electrónico
account-sign-in = Iniciar sesión
# El nombre de este navegador en la lista de dispositivos con la sesión iniciada.
account-device-web = Navegador web

# La cuenta de quien ha iniciado sesión.
account-signed-in = Ha iniciado sesión.
account-identity = Verificación de identidad
account-identity-verified = Verificada en una ventanilla
account-identity-unverified = Aún no verificada
account-identity-how = Para los trámites que requieren verificar su identidad, lleve su tarjeta My Number a una ventanilla del ayuntamiento. Allí el personal la comprobará.
account-since = Cuenta creada el
account-devices-title = Dispositivos con la sesión iniciada
account-device-this = Este dispositivo
account-device-signed-in = Inicio de sesión: { $when }
account-device-used = Último uso: { $when }
# El nombre del dispositivo en el botón indica a qué dispositivo se refiere.
account-device-sign-out = Cerrar la sesión en "{ $device }"
account-audit-title = Cuándo consultó el personal sus datos
account-audit-lead = Cada vez que el personal municipal consulta o cambia sus datos, queda registrado aquí.
account-audit-empty = Todavía no hay ningún registro.
account-audit-caption = Acciones del personal (las más recientes primero)
account-audit-when = Cuándo
account-audit-what = Qué se hizo
account-audit-who = Función del empleado
account-role-clerk = Personal de ventanilla
account-role-volunteer = Voluntario de apoyo
account-role-admin = Administrador
account-sign-out-title = Cerrar sesión
account-sign-out-explain-app = Al cerrar la sesión, se borran los datos de inicio de sesión guardados en este dispositivo.
account-sign-out-explain-web = Cierre la sesión en esta página.
account-sign-out = Cerrar sesión

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = Si añadió una llave de acceso a su cuenta, puede iniciar sesión con ella, sin código.
account-passkey-sign-in = Iniciar sesión con una llave de acceso
account-passkey-sign-in-failed = No pudo iniciar sesión con la llave de acceso: se canceló o este navegador no puede usar llaves de acceso aquí. Vuelva a intentarlo o inicie sesión con el código enviado por correo.
account-passkeys-title = Llaves de acceso
account-passkeys-lead = Con una llave de acceso, inicia sesión con su huella, su cara o el bloqueo de pantalla en lugar de un código por correo.
account-passkeys-empty = Todavía no ha añadido ninguna llave de acceso.
account-passkeys-unsupported = Este navegador no puede crear llaves de acceso. Aun así, puede eliminar las que ya tiene.
account-passkey-name = Nombre de la nueva llave de acceso
account-passkey-name-hint = Para distinguir sus llaves de acceso. Por ejemplo: Mi teléfono
account-passkey-name-invalid = Escriba un nombre de 1 a 64 caracteres.
account-passkey-add = Añadir una llave de acceso
account-passkey-added = Se añadió la llave de acceso. La próxima vez puede iniciar sesión con ella.
account-passkey-add-failed = No se añadió la llave de acceso: se canceló o este navegador no puede crear llaves de acceso aquí.
account-passkey-created = Añadida: { $when }
account-passkey-used = Último uso: { $when }
account-passkey-unused = Aún no se ha usado para iniciar sesión
account-passkey-remove = Eliminar la llave de acceso "{ $passkey }"
