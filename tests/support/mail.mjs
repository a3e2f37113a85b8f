// The residents' mailbox for the end-to-end suites: a real SMTP server in its own process
// (`smtp-sink.mjs`) that the city's server mails sign-in codes to, and the six digits a resident
// would read in the newest message to their address.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import { waitFor } from "./server.mjs";

/** @returns {Promise<{url: string, codeFor: (to: string) => Promise<string>, count: (to: string) => number, stop: () => void}>} */
export async function startMailSink() {
  const child = spawn(process.execPath, [fileURLToPath(new URL("./smtp-sink.mjs", import.meta.url))], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const messages = [];
  const port = await new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`the SMTP sink exited (${code})`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      const event = JSON.parse(line);
      if (event.listening) resolve(event.listening);
      else messages.push(event);
    });
  });
  const to = (address) => messages.filter((m) => m.to.includes(address));
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: (address) => to(address).length,
    /** The code in the newest mail to `address`, once there are more than `after` mails to it. */
    async codeFor(address, { after = 0 } = {}) {
      const mail = await waitFor(() => to(address).length > after && to(address).at(-1), { what: `a mail to ${address}` });
      const code = /(?<!\d)\d{6}(?!\d)/.exec(mail.text)?.[0];
      if (!code) throw new Error(`no six-digit code in the mail: ${mail.text}`);
      return code;
    },
    stop: () => child.kill("SIGTERM"),
  };
}
