# Pedidos pela internet: a situação de um pedido e os erros relacionados aos pedidos. As regras de mudança de situação estão no módulo application de madoguchi-domain.

## Situação do pedido
application-status-submitted = Enviado
application-status-received = Recebido
application-status-in-review = Em análise
application-status-needs-information = Faltam informações
application-status-resubmitted = Reenviado
application-status-completed = Concluído
application-status-rejected = Não aceito
application-status-withdrawn = Retirado
