# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = Não foi possível conectar ao servidor da prefeitura. Verifique sua conexão com a internet e tente de novo daqui a pouco.
error-bad-response = O servidor da prefeitura enviou uma resposta inesperada. Tente de novo daqui a pouco.
error-not-found = Não encontramos o que você procura.
error-internal = Ocorreu um problema no servidor da prefeitura. Tente de novo daqui a pouco.
