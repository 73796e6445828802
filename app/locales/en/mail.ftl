# The first line of every message. $name: the recipient's name.
m-greeting = Dear { $name },
m-signature = The secretariat, through Consult
m-notice-footer = You receive this notice because you chose to on your profile.
m-change-notices = Change which notices you receive
m-verify-subject = Confirm your e-mail address
m-verify-intro = Please follow the link below to confirm your e-mail address. Your comments reach the secretariat only once your address is confirmed.
m-verify-link = Confirm my address
m-verify-note = The link is valid for 48 hours. If you did not register on Consult, ignore this message: nothing will happen.
m-change-subject = Confirm your new e-mail address
m-change-intro = Please follow the link below to make this the e-mail address of your account on Consult. Until you do, your account keeps its present address.
m-change-link = Confirm my new address
m-change-notice-subject = A change of your e-mail address was asked
# Sent to the old address. $new_address: the e-mail address asked for.
m-change-notice-body = Someone signed in to your account asked to change its e-mail address to { $new_address }. The change takes effect only once the link sent to that address is followed. If it was not you, sign in, change your password, and tell the secretariat.
m-change-legend = Change your e-mail address
m-change-new-email = New e-mail address
m-change-password = Your password
m-change-submit = Send the confirmation link
# $new_address: the e-mail address asked for.
m-change-sent = A confirmation link is on its way to { $new_address }. Your address changes once you follow it.
m-changed-address = Thank you: your account now uses this e-mail address.
m-reset-subject = Choose a new password
m-reset-intro = Someone, we hope you, asked to reset the password of your account on Consult. Follow the link below to choose a new one.
m-reset-link = Choose a new password
m-reset-note = The link is valid for one hour and can be used once. If you did not ask for it, ignore this message: your password stays as it is.
m-changed-subject = Your password was changed
m-changed-body = The password of your account on Consult was changed, and every session was signed out. If it was not you, use “Forgot your password?” on the sign-in page at once, and tell the secretariat.
# $reference: the comment's reference.
m-receipt-subject = Comment { $reference } received
# $reference: the comment's reference; $paper: the paper's code; $place: where in the paper
# (m-receipt-where-paragraph or m-receipt-where-whole).
m-receipt-body = We received your comment { $reference } on { $paper }, { $place }.
# The $place of m-receipt-body. $paragraph: the paragraph's number (e.g. 2.1).
m-receipt-where-paragraph = paragraph { $paragraph }
m-receipt-where-whole = the paper as a whole
m-receipt-next = The secretariat reads every comment before it is published. We will tell you what it decides.
m-receipt-unverified = Your e-mail address is not confirmed yet: your comment will reach the secretariat once you confirm it with the link we sent you.
m-receipt-link = See your comment
m-not-me-intro = If you did not send this comment, someone used your address. Tell us and it will not be published:
m-not-me-link = I did not send this comment
# $reference: the contribution's reference.
m-contribution-subject = Contribution { $reference } received
# $reference: the contribution's reference; $title: its title.
m-contribution-body = We received your contribution { $reference }, “{ $title }”. The secretariat reads it before it is published.
# The subject telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-subject-pending = Your comment { $reference } is back under review
m-decision-subject-published = Your comment { $reference } is published
m-decision-subject-rejected = Your comment { $reference } was not published
m-decision-subject-hidden = Your comment { $reference } was withdrawn from publication
m-decision-subject-withdrawn = Your comment { $reference } was withdrawn
# The message telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-body-pending = The secretariat put your comment { $reference } back under review. It is not shown on Consult until the secretariat decides again; we will tell you what it decides.
m-decision-body-published = The secretariat published your comment { $reference }. Everyone can now read it on Consult.
m-decision-body-rejected = The secretariat decided not to publish your comment { $reference }.
m-decision-body-hidden = The secretariat withdrew your comment { $reference } from publication. It is no longer shown on Consult.
m-decision-body-withdrawn = Your comment { $reference } was withdrawn. It will not be published.
# After the decision and a blank line, when the secretariat gave a reason. $reason: its words.
m-decision-body-reason = The secretariat gave this reason: { $reason }
# $reference: the comment's reference.
m-disposition-subject = The secretariat answered your comment { $reference }
# $reference: the comment's reference; $disposition: the name of how it was taken into
# account. The secretariat's response, when it wrote one, follows after a blank line.
m-disposition-body = The secretariat recorded how your comment { $reference } was taken into account: { $disposition }.
# $code: the paper's code; $version: the number of its new version.
m-version-subject = { $code }: version { $version } is published
# $code: the paper's code; $title: its title; $version: the number of its new version.
# The link to what changed follows.
m-version-body = { $code }, “{ $title }”, which you commented on, has a new version ({ $version }). Comments on earlier versions are carried to the paragraphs that continue them; see what changed:
m-read-link = Read it on Consult
m-forgot-title = Forgot your password?
m-forgot-intro = Give the e-mail address of your account. We will send a link to choose a new password.
m-forgot-submit = Send the link
m-forgot-sent = If an account uses this address, a link to choose a new password is on its way. It is valid for one hour.
m-forgot-link = Forgot your password?
m-reset-title = Choose a new password
m-reset-submit = Save the new password
m-reset-done = Your password is changed and every session was signed out. Sign in with the new password.
m-link-invalid = This link has expired or was already used. Ask for a new one.
m-verify-title = Confirm your e-mail address
m-verified = Thank you: your e-mail address is confirmed. Your comments now go to the secretariat.
m-resend = Send the confirmation link again
m-resent = A new confirmation link is on its way.
m-unverified-notice = Please confirm your e-mail address with the link we sent you: until then your comments wait and are not published.
m-waiting-verification = Waiting for you to confirm your e-mail address
m-not-me-title = A comment you did not send
m-not-me-explain = If you did not send this comment, confirm below: it will not be published, and the secretariat will look into it.
m-not-me-submit = I did not send this comment
m-not-me-done = Thank you. The comment is withdrawn from publication and the secretariat will look into it.
m-notices-legend = E-mail notices
m-notify-outcomes = When the secretariat decides on or answers my comments
m-notify-versions = When a paper I commented on has a new version
m-notices-submit = Save my choice of notices
m-notices-saved = Your choice is saved.
m-notices-hint = Receipts and messages about your account's security are always sent.
m-arrived-verified = confirmed address
m-arrived-import = imported by the secretariat
m-arrived-unverified = address not confirmed
