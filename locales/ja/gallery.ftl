# 部品ギャラリー(/gallery):画面を作る人とテストのための、すべての部品の見本。

gallery-title = 部品ギャラリー
gallery-intro = まどぐちの画面を組み立てる部品と、その見本です。どの見本も自動テスト(axe、キーボード操作、320pxでの表示)で確かめています。
gallery-contents = 部品の一覧
gallery-document-title = 部品ギャラリー｜まどぐち
