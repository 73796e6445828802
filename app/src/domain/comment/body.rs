//! How a plain-text comment body becomes paragraphs, lines and links (never HTML).

/// A piece of one line of a comment body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Link(&'a str),
}

/// Splits a plain-text body into paragraphs (blank lines between them), lines, and
/// segments, where web addresses become links. Nothing is ever read as HTML: the page
/// puts each piece in as text.
pub fn body_paragraphs(body: &str) -> Vec<Vec<Vec<Segment<'_>>>> {
    let mut paragraphs = Vec::new();
    let mut current: Vec<Vec<Segment<'_>>> = Vec::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line_segments(line));
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

fn line_segments(line: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = find_link_start(rest) {
        let (before, from_link) = rest.split_at(start);
        let end = from_link
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .unwrap_or(from_link.len());
        // Trailing punctuation belongs to the sentence, not the address. `end` is where a
        // character was found, so a boundary.
        let (address, _) = from_link.split_at(end);
        let link = address.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
        if !before.is_empty() {
            out.push(Segment::Text(before));
        }
        if link.len() > "https://".len() {
            out.push(Segment::Link(link));
        } else {
            out.push(Segment::Text(link));
        }
        // The link is a prefix of `from_link`, so its length is a boundary.
        rest = from_link.split_at(link.len()).1;
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

fn find_link_start(s: &str) -> Option<usize> {
    match (s.find("https://"), s.find("http://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_keep_paragraphs_and_lines_and_find_links() {
        let body = "First line\nsecond line, see https://www.wgig.org/docs/.\n\n\n<b>not bold</b> http://x.example/a?b=c)";
        let paragraphs = body_paragraphs(body);
        assert_eq!(paragraphs.len(), 2);
        assert_eq!(paragraphs[0][0], vec![Segment::Text("First line")]);
        assert_eq!(
            paragraphs[0][1],
            vec![
                Segment::Text("second line, see "),
                Segment::Link("https://www.wgig.org/docs/"),
                Segment::Text("."),
            ]
        );
        assert_eq!(
            paragraphs[1][0],
            vec![
                Segment::Text("<b>not bold</b> "),
                Segment::Link("http://x.example/a?b=c"),
                Segment::Text(")"),
            ]
        );
    }

    #[test]
    fn a_bare_scheme_or_a_script_address_is_not_a_link() {
        assert_eq!(
            body_paragraphs("see https:// and javascript:alert(1)")[0][0],
            vec![
                Segment::Text("see "),
                Segment::Text("https://"),
                Segment::Text(" and javascript:alert(1)"),
            ]
        );
    }
}
