# E-mail enviado pelo servidor da prefeitura. Não aparece nas telas do aplicativo (não fica nos arquivos de idioma da interface).
# $code é o código de confirmação de 6 dígitos para entrar; $minutes é o tempo de validade, em minutos.

mail-sign-in-subject = Código de confirmação para entrar no Madoguchi: { $code }
mail-sign-in-body =
    Seu código de confirmação para entrar no Madoguchi é { $code }.
    Este código vale por { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } e só pode ser usado uma vez.

    Se você não pediu este e-mail, não faça nada. Alguém pode ter digitado o endereço de e-mail errado.
    Os funcionários da prefeitura nunca pedem este código por telefone ou por e-mail.
