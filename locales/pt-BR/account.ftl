# Conta: os nomes das ações dos funcionários da prefeitura, mostrados ao morador quando ele consulta o próprio registro (registro de auditoria).

audit-action-list-inquiries = Viu a lista de perguntas
audit-action-list-applications = Viu a lista de pedidos
audit-action-change-application-status = Mudou a situação de um pedido
audit-action-read-attachment = Viu um arquivo anexado
audit-action-verify-identity = Confirmou sua identidade no balcão de atendimento
audit-action-list-bookings = Viu a lista de agendamentos
audit-action-book-on-behalf = Fez um agendamento em seu nome
audit-action-record-visit = Registrou seu comparecimento ou sua ausência

# Entrar sem senha: com um código de seis dígitos enviado por e-mail. Na primeira vez, a conta também é criada.
account-document-title = Minha conta | Madoguchi
account-sign-in-title = Entrar
account-sign-in-lead = Enviaremos um código de seis dígitos para o seu e-mail. Você não precisa de senha. Se for a sua primeira vez, sua conta também será criada.
account-web-note = Nesta página, você continua na sua conta até fechar ou recarregar a aba. Nada fica salvo neste navegador.
account-email = E-mail
account-email-hint = Por exemplo: hanako@example.jp
account-email-invalid = Digite um e-mail como hanako@example.jp.
account-send-code = Enviar o código por e-mail
account-errors-summary = Confira o que você digitou
account-code-title = Digite o código
account-code-sent = Enviamos um código para { $email }. Ele vale por 10 minutos e só pode ser usado uma vez.
account-code = Código de seis dígitos
account-code-hint = É o número que está no e-mail. Se o e-mail não chegou, veja também a pasta de spam.
account-code-format = Digite os seis dígitos que estão no e-mail.
account-code-resent = Enviamos um novo código. O código anterior não vale mais.
account-code-resend = Enviar o código de novo
account-other-address = Usar outro e-mail
account-sign-in = Entrar
# O nome deste navegador na lista de aparelhos conectados.
account-device-web = Navegador web

# A conta de quem entrou.
account-signed-in = Você entrou na sua conta.
account-identity = Verificação de identidade
account-identity-verified = Verificada em um balcão de atendimento
account-identity-unverified = Ainda não verificada
account-identity-how = Para os procedimentos que exigem verificação de identidade, leve seu cartão My Number a um balcão da prefeitura. Um funcionário fará a verificação.
account-since = Conta criada em
account-devices-title = Aparelhos conectados à sua conta
account-device-this = Este aparelho
account-device-signed-in = Entrou em: { $when }
account-device-used = Último uso: { $when }
# O nome do aparelho no botão mostra a qual aparelho ele se refere.
account-device-sign-out = Desconectar "{ $device }"
account-audit-title = Quando funcionários consultaram seus dados
account-audit-lead = Toda vez que um funcionário da prefeitura consulta ou altera seus dados, isso fica registrado aqui.
account-audit-empty = Ainda não há nenhum registro.
account-audit-caption = Ações dos funcionários (mais recentes primeiro)
account-audit-when = Quando
account-audit-what = O que foi feito
account-audit-who = Função do funcionário
account-role-clerk = Atendente do balcão
account-role-volunteer = Voluntário de apoio
account-role-admin = Administrador
account-sign-out-title = Sair
account-sign-out-explain-app = Ao sair, apagamos os dados de acesso guardados neste aparelho.
account-sign-out-explain-web = Sair da conta nesta página.
account-sign-out = Sair
