c-whole-paper = The paper as a whole
# Before the list of the languages a paper can be read in (each named in its own language).
c-read-in = Read this paper in:
# After the name of the language the paper was written in, in that list.
c-original-mark = (original)
# Over a paper read in a translation. $language: the name of the language of the original, such as "English".
c-translation-note = A translation: the original is in { $language }. Paragraphs are numbered as in the original, and each paragraph's comments are the same in every language.
# $n is a number of comments.
c-comment-count =
    { $n ->
        [0] No comments yet
        [one] { $n } comment
       *[other] { $n } comments
    }
# $number is a paragraph's number, such as 2.1; $n is the number of comments on it.
c-comments-on-count =
    Paragraph { $number }: { $n ->
        [0] no comments yet
        [one] { $n } comment
       *[other] { $n } comments
    }
# $number is a paragraph's number, such as 2.1.
c-comments-on = Comments on paragraph { $number }
c-comments-on-whole = Comments on the paper as a whole
c-comments-on-removed = Comments on text that was removed
# After the number of comments on a paragraph: $n of them (1 or more) were written on earlier versions of the paper.
c-carried-count =
    { $n ->
        [one] ({ $n } from an earlier version)
       *[other] ({ $n } from earlier versions)
    }
# A comment carried from an earlier version: $version is that version's number, $number the paragraph's number there, such as 2.2.
c-written-on = Written on version { $version }, paragraph { $number }
# A comment carried from an earlier version, written on the paper as a whole; $version is that version's number.
c-written-on-whole = Written on version { $version }, on the paper as a whole
c-text-written-on = The text it was written on
# $version is a version's number.
c-changes-link = What changed in version { $version }
# $code is the paper's code, $version a version's number.
c-changes-title = { $code }: what changed in version { $version }
# $old and $new are the numbers of the earlier version and of the version it became.
c-changes-intro = Each paragraph of version { $old }, what became of it in version { $new } (removed words struck through, added words underlined), and the comments written on it with the secretariat's responses.
# A paragraph of the earlier version that is not in the new one: $old is its number, $fate what became of it (such as "removed").
c-changed-heading = Paragraph { $old }: { $fate }
# A paragraph of the earlier version: $old is its number, $fate what became of it (such as "edited"), $new the numbers of the paragraphs it became, joined by c-list-separator.
c-changed-heading-now = Paragraph { $old }: { $fate }, now { $new }
# A paragraph new in this version; $new is its number (or numbers, joined by c-list-separator).
c-added-heading = Paragraph { $new }: added
# Between the items of a list of paragraph numbers.
c-list-separator = {", "}
c-comments-on-earlier-text = Comments on the earlier text
c-unchanged-paragraphs = Unchanged, without comments
# $version is a version's number.
c-dispositions-link = The disposition of the comments on version { $version }
# $code is the paper's code, $version a version's number.
c-dispositions-title = { $code }: disposition of the comments on version { $version }
# $old is the number of the version commented on, $new that of the version that followed it.
c-dispositions-intro = Every published comment on version { $old }, as its author consented to be named, with the secretariat's disposition and response, and the paragraph of version { $new } it now corresponds to.
c-dispositions-csv = Download as CSV (spreadsheet)
c-dispositions-docx = Download as DOCX (word processor)
c-col-reference = Reference
c-col-paragraph = Paragraph
c-col-comment = Comment
c-col-disposition = Disposition and response
c-no-disposition = None yet
c-none-here = No published comments here yet.
c-more = More comments
c-close = Close the comments
c-comment-on-this = Comment on this paragraph
# A campaign's copies shown as one text; $n is the number of stakeholders who sent it (2 or more).
c-sent-by = The same letter, sent by { $n } stakeholders: see who
c-copy-differs = In its own words:
# The name of a paragraph's "Comment on this paragraph" link; $number is the paragraph's number, such as 2.1.
c-comment-on-numbered = Comment on paragraph { $number }
c-comment-on-paper = Comment on the paper as a whole
c-closed-note = This consultation is not open for comment at the moment.
c-filter-title = Show comments from…
c-any-group = Any stakeholder group
c-region = Region
c-any-region = Any region
c-tag = Tag
c-any-tag = Any tag
# The filter by the language a comment is written in.
c-language = Language
c-any-language = Any language
c-apply-filter = Show
c-clear-filter = Clear the filter
c-tags-label = Tags
c-quoted = Quoted passage
c-late = late
c-reply = Reply
c-replies = Replies
# $code is the paper's code.
c-form-title = Comment on { $code }
# $reference is a comment's reference.
c-reply-title = Reply to comment { $reference }
c-form-intro = The secretariat reads every comment before it is published. You can change or withdraw it until then.
c-paragraph = Paragraph
c-paragraph-hint = The paragraph your comment is about, or the paper as a whole.
c-quote = Quoted passage (optional)
c-quote-hint = Copy the words of the paragraph you are responding to, if it helps.
c-body = Your comment
c-body-hint = Plain text, 20 to 10,000 characters. Leave a blank line between paragraphs. Web addresses become links.
# The comment form's choice of the language a comment is written in.
c-comment-language = Written in
c-comment-language-hint = We find it from your text; choose it if we might get it wrong. Readers can then find your comment by its language.
# The first choice: the language is detected from the comment's text.
c-language-detect = Find it from my text
# $max is the number of tags a comment may have.
c-tags-legend = Tags (up to { $max })
c-tags-hint = Tags help the secretariat group comments by subject.
c-consent = How you are shown when it is published
c-consent-hint = Your stakeholder group and country are always shown.
# How the author of a comment consents to be shown when it is published.
c-consent-name-and-organisation = With my name and organisation
c-consent-organisation-only = With my organisation only
c-consent-anonymous = Anonymously (stakeholder group and country only)
c-submit = Submit the comment
c-sign-in-to-comment = Sign in, or register as a stakeholder, to comment.
c-my-title = My comments
c-my-intro = Everything you have submitted, newest first. You can change or withdraw a comment while it is pending.
c-my-none = You have not submitted any comment yet.
c-reference = Reference
c-where-label = On
c-status = Status
# The statuses of a comment.
c-status-pending = Pending review
c-status-published = Published
c-status-rejected = Not published
c-status-withdrawn = Withdrawn
c-status-hidden = Hidden
c-reason = Reason
c-submitted = Submitted
c-older = Older comments
# $reference is a comment's reference.
c-comment-title = Comment { $reference }
# $reference is the new comment's reference.
c-received = Thank you. Your comment has been received with the reference { $reference }. It will be published once the secretariat has reviewed it.
c-saved = Your changes have been saved. The earlier text is kept in the comment's history.
c-withdrawn = Your comment has been withdrawn. It will not be published.
c-in-reply-to = In reply to
c-history = History
# $n is the number of earlier versions of a comment (1 or more).
c-revisions =
    { $n ->
        [one] { $n } earlier version kept
       *[other] { $n } earlier versions kept
    }
c-edit = Change the comment
c-withdraw = Withdraw the comment…
c-withdraw-hint = A withdrawn comment is never published and cannot be sent again; the secretariat keeps a record that it was withdrawn.
c-withdraw-confirm = Yes, withdraw it
c-edit-hint = You can change or withdraw your comment until the secretariat has reviewed it.
# $reference is a comment's reference.
c-edit-title = Change comment { $reference }
c-edit-intro = Your earlier text is kept in the comment's history.
c-back-to-comment = Back to the comment
c-save = Save the changes
c-search-title = Search the comments
c-search-intro = Search every published comment by its words, its paper and its tags.
c-search-label = Words
# $n is the number of comments found, all shown on this page.
c-results =
    { $n ->
        [0] No published comment matches.
        [one] { $n } comment.
       *[other] { $n } comments.
    }
# $n is the number of comments found and shown on this page, when more are on the next pages.
c-results-more =
    { $n ->
        [0] No published comment matches.
        [one] { $n } comment.
       *[other] { $n } comments on this page.
    }
