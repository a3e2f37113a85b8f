# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = We cannot reach the city's server. Check your internet connection and try again in a little while.
error-bad-response = The city's server sent an answer we did not expect. Please try again in a little while.
error-not-found = We could not find what you were looking for.
error-internal = Something went wrong on the city's server. Please try again in a little while.
