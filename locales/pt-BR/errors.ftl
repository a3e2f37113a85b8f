# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = Não foi possível conectar ao servidor da prefeitura. Verifique sua conexão com a internet e tente de novo daqui a pouco.
error-bad-response = O servidor da prefeitura enviou uma resposta inesperada. Tente de novo daqui a pouco.
error-not-found = Não encontramos o que você procura.
error-internal = Ocorreu um problema no servidor da prefeitura. Tente de novo daqui a pouco.
error-unavailable = O servidor da prefeitura está sobrecarregado ou em manutenção e não pode atender agora. Tente de novo daqui a alguns minutos.
error-request-timeout = O que você enviou não chegou a tempo. Verifique sua conexão e envie de novo.
error-invalid-request = Não foi possível ler o que foi enviado. Atualize o aplicativo e tente de novo.
error-invalid-submission = Algumas respostas precisam ser verificadas. Veja a mensagem ao lado de cada uma.
error-status-change-not-allowed = Este pedido não pode ser alterado na situação atual. Para mais informações, procure o balcão de atendimento da prefeitura.
error-send-expired = Não foi possível enviar por quase um dia, por isso o envio foi interrompido para evitar que chegue duas vezes. Verifique se a prefeitura ainda não recebeu este envio e, depois, envie de novo.
error-idempotency-key-missing = Houve um problema no envio. Atualize o aplicativo e tente de novo.
error-idempotency-key-invalid = O número de envio não está no formato correto. Atualize o aplicativo e tente de novo.
error-idempotency-key-reused = Outro conteúdo foi enviado com o mesmo número de envio, por isso não foi aceito. Digite de novo, por favor.
error-request-in-progress = O envio anterior ainda está sendo processado. Tente de novo daqui a pouco.
error-unauthorized = Você não tem permissão para fazer isso.
error-keyring-unavailable = Este aparelho não tem um chaveiro (keyring) para guardar a chave que criptografa seus dados, por isso não é possível salvar nada. Para usar o Madoguchi sem salvar dados, use a versão web no navegador. Se você ativar o chaveiro do computador (como o GNOME Keyring), o aplicativo poderá salvar seus dados.
error-local-data-locked = Não foi possível encontrar a chave dos dados salvos neste aparelho, por isso os dados não podem ser abertos. Selecione “Apagar os dados salvos neste aparelho” para começar de novo (as perguntas que aguardam envio serão perdidas).
error-local-storage = Não foi possível salvar os dados neste aparelho. Verifique se há espaço livre e tente de novo.
error-forbidden = Sua conta não permite fazer esta operação.
error-rate-limited = Houve muitas tentativas em pouco tempo, por isso elas deixaram de ser aceitas por um tempo. Aguarde um pouco e tente de novo.
error-sign-in-code-invalid = O código de confirmação está incorreto ou expirou (ele vale por 10 minutos). Peça um novo código e tente de novo.
error-identity-level-too-low = Este procedimento exige verificação de identidade em um balcão de atendimento. Leve seu cartão My Number a um balcão da prefeitura. Depois da verificação, entre com essa conta para fazê-lo on-line.
error-staff-sign-in-failed = O nome de usuário, a senha ou o código do aplicativo autenticador está incorreto.
error-passkey-challenge-invalid = A verificação da chave de acesso expirou (vale por 5 minutos) ou já foi usada. Tente de novo.
error-passkey-refused = Não foi possível usar esta chave de acesso. Ela não está registrada neste site ou foi removida.
error-mail-unavailable = Não é possível enviar e-mails agora. Tente de novo daqui a pouco.
