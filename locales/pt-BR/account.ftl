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

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = Se você adicionou uma chave de acesso à sua conta, pode entrar com ela, sem código.
account-passkey-sign-in = Entrar com uma chave de acesso
account-passkey-sign-in-failed = Não foi possível entrar com a chave de acesso: a ação foi cancelada ou este navegador não pode usar chaves de acesso aqui. Tente de novo ou entre com o código enviado por e-mail.
account-passkeys-title = Chaves de acesso
account-passkeys-lead = Com uma chave de acesso, você entra com sua impressão digital, rosto ou bloqueio de tela, em vez de um código por e-mail.
account-passkeys-empty = Você ainda não adicionou nenhuma chave de acesso.
account-passkeys-unsupported = Este navegador não consegue criar chaves de acesso. Você ainda pode remover as que já tem.
account-passkey-name = Nome da nova chave de acesso
account-passkey-name-hint = Para diferenciar suas chaves de acesso. Por exemplo: Meu celular
account-passkey-name-invalid = Digite um nome de 1 a 64 caracteres.
account-passkey-add = Adicionar uma chave de acesso
account-passkey-added = A chave de acesso foi adicionada. Da próxima vez, você pode entrar com ela.
account-passkey-add-failed = A chave de acesso não foi adicionada: a ação foi cancelada ou este navegador não pode criar chaves de acesso aqui.
account-passkey-created = Adicionada em: { $when }
account-passkey-used = Último uso: { $when }
account-passkey-unused = Ainda não usada para entrar
account-passkey-remove = Remover a chave de acesso "{ $passkey }"
