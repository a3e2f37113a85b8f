-- The city's list of areas (districts, 町丁目) a resident picks theirs from and a notice's rule names
-- by code (issue 13). `name` is the area's `LocalizedText` as its wire JSON (`{"ja": "夢咲3丁目",
-- "en": "Yumesaki 3-chome"}`), read back whole: nothing selects on a name. `position` is the city's
-- order. The list is replaced whole; notices keep the codes they named, listed or not.
CREATE TABLE areas (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL UNIQUE
);
