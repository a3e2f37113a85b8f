# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = Hindi makakonekta sa server ng lungsod. Tingnan ang inyong koneksyon sa internet at subukang muli mamaya.
error-bad-response = Nagpadala ang server ng lungsod ng sagot na hindi inaasahan. Pakisubukang muli mamaya.
error-not-found = Hindi namin makita ang hinahanap ninyo.
error-internal = Nagkaproblema ang server ng lungsod. Pakisubukang muli mamaya.
error-unavailable = Abala o may maintenance ang server ng lungsod kaya hindi ito makatanggap ngayon. Pakisubukang muli pagkalipas ng ilang minuto.
error-request-timeout = Hindi dumating sa takdang oras ang ipinadala mo. Pakisuri ang iyong koneksyon at ipadala itong muli.
error-invalid-request = Hindi namin mabasa ang ipinadala. Pakigamit ang pinakabagong bersyon ng aplikasyon at subukang muli.
error-invalid-submission = May mga sagot na kailangang tingnan muli. Basahin ang mensahe sa tabi ng bawat isa.
error-status-change-not-allowed = Hindi mababago ang aplikasyong ito sa kasalukuyang katayuan nito. Para sa mga detalye, magtanong sa tanggapan ng lungsod.
error-send-expired = Hindi ito naipadala nang halos isang araw, kaya itinigil ang pagpapadala upang hindi ito dumating nang dalawang beses. Tiyakin muna na hindi pa ito natatanggap ng lungsod, saka ipadala itong muli.
error-idempotency-key-missing = Nagkaproblema sa pagpapadala. Pakigamit ang pinakabagong bersyon ng aplikasyon at subukang muli.
error-idempotency-key-invalid = Mali ang anyo ng numero ng pagpapadala. Pakigamit ang pinakabagong bersyon ng aplikasyon at subukang muli.
error-idempotency-key-reused = Hindi ito tinanggap dahil ibang nilalaman ang ipinadala gamit ang parehong numero ng pagpapadala. Pakilagay itong muli.
error-request-in-progress = Pinoproseso pa ang nauna ninyong ipinadala. Pakisubukang muli mamaya.
error-unauthorized = Wala kayong pahintulot na gawin ito.
error-keyring-unavailable = Walang lalagyan ng susi (keyring) ang aparatong ito para sa susing nag-e-encrypt ng inyong datos, kaya walang maiimbak. Upang gamitin ang Madoguchi nang walang iniimbak, buksan ang bersyong web nito sa isang browser. Kapag binuksan ninyo ang keyring ng inyong kompyuter (gaya ng GNOME Keyring), makakapag-imbak na ang aplikasyon.
error-local-data-locked = Hindi makita ang susi ng datos na nakaimbak sa aparatong ito, kaya hindi ito mabuksan. Pindutin ang "Burahin ang datos na nakaimbak sa aparatong ito" upang magsimulang muli (mawawala ang mga tanong na naghihintay maipadala).
error-local-storage = Hindi maimbak ang inyong datos sa aparatong ito. Tingnan kung may bakanteng espasyo at subukang muli.
error-forbidden = Hindi ito magagawa gamit ang inyong account.
error-rate-limited = Masyadong maraming pagsubok sa maikling panahon, kaya pansamantalang itinigil ang pagtanggap. Maghintay nang kaunti at subukang muli.
error-sign-in-code-invalid = Mali ang code ng kumpirmasyon o lumipas na ang bisa nito (10 minuto lang ito may bisa). Humingi ng bagong code at subukang muli.
error-identity-level-too-low = Kailangang masuri sa counter ang inyong pagkakakilanlan para rito. Dalhin ang inyong My Number card sa counter ng city hall. Kapag nasuri na, mag-sign in gamit ang account na iyon upang magawa ito online.
error-staff-sign-in-failed = Mali ang username, password, o code ng authenticator app.
error-passkey-challenge-invalid = Lumipas na ang bisa ng pag-check ng passkey (5 minuto lang ito) o nagamit na ito. Subukang muli.
error-passkey-refused = Hindi magamit ang passkey na ito. Hindi ito nakarehistro sa site na ito, o tinanggal na ito.
error-mail-unavailable = Hindi makapagpadala ng email ngayon. Pakisubukang muli mamaya.
