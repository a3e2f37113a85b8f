# Campos comuns a muitos formulários de pedido (nome, código postal e endereço, anexos). As regras estão em madoguchi-domain.

## Nome
name-legend = Nome completo
name-hint = Escreva como está no registro de residente ou no cartão de residente (zairyu card). Se você não tem prenome, deixe "Nome" em branco.
name-family = Sobrenome
name-given = Nome
name-family-kana = Sobrenome em katakana
name-given-kana = Nome em katakana
name-kana-hint = Escreva como se lê o seu nome em katakana (escrita japonesa). Se você digitar em hiragana, o texto será convertido para katakana.
name-error-family-missing = Digite seu sobrenome
name-error-given-missing-for-kana = Digite seu nome ou apague a leitura do nome em katakana
name-error-kana-missing = Digite a leitura em katakana
name-error-kana-not-katakana = A leitura deve estar em katakana
name-error-too-long = Use no máximo 50 caracteres

## Código postal e endereço
postal-code = Código postal
postal-hint = Sete dígitos, por exemplo 999-0001. O endereço é preenchido automaticamente.
address-line1 = Endereço (província, cidade, bairro)
address-line2 = Número do lote (banchi), prédio e apartamento
postal-status-searching = Procurando o endereço do código postal { $code }
postal-status-filled = O endereço do código postal { $code } foi preenchido: { $address }. Agora digite o número do lote
postal-status-kept = O endereço do código postal { $code } é { $address }. O endereço que você digitou não foi alterado
postal-status-several = O código postal { $code } abrange vários bairros. O endereço foi preenchido até { $address }; digite o restante
postal-status-unknown = Nenhum endereço encontrado para o código postal { $code }. Verifique o número ou digite o endereço você mesmo
postal-status-failed = Não foi possível buscar o endereço. Digite o endereço você mesmo
postal-error-format = Digite o código postal com sete dígitos, por exemplo 999-0001
postal-error-unknown = Nenhum endereço tem este código postal. Verifique o número ou digite o endereço você mesmo.

## Anexos

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = Progresso do envio
attachment-choose = Escolher um arquivo
attachment-nothing-chosen = Nenhum arquivo escolhido
attachment-status-uploading = Enviando { $name } ({ $percent }%)
attachment-status-done = { $name } ({ $size }) foi enviado
attachment-status-failed = Não foi possível enviar { $name }. Escolha o arquivo novamente
attachment-error-empty = O arquivo está vazio. Escolha outro arquivo
attachment-error-too-large = O arquivo é grande demais. Escolha um arquivo menor que o limite indicado
attachment-error-wrong-kind = Este tipo de arquivo não é aceito. Escolha um arquivo de um dos tipos indicados
attachment-error-name = Não foi possível ler o nome do arquivo. Mude o nome do arquivo e escolha-o novamente
attachment-error-invalid = O arquivo não foi aceito. Escolha outro arquivo
attachment-error-sign-in = Para anexar um arquivo, primeiro entre na página “Minha conta”. Só guardamos arquivos de moradores que entraram na conta
attachment-error-quota = Você já enviou o máximo de arquivos que uma pessoa pode enviar em um dia. Envie o pedido sem este arquivo e leve o documento ao balcão, ou tente de novo amanhã

## Verificação das respostas de um pedido (as mesmas regras para todos os pedidos; a prefeitura pode redigir ela mesma as mensagens de um campo)
form-error-required = Responda a esta pergunta
# same-as-en: only the question and its problem, joined by a colon as this language writes it.
form-error-summary-item = { $question }: { $problem }
form-error-invalid = Verifique esta resposta
form-error-too-short = { $min ->
    [one] Use pelo menos { $min } caractere
   *[other] Use pelo menos { $min } caracteres
}
form-error-too-long = { $max ->
    [one] Use no máximo { $max } caractere
   *[other] Use no máximo { $max } caracteres
}
form-error-mask = Digite no formato { $example } (# é um algarismo, A é uma letra)
form-error-katakana = Escreva em katakana
form-error-number = Digite um número inteiro, usando algarismos
form-error-number-too-small = Digite um número igual ou maior que { $min }
form-error-number-too-large = Digite um número igual ou menor que { $max }
form-error-email = Digite um e-mail válido, por exemplo hanako@example.jp
form-error-phone = Digite o telefone usando algarismos, por exemplo 0612-34-5678
form-error-address-missing = Digite o endereço
form-error-date = Digite uma data válida
form-error-date-too-early = Digite uma data a partir de { $date }
form-error-date-too-late = Digite uma data até { $date }
form-error-choice = Escolha uma das opções
form-error-choose-at-least = { $min ->
    [one] Escolha pelo menos { $min } opção
   *[other] Escolha pelo menos { $min } opções
}
form-error-choose-at-most = { $max ->
    [one] Escolha no máximo { $max } opção
   *[other] Escolha no máximo { $max } opções
}
form-error-too-many-files = { $max ->
    [one] Anexe no máximo { $max } arquivo
   *[other] Anexe no máximo { $max } arquivos
}
form-error-declaration = Leia a declaração e marque a caixa para confirmá-la
form-error-attachment-unavailable = O arquivo anexado não foi encontrado. Escolha o arquivo novamente

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = Calendário
form-date-western = Gregoriano
# same-as-en: name of a Japanese era, a proper noun.
form-era-reiwa = Reiwa
# same-as-en: name of a Japanese era, a proper noun.
form-era-heisei = Heisei
# same-as-en: name of a Japanese era, a proper noun.
form-era-showa = Showa
# same-as-en: name of a Japanese era, a proper noun.
form-era-taisho = Taisho
form-date-year = Ano
form-date-month = Mês
form-date-day = Dia
form-date-equivalent-western = No calendário gregoriano: { $day }/{ $month }/{ $year }
form-date-equivalent-era = No calendário japonês: { $day }/{ $month } do ano { $year ->
    [1] 1 (primeiro ano)
   *[other] { $year }
} da era { $era }
form-chars-left = { $count ->
    [one] Resta { $count } caractere
   *[other] Restam { $count } caracteres
}
form-chars-over = { $count ->
    [one] { $count } caractere a mais
   *[other] { $count } caracteres a mais
}

## Application forms: controls and answers
form-select-choose = Escolha uma opção
form-yes = Sim
form-no = Não
form-agreed = Concordo
form-number-label = { $label } (em { $unit })
form-files-attached = { $count ->
    [one] { $count } arquivo anexado
   *[other] { $count } arquivos anexados
}
form-postal-mark = CEP japonês { $code }
form-attachment-hint = Você pode enviar um arquivo PDF, JPEG ou PNG de até { $max }.
form-attachment-signed-out = Só moradores que entraram na conta podem anexar arquivos.
