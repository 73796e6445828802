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
