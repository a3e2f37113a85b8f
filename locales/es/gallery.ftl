# Galería de componentes (/gallery): ejemplos de todos los componentes, para quienes crean pantallas y para las pruebas.

gallery-title = Galería de componentes
gallery-intro = Los componentes con los que se construyen las pantallas de Madoguchi, con ejemplos. Todos los ejemplos se comprueban automáticamente (axe, uso con teclado, visualización a 320 px).
gallery-contents = Lista de componentes
gallery-document-title = Galería de componentes | Madoguchi
