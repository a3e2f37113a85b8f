# Galeriya ng mga bahagi (/gallery): lahat ng halimbawa ng bawat bahagi, para sa mga gumagawa ng pahina at para sa mga pagsusuri.

gallery-title = Galeriya ng mga bahagi
gallery-intro = Ang mga bahaging bumubuo sa mga pahina ng Madoguchi, kasama ang mga halimbawa. Awtomatikong sinusuri ang bawat halimbawa (axe, paggamit ng keyboard, pagpapakita sa lapad na 320 px).
gallery-contents = Listahan ng mga bahagi
gallery-document-title = Galeriya ng mga bahagi | Madoguchi
