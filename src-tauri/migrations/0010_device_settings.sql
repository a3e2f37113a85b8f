-- Settings of the app on this device that are not the resident's notice profile (which goes with
-- its consent when cleared): at most one row; no row means every default. None of it is ever sent.
-- keep_in_tray (issue 13): closing the window hides it and the app keeps receiving notices from
-- its tray icon. Off unless the resident turns it on.
CREATE TABLE device_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    keep_in_tray INTEGER NOT NULL DEFAULT 0 CHECK (keep_in_tray IN (0, 1))
);
