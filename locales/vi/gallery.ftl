# The component gallery (/gallery): every example of every component, for people building screens and for tests.

gallery-title = Thư viện thành phần
gallery-intro = Các thành phần dùng để xây dựng màn hình của Madoguchi, kèm ví dụ. Mọi ví dụ đều được kiểm tra tự động (axe, thao tác bằng bàn phím, hiển thị ở độ rộng 320px).
gallery-contents = Danh sách thành phần
gallery-document-title = Thư viện thành phần | Madoguchi
