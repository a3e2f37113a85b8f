# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = Nome
inquiry-contact-email = E-mail
inquiry-contact-phone = Telefone
inquiry-error-department = Escolha o departamento responsável.
inquiry-error-subject-missing = Escreva o assunto.
inquiry-error-subject-too-long = O assunto deve ter no máximo 100 caracteres.
inquiry-error-message-missing = Escreva sua pergunta.
inquiry-error-message-too-long = A pergunta deve ter no máximo 2000 caracteres.
inquiry-error-name-too-long = O nome deve ter no máximo 100 caracteres.
inquiry-error-email = O e-mail não está em um formato válido (exemplo: yumesaki@example.jp).
inquiry-error-phone = Escreva o telefone com 10 a 15 dígitos (exemplo: 0612-34-5678).
