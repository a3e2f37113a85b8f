# The component gallery (/gallery): every example of every component, for people building screens and for tests.

gallery-title = Component gallery
gallery-intro = The components Madoguchi's screens are built from, with examples. Every example is checked automatically (axe, keyboard use, display at 320 px).
gallery-contents = Components
gallery-document-title = Component gallery | Madoguchi
