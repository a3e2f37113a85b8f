# Galeri komponen (/gallery): semua contoh setiap komponen, untuk pembuat layar dan untuk pengujian.

gallery-title = Galeri komponen
gallery-intro = Komponen penyusun layar Madoguchi beserta contohnya. Setiap contoh diperiksa secara otomatis (axe, penggunaan papan ketik, tampilan pada lebar 320 px).
gallery-contents = Daftar komponen
gallery-document-title = Galeri komponen | Madoguchi
