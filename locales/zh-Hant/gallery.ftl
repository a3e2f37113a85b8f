# Component gallery (/gallery): samples of every component, for screen builders and tests.

gallery-title = 元件庫
gallery-intro = 這裡是組成 Madoguchi 畫面的元件及其範例。所有範例皆經過自動測試（axe、鍵盤操作、320px 寬度顯示）驗證。
gallery-contents = 元件列表
gallery-document-title = 元件庫 | Madoguchi
