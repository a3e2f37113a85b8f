# Mga field na karaniwan sa maraming pormularyo ng aplikasyon (pangalan, kodigo postal at tirahan, mga kalakip). Nasa madoguchi-domain ang mga tuntunin.

## Pangalan
name-legend = Buong pangalan
name-hint = Isulat ito ayon sa nakasaad sa inyong rekord ng paninirahan o residence card. Kung wala kayong pangalan (apelyido lang ang mayroon kayo), iwanang blangko ang "Pangalan".
name-family = Apelyido
name-given = Pangalan
name-family-kana = Apelyido sa katakana
name-given-kana = Pangalan sa katakana
name-kana-hint = Isulat sa katakana (isang uri ng sulat-Hapon) kung paano binabasa ang inyong pangalan. Kung hiragana ang inilagay ninyo, gagawin namin itong katakana.
name-error-family-missing = Ilagay ang inyong apelyido
name-error-given-missing-for-kana = Ilagay ang inyong pangalan, o burahin ang pagbasa nito sa katakana
name-error-kana-missing = Ilagay ang pagbasa sa katakana
name-error-kana-not-katakana = Isulat sa katakana ang pagbasa
name-error-too-long = Hanggang 50 titik lamang

## Kodigo postal at tirahan
postal-code = Kodigo postal
postal-hint = Pitong numero, halimbawa 999-0001. Kusang mapupunan ang tirahan.
address-line1 = Tirahan (prepektura, lungsod o bayan, distrito)
address-line2 = Numero ng bloke at lote (banchi), gusali at kuwarto
postal-status-searching = Hinahanap ang tirahan para sa kodigo postal na { $code }
postal-status-filled = Napunan na ang tirahan para sa kodigo postal na { $code }: { $address }. Ilagay na ang numero ng bloke at lote
postal-status-kept = Ang tirahan para sa kodigo postal na { $code } ay { $address }. Hindi binago ang tirahang inilagay ninyo
postal-status-several = Maraming distrito ang sakop ng kodigo postal na { $code }. Napunan na hanggang { $address }; ilagay ang kulang
postal-status-unknown = Walang nakitang tirahan para sa kodigo postal na { $code }. Tingnan ang numero, o kayo na ang maglagay ng tirahan
postal-status-failed = Hindi mahanap ang tirahan. Kayo na ang maglagay ng tirahan
postal-error-format = Ilagay ang kodigo postal bilang pitong numero, gaya ng 999-0001
postal-error-unknown = Walang tirahang may ganitong kodigo postal. Tingnan ang numero, o kayo na ang maglagay ng tirahan.

## Mga kalakip

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = Takbo ng pagpapadala
attachment-choose = Pumili ng file
attachment-nothing-chosen = Wala pang napiling file
attachment-status-uploading = Ipinapadala ang { $name } ({ $percent }%)
attachment-status-done = Naipadala na ang { $name } ({ $size })
attachment-status-failed = Hindi naipadala ang { $name }. Piliin muli ang file
attachment-error-empty = Walang laman ang file. Pumili ng ibang file
attachment-error-too-large = Masyadong malaki ang file. Pumili ng file na mas maliit sa nakasaad na limitasyon
attachment-error-wrong-kind = Hindi tinatanggap ang ganitong uri ng file. Pumili ng file na nasa nakalistang uri
attachment-error-name = Hindi mabasa ang pangalan ng file. Palitan ang pangalan ng file, saka ito piliin muli
attachment-error-invalid = Hindi tinanggap ang file. Pumili ng ibang file
attachment-error-sign-in = Para mag-attach ng file, mag-sign in muna sa pahinang “Account ko”. Tumatanggap lang kami ng file mula sa mga residenteng naka-sign in
attachment-error-quota = Naabot mo na ang dami ng file na maipapadala ng isang tao sa isang araw. Ipadala ang aplikasyon nang wala ang file na ito at dalhin ang dokumento sa counter, o subukang muli bukas

## Pagsusuri ng mga sagot sa aplikasyon (pareho ang mga tuntunin sa lahat ng aplikasyon; puwedeng isulat ng lungsod ang sarili nitong mensahe para sa isang field)
form-error-required = Sagutin ang tanong na ito
# same-as-en: only the question and its problem, joined by a colon as this language writes it.
form-error-summary-item = { $question }: { $problem }
form-error-invalid = Tingnan muli ang sagot na ito
form-error-too-short = Maglagay ng { $min } titik o higit pa
form-error-too-long = Hanggang { $max } titik lamang
form-error-mask = Ilagay ito sa anyong { $example } (ang # ay numero, ang A ay titik)
form-error-katakana = Isulat ito sa katakana
form-error-number = Maglagay ng buong bilang gamit ang mga numero
form-error-number-too-small = Maglagay ng { $min } o higit pa
form-error-number-too-large = Maglagay ng { $max } o mas mababa
form-error-email = Ilagay ang tamang address ng email, gaya ng hanako@example.jp
form-error-phone = Ilagay ang numero ng telepono gamit ang mga numero, gaya ng 0612-34-5678
form-error-address-missing = Ilagay ang tirahan
form-error-date = Maglagay ng tamang petsa
form-error-date-too-early = Maglagay ng petsang { $date } o pagkatapos nito
form-error-date-too-late = Maglagay ng petsang { $date } o bago nito
form-error-choice = Pumili mula sa mga pagpipilian
form-error-choose-at-least = Pumili ng { $min } o higit pa
form-error-choose-at-most = Pumili ng hanggang { $max } lamang
form-error-too-many-files = Hanggang { $max } file lamang ang puwedeng ilakip
form-error-declaration = Basahin ang pahayag at lagyan ng tsek ang kahon para kumpirmahin ito
form-error-attachment-unavailable = Hindi makita ang inilakip na file. Piliin muli ang file

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = Kalendaryo
form-date-western = Gregoryano
# same-as-en: name of a Japanese era, a proper noun.
form-era-reiwa = Reiwa
# same-as-en: name of a Japanese era, a proper noun.
form-era-heisei = Heisei
# same-as-en: name of a Japanese era, a proper noun.
form-era-showa = Showa
# same-as-en: name of a Japanese era, a proper noun.
form-era-taisho = Taisho
form-date-year = Taon
form-date-month = Buwan
form-date-day = Araw
form-date-equivalent-western = Sa kalendaryong Gregoryano: { $month }/{ $day }/{ $year }
form-date-equivalent-era = Sa kalendaryong Hapon: { $month }/{ $day }, { $era } { $year ->
    [1] 1 (unang taon)
   *[other] { $year }
}
form-chars-left = May natitira pang { $count } titik
form-chars-over = Sobra nang { $count } titik

## Application forms: controls and answers
form-select-choose = Pumili ng isa
form-yes = Oo
form-no = Hindi
form-agreed = Sumasang-ayon ako
form-number-label = { $label } (sa { $unit })
form-files-attached = { $count } file ang nakalakip
form-postal-mark = Postal code na { $code }
form-attachment-hint = Maaari kang magpadala ng PDF, JPEG o PNG na file na hanggang { $max }.
form-attachment-signed-out = Ang mga residenteng naka-sign in lang ang makakapag-attach ng file.
