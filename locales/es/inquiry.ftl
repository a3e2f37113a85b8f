# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = Nombre
inquiry-contact-email = Correo electrónico
inquiry-contact-phone = Teléfono
inquiry-error-department = Elija el departamento responsable.
inquiry-error-subject-missing = Escriba el asunto.
inquiry-error-subject-too-long = El asunto debe tener como máximo 100 caracteres.
inquiry-error-message-missing = Escriba su consulta.
inquiry-error-message-too-long = La consulta debe tener como máximo 2000 caracteres.
inquiry-error-name-too-long = El nombre debe tener como máximo 100 caracteres.
inquiry-error-email = El correo electrónico no tiene un formato válido (ejemplo: yumesaki@example.jp).
inquiry-error-phone = Escriba el teléfono con 10 a 15 dígitos (ejemplo: 0612-34-5678).
