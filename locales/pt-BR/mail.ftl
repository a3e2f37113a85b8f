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

# Enviado no dia anterior ao agendamento (a partir das 9:00), só para agendamentos sem conta vinculada e com e-mail de contato.
# $service é o assunto, $counter o guichê, $place onde fica (o andar; vazio quando não há), $month e $day a data no Japão,
# $time o início no horário do Japão (9:30), $reference o número do agendamento, $phone o telefone do guichê.
mail-booking-reminder-subject = Madoguchi: seu agendamento de amanhã ({ $service })
mail-booking-reminder-body =
    Você tem um agendamento amanhã em um guichê da prefeitura.

    Assunto: { $service }
    Quando: { $day }/{ $month }, a partir das { $time } (horário do Japão)
    Onde: { $counter } { $place }
    Número do agendamento: { $reference } (informe-o no guichê)

    Se não puder comparecer, cancele ou altere o agendamento. Se o prazo para alterar pela internet já passou, ligue para { $phone }.
    Este e-mail é enviado automaticamente; não responda.
