# Conta: os nomes das ações dos funcionários da prefeitura, mostrados ao morador quando ele consulta o próprio registro (registro de auditoria).

audit-action-list-inquiries = Viu a lista de perguntas
audit-action-list-applications = Viu a lista de pedidos
audit-action-change-application-status = Mudou a situação de um pedido
audit-action-read-attachment = Viu um arquivo anexado
audit-action-verify-identity = Confirmou sua identidade no balcão de atendimento
audit-action-list-bookings = Viu a lista de agendamentos
audit-action-book-on-behalf = Fez um agendamento em seu nome
audit-action-record-visit = Registrou seu comparecimento ou sua ausência
