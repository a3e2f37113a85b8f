// A mail server of its own process, for the end-to-end suites: it speaks enough SMTP for the city's
// server (lettre) to deliver, and prints each message it takes as one JSON line on stdout
// (`{"to": [...], "text": "..."}`, the body decoded from base64 or quoted-printable), after a first
// line `{"listening": <port>}`. Run by `tests/support/mail.mjs`; keeps nothing on disk.
import { createServer } from "node:net";

function decodeBody(message) {
  const split = message.indexOf("\r\n\r\n");
  const head = split < 0 ? "" : message.slice(0, split);
  const body = split < 0 ? message : message.slice(split + 4);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

const server = createServer((socket) => {
  socket.setEncoding("utf8");
  let buffer = "";
  let inData = false;
  let data = [];
  let to = [];
  const reply = (line) => socket.write(`${line}\r\n`);
  reply("220 madoguchi-test-sink");
  socket.on("data", (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (inData) {
        if (line === ".") {
          inData = false;
          process.stdout.write(`${JSON.stringify({ to, text: decodeBody(data.join("\r\n")) })}\n`);
          data = [];
          to = [];
          reply("250 OK");
        } else {
          data.push(line.startsWith("..") ? line.slice(1) : line);
        }
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === "EHLO" || verb === "HELO") reply("250 madoguchi-test-sink");
      else if (verb === "RCPT") {
        to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
        reply("250 OK");
      } else if (verb === "DATA") {
        inData = true;
        reply("354 go on");
      } else if (verb === "QUIT") {
        reply("221 bye");
        socket.end();
      } else reply("250 OK");
    }
  });
  socket.on("error", () => {});
});

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ listening: server.address().port })}\n`);
});
process.on("SIGTERM", () => process.exit(0));
