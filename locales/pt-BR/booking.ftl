# Agendamento no balcão: erros ao agendar, alterar um agendamento ou aguardar uma vaga. As regras estão no módulo booking de madoguchi-domain.

booking-error-slot-full = Este horário está lotado. Escolha outro horário ou entre na lista de espera deste.
booking-error-unknown-service = Este procedimento não aceita agendamento.
booking-error-not-a-slot = Este balcão não atende com hora marcada nesse horário. Escolha novamente um horário da lista.
booking-error-closed-day = A prefeitura está fechada nesse dia (fins de semana, feriados, recesso de fim de ano etc.). Escolha outro dia.
booking-error-outside-window = Não é possível agendar este horário agora: o agendamento ainda não abriu, já foi encerrado ou o horário já passou. Escolha novamente na lista.
booking-error-deadline-passed = O prazo para alterar ou cancelar já passou, por isso não é possível fazer isso pela internet. Por favor, ligue para o balcão.
booking-error-not-active = Este agendamento foi cancelado ou o comparecimento já foi registrado, por isso não pode ser alterado.
booking-error-slot-available = Este horário ainda tem vagas. Agende diretamente em vez de entrar na lista de espera.
booking-error-no-offer = No momento não há vaga para oferecer a você nesta lista de espera.
booking-error-offer-expired = O prazo para aceitar a vaga terminou, e ela foi oferecida à próxima pessoa. Entre de novo na lista de espera ou escolha outro horário.

## Escolher o que agendar (#/booking). O título também é o link de navegação.
booking-document-title = Agendamento no balcão | Madoguchi
booking-title = Agendamento no balcão
booking-intro = Agende com antecedência o dia e o horário da sua ida a um balcão da prefeitura. Vá a esse balcão no horário agendado.
booking-services-none = No momento, nenhum procedimento aceita agendamento.
booking-duration = Tempo necessário
booking-duration-minutes = Cerca de { $minutes } minutos
booking-identity = Comprovação de identidade
booking-identity-contact = Basta o seu nome e uma forma de contato
booking-identity-account = É preciso uma conta com a identidade já verificada
booking-identity-my-number-card = É preciso comprovar a identidade com o My Number Card
booking-bring = O que levar
booking-bring-nothing = Nada em especial
booking-counter = Balcão
booking-counter-place = { $counter } – { $place }
booking-window = Quando é possível agendar
booking-window-text = De { $days } dias antes até { $hours } horas antes
booking-start = Agendar: { $service }
booking-phone-label = Telefone do balcão:

## Escolher o dia e o horário, os dados de contato e conferir
booking-flow-document-title = { $page } | Agendamento no balcão | Madoguchi
booking-steps-label = Etapas do agendamento
booking-step-day = Dia
booking-step-time = Horário
booking-step-details = Contato
booking-step-check = Conferir
booking-moving-from = Seu agendamento atual: { $when }. Ao escolher um novo dia e horário, ele substitui este.
booking-day-title = Escolha o dia em que você virá
booking-day-legend = O dia em que você virá
booking-day-hint = Dias lotados e dias fechados (fins de semana, feriados, recesso de fim de ano etc.) não podem ser escolhidos.
booking-day-error = Escolha o dia em que você virá
booking-days-none = No momento, não há dias disponíveis para agendamento. Ligue para o balcão.
booking-places-left = { $count ->
    [one] Resta { $count } vaga
   *[other] Restam { $count } vagas
}
booking-full = Lotado: não é possível agendar
booking-closed = Fechado: não é possível agendar
booking-time-title = Escolha o horário em que você virá
booking-chosen-day = Dia escolhido: { $date }
booking-time-legend = O horário em que você virá
booking-time-hint = Horários lotados não podem ser escolhidos.
booking-time-error = Escolha o horário em que você virá
# same-as-en: a range of two times has no words
booking-time-range = { $start }–{ $end }
booking-details-title = Informe seu nome e como falar com você
booking-details-hint = Não é obrigatório informar telefone ou e-mail. Se informar, a prefeitura só os usará para falar com você sobre este agendamento.
booking-name-hint = O nome pelo qual o balcão vai chamar você.
booking-check-title = Confira o seu agendamento
booking-book-app = Ao agendar, o pedido é enviado deste aparelho à prefeitura. Sem internet, ele é enviado quando a conexão voltar, e depois você fica sabendo se conseguiu a vaga.
booking-book-web = Ao agendar, o pedido é enviado à prefeitura na hora.
booking-book = Agendar
booking-move = Mudar para este dia e horário
booking-choose-again = Escolher outro horário

## Resultado do agendamento
booking-done-page = Seu agendamento
booking-done-nothing = Nada foi agendado a partir desta página
booking-done-title = Agendado
booking-moved-title = O dia e o horário do agendamento foram alterados
booking-done-banner = Sua vaga está garantida
booking-reference = Número do agendamento: { $reference }
booking-reference-hint = Informe este número no balcão.
booking-reference-label = Número do agendamento
booking-when = Dia e horário
booking-deadline = Prazo para alterar ou cancelar
booking-deadline-text = Você pode alterar ou cancelar em "Meus agendamentos" até as { $time } de { $date }
booking-kept-web = Na versão web, este agendamento só aparece enquanto esta página estiver aberta. Anote o número ou imprima um comprovante.
booking-queued-title = O agendamento está aguardando envio
booking-queued-banner = Aguardando envio
booking-queued-text = Você ainda não tem a vaga. O pedido é enviado automaticamente quando a internet voltar.
booking-queued-move = O dia e o horário ainda não mudaram. A alteração é enviada automaticamente quando a internet voltar.
booking-queued-hint = Quando a prefeitura receber, você ficará sabendo aqui e em "Meus agendamentos" se conseguiu a vaga.
booking-refused-title = Não foi possível agendar
booking-refused-text = Você não tem este agendamento. Escolha outro horário e agende novamente.
booking-move-refused-title = Não foi possível mudar o dia e o horário
booking-move-refused-text = Seu agendamento continua no dia e horário anteriores.
bookings-change-refused = Não foi possível alterar ou cancelar. O agendamento continua como estava.

## Meus agendamentos (#/bookings)
bookings-document-title = Meus agendamentos | Madoguchi
bookings-title = Meus agendamentos
bookings-intro-app = Os agendamentos feitos neste aparelho.
bookings-intro-web = Os agendamentos feitos nesta página. A versão web não salva nada no aparelho, então eles somem da lista quando a página é fechada. Anote os números dos agendamentos.
bookings-new = Fazer um novo agendamento
bookings-none = Você não tem agendamentos.
bookings-state-queued = Aguardando envio
bookings-state-refused = Não agendado
bookings-state-confirmed = Agendado
bookings-state-cancelled = Cancelado
bookings-state-checked-in = Atendido
bookings-state-no-show = Não compareceu
bookings-move = Mudar o dia e o horário: { $service }
bookings-cancel = Cancelar o agendamento: { $service }
bookings-cancel-title = Cancelar este agendamento?
bookings-cancel-text = Se cancelar, a sua vaga passa para outra pessoa.
bookings-cancel-yes = Cancelar o agendamento
bookings-cancel-no = Manter o agendamento
bookings-cancelled = O agendamento foi cancelado.
bookings-cancel-queued = O cancelamento está aguardando envio. Ele é enviado automaticamente quando a internet voltar.
bookings-move-queued = A mudança de dia e horário está aguardando envio. Ela é enviada automaticamente quando a internet voltar.
bookings-past-deadline = O prazo para alterar ou cancelar (até as { $time } de { $date }) já passou, por isso não é possível alterar aqui. Ligue para o balcão.

## Listas de espera
booking-waitlist-title = Lista de espera
booking-waitlist-held = Se uma vaga for liberada, ela fica reservada para você por um tempo limitado.
booking-waitlist-join-time = Entrar na lista de espera das { $time }
booking-waitlist-for = Entrando na lista de espera para: { $when }
booking-waitlist-join = Entrar na lista de espera
booking-waitlist-join-this = Entrar na lista de espera deste horário
booking-waitlist-done-title = Você está na lista de espera
booking-waitlist-reference = Número na lista de espera: { $reference }
booking-waitlist-where = Se uma vaga for liberada, ela aparece em "Meus agendamentos", onde você pode ficar com ela.
booking-waitlist-kept-web = Na versão web, este lugar na lista de espera só aparece enquanto esta página estiver aberta. Anote o número.
booking-waitlist-queued-title = Seu pedido para a lista de espera está aguardando envio
booking-waitlist-queued-text = Você ainda não está na lista de espera. O pedido é enviado automaticamente quando a internet voltar.
booking-waitlist-refused-title = Não foi possível entrar na lista de espera
bookings-waitlist-state-refused = Não foi possível entrar
bookings-waitlist-state-waiting = Aguardando vaga
bookings-waitlist-state-offered = Vaga oferecida
bookings-waitlist-state-expired = Passou para o próximo
bookings-waitlist-offered = Uma vaga foi liberada. Ela fica reservada para você até as { $time } de { $date }.
bookings-waitlist-accept = Ficar com esta vaga: { $service }
bookings-waitlist-accept-queued = O pedido para ficar com esta vaga está aguardando envio. Ele é enviado automaticamente quando a internet voltar.
bookings-waitlist-accepted = A vaga é sua: agora ela aparece nos seus agendamentos.
bookings-waitlist-booked = Você ficou com esta vaga; o agendamento aparece acima.
bookings-waitlist-expired = A vaga não foi aceita a tempo e passou para a próxima pessoa da lista.
