# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = Criação dos filhos
notice-topic-care = Cuidados a idosos
notice-topic-disaster = Prevenção de desastres
notice-topic-waste = Lixo e reciclagem
notice-topic-tax = Impostos
notice-topic-health = Saúde
notice-topic-events = Eventos
notice-category-general = Aviso
notice-priority-normal = Normal (comum)
notice-priority-important = Importante
notice-priority-urgent = Urgente
notice-personal-application-status = A situação do seu pedido { $reference } mudou.
notice-personal-booking-reminder = Lembrete: amanhã, às { $time }, você tem um agendamento no balcão (número do agendamento { $reference }).
notice-error-expiry = O fim da exibição deve ser depois do início e depois de agora.
notice-error-key = Use letras minúsculas, números e hífens (por exemplo evacuation-yumesaki-3-chome).
notice-error-area = Informe a região pelo código da lista da cidade (por exemplo yumesaki-3-chome).
notice-error-month-range = A idade em meses deve ser 0 ou mais, e o início não pode ser maior que o fim.
notice-error-language = O código de idioma não é válido (por exemplo ja, en, zh-Hans).

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = Avisos | Madoguchi
notices-urgent-title = Avisos urgentes
notices-city-title = Avisos da prefeitura
notices-city-empty = No momento, não há avisos da prefeitura.
notices-published = Publicado em: { $when }
notices-link-procedure = Saiba mais sobre este procedimento
notices-link-booking = Agendar atendimento no balcão
notices-personal-title = Para você
notices-personal-signed-out = Depois que você entrar na sua conta, os lembretes dos seus agendamentos no balcão (na véspera) e os avisos de mudança na situação dos seus pedidos vão aparecer aqui.
notices-personal-sign-in = Entrar
notices-personal-empty = Ainda não há avisos para você.
