# Galeria de componentes (/gallery): exemplos de todos os componentes, para quem cria telas e para os testes.

gallery-title = Galeria de componentes
gallery-intro = Os componentes que formam as telas do Madoguchi, com exemplos. Todos os exemplos são verificados automaticamente (axe, uso pelo teclado, exibição em 320 px).
gallery-contents = Lista de componentes
gallery-document-title = Galeria de componentes | Madoguchi
