k-form-title = Send a contribution
# $consultation: the consultation's title.
k-form-heading = Send a contribution to { $consultation }
k-form-intro = A contribution is a document: a position paper, a statement, a study. Give it a title and a short summary, attach the files, and say how you agree to be shown. The secretariat reads it before it is published.
k-attach = Attach documents (optional)
# Under the comment form's file input. $max_files: how many files at most;
# $max_mb: the largest size of one file, in megabytes.
k-attach-hint = If your comment refers to a document, attach it: up to { $max_files } files of at most { $max_mb } MB each, PDF, Word (DOCX), OpenDocument (ODT), plain text or Markdown. They are published with your comment.
k-attached = Attached documents
k-paragraphs = Paragraphs it concerns
k-paragraphs-hint = Optional, with a paper: the paragraph numbers, separated by commas (for example 2.1, 3.4).
k-concerned = Comments on these paragraphs
k-no-concerned = No published comment on these paragraphs yet.
k-report = Report this contribution
k-reported = Thank you. The secretariat will look at this contribution.
k-reported-by-readers = Reported by readers
k-keep = Keep published
k-sign-in-needed = Please sign in to send a contribution, or register: it takes a minute.
k-closed = This consultation does not take contributions now.
k-title = Title
k-summary = Summary
k-summary-hint = A few sentences on what the document says; readers see it before they download anything.
k-files = Files
# $max_files: how many files at most; $max_mb: the largest size of one file, in megabytes.
k-files-hint = Up to { $max_files } files of at most { $max_mb } MB each: PDF, Word (DOCX), OpenDocument (ODT), plain text or Markdown. Files with passwords or macros cannot be accepted.
k-paper = Working paper it concerns
k-paper-hint = Optional: the paper your contribution answers.
k-no-paper = The consultation as a whole
k-submit = Send the contribution
# Why a file was refused. $file is k-refusal-named (the file's name, quoted) or, when the
# file has no name, k-refusal-unnamed; it begins the sentence.
k-refusal-unnamed = A file
k-refusal-named = “{ $name }”
k-refusal-empty = { $file } is empty.
# $max_mb: the largest size of one file, in megabytes.
k-refusal-too-large = { $file } is larger than { $max_mb } MB.
k-refusal-unknown-type = { $file } is not a PDF, DOCX, ODT, text or Markdown file (whatever its name says).
k-refusal-encrypted = { $file } is encrypted or protected by a password (or is an old .doc file): save it again without a password, as PDF or DOCX.
k-refusal-macros = { $file } contains macros: save it again as a plain DOCX or PDF.
k-refusal-active-content = { $file } contains scripts, embedded files or web page code: save it again as a plain PDF.
k-refusal-malformed = { $file } is damaged or not what it claims to be inside.
k-refusal-too-many-bytes-inside = { $file } would take too much space once unpacked.
# $max: how many files at most.
k-refusal-too-many = Send at most { $max } files at once.
k-refusal-missing = { $file } cannot be found in the folder of the import file.
# $reference: the contribution's reference.
k-received = Thank you: your contribution was received under the reference { $reference }.
k-received-next = The secretariat reads it before it is published; this page shows where it stands. Keep the reference to quote it.
# Where a contribution stands.
k-status-pending = Waiting for the secretariat
k-status-published = Published
k-status-rejected = Not published
k-status-hidden = Withdrawn from publication by the secretariat
k-status-withdrawn = Withdrawn by its author
# $consultation: the consultation's title.
k-list-title = Contributions to { $consultation }
k-list-intro = Documents sent by stakeholders and published by the secretariat, newest first.
k-send = Send a contribution
# $n: the number of published contributions.
k-count =
    { $n ->
        [0] No contribution published yet.
        [one] { $n } contribution
       *[other] { $n } contributions
    }
k-concerns = on
# $n: a document's number of pages.
k-pages =
    { $n ->
        [one] { $n } page
       *[other] { $n } pages
    }
k-text-not-extracted = text not extracted
# A file's size. $n: a number of bytes (under 1000).
k-bytes = { $n } bytes
# A file's size. $size: a number of kilobytes, already formatted.
k-kilobytes = { $size } kB
# A file's size. $size: a number of megabytes with one decimal, already formatted with
# k-decimal-separator.
k-megabytes = { $size } MB
# The decimal separator of numbers such as "2.4" in k-megabytes.
k-decimal-separator = {"."}
k-desk-title = Contributions to review
k-desk-empty = No contribution waits for a decision.
# $n: the number of contributions waiting for a decision (never 0).
k-desk-count =
    { $n ->
        [one] { $n } contribution waits
       *[other] { $n } contributions wait
    }
# $file: the file's name.
k-text-of = Text read from { $file }
k-reject-reason = Reason (needed to reject; its author sees it)
# On the consultation page, the link to its contributions. $n: their number, or 0 to show
# no number.
k-on-consultation =
    { $n ->
        [0] Contributions (documents)
       *[other] Contributions (documents): { $n }
    }
k-heading = Contributions
k-digest-csv = Contributions (CSV)
