# After the heading of a section on a paragraph of an earlier version.
# $version: that version's number; $paragraph: where its comments are read now, such as 2.3.
g-earlier-place-now = (version { $version }; now paragraph { $paragraph })
# The same, when the paragraph's text was removed.
g-earlier-place-removed = (version { $version }; its text was removed)
g-title = Comment digest
# After the total of comments. $copies: how many of them came in campaigns; $campaigns: how many campaigns.
g-in-campaigns =
    { $campaigns ->
        [one] , of which { $copies } in { $campaigns } campaign
       *[other] , of which { $copies } in { $campaigns } campaigns
    }
g-link = Comment digest
# $n: how many comments the digest counts.
g-total =
    { $n ->
        [one] { $n } comment
       *[other] { $n } comments
    }
g-generated = generated
g-summary = Summary
g-by-group = Comments by stakeholder group
g-by-tag = Comments by tag
g-by-paragraph = Most-commented paragraphs
g-by-group-region = Comments by stakeholder group and region
g-other = Other
g-total-col = Comments
g-by-disposition = Comments by disposition
g-no-disposition = None yet
g-by-paragraph-heading = Comments by paragraph
g-campaigns = Campaigns
g-senders = Sent by
g-not-public = This digest is not public. The secretariat publishes the digest of a consultation when it is ready.
g-internal = Internal: this digest includes comments that are not published. Do not share it outside the secretariat.
g-downloads = Download
g-public-legend = Comment digest
g-make-public = Anyone may download the digest of published comments
g-keep-private = Only the secretariat may read the digest
g-save-public = Save
g-all-statuses = Every comment (internal digest)
g-download-preparing = Preparing the file…
# $done: comments received so far; $total: how many there are in all.
g-download-rows = Downloading: { $done } of { $total } comments
# $megabytes: megabytes received so far, with one decimal, such as 1.5.
g-download-bytes = Downloading: { $megabytes } MB received
# $name: the downloaded file's name.
g-download-done = Downloaded { $name }.
g-download-failed = The download failed. Please try again.

## The digest's files (Markdown, DOCX, the CSV's attribution column) and the disposition
## of comments as a document, in the language chosen for them.

# The title of a digest file. $title: the consultation's title.
gf-title = Comment digest: { $title }
# A paper the digest covers. $code: its code, such as WP-1; $title: its title; $version: its version number.
gf-paper = { $code } { $title } (version { $version })
# A place in a paper. $paper: the paper's code; $paragraph: a paragraph number such as 2.3.
gf-paragraph = { $paper } ¶ { $paragraph }
# A comment on a paper as a whole, not on one paragraph. $paper: the paper's code.
gf-whole-paper = { $paper }, the paper as a whole
# What a contribution concerns. $paper: a paper's code.
gf-on-paper = on { $paper }
gf-on-consultation = on the consultation as a whole
# What a digest of published comments holds. $generated: the date and time it was made; $n: how many comments.
gf-status-published =
    { $n ->
        [one] Status: published. Generated { $generated }. { $n } comment.
       *[other] Status: published. Generated { $generated }. { $n } comments.
    }
# The same for the secretariat's internal digest of every comment.
gf-status-all =
    { $n ->
        [one] Status: all (internal). Generated { $generated }. { $n } comment.
       *[other] Status: all (internal). Generated { $generated }. { $n } comments.
    }
# $list: the filters, such as "group = civil_society, region = africa".
gf-filters = Filters: { $list }
# Column headings of the digest's tables.
gf-col-group = Stakeholder group
gf-col-total = Total
gf-col-tag = Tag
gf-col-cluster = Cluster
gf-col-paragraph = Paragraph
gf-col-disposition = Disposition
gf-col-comments = Comments
# A comment sent after the consultation closed.
gf-late = late
# $list: the comment's tags, separated by commas.
gf-tags = tags: { $list }
# $name: the name of a file attached to a comment.
gf-attached = Attached: { $name }
# $name: the secretariat's disposition, such as "Accepted".
gf-disposition = Disposition: { $name }
# A contribution. $date: when it was published; $place: what it concerns (gf-on-paper or gf-on-consultation); $url: the address of its page.
gf-published = Published { $date } · { $place } · page: { $url }
# $list: the contribution's file names, separated by commas.
gf-files = Files: { $list }
# A campaign's heading. $id: its number; $n: how many comments it has; $place: where they were written (gf-paragraph or gf-whole-paper).
gf-campaign =
    { $n ->
        [one] Campaign { $id } — { $n } comment on { $place }
       *[other] Campaign { $id } — { $n } near-identical comments on { $place }
    }
gf-sent-by = Sent by:
# The title of the disposition of comments. $paper: the paper's code; $title: its title; $from: the earlier version's number; $to: the new version's number.
gf-dispositions-title = Disposition of comments: { $paper } { $title }, version { $from } to version { $to }
# $from: the earlier version's number; $to: the new version's number.
gf-dispositions-intro = Every published comment on version { $from } with the secretariat's disposition, and the paragraph of version { $to } it now corresponds to.
# Column headings of the disposition of comments.
gf-col-reference = Reference
gf-col-from = From
gf-col-comment = Comment
gf-col-disposition-response = Disposition and response
gf-the-whole-paper = The paper as a whole
# A paragraph of the earlier version. $then: its number; $fate: what became of it (one of the words e-fate-name-…).
gf-paragraph-fate = { $then } ({ $fate })
# The same, with $now: the numbers of the paragraphs it became.
gf-paragraph-fate-now = { $then } ({ $fate }, now { $now })
# The language the files are written in, before the list of languages.
gf-files-in = Files in:
