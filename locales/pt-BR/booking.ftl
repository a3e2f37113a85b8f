# Agendamento no balcão: erros ao agendar, alterar um agendamento ou aguardar uma vaga. As regras estão no módulo booking de madoguchi-domain.

booking-error-slot-full = Este horário está lotado. Escolha outro horário ou entre na lista de espera deste.
booking-error-unknown-service = Este procedimento não aceita agendamento.
booking-error-not-a-slot = Este balcão não atende com hora marcada nesse horário. Escolha novamente um horário da lista.
booking-error-closed-day = A prefeitura está fechada nesse dia (fins de semana, feriados, recesso de fim de ano etc.). Escolha outro dia.
booking-error-outside-window = Não é possível agendar este horário agora: o agendamento ainda não abriu, já foi encerrado ou o horário já passou. Escolha novamente na lista.
booking-error-identity-level = Para agendar este procedimento, é preciso uma comprovação de identidade mais segura.
booking-error-deadline-passed = O prazo para alterar ou cancelar já passou, por isso não é possível fazer isso pela internet. Por favor, ligue para o balcão.
booking-error-not-active = Este agendamento foi cancelado ou o comparecimento já foi registrado, por isso não pode ser alterado.
booking-error-slot-available = Este horário ainda tem vagas. Agende diretamente em vez de entrar na lista de espera.
booking-error-no-offer = No momento não há vaga para oferecer a você nesta lista de espera.
booking-error-offer-expired = O prazo para aceitar a vaga terminou, e ela foi oferecida à próxima pessoa. Entre de novo na lista de espera ou escolha outro horário.
