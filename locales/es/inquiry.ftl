# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = Nombre
inquiry-contact-email = Correo electrónico
inquiry-contact-phone = Teléfono
inquiry-error-email = El correo electrónico no tiene un formato válido (ejemplo: yumesaki@example.jp).
inquiry-error-phone = Escriba el teléfono con 10 a 15 dígitos (ejemplo: 0612-34-5678).
