"""A tray for the window tests: a real StatusNotifierWatcher on the test's private session bus (what
a desktop panel runs: KDE's, Xfce's, GNOME's AppIndicator extension), and the X11 requests a window
manager makes. Driven by `tests/support/tray.mjs` through JSON lines: one request a line on stdin,
one answer a line on stdout.

Requests:
  {"do": "items"}                        the items registered, each still answering, with its Status
  {"do": "menu", "item": i}              the item's menu (com.canonical.dbusmenu GetLayout): id, label
  {"do": "click", "item": i, "id": n}    a click on a menu entry (dbusmenu Event "clicked")
  {"do": "close", "title": t}            WM_DELETE_WINDOW to each top-level window titled t (the
                                         window manager's close button)
  {"do": "mapped", "title": t}           whether a window titled t is mapped (shown)
  {"do": "leave"}                        the panel goes: the watcher's name is released

Runs with the venv Setup makes (`xtask/src/tray_host.rs`: dbus-fast and python-xlib, pinned).
"""

import asyncio
import json
import os
import sys

from dbus_fast import BusType, Message, MessageType, Variant
from dbus_fast.aio import MessageBus
from Xlib import X, display, protocol

WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
ITEM = "org.kde.StatusNotifierItem"
PROPERTIES = "org.freedesktop.DBus.Properties"
MENU = "com.canonical.dbusmenu"

INTROSPECTION = f"""<node>
  <interface name="{WATCHER}">
    <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
    <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
    <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
    <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
    <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
    <signal name="StatusNotifierHostRegistered"/>
  </interface>
</node>"""


class Watcher:
    """The watcher's side of the StatusNotifierItem protocol, answered message by message (the
    registering item's bus name is the message's sender)."""

    def __init__(self, bus):
        self.bus = bus
        self.items = []  # (bus name, object path)

    def properties(self):
        return {
            "RegisteredStatusNotifierItems": Variant("as", [f"{s}{p}" for s, p in self.items]),
            "IsStatusNotifierHostRegistered": Variant("b", True),
            "ProtocolVersion": Variant("i", 0),
        }

    def handle(self, msg):
        if msg.message_type != MessageType.METHOD_CALL or msg.path != WATCHER_PATH:
            return None
        reply = lambda signature="", body=(): Message.new_method_return(msg, signature, list(body))
        if msg.interface == WATCHER and msg.member == "RegisterStatusNotifierItem":
            service = msg.body[0]
            # An item names its object path (libayatana-appindicator) or its own bus name.
            name, path = (msg.sender, service) if service.startswith("/") else (service, "/StatusNotifierItem")
            if (name, path) not in self.items:
                self.items.append((name, path))
            self.bus.send(Message.new_signal(WATCHER_PATH, WATCHER, "StatusNotifierItemRegistered", "s", [f"{name}{path}"]))
            return reply()
        if msg.interface == WATCHER and msg.member == "RegisterStatusNotifierHost":
            return reply()
        if msg.interface == PROPERTIES and msg.member == "GetAll":
            return reply("a{sv}", [self.properties()])
        if msg.interface == PROPERTIES and msg.member == "Get":
            value = self.properties().get(msg.body[1])
            if value is None:
                return Message.new_error(msg, "org.freedesktop.DBus.Error.UnknownProperty", msg.body[1])
            return reply("v", [value])
        if msg.interface == "org.freedesktop.DBus.Introspectable" and msg.member == "Introspect":
            return reply("s", [INTROSPECTION])
        return Message.new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", msg.member or "")


async def call(bus, destination, path, interface, member, signature="", body=()):
    answer = await bus.call(
        Message(destination=destination, path=path, interface=interface, member=member, signature=signature, body=list(body))
    )
    if answer.message_type == MessageType.ERROR:
        raise RuntimeError(f"{member}: {answer.error_name} {answer.body}")
    return answer.body


async def items(bus, watcher):
    """Every registered item that still answers, with the properties a panel shows it by."""
    found = []
    for name, path in watcher.items:
        try:
            (props,) = await call(bus, name, path, PROPERTIES, "GetAll", "s", [ITEM])
        except RuntimeError:
            continue  # gone
        found.append(
            {
                "name": name,
                "path": path,
                "status": props["Status"].value if "Status" in props else None,
                "menu": props["Menu"].value if "Menu" in props else None,
                "id": props["Id"].value if "Id" in props else None,
            }
        )
    return found


def entries(layout):
    """A dbusmenu layout (id, properties, children) as a flat list of labelled entries."""
    ident, props, children = layout
    out = []
    if "label" in props:
        out.append({"id": ident, "label": props["label"].value, "visible": props.get("visible", Variant("b", True)).value})
    for child in children:
        out.extend(entries(child.value))
    return out


async def menu(bus, item):
    # Ask a layout first: dbusmenu-gtk fills a menu in on AboutToShow, as a panel opening it does.
    try:
        await call(bus, item["name"], item["menu"], MENU, "AboutToShow", "i", [0])
    except RuntimeError:
        pass
    _revision, layout = await call(bus, item["name"], item["menu"], MENU, "GetLayout", "iias", [0, -1, []])
    return entries(layout)


def top_levels(x, title):
    found = []
    for window in x.screen().root.query_tree().children:
        try:
            name = window.get_full_property(x.intern_atom("_NET_WM_NAME"), x.intern_atom("UTF8_STRING"))
            name = name.value.decode() if name else window.get_wm_name()
        except Exception:
            continue
        if name == title:
            found.append(window)
    return found


def close(title):
    x = display.Display(os.environ["DISPLAY"])
    protocols, delete = x.intern_atom("WM_PROTOCOLS"), x.intern_atom("WM_DELETE_WINDOW")
    # Only a shown window has a close button: GTK also makes hidden top-levels (a tray menu's) that
    # may carry the application's name.
    windows = [w for w in top_levels(x, title) if w.get_attributes().map_state == X.IsViewable]
    for window in windows:
        event = protocol.event.ClientMessage(window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
        window.send_event(event, event_mask=X.NoEventMask)
    x.flush()
    x.close()
    return len(windows)


def mapped(title):
    x = display.Display(os.environ["DISPLAY"])
    shown = any(w.get_attributes().map_state == X.IsViewable for w in top_levels(x, title))
    x.close()
    return shown


async def main():
    bus = await MessageBus(bus_type=BusType.SESSION).connect()
    watcher = Watcher(bus)
    bus.add_message_handler(watcher.handle)
    await bus.request_name(WATCHER)
    print(json.dumps({"ready": True}), flush=True)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        request = json.loads(line)
        try:
            what = request["do"]
            if what == "items":
                answer = {"items": await items(bus, watcher)}
            elif what == "menu":
                answer = {"entries": await menu(bus, request["item"])}
            elif what == "click":
                item = request["item"]
                await call(bus, item["name"], item["menu"], MENU, "Event", "isvu", [request["id"], "clicked", Variant("i", 0), 0])
                answer = {"clicked": True}
            elif what == "close":
                answer = {"closed": close(request["title"])}
            elif what == "leave":
                await bus.release_name(WATCHER)
                watcher.items.clear()
                answer = {"left": True}
            elif what == "mapped":
                answer = {"mapped": mapped(request["title"])}
            else:
                answer = {"error": f"unknown request {what}"}
        except Exception as error:  # the test reads it and fails with it
            answer = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer), flush=True)


asyncio.run(main())
