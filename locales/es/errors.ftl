# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = No se puede conectar con el servidor de la municipalidad. Compruebe su conexión a internet y vuelva a intentarlo dentro de un rato.
error-bad-response = El servidor de la municipalidad envió una respuesta inesperada. Vuelva a intentarlo dentro de un rato.
error-not-found = No encontramos lo que busca.
error-internal = Hubo un problema en el servidor de la municipalidad. Vuelva a intentarlo dentro de un rato.
