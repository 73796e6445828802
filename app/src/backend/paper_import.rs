//! Turns a working paper written in Markdown into numbered blocks: every heading opens a
//! section numbered by its depth ("2", "2.1"), and every block under it (a paragraph, a
//! whole list, a quotation) is a paragraph numbered within that section ("2.1.3").

use crate::domain::BlockKind;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedBlock {
    pub number: String,
    pub kind: BlockKind,
    /// Heading depth as written (2 for `##`); 0 for other blocks.
    pub level: u8,
    pub text: String,
}

fn depth(level: HeadingLevel) -> usize {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Numbers sections and paragraphs as the importer goes. Within a section, its paragraphs
/// and its subsections share one count, so that no two blocks have the same number: after
/// paragraphs 2.1 and 2.2, the next subsection is 2.3 and its paragraphs 2.3.1, 2.3.2.
#[derive(Default)]
struct Numbering {
    /// The shallowest heading depth seen: it counts as the first level of numbering.
    top: Option<usize>,
    /// The count of blocks given so far at each depth (index 1 to 7) in the open sections.
    counters: [usize; 8],
    current: Option<usize>,
    /// Paragraphs before any heading.
    loose: usize,
}

impl Numbering {
    fn heading(&mut self, d: usize) -> String {
        self.top = Some(self.top.map_or(d, |top| top.min(d)));
        self.counters[d] += 1;
        for deeper in self.counters.iter_mut().skip(d + 1) {
            *deeper = 0;
        }
        self.current = Some(d);
        self.section_number()
    }

    fn section_number(&self) -> String {
        match (self.top, self.current) {
            (Some(top), Some(current)) => (top..=current)
                .map(|d| self.counters[d].max(1).to_string())
                .collect::<Vec<_>>()
                .join("."),
            _ => String::new(),
        }
    }

    fn paragraph(&mut self) -> String {
        match self.current {
            None => {
                self.loose += 1;
                self.loose.to_string()
            }
            Some(current) => {
                let child = (current + 1).min(self.counters.len() - 1);
                self.counters[child] += 1;
                format!("{}.{}", self.section_number(), self.counters[child])
            }
        }
    }
}

/// Imports Markdown into numbered blocks. Inline formatting is kept as plain text; nothing
/// of the source's HTML is kept.
pub fn import(markdown: &str) -> Vec<ImportedBlock> {
    let mut blocks = Vec::new();
    let mut numbering = Numbering::default();
    // The block being collected: its kind, heading depth and text.
    let mut open: Option<(BlockKind, usize, String)> = None;
    // Nesting of container blocks inside the open block (lists in lists, items).
    let mut nesting = 0usize;
    let mut item_depth = 0usize;

    for event in Parser::new(markdown) {
        match event {
            Event::Start(tag) => match (&mut open, tag) {
                (None, Tag::Heading { level, .. }) => {
                    open = Some((BlockKind::Heading, depth(level), String::new()));
                }
                (None, Tag::Paragraph | Tag::CodeBlock(_)) => {
                    open = Some((BlockKind::Paragraph, 0, String::new()));
                }
                (None, Tag::List(_)) => {
                    open = Some((BlockKind::List, 0, String::new()));
                    nesting = 1;
                }
                (None, Tag::BlockQuote(_)) => {
                    open = Some((BlockKind::Quote, 0, String::new()));
                    nesting = 1;
                }
                (Some((_, _, text)), Tag::Item) => {
                    item_depth += 1;
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    if item_depth > 1 {
                        text.push_str(&"  ".repeat(item_depth - 1));
                    }
                }
                (Some((_, _, text)), Tag::Paragraph)
                    if nesting > 0
                        && !text.is_empty()
                        && !text.ends_with('\n')
                        && item_depth == 0 =>
                {
                    text.push('\n');
                }
                (Some(_), Tag::List(_) | Tag::BlockQuote(_)) => nesting += 1,
                _ => {}
            },
            Event::End(end) => {
                let closes = match end {
                    TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock => nesting == 0,
                    TagEnd::List(_) | TagEnd::BlockQuote(_) => {
                        nesting = nesting.saturating_sub(1);
                        nesting == 0
                    }
                    TagEnd::Item => {
                        item_depth = item_depth.saturating_sub(1);
                        false
                    }
                    _ => false,
                };
                if closes && let Some((kind, d, text)) = open.take() {
                    let text = text.trim().to_owned();
                    if text.is_empty() {
                        continue;
                    }
                    let (number, level) = if kind == BlockKind::Heading {
                        (numbering.heading(d), u8::try_from(d).unwrap_or(6))
                    } else {
                        (numbering.paragraph(), 0)
                    };
                    blocks.push(ImportedBlock {
                        number,
                        kind,
                        level,
                        text,
                    });
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, text)) = &mut open {
                    text.push_str(&t);
                }
            }
            Event::SoftBreak => {
                if let Some((_, _, text)) = &mut open {
                    text.push(' ');
                }
            }
            Event::HardBreak => {
                if let Some((_, _, text)) = &mut open {
                    text.push('\n');
                }
            }
            _ => {}
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(blocks: &[ImportedBlock]) -> Vec<(&str, BlockKind)> {
        blocks.iter().map(|b| (b.number.as_str(), b.kind)).collect()
    }

    #[test]
    fn nested_headings_number_sections_and_paragraphs() {
        let md = "\
## Introduction

The Working Group met in Geneva.
It opened consultations.

## Issues

First issue paragraph.

### Transparency

Who authorises changes to the root zone?

- publication of procedures
- reporting
  - nested item

> A quoted remark.

### Diversity

Operators are spread unevenly.

## Options

Three options follow.
";
        let blocks = import(md);
        assert_eq!(
            numbers(&blocks),
            vec![
                ("1", BlockKind::Heading),
                ("1.1", BlockKind::Paragraph),
                ("2", BlockKind::Heading),
                ("2.1", BlockKind::Paragraph),
                ("2.2", BlockKind::Heading),
                ("2.2.1", BlockKind::Paragraph),
                ("2.2.2", BlockKind::List),
                ("2.2.3", BlockKind::Quote),
                ("2.3", BlockKind::Heading),
                ("2.3.1", BlockKind::Paragraph),
                ("3", BlockKind::Heading),
                ("3.1", BlockKind::Paragraph),
            ]
        );
        assert_eq!(
            blocks[1].text,
            "The Working Group met in Geneva. It opened consultations."
        );
        assert_eq!(blocks[4].level, 3);
        assert_eq!(
            blocks[6].text,
            "publication of procedures\nreporting\n  nested item"
        );
        assert_eq!(blocks[7].text, "A quoted remark.");
    }

    #[test]
    fn paragraphs_before_any_heading_are_numbered_plainly_and_html_is_text() {
        let blocks = import("Preamble with <b>bold</b> and *emphasis*.\n\n# Title\n\nBody.");
        assert_eq!(
            numbers(&blocks),
            vec![
                ("1", BlockKind::Paragraph),
                ("1", BlockKind::Heading),
                ("1.1", BlockKind::Paragraph),
            ]
        );
        assert_eq!(blocks[0].text, "Preamble with bold and emphasis.");
    }
}
