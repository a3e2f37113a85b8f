# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = Nome
inquiry-contact-email = E-mail
inquiry-contact-phone = Telefone
inquiry-error-email = O e-mail não está em um formato válido (exemplo: yumesaki@example.jp).
inquiry-error-phone = Escreva o telefone com 10 a 15 dígitos (exemplo: 0612-34-5678).
