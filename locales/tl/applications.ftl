# Mga aplikasyon online: ang katayuan ng isang aplikasyon, at mga error tungkol sa mga aplikasyon. Nasa module na application ng madoguchi-domain ang mga tuntunin sa paglipat mula sa isang katayuan patungo sa iba.

## Katayuan ng aplikasyon
application-status-submitted = Naipadala na
application-status-received = Natanggap na
application-status-in-review = Sinusuri
application-status-needs-information = Kailangan ng karagdagang impormasyon
application-status-resubmitted = Naipadalang muli
application-status-completed = Tapos na
application-status-rejected = Hindi tinanggap
application-status-withdrawn = Binawi na

## Applying: steps, errors and dialogs (worded as in the gallery)
apply-steps-label = Mga hakbang ng aplikasyon
apply-step-position = Hakbang { $current } sa { $total }
apply-errors-title = May problema sa inyong inilagay
applications-dialog-close = Isara

## Applying online: the procedure page, the form's pages, my applications
# same-as-en: only the procedure's name and the app's name, which is written in Latin letters here.
procedure-document-title = { $name } | Madoguchi
procedure-problem-title = Hindi maipakita ang prosesong ito
procedure-online-title = Bago mag-apply online
procedure-identity = Pagsusuri ng pagkakakilanlan
procedure-identity-none = Hindi kailangan ang pagsusuri ng pagkakakilanlan para mag-apply online
procedure-identity-verified = Kailangan ng account na nasuri na ang pagkakakilanlan
procedure-identity-banner = Pagsusuri ng pagkakakilanlan
procedure-identity-verified-needed = Para mag-apply online dito, kailangang masuri ang iyong pagkakakilanlan
procedure-identity-not-checked = Hindi pa nasusuri ang iyong pagkakakilanlan, kaya hindi mo maipapadala online ang aplikasyong ito
procedure-identity-how = Kung hindi pa nasusuri ang iyong pagkakakilanlan, dalhin ang iyong My Number card sa counter ng city hall. Kapag nasuri na, maaari ka nang mag-apply online.
procedure-bring = Mga kailangan mo
procedure-fee = Bayad
procedure-fee-free = Libre
procedure-takes = Gaano katagal
procedure-takes-days = Mga { $days } araw bago mo malaman ang resulta
procedure-not-online = Hindi ito magagawa online. Pumunta sa isa sa mga lugar na nakalista sa itaas.
procedure-start = Simulan ang aplikasyon
procedure-continue = Ituloy ang aplikasyon
apply-document-title = { $page } | Aplikasyon | Madoguchi
apply-document-title-problem = Hindi masimulan ang aplikasyon | Madoguchi
apply-problem-title = Hindi masimulan ang aplikasyon
apply-back-to-procedure = Bumalik sa proseso
apply-kept-on-device = Naka-save at naka-encrypt ang iyong mga sagot sa device na ito. Kung titigil ka sa gitna, maaari mong ituloy mula sa Mga aplikasyon ko.
apply-kept-in-page = Mananatili lang ang iyong mga sagot habang bukas ang pahinang ito. Mawawala ang mga ito kapag isinara o ni-reload mo ang pahina.
apply-prefilled-banner = Napunan na para sa iyo
apply-prefilled-heading = Napunan ang ilang sagot mula sa mga naibigay mo na sa lungsod noon
apply-prefilled-hint = Pakisuri ang mga ito. Kung may nagbago, baguhin ang sagot.
apply-continue = Magpatuloy
apply-back = Bumalik
apply-check-title = Suriin ang iyong mga sagot
apply-change = Baguhin
apply-not-answered = Walang sagot
apply-declaration-title = Deklarasyon at pagpapadala
apply-declaration-legend = Deklarasyon
apply-declaration-agree = Nabasa ko ang pahayag sa itaas at sumasang-ayon ako
apply-submit-intro = Kapag nasuri mo na ang iyong mga sagot, ipadala ang aplikasyon.
apply-submit-app = Kapag ipinadala mo, ihahatid ito ng device na ito sa lungsod. Kung offline ka, ipapadala ito kapag online ka na.
apply-submit-web = Kapag ipinadala mo, darating agad ito sa lungsod.
apply-submit = Ipadala ang aplikasyon
apply-submitting = Ipinapadala
apply-sent-document-title = Naipadala ang aplikasyon | Madoguchi
apply-sent-title = Naipadala ang aplikasyon
apply-sent-banner = Naipadala na
# same-as-en: the same words are used in this language.
apply-reference = Reference number: { $reference }
apply-reference-hint = Ibigay ang reference number na ito kapag nakikipag-ugnayan sa lungsod.
apply-receipt-procedure = Proseso
# same-as-en: the same words are used in this language.
apply-receipt-reference = Reference number
apply-receipt-sent-at = Petsa ng pagpapadala
apply-next-title = Ano ang susunod
apply-next-text = Susuriin ng lungsod ang iyong aplikasyon. Masusubaybayan mo ito sa Mga aplikasyon ko. Kung may kailangan pang dokumento, sasabihan ka ng lungsod.
apply-print = I-print ang kopya
apply-see-applications = Tingnan ang mga aplikasyon ko
apply-sent-nothing = Walang aplikasyong naipadala mula sa pahinang ito
apply-queued-title = Naghihintay na maipadala ang iyong aplikasyon
apply-queued-banner = Naghihintay na maipadala
apply-queued-text = Wala pa ito sa lungsod. Awtomatiko itong ipapadala kapag online ka.
apply-queued-hint = Kapag natanggap na ng lungsod, lalabas dito ang reference number.
apply-failed-title = Hindi tinanggap ang iyong aplikasyon
applications-document-title = Mga aplikasyon ko | Madoguchi
applications-intro-app = Mga aplikasyong sinasagutan mo sa device na ito (draft) at mga aplikasyong ipinadala mula sa device na ito.
applications-intro-web = Mga aplikasyong sinasagutan mo o ipinadala sa pahinang ito. Walang sine-save ang web version sa iyong device, kaya mawawala ang mga ito sa listahan kapag isinara mo ang pahina. Isulat ang iyong mga reference number.
applications-drafts-title = Mga aplikasyong hindi pa tapos
applications-no-drafts = Wala kang aplikasyong hindi pa tapos.
applications-draft-saved = Na-save noong { $date }
applications-resume = Ituloy ang { $procedure }
applications-discard = Burahin ang draft ng { $procedure }
applications-discard-title = Burahin ang draft na ito?
applications-discard-text = Kapag binura, hindi na maibabalik ang iyong mga sagot.
applications-discard-yes = Burahin
applications-discard-no = Huwag burahin
applications-draft-discarded = Nabura ang draft.
applications-sent-title = Mga naipadalang aplikasyon
applications-none-sent = Wala ka pang naipadalang aplikasyon.
applications-sent-on = Naipadala noong { $date }
applications-state-pending = Naghihintay na maipadala
applications-state-sent = Natanggap ng lungsod
applications-state-failed = Hindi tinanggap
applications-status = Katayuan: { $status }

applications-send-now = Ipadala ngayon
delete-data-title = Datos sa aparatong ito
delete-data-explain = Naka-encrypt na nakaimbak sa aparatong ito ang listahan ng mga proseso at ang inyong mga aplikasyon, tanong, at draft. Kapag binura ang mga ito, mabubura rin ang susi ng pag-encrypt.
delete-data-button = Burahin ang datos na nakaimbak sa aparatong ito
delete-data-confirm = Buburahin ang lahat ng datos na nakaimbak sa aparatong ito, pati ang mga draft at ang mga aplikasyon o tanong na naghihintay maipadala. Magpapatuloy ba kayo?
delete-data-done = Nabura na ang datos na nakaimbak sa aparatong ito.
