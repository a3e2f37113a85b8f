//! Reading Japan Post's postal code data into the store: `utf_ken_all.csv`, the UTF-8 edition of
//! KEN_ALL (one row per code and town; 15 columns: local government code, old code, the 7-digit
//! code, three kana readings, prefecture, city, town, then flags).
//!
//! Japan Post writes a few towns as instructions rather than names; they become what a form should
//! fill in: 「以下に掲載がない場合」 and 「…の次に番地がくる場合」 (the city only), 「…一円」 for a
//! whole municipality (the city only), and a parenthetical (「（次のビルを除く）」, lists of
//! 丁目, building floors) is dropped, including one Japan Post split over several rows.

use madoguchi_domain::{PostalAddress, PostalCode};

/// A line that is not Japan Post's shape.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("line {line}: {why}")]
pub struct ImportError {
    pub line: usize,
    pub why: String,
}

/// Every address in the file, in its order, with Japan Post's instructions turned into towns.
pub fn parse_ken_all(text: &str) -> Result<Vec<(PostalCode, PostalAddress)>, ImportError> {
    let mut out: Vec<(PostalCode, PostalAddress)> = Vec::new();
    // Set while a parenthetical opened on an earlier row has not closed yet.
    let mut open_parenthesis = false;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let raw = raw.trim_start_matches('\u{feff}');
        if raw.trim().is_empty() {
            continue;
        }
        let fields = split_csv(raw);
        let field = |i: usize| {
            fields.get(i).map(String::as_str).ok_or_else(|| ImportError {
                line,
                why: format!("expected 15 columns, found {}", fields.len()),
            })
        };
        let code = PostalCode::parse(field(2)?).map_err(|e| ImportError {
            line,
            why: e.to_string(),
        })?;
        let (prefecture, city, town) = (field(6)?, field(7)?, field(8)?);
        if open_parenthesis {
            open_parenthesis = !town.contains('）');
            continue;
        }
        if town.contains('（') && !town.contains('）') {
            open_parenthesis = true;
        }
        let address = PostalAddress {
            prefecture: prefecture.to_owned(),
            city: city.to_owned(),
            town: town_name(city, town),
        };
        // Rows that differed only inside a dropped parenthetical are now the same address.
        if out.last() != Some(&(code, address.clone())) {
            out.push((code, address));
        }
    }
    Ok(out)
}

/// The town as a form should fill it in (see the module docs).
fn town_name(city: &str, town: &str) -> String {
    let town = town.split('（').next().unwrap_or_default();
    if town == "以下に掲載がない場合" || town.ends_with("の次に番地がくる場合") {
        return String::new();
    }
    if let Some(area) = town.strip_suffix("一円")
        && !area.is_empty()
        && city.ends_with(area)
    {
        return String::new();
    }
    town.to_owned()
}

/// One CSV row: comma-separated, fields optionally in double quotes (`""` inside is a quote).
fn split_csv(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows in Japan Post's shape, covering each special case.
    const SAMPLE: &str = "\u{feff}01101,\"060  \",\"0600000\",\"ﾎｯｶｲﾄﾞｳ\",\"ｻｯﾎﾟﾛｼﾁｭｳｵｳｸ\",\"ｲｶﾆｹｲｻｲｶﾞﾅｲﾊﾞｱｲ\",\"北海道\",\"札幌市中央区\",\"以下に掲載がない場合\",0,0,0,0,0,0
01101,\"064  \",\"0640941\",\"ﾎｯｶｲﾄﾞｳ\",\"ｻｯﾎﾟﾛｼﾁｭｳｵｳｸ\",\"ｱｻﾋｶﾞｵｶ\",\"北海道\",\"札幌市中央区\",\"旭ケ丘\",0,0,1,0,0,0
01101,\"060  \",\"0600042\",\"ﾎｯｶｲﾄﾞｳ\",\"ｻｯﾎﾟﾛｼﾁｭｳｵｳｸ\",\"ｵｵﾄﾞｵﾘﾆｼ(1-19ﾁｮｳﾒ)\",\"北海道\",\"札幌市中央区\",\"大通西（１～１９丁目）\",1,0,1,0,0,0
01101,\"064  \",\"0640820\",\"ﾎｯｶｲﾄﾞｳ\",\"ｻｯﾎﾟﾛｼﾁｭｳｵｳｸ\",\"ｵｵﾄﾞｵﾘﾆｼ(20-28ﾁｮｳﾒ)\",\"北海道\",\"札幌市中央区\",\"大通西（２０～２８丁目）\",1,0,1,0,0,0
13308,\"19802\",\"1980200\",\"ﾄｳｷｮｳﾄ\",\"ﾆｼﾀﾏｸﾞﾝｵｸﾀﾏﾏﾁ\",\"ｵｸﾀﾏﾏﾁｲﾁｴﾝ\",\"東京都\",\"西多摩郡奥多摩町\",\"奥多摩町一円\",0,0,0,0,0,0
18205,\"912  \",\"9120000\",\"ﾌｸｲｹﾝ\",\"ｵｵﾉｼ\",\"ｵｵﾉｼﾉﾂｷﾞﾆﾊﾞﾝﾁｶﾞｸﾙﾊﾞｱｲ\",\"福井県\",\"大野市\",\"大野市の次に番地がくる場合\",0,0,0,0,0,0
02206,\"03806\",\"0380601\",\"ｱｵﾓﾘｹﾝ\",\"ﾐﾅﾐﾂｶﾞﾙｸﾞﾝﾌｼﾞｻｷﾏﾁ\",\"ﾌｼﾞｻｷﾏﾁ(ｵｵｱｻﾞ\",\"青森県\",\"南津軽郡藤崎町\",\"藤崎町（大字藤崎、大字西豊田、\",1,0,0,0,0,0
02206,\"03806\",\"0380601\",\"ｱｵﾓﾘｹﾝ\",\"ﾐﾅﾐﾂｶﾞﾙｸﾞﾝﾌｼﾞｻｷﾏﾁ\",\"ｼﾓﾄﾞｵﾘ)\",\"青森県\",\"南津軽郡藤崎町\",\"下十川）\",1,0,0,0,0,0
02206,\"03818\",\"0381800\",\"ｱｵﾓﾘｹﾝ\",\"ﾐﾅﾐﾂｶﾞﾙｸﾞﾝﾌｼﾞｻｷﾏﾁ\",\"ｵｵｱｻﾞﾄｷﾜ\",\"青森県\",\"南津軽郡藤崎町\",\"常盤\",0,0,0,0,0,0
";

    fn lines(parsed: &[(PostalCode, PostalAddress)]) -> Vec<(String, String)> {
        parsed.iter().map(|(c, a)| (c.to_string(), a.line())).collect()
    }

    #[test]
    fn japan_posts_instructions_become_the_towns_a_form_fills_in() {
        let parsed = parse_ken_all(SAMPLE).unwrap();
        let got = lines(&parsed);
        let want: Vec<(String, String)> = [
            ("060-0000", "北海道札幌市中央区"),
            ("064-0941", "北海道札幌市中央区旭ケ丘"),
            ("060-0042", "北海道札幌市中央区大通西"),
            ("064-0820", "北海道札幌市中央区大通西"),
            ("198-0200", "東京都西多摩郡奥多摩町"),
            ("912-0000", "福井県大野市"),
            ("038-0601", "青森県南津軽郡藤崎町藤崎町"),
            ("038-1800", "青森県南津軽郡藤崎町常盤"),
        ]
        .iter()
        .map(|(c, l)| ((*c).to_owned(), (*l).to_owned()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_row_that_is_not_japan_posts_shape_says_where() {
        let err = parse_ken_all("01101,\"060\",\"06000\",x\n").unwrap_err();
        assert_eq!(err.line, 1);
        let err = parse_ken_all(&format!(
            "{}\n01101,\"060  \",\"0600000\"\n",
            SAMPLE.lines().nth(1).unwrap()
        ))
        .unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.why.contains("15 columns"), "{}", err.why);
    }

    #[test]
    fn quotes_and_commas_inside_quotes_are_read_as_csv() {
        assert_eq!(split_csv(r#"a,"b,c","d""e""#), ["a", "b,c", "d\"e"]);
    }
}
