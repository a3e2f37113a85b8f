// A minimal W3C WebDriver client (fetch + JSON): enough to drive the Tauri window through
// tauri-driver → WebKitWebDriver. Small on purpose; every call fails loudly with the driver's message.
const ELEMENT = "element-6066-11e4-a5e2-4fe1ec6b2f7e";

export class WebDriver {
  constructor(base) {
    this.base = base;
    this.sessionId = null;
  }

  async call(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      // An app that dies while starting leaves the driver waiting for ever: fail instead.
      signal: AbortSignal.timeout(90_000),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = json.value ?? {};
      throw new Error(`WebDriver ${method} ${path}: ${error.error ?? response.status} ${error.message ?? ""}`);
    }
    return json.value;
  }

  async newSession(capabilities) {
    const value = await this.call("POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    this.sessionId = value.sessionId;
    return value;
  }

  session(path) {
    return `/session/${this.sessionId}${path}`;
  }

  async deleteSession() {
    if (this.sessionId) await this.call("DELETE", this.session("")).catch(() => {});
    this.sessionId = null;
  }

  /** Runs `script` (a function body) in the page and returns its value. */
  async execute(script, args = []) {
    return this.call("POST", this.session("/execute/sync"), { script, args });
  }

  async findAll(css) {
    const found = await this.call("POST", this.session("/elements"), { using: "css selector", value: css });
    // The W3C key, or whatever single key an older driver uses for element references.
    return found.map((e) => e[ELEMENT] ?? Object.values(e)[0]);
  }

  async text(elementId) {
    return this.call("GET", this.session(`/element/${elementId}/text`));
  }

  /** Types `text` into an element (keyboard input, as a resident would). */
  async type(elementId, text) {
    return this.call("POST", this.session(`/element/${elementId}/value`), { text });
  }

  async click(elementId) {
    return this.call("POST", this.session(`/element/${elementId}/click`), {});
  }
}
