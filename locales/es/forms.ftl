# Campos comunes a muchos formularios de solicitud (nombre, código postal y domicilio, archivos adjuntos). Las reglas están en madoguchi-domain.

## Nombre
name-legend = Nombre completo
name-hint = Escríbalo tal como aparece en su certificado de residencia o en su tarjeta de residencia (zairyu card). Si no tiene nombre de pila, deje "Nombre" en blanco.
name-family = Apellidos
name-given = Nombre
name-family-kana = Apellidos en katakana
name-given-kana = Nombre en katakana
name-kana-hint = Escriba cómo se lee su nombre, en katakana (escritura japonesa). Si lo escribe en hiragana, se cambiará a katakana.
name-error-family-missing = Escriba sus apellidos
name-error-given-missing-for-kana = Escriba su nombre o borre su lectura en katakana
name-error-kana-missing = Escriba la lectura en katakana
name-error-kana-not-katakana = La lectura debe estar en katakana
name-error-too-long = Use como máximo 50 caracteres

## Código postal y domicilio
postal-code = Código postal
postal-hint = Siete dígitos, por ejemplo 999-0001. El domicilio se completa automáticamente.
address-line1 = Domicilio (prefectura, ciudad, barrio)
address-line2 = Número de lote (banchi), edificio y apartamento
postal-status-searching = Buscando el domicilio del código postal { $code }
postal-status-filled = Se completó el domicilio del código postal { $code }: { $address }. Ahora escriba el número de lote
postal-status-kept = El domicilio del código postal { $code } es { $address }. No se cambió el domicilio que usted escribió
postal-status-several = El código postal { $code } corresponde a varios barrios. Se completó hasta { $address }; escriba el resto
postal-status-unknown = No se encontró ningún domicilio para el código postal { $code }. Revise el número o escriba el domicilio usted mismo
postal-status-failed = No se pudo buscar el domicilio. Escríbalo usted mismo
postal-error-format = Escriba el código postal con siete dígitos, por ejemplo 999-0001
postal-error-unknown = Ningún domicilio tiene este código postal. Revise el número o escriba el domicilio usted mismo.

## Archivos adjuntos

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = Progreso del envío
attachment-choose = Elegir un archivo
attachment-nothing-chosen = No se ha elegido ningún archivo
attachment-status-uploading = Enviando { $name } ({ $percent }%)
attachment-status-done = Se envió { $name } ({ $size })
attachment-status-failed = No se pudo enviar { $name }. Elija el archivo otra vez
attachment-error-empty = El archivo está vacío. Elija otro archivo
attachment-error-too-large = El archivo es demasiado grande. Elija un archivo más pequeño que el límite indicado
attachment-error-wrong-kind = No se acepta este tipo de archivo. Elija un archivo de uno de los tipos indicados
attachment-error-name = No se puede leer el nombre del archivo. Cambie el nombre del archivo y vuelva a elegirlo
attachment-error-invalid = No se aceptó el archivo. Elija otro archivo
attachment-error-sign-in = Para adjuntar un archivo, primero inicie sesión en la página “Mi cuenta”. Solo se guardan archivos de residentes que han iniciado sesión
attachment-error-quota = Ha enviado todos los archivos que una persona puede enviar en un día. Envíe la solicitud sin este archivo y lleve el documento a la ventanilla, o vuelva a intentarlo mañana

## Revisión de las respuestas de una solicitud (las mismas reglas en todas las solicitudes; la municipalidad puede redactar ella misma los mensajes de un campo)
form-error-required = Responda a esta pregunta
# same-as-en: only the question and its problem, joined by a colon as this language writes it.
form-error-summary-item = { $question }: { $problem }
form-error-invalid = Revise esta respuesta
form-error-too-short = { $min ->
    [one] Use como mínimo { $min } carácter
   *[other] Use como mínimo { $min } caracteres
}
form-error-too-long = { $max ->
    [one] Use como máximo { $max } carácter
   *[other] Use como máximo { $max } caracteres
}
form-error-mask = Escríbalo con el formato { $example } (# es un dígito y A, una letra)
form-error-katakana = Escríbalo en katakana
form-error-number = Escriba un número entero, en cifras
form-error-number-too-small = Escriba un número igual o mayor que { $min }
form-error-number-too-large = Escriba un número igual o menor que { $max }
form-error-email = Escriba un correo electrónico válido, por ejemplo hanako@example.jp
form-error-phone = Escriba el teléfono en cifras, por ejemplo 0612-34-5678
form-error-address-missing = Escriba el domicilio
form-error-date = Escriba una fecha válida
form-error-date-too-early = Escriba una fecha a partir del { $date }
form-error-date-too-late = Escriba una fecha hasta el { $date }
form-error-choice = Elija una de las opciones
form-error-choose-at-least = { $min ->
    [one] Elija al menos { $min } opción
   *[other] Elija al menos { $min } opciones
}
form-error-choose-at-most = { $max ->
    [one] Elija como máximo { $max } opción
   *[other] Elija como máximo { $max } opciones
}
form-error-too-many-files = { $max ->
    [one] Adjunte como máximo { $max } archivo
   *[other] Adjunte como máximo { $max } archivos
}
form-error-declaration = Lea la declaración y marque la casilla para confirmarla
form-error-attachment-unavailable = No se encuentra el archivo adjunto. Elija el archivo otra vez

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = Calendario
form-date-western = Gregoriano
# same-as-en: name of a Japanese era, a proper noun.
form-era-reiwa = Reiwa
# same-as-en: name of a Japanese era, a proper noun.
form-era-heisei = Heisei
# same-as-en: name of a Japanese era, a proper noun.
form-era-showa = Showa
# same-as-en: name of a Japanese era, a proper noun.
form-era-taisho = Taisho
form-date-year = Año
form-date-month = Mes
form-date-day = Día
form-date-equivalent-western = En el calendario gregoriano: { $day }/{ $month }/{ $year }
form-date-equivalent-era = En el calendario japonés: { $day }/{ $month } del año { $year ->
    [1] 1 (primer año)
   *[other] { $year }
} de la era { $era }
form-chars-left = { $count ->
    [one] Queda { $count } carácter
   *[other] Quedan { $count } caracteres
}
form-chars-over = { $count ->
    [one] Sobra { $count } carácter
   *[other] Sobran { $count } caracteres
}

## Application forms: controls and answers
form-select-choose = Elija una opción
form-yes = Sí
# same-as-en: the same words are used in this language.
form-no = No
form-agreed = Acepto
form-number-label = { $label } (en { $unit })
form-files-attached = { $count ->
    [one] { $count } archivo adjunto
   *[other] { $count } archivos adjuntos
}
form-postal-mark = Código postal { $code }
form-attachment-hint = Puede enviar un archivo PDF, JPEG o PNG de hasta { $max }.
form-attachment-signed-out = Solo los residentes que han iniciado sesión pueden adjuntar archivos.
