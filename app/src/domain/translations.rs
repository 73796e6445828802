//! Papers in several languages: a translation of a paper's version into another language,
//! paragraph for paragraph. Its Markdown is numbered as the paper's is, and must give the
//! same numbered blocks (number, kind, heading level), so that every comment, count and link
//! of a paragraph holds in every language.

use super::editor::{MARKDOWN_MAX_CHARS, TITLE_MAX_CHARS, checked_description};
use super::validation::validate_line;
use super::{BlockKind, Field, FieldProblems, ParagraphView, Problem};
use serde::{Deserialize, Serialize};

/// A translation as typed in the editor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationForm {
    pub title: String,
    pub abstract_text: String,
    pub markdown: String,
    /// The version it translates, as the form was opened for it (0: the current one). A
    /// paper changed while its translator typed keeps this text as the translation of the
    /// version it was made for, never of the new one.
    #[serde(default)]
    pub version: i32,
}

/// A translation's form as the editor starts it: the translation of the current version if
/// there is one, else that of an earlier version, else the paper's own text to translate;
/// with the paper's numbered blocks beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationStart {
    pub language: String,
    /// The paper's own language.
    pub paper_language: String,
    pub paper_title: String,
    pub version: i32,
    pub form: TranslationForm,
    /// The version this form's text was saved for (`None`: not translated yet, the form
    /// holds the paper's own text).
    pub from_version: Option<i32>,
    pub blocks: Vec<ParagraphView>,
}

/// A numbered block's place in the structure: its number, kind and heading level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockShape {
    pub number: String,
    pub kind: BlockKind,
    pub level: u8,
}

/// The first block where a translation's structure leaves the paper's: the paper's number
/// there (or the translation's, past the paper's end), and the number of blocks of each.
pub fn structure_difference(paper: &[BlockShape], translation: &[BlockShape]) -> Option<Problem> {
    let at = paper
        .iter()
        .zip(translation)
        .position(|(a, b)| a != b)
        .or_else(|| {
            (paper.len() != translation.len()).then(|| paper.len().min(translation.len()))
        })?;
    let number = paper
        .get(at)
        .or_else(|| translation.get(at))
        .map(|b| b.number.clone())
        .unwrap_or_default();
    Some(Problem::StructureDiffers {
        expected: paper.len(),
        found: translation.len(),
        at: number,
    })
}

/// A translation checked: its title, abstract and Markdown (line ends normalised), and its
/// structure against the paper's (`shapes` gives the numbered blocks of a Markdown text).
pub fn validate_translation(
    form: &TranslationForm,
    paper: &[BlockShape],
    shapes: impl Fn(&str) -> Vec<BlockShape>,
) -> Result<TranslationForm, FieldProblems> {
    let mut problems = FieldProblems::default();
    let title = problems.check(Field::Title, validate_line(&form.title, TITLE_MAX_CHARS));
    let abstract_text = checked_description(&mut problems, &form.abstract_text);
    let markdown = form.markdown.replace("\r\n", "\n");
    if markdown.trim().is_empty() {
        problems.push(Field::Markdown, Problem::Required);
    } else if markdown.chars().count() > MARKDOWN_MAX_CHARS {
        let max = MARKDOWN_MAX_CHARS;
        problems.push(Field::Markdown, Problem::TooLong { max });
    } else if let Some(problem) = structure_difference(paper, &shapes(&markdown)) {
        problems.push(Field::Markdown, problem);
    }
    match title {
        Some(title) if problems.is_empty() => Ok(TranslationForm {
            title,
            abstract_text,
            markdown,
            version: form.version,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(number: &str, kind: BlockKind, level: u8) -> BlockShape {
        BlockShape {
            number: number.to_owned(),
            kind,
            level,
        }
    }

    fn paper() -> Vec<BlockShape> {
        vec![
            shape("1", BlockKind::Heading, 2),
            shape("1.1", BlockKind::Paragraph, 0),
            shape("1.2", BlockKind::List, 0),
            shape("2", BlockKind::Heading, 2),
            shape("2.1", BlockKind::Paragraph, 0),
        ]
    }

    #[test]
    fn the_same_structure_passes_and_the_first_difference_is_named() {
        assert_eq!(structure_difference(&paper(), &paper()), None);
        let mut merged = paper();
        merged.remove(2);
        merged[2].number = "1.3".into();
        assert_eq!(
            structure_difference(&paper(), &merged),
            Some(Problem::StructureDiffers {
                expected: 5,
                found: 4,
                at: "1.2".into()
            })
        );
        // A paragraph where the paper has a list: same count, different kind.
        let mut kind = paper();
        kind[2].kind = BlockKind::Paragraph;
        let problem = structure_difference(&paper(), &kind).unwrap();
        assert_eq!(
            problem,
            Problem::StructureDiffers {
                expected: 5,
                found: 5,
                at: "1.2".into()
            }
        );
        // One more paragraph at the end.
        let mut longer = paper();
        longer.push(shape("2.2", BlockKind::Paragraph, 0));
        let Some(Problem::StructureDiffers { at, found, .. }) =
            structure_difference(&paper(), &longer)
        else {
            panic!("a longer translation differs");
        };
        assert_eq!((at.as_str(), found), ("2.2", 6));
    }

    #[test]
    fn a_translation_needs_a_title_and_a_text_of_the_papers_structure() {
        let form = TranslationForm {
            title: " ".into(),
            abstract_text: String::new(),
            markdown: "## Un\r\n\r\nTexte.".into(),
            version: 0,
        };
        let problems =
            validate_translation(&form, &paper(), |_| paper()[..2].to_vec()).unwrap_err();
        assert_eq!(problems.get(Field::Title), Some(&Problem::Required));
        assert!(matches!(
            problems.get(Field::Markdown),
            Some(Problem::StructureDiffers { .. })
        ));
        let ok = validate_translation(
            &TranslationForm {
                title: "Document".into(),
                ..form
            },
            &paper(),
            |_| paper(),
        )
        .unwrap();
        assert_eq!(ok.markdown, "## Un\n\nTexte.", "line ends normalised");
    }
}
