# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = Hindi makakonekta sa server ng lungsod. Tingnan ang inyong koneksyon sa internet at subukang muli mamaya.
error-bad-response = Nagpadala ang server ng lungsod ng sagot na hindi inaasahan. Pakisubukang muli mamaya.
error-not-found = Hindi namin makita ang hinahanap ninyo.
error-internal = Nagkaproblema ang server ng lungsod. Pakisubukang muli mamaya.
