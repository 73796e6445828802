//! Comments as the pages see them: status, publication consent, the attribution a reader
//! sees, the form a stakeholder fills in, and how a plain-text body becomes paragraphs and
//! links (never HTML).

mod body;
mod consent;
mod form;
mod reference;
mod status;
mod views;

pub use body::{Segment, body_paragraphs};
pub use consent::{Attribution, Consent};
pub use form::{
    BODY_MAX_CHARS, BODY_MIN_CHARS, CommentForm, FormStart, MAX_TAGS, QUOTE_MAX_CHARS,
    ValidComment, validate_body, validate_comment, validate_quote, validate_tags,
};
pub use reference::{id_from_reference, reference};
pub use status::CommentStatus;
pub use views::{
    Arrival, CommentFilter, CommentView, MyComment, NotMeComment, PAGE_SIZE, PaperComments,
    ParagraphCount, SearchHit, SearchPage, TagView, WrittenOn, same_words,
};
