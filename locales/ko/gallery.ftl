# The component gallery (/gallery): every example of every component, for people building screens and for tests.

gallery-title = 부품 갤러리
gallery-intro = 마도구치 화면을 구성하는 부품과 그 예시입니다. 모든 예시는 자동 테스트(axe, 키보드 조작, 320px 화면 표시)로 확인하고 있습니다.
gallery-contents = 부품 목록
gallery-document-title = 부품 갤러리 | 마도구치
