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
