# Component gallery (/gallery): samples of every component, for screen builders and tests.

gallery-title = 组件库
gallery-intro = 这里是构成 Madoguchi 界面的组件及其示例。所有示例都经过自动测试（axe、键盘操作、320px 宽度显示）检验。
gallery-contents = 组件列表
gallery-document-title = 组件库 | Madoguchi
