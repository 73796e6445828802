d-nav-desk = Secretariat desk
d-desk-nav = Secretariat desk
d-sign-in-needed = This page is for the secretariat. Please sign in with a secretariat account.
d-queue-title = Moderation queue
d-keyboard-hint = Keys: j next comment, k previous, p publish, r choose a reason to reject.
# $pending: comments waiting for a decision; $flagged: comments reported by readers.
d-totals = { $pending } pending · { $flagged } flagged
d-search = Words in the comment or the author's name
d-paper = Working paper
d-any-paper = Any paper
d-flagged-only = Flagged comments only
d-bulk = Selected comments
d-publish-selected = Publish the selected comments
d-reject-selected = Reject the selected comments
d-queue-empty = Nothing waits for a decision.
d-next-page = Next page
# The label of a comment's check box; $reference: the comment's reference.
d-select = Select { $reference }
d-paragraph-text = Text of the paragraph
d-consent-given = Publication consent
# $n: how many near-identical comments the campaign has.
d-campaign = Campaign: { $n } near-identical comments
# $n: how many letters of one template (each words the same sentences differently).
d-template-campaign = Campaign: { $n } letters from one template
d-template-why = Why they were grouped: the same sentences, with other words chosen in their places. What every letter shares (… where the words differ):
d-publish-campaign = Publish the whole campaign
d-reject-campaign = Reject the whole campaign…
d-flags = Reported by readers
# Why a reader reported a comment.
d-flag-reason-spam = Spam
d-flag-reason-offensive = Offensive
d-flag-reason-off-topic = Off topic
d-flag-reason-personal-data = Personal data
d-flag-reason-not-sent = Reported as not sent by its author
# $n: how many earlier comments the author has.
d-earlier = Earlier comments by the same author ({ $n })
d-publish = Publish
d-reject = Reject
d-keep = Keep published
d-hide = Hide
d-reason = Reason
d-choose-reason = Choose a reason…
d-other-reason = Or another reason
d-retag = Tags
d-save-tags = Save the tags
d-disposition = Disposition
d-disposition-kind = Decision
# The secretariat's decision on a comment.
d-disposition-name-accepted = Accepted
d-disposition-name-partly-accepted = Partly accepted
d-disposition-name-noted = Noted
d-disposition-name-out-of-scope = Out of scope
d-response = Response to the commenter
d-save-disposition = Save the disposition
d-response-label = Secretariat's response
d-changed-in = The change it led to
d-changed-in-hint = The paragraph of the current version that answers this comment, if it led to a change.
d-no-change = No change named
# $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-change-choice = Paragraph { $paragraph } of version { $version }
# Under the secretariat's response. $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-led-to-change = It led to a change in paragraph { $paragraph } of version { $version }.
d-log-title = Audit log
d-log-intro = Every status change of every comment: who made it, when and why. Nothing here can be changed or deleted.
d-when = When
d-change = Change
d-by = By
d-add-reason = Add a rejection reason
d-accounts-title = Accounts
d-search-accounts = Name, e-mail or organisation
d-actions = Actions
d-suspended = suspended
# A button giving an account a role.
d-make-role-stakeholder = Make stakeholder
d-make-role-secretariat = Make secretariat
d-make-role-admin = Make administrator
d-suspend = Suspend…
d-suspend-hint = The account is signed out everywhere and cannot sign in until an administrator restores it. Its comments stay as they are.
d-suspend-confirm = Yes, suspend
d-own-account = Your own account: another administrator can change it.
# $n: how many comments the campaign has in all.
d-reject-campaign-hint = This rejects every comment of this campaign ({ $n } in all) still waiting for a decision, with the reason chosen here.
d-reject-campaign-confirm = Yes, reject the campaign
# Announced once a decision is saved; $n: how many comments it changed (0: none).
d-decided =
    { $n ->
        [0] Nothing changed: the comments had already been decided.
        [one] Saved: { $n } comment decided.
       *[other] Saved: { $n } comments decided.
    }
d-saved = Saved.
d-copy-differs = Its words differ from the card's; its own text:
# $n: how many other copies of the campaign wait on this page (at least 1).
d-copies-here =
    { $n ->
        [one] { $n } more copy waiting on this page, from:
       *[other] { $n } more copies waiting on this page, from:
    }
d-erase = Erase personal data…
d-erase-hint = The e-mail, name and organisation are erased and the account can no longer sign in. Its comments stay in the record as those of a withdrawn participant, with the stakeholder group and country only. This cannot be undone.
d-erase-confirm = Erase for good
d-restore = Restore
d-report = Report this comment
d-report-reason = Why?
d-report-note = Note for the secretariat (optional)
d-report-submit = Send the report
d-reported = Thank you. The secretariat will look at this comment.
d-report-sign-in = Sign in to report this comment.

## Themes of a paper's comments (the desk's themes page).
th-link = Themes of the comments
th-title = Themes: { $code }
# $paragraph: a paragraph's number.
th-title-paragraph = Themes: { $code }, paragraph { $paragraph }
th-hint = The analysis groups the comments by what they say: each theme with its key terms, its size, who wrote, and representative comments. A campaign counts once. Name and confirm the themes you keep: running the analysis again keeps confirmed themes and places new comments in them. Confirmed themes appear in the digests.
th-scope = Comments on
th-whole-paper = The whole paper (every paragraph)
# $number: a paragraph's number.
th-paragraph-option = Paragraph { $number }
th-internal = Include comments awaiting moderation (for internal use)
th-run = Find themes
# After a run: themes proposed, confirmed themes kept, new comments placed in them, comments in no theme.
th-ran = Analysis done: { $proposed } themes proposed; { $kept } confirmed themes kept, with { $placed } new comments placed in them; { $unthemed } comments fit no theme.
th-saved = Saved.
th-none-yet = No themes yet. Choose the comments to analyse and press “Find themes”.
# $n: the comments in scope.
th-total = { $n } comments to analyse.
th-internal-note = Found among every comment not rejected or withdrawn, pending ones included: for internal use only.
# $n: a theme's comments.
th-size = { $n } comments
# $m: campaign letters among them; $k: campaigns.
th-in-campaigns = , of which { $m } in { $k } campaigns (each counted once)
th-key-terms = Key terms:
th-confirmed = Confirmed
th-proposed = Proposed
th-name = Name of the theme
th-save-name = Save the name
th-confirm = Confirm
th-unconfirm = Withdraw confirmation
th-merge-into = Merge into
th-merge = Merge
th-split = Split in two
th-quotes = Representative comments
# $n: how many references.
th-references = Every comment ({ $n })
th-reference = Comment reference (C-…)
th-move = Move a comment here
th-remove = Take a comment out of every theme
th-remove-button = Take out
# $n: comments in no theme.
th-unthemed = In no theme ({ $n })
th-unthemed-hint = These fit no theme, or came after the analysis ran. Move one into a theme by its reference.
# The digests' section of the themes the secretariat confirmed.
th-digest-heading = Themes (confirmed by the secretariat)
