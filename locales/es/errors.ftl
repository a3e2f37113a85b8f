# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = No se puede conectar con el servidor de la municipalidad. Compruebe su conexión a internet y vuelva a intentarlo dentro de un rato.
error-bad-response = El servidor de la municipalidad envió una respuesta inesperada. Vuelva a intentarlo dentro de un rato.
error-not-found = No encontramos lo que busca.
error-internal = Hubo un problema en el servidor de la municipalidad. Vuelva a intentarlo dentro de un rato.
error-unavailable = El servidor de la municipalidad está saturado o en mantenimiento y no puede atender en este momento. Vuelva a intentarlo dentro de unos minutos.
error-request-timeout = Lo que envió no llegó a tiempo. Compruebe su conexión y vuelva a enviarlo.
error-invalid-request = No se pudo leer lo que se envió. Actualice la aplicación y vuelva a intentarlo.
error-invalid-submission = Hay respuestas que debe revisar. Vea el mensaje junto a cada una.
error-status-change-not-allowed = Esta solicitud no se puede modificar en su estado actual. Para más información, consulte en la ventanilla de la municipalidad.
error-send-expired = No se pudo enviar durante casi un día, por lo que se detuvo el envío para evitar que llegue dos veces. Compruebe que la municipalidad no lo haya recibido y, después, vuelva a enviarlo.
error-idempotency-key-missing = Hubo un problema en el envío. Actualice la aplicación y vuelva a intentarlo.
error-idempotency-key-invalid = El número de envío no tiene el formato correcto. Actualice la aplicación y vuelva a intentarlo.
error-idempotency-key-reused = Se envió otro contenido con el mismo número de envío, por lo que no se aceptó. Escríbalo de nuevo, por favor.
error-request-in-progress = El envío anterior todavía se está procesando. Vuelva a intentarlo dentro de un rato.
error-unauthorized = No tiene permiso para realizar esta operación.
error-keyring-unavailable = Este dispositivo no tiene un llavero (keyring) donde guardar la clave que cifra sus datos, por lo que no se puede guardar nada. Para usar Madoguchi sin guardar datos, use la versión web en un navegador. Si activa el llavero de su computadora (por ejemplo, GNOME Keyring), la aplicación podrá guardar sus datos.
error-local-data-locked = No se encuentra la clave de los datos guardados en este dispositivo, por lo que no se pueden abrir. Seleccione «Borrar los datos guardados en este dispositivo» para empezar de nuevo (se perderán las consultas pendientes de envío).
error-local-storage = No se pudieron guardar los datos en este dispositivo. Compruebe que haya espacio libre y vuelva a intentarlo.
error-forbidden = Su cuenta no permite realizar esta operación.
error-rate-limited = Se hicieron demasiados intentos en poco tiempo, por lo que se dejaron de aceptar durante un rato. Espere un poco y vuelva a intentarlo.
error-sign-in-code-invalid = El código de confirmación no es correcto o ya venció (es válido durante 10 minutos). Solicite un código nuevo y vuelva a intentarlo.
error-identity-level-too-low = Este trámite requiere verificar su identidad en una ventanilla. Lleve su tarjeta My Number a una ventanilla del ayuntamiento. Una vez verificada, inicie sesión con esa cuenta para hacerlo por internet.
error-staff-sign-in-failed = El nombre de usuario, la contraseña o el código de la aplicación de autenticación no son correctos.
error-passkey-challenge-invalid = La verificación de la llave de acceso venció (dura 5 minutos) o ya se usó. Vuelva a intentarlo.
error-passkey-refused = No se pudo usar esta llave de acceso. No está registrada en este sitio o se eliminó.
error-mail-unavailable = En este momento no se pueden enviar correos electrónicos. Vuelva a intentarlo dentro de un rato.
