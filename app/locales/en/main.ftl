site-name = Consult
site-tagline = Open consultations on working papers
skip-to-content = Skip to main content
nav-label = Main
nav-home = Consultations
nav-sign-in = Sign in
nav-register = Register
nav-profile = Profile
sign-out = Sign out
signed-in-as = Signed in as
language = Language
# The language's own name, as shown on the language switch.
endonym = English
footer = Consult: open, transparent and inclusive consultations, allowing for on-line comments.
loading = Loading…
sending = Sending…
home-title = Consultations
home-intro = The secretariat publishes draft working papers for comment. Read them, and comment paragraph by paragraph once you have registered as a stakeholder.
home-open = Open for comment
home-closed = Closed and archived
home-none-open = No consultation is open for comment at the moment.
opens = Opens
closes = Closes
# $n is a number of working papers.
paper-count =
    { $n ->
        [one] { $n } working paper
       *[other] { $n } working papers
    }
papers = Working papers
cluster = Issue cluster
version = Version
read-paper = Read the paper
back-to-consultation = Back to the consultation
paper-contents = Text of the paper
# $number is a paragraph's number, such as 2.1.
paragraph-label = Paragraph { $number }
register-title = Register as a stakeholder
register-intro = Your stakeholder group, country and organisation are shown with your comments as you choose when you submit each one.
register-submit = Register
register-have-account = Already registered? Sign in
welcome = Welcome: your account is ready and you are signed in. We have sent you an e-mail; follow its link to confirm your address, and your comments will go to the secretariat.
email = E-mail
password = Password
password-hint = At least 12 characters. A phrase of several words is easy to remember and hard to guess.
display-name = Name
display-name-hint = As it may appear with your comments.
stakeholder-group = Stakeholder group
country = Country
country-hint = Your region is derived from it.
organisation = Organisation
organisation-hint = Optional, unless you speak on its behalf.
capacity = You speak
choose = Choose…
required-mark = (required)
form-has-problems = Please correct the fields marked below.
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-no-account = No account yet? Register
profile-title = Your profile
profile-intro = Changes apply to comments you submit from now on; earlier comments keep the details they were submitted with.
profile-role = Role
profile-save = Save changes
profile-saved = Your profile has been saved.
# $n is the number of wrong passwords given for the account since its owner last signed in (1 or more).
profile-failed-sign-ins =
    Since you last signed in, { $n ->
        [one] one attempt
       *[other] { $n } attempts
    } to sign in to your account failed with a wrong password. If that was not you, your password held; if it is short or used elsewhere, choose a new one.
sign-out-everywhere = Sign out on every device
sign-out-everywhere-hint = Ends every session of this account, here and on any other computer or phone.
my-data = Your data
my-data-hint = Everything Consult holds about you: your account, your sessions, every comment you wrote with its earlier versions, and the comments you reported, as one JSON file.
my-data-link = Download my data (JSON)
profile-sign-in-needed = Please sign in to see your profile.
not-found-title = Page not found
not-found-body = There is no page at this address. It may have moved, or the link may be mistyped.
not-found-home = Go to the consultations
# The problems of a form's field, one message per kind of problem.
problem-required = This field is required.
# $min is a number of characters.
problem-too-short = Use at least { $min } characters.
# $max is a number of characters.
problem-too-long = Use at most { $max } characters.
problem-control-characters = Remove the invisible control characters.
problem-invalid-email = Enter an e-mail address such as name@example.org.
problem-email-taken = An account with this e-mail address already exists.
problem-unknown-choice = Choose one of the options offered.
problem-bad-credentials = The e-mail address or the password is not correct.
problem-account-suspended = This account is suspended. Please contact the secretariat.
problem-password-too-common = This password is too common. Choose another.
# $max is a number of tags.
problem-too-many-tags = Choose at most { $max } tags.
problem-consultation-closed = This consultation is not open for comment, so the comment cannot be accepted.
problem-not-editable = This comment has already been reviewed by the secretariat, so it can no longer be changed or withdrawn.
problem-reply-not-allowed = Only a published comment that is not itself a reply can be answered.
problem-invalid-slug = Use only letters, digits and hyphens.
problem-slug-taken = Another consultation already has this address.
# Keep the example date and time as they are: it is the format the field expects.
problem-invalid-time = Enter a date and time, such as 2005-02-15 09:30.
problem-closes-before-opening = The closing time must come after the opening time.
problem-already-flagged = You have already reported this comment.
problem-not-allowed-now = This change is not possible in the comment's current state.
# $count is the number of uncertain matches of an old version's paragraphs in a new one, marked for the secretariat to check (1 or more).
problem-matches-to-confirm =
    { $count ->
        [one] Check the match marked below and confirm or correct it before saving.
       *[other] Check the { $count } matches marked below and confirm or correct each before saving.
    }
# A translation of a paper whose numbered blocks are not the paper's. $expected: how many blocks the paper has; $found: how many the translation has; $at: the number of the first block where they differ, such as 2.3.
problem-structure-differs =
    { $expected ->
        [one] The translation must keep the paper's numbered blocks, one for one. The paper has { $expected } block and the translation { $found }; they differ from { $at } on.
       *[other] The translation must keep the paper's numbered blocks, one for one. The paper has { $expected } blocks and the translation { $found }; they differ from { $at } on.
    }
# The errors of a request, one message per kind of error.
error-unauthorized = Please sign in first.
error-forbidden = You are not allowed to do this.
error-not-found = This could not be found.
# A form came back with problems in its fields.
error-validation = Please correct the fields marked below.
# $retry_after_secs is a number of seconds.
error-too-many-requests = Too many attempts. Please try again in { $retry_after_secs } seconds.
# $reference is the reference of the error in the server's log: eight hexadecimal digits, such as 3fa2c91b.
error-internal = Something went wrong on our side. If it happens again, quote reference { $reference }.
error-bad-request = The request could not be read: a field is missing or holds the wrong kind of value.
error-transport = The server could not be reached. Please check your connection and try again.
problems-title = There is a problem
# The tab's title of a page whose form came back with problems; $title is the page's own title.
error-title = Error: { $title }
# A field's name, before its problem in the error summary ("E-mail: …"). The form as a whole has no name.
field-form = {""}
field-email = E-mail
field-password = Password
field-new-password = New password
field-display-name = Name
field-stakeholder-group = Stakeholder group
field-country = Country
field-organisation = Organisation
field-capacity = You speak
field-paragraph = Paragraph
field-quote = Quoted passage
field-body = Comment
field-tags = Tags
field-consent = Publication
field-reason = Reason
field-disposition = Decision
field-response = Response
field-note = Note
field-slug = Address
field-title = Title
field-description = Description
field-status = Status
field-opens-at = Opens
field-closes-at = Closes
field-code = Code
field-cluster = Cluster
field-markdown = Text
field-matches = Matches
field-changed-in = The change it led to
field-files = Documents
field-language = Language
# Stakeholder groups.
group-government = Government
group-private-sector = Private sector
group-civil-society = Civil society
group-academic-technical = Academic and technical community
group-intergovernmental = Intergovernmental / international organisation
# The capacity in which a stakeholder speaks.
capacity-personal = In a personal capacity
capacity-organisation = On behalf of my organisation
# The roles of accounts.
role-stakeholder = Stakeholder
role-secretariat = Secretariat
role-admin = Administrator
# The issue clusters of working papers.
cluster-infrastructure = Infrastructure and critical Internet resources
cluster-use-of-internet = Use of the Internet (spam, security, cybercrime)
cluster-wider-impact = Issues with wider impact (IPR, trade, privacy, consumer protection)
cluster-development = Development (capacity building, access, multilingualism)
# The statuses of a consultation.
status-draft = Draft
status-open = Open
status-closed = Closed
status-archived = Archived
# The regions of the world, by which comments can be filtered.
region-africa = Africa
region-americas = Americas
region-asia = Asia
region-europe = Europe
region-oceania = Oceania
# The names of the months, as in a date ("15 February 2005").
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# A time in UTC, such as "15 February 2005, 09:30 UTC". $day and $year are numbers,
# $month is the month's name (month-1 … month-12), $hour and $minute are two digits each.
datetime = { $day } { $month } { $year }, { $hour }:{ $minute } UTC
nav-my-comments = My comments
nav-search = Search
