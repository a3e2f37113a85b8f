// A display for the Tauri window: the caller's own (DISPLAY) when it has one, else a private Xvfb
// started here and stopped afterwards.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

import { waitFor } from "./server.mjs";

export async function ensureDisplay() {
  if (process.env.MADOGUCHI_E2E_DISPLAY) return { display: process.env.MADOGUCHI_E2E_DISPLAY, stop: async () => {} };
  let number = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) number += 1;
  const xvfb = spawn("Xvfb", [`:${number}`, "-screen", "0", "1280x800x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  xvfb.stderr.on("data", (d) => (stderr += d));
  await waitFor(() => existsSync(`/tmp/.X11-unix/X${number}`), { what: `Xvfb :${number} (${stderr})` });
  return {
    display: `:${number}`,
    stop: () =>
      new Promise((resolve) => {
        if (xvfb.exitCode !== null) return resolve();
        xvfb.on("exit", resolve);
        xvfb.kill("SIGTERM");
      }),
  };
}
