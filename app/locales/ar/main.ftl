site-name = Consult
site-tagline = مشاورات مفتوحة بشأن ورقات العمل
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = الرئيسية
nav-home = المشاورات
nav-sign-in = تسجيل الدخول
nav-register = التسجيل
nav-profile = الملف الشخصي
sign-out = تسجيل الخروج
signed-in-as = مسجَّل الدخول باسم
language = اللغة
# The language's own name, as shown on the language switch.
endonym = العربية
footer = Consult: مشاورات مفتوحة وشفافة وشاملة للجميع، تتيح إبداء التعليقات عبر الإنترنت.
loading = جارٍ التحميل…
sending = جارٍ الإرسال…
home-title = المشاورات
home-intro = تنشر الأمانة مشاريع ورقات العمل لإبداء التعليقات عليها. اطّلع عليها، وعلّق عليها فقرةً فقرة بعد أن تسجّل بصفة صاحب مصلحة.
home-open = مفتوحة للتعليق
home-closed = مغلقة ومؤرشفة
home-none-open = لا توجد حاليًا أي مشاورة مفتوحة للتعليق.
opens = تاريخ الافتتاح
closes = تاريخ الاختتام
# $n is a number of working papers.
paper-count =
    { $n ->
        [zero] لا توجد ورقات عمل
        [one] ورقة عمل واحدة
        [two] ورقتا عمل
        [few] { $n } ورقات عمل
        [many] { $n } ورقة عمل
       *[other] { $n } ورقة عمل
    }
papers = ورقات العمل
cluster = مجموعة المسائل
version = الإصدار
read-paper = قراءة الورقة
back-to-consultation = العودة إلى المشاورة
paper-contents = نص الورقة
# $number is a paragraph's number, such as 2.1.
paragraph-label = الفقرة { $number }
register-title = التسجيل بصفة صاحب مصلحة
register-intro = تظهر مجموعة أصحاب المصلحة التي تنتمي إليها وبلدك ومنظمتك مع تعليقاتك، وفقًا لما تختاره عند تقديم كل تعليق.
register-submit = التسجيل
register-have-account = هل سبق لك التسجيل؟ سجّل الدخول
welcome = مرحبًا بك: حسابك جاهز وقد سجّلت الدخول. وقد أرسلنا إليك رسالة بالبريد الإلكتروني؛ اتبع الرابط الوارد فيها لتأكيد عنوانك، وستصل تعليقاتك عندئذٍ إلى الأمانة.
email = البريد الإلكتروني
password = كلمة المرور
password-hint = 12 حرفًا على الأقل. العبارة المكوّنة من عدة كلمات سهلة التذكّر وصعبة التخمين.
display-name = الاسم
display-name-hint = كما قد يظهر مع تعليقاتك.
stakeholder-group = مجموعة أصحاب المصلحة
country = البلد
country-hint = تُحدَّد منطقتك على أساسه.
organisation = المنظمة
organisation-hint = اختياري، ما لم تكن تتحدث باسمها.
capacity = الصفة التي تتحدث بها
choose = اختر…
required-mark = (إلزامي)
form-has-problems = يُرجى تصحيح الحقول المشار إليها أدناه.
sign-in-title = تسجيل الدخول
sign-in-submit = تسجيل الدخول
sign-in-no-account = ليس لديك حساب بعد؟ سجّل الآن
profile-title = ملفك الشخصي
profile-intro = تسري التغييرات على التعليقات التي تقدّمها من الآن فصاعدًا؛ أما التعليقات السابقة فتحتفظ بالبيانات التي قُدِّمت بها.
profile-role = الدور
profile-save = حفظ التغييرات
profile-saved = تم حفظ ملفك الشخصي.
# $n is the number of wrong passwords given for the account since its owner last signed in (1 or more).
profile-failed-sign-ins =
    منذ آخر تسجيل دخول لك، { $n ->
        [one] فشلت محاولة واحدة
        [two] فشلت محاولتان
        [few] فشلت { $n } محاولات
        [many] فشلت { $n } محاولةً
       *[other] فشلت { $n } محاولة
    } لتسجيل الدخول إلى حسابك بسبب إدخال كلمة مرور خاطئة. إذا لم تكن أنت من قام بذلك، فإن كلمة مرورك قد صمدت؛ أما إذا كانت قصيرة أو كنت تستخدمها في مواقع أخرى، فاختر كلمة مرور جديدة.
sign-out-everywhere = تسجيل الخروج من جميع الأجهزة
sign-out-everywhere-hint = يُنهي جميع جلسات هذا الحساب، هنا وعلى أي حاسوب أو هاتف آخر.
my-data = بياناتك
my-data-hint = كل ما يحتفظ به Consult عنك: حسابك، وجلساتك، وكل تعليق كتبته مع صيغه السابقة، والتعليقات التي أبلغت عنها، في ملف JSON واحد.
my-data-link = تنزيل بياناتي (JSON)
profile-sign-in-needed = يُرجى تسجيل الدخول للاطلاع على ملفك الشخصي.
not-found-title = الصفحة غير موجودة
not-found-body = لا توجد صفحة بهذا العنوان. ربما نُقلت، أو ربما يتضمن الرابط خطأً مطبعيًا.
not-found-home = الذهاب إلى المشاورات
# The problems of a form's field, one message per kind of problem.
problem-required = هذا الحقل إلزامي.
# $min is a number of characters.
problem-too-short =
    استخدم { $min ->
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل.
# $max is a number of characters.
problem-too-long =
    استخدم { $max ->
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
problem-control-characters = احذف أحرف التحكم غير المرئية.
problem-invalid-email = أدخل عنوان بريد إلكتروني مثل name@example.org.
problem-email-taken = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
problem-unknown-choice = اختر أحد الخيارات المتاحة.
problem-bad-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
problem-account-suspended = هذا الحساب موقوف. يُرجى الاتصال بالأمانة.
problem-password-too-common = كلمة المرور هذه شائعة جدًا. اختر كلمة مرور أخرى.
# $max is a number of tags.
problem-too-many-tags =
    اختر { $max ->
        [one] وسمًا واحدًا
        [two] وسمين
        [few] { $max } أوسمة
        [many] { $max } وسمًا
       *[other] { $max } وسم
    } على الأكثر.
problem-consultation-closed = هذه المشاورة غير مفتوحة للتعليق، ولذلك لا يمكن قبول التعليق.
problem-not-editable = سبق أن استعرضت الأمانة هذا التعليق، ولذلك لم يعد من الممكن تعديله أو سحبه.
problem-reply-not-allowed = لا يمكن الرد إلا على تعليق منشور ليس هو نفسه ردًّا.
problem-invalid-slug = لا تستخدم إلا الأحرف والأرقام والشرطات.
problem-slug-taken = هذا العنوان مستخدم بالفعل لمشاورة أخرى.
# Keep the example date and time as they are: it is the format the field expects.
problem-invalid-time = أدخل تاريخًا ووقتًا، مثل 2005-02-15 09:30.
problem-closes-before-opening = يجب أن يكون موعد الاختتام لاحقًا لموعد الافتتاح.
problem-already-flagged = سبق أن أبلغت عن هذا التعليق.
problem-not-allowed-now = هذا التغيير غير ممكن في الحالة الراهنة للتعليق.
# $count is the number of uncertain matches of an old version's paragraphs in a new one, marked for the secretariat to check (1 or more).
problem-matches-to-confirm =
    { $count ->
        [one] تحقّق من المطابقة المشار إليها أدناه، وأكّدها أو صحّحها قبل الحفظ.
        [two] تحقّق من المطابقتين المشار إليهما أدناه، وأكّد كلًّا منهما أو صحّحها قبل الحفظ.
       *[other] تحقّق من المطابقات المشار إليها أدناه (وعددها { $count })، وأكّد كلًّا منها أو صحّحها قبل الحفظ.
    }
# A translation of a paper whose numbered blocks are not the paper's. $expected: how many blocks the paper has; $found: how many the translation has; $at: the number of the first block where they differ, such as 2.3.
problem-structure-differs =
    { $expected ->
        [zero] يجب أن تحافظ الترجمة على الأجزاء المرقّمة للورقة، جزءًا بجزء. لا تتضمن الورقة أي جزء، بينما تتضمن الترجمة { $found }؛ ويبدأ الاختلاف بينهما من الجزء { $at }.
        [one] يجب أن تحافظ الترجمة على الأجزاء المرقّمة للورقة، جزءًا بجزء. تتضمن الورقة جزءًا واحدًا، بينما تتضمن الترجمة { $found }؛ ويبدأ الاختلاف بينهما من الجزء { $at }.
        [two] يجب أن تحافظ الترجمة على الأجزاء المرقّمة للورقة، جزءًا بجزء. تتضمن الورقة جزأين، بينما تتضمن الترجمة { $found }؛ ويبدأ الاختلاف بينهما من الجزء { $at }.
        [few] يجب أن تحافظ الترجمة على الأجزاء المرقّمة للورقة، جزءًا بجزء. تتضمن الورقة { $expected } أجزاء، بينما تتضمن الترجمة { $found }؛ ويبدأ الاختلاف بينهما من الجزء { $at }.
        [many] يجب أن تحافظ الترجمة على الأجزاء المرقّمة للورقة، جزءًا بجزء. تتضمن الورقة { $expected } جزءًا، بينما تتضمن الترجمة { $found }؛ ويبدأ الاختلاف بينهما من الجزء { $at }.
       *[other] يجب أن تحافظ الترجمة على الأجزاء المرقّمة للورقة، جزءًا بجزء. تتضمن الورقة { $expected } جزء، بينما تتضمن الترجمة { $found }؛ ويبدأ الاختلاف بينهما من الجزء { $at }.
    }
# The errors of a request, one message per kind of error.
error-unauthorized = يُرجى تسجيل الدخول أولًا.
error-forbidden = غير مسموح لك بالقيام بذلك.
error-not-found = تعذّر العثور على المطلوب.
# A form came back with problems in its fields.
error-validation = يُرجى تصحيح الحقول المشار إليها أدناه.
# $retry_after_secs is a number of seconds.
error-too-many-requests =
    محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $retry_after_secs ->
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $retry_after_secs } ثوانٍ
        [many] { $retry_after_secs } ثانيةً
       *[other] { $retry_after_secs } ثانية
    }.
# $reference is the reference of the error in the server's log: eight hexadecimal digits, such as 3fa2c91b.
error-internal = حدث خطأ من جانبنا. وإذا تكرر ذلك، فيُرجى ذكر الرقم المرجعي { $reference }.
error-bad-request = تعذّرت قراءة الطلب: هناك حقل ناقص أو حقل يتضمن قيمة من نوع غير صحيح.
error-transport = تعذّر الوصول إلى الخادم. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.
problems-title = توجد مشكلة
# The tab's title of a page whose form came back with problems; $title is the page's own title.
error-title = خطأ: { $title }
# A field's name, before its problem in the error summary ("E-mail: …"). The form as a whole has no name.
field-form = {""}
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-display-name = الاسم
field-stakeholder-group = مجموعة أصحاب المصلحة
field-country = البلد
field-organisation = المنظمة
field-capacity = الصفة التي تتحدث بها
field-paragraph = الفقرة
field-quote = المقطع المقتبس
field-body = التعليق
field-tags = الوسوم
field-consent = النشر
field-reason = السبب
field-disposition = القرار
field-response = الرد
field-note = الملاحظة
field-slug = عنوان الصفحة
field-title = العنوان
field-description = الوصف
field-status = الحالة
field-opens-at = تاريخ الافتتاح
field-closes-at = تاريخ الاختتام
field-code = الرمز
field-cluster = مجموعة المسائل
field-markdown = النص
field-matches = المطابقات
field-changed-in = التغيير الذي أفضى إليه
field-files = الوثائق
field-language = اللغة
# Stakeholder groups.
group-government = الحكومة
group-private-sector = القطاع الخاص
group-civil-society = المجتمع المدني
group-academic-technical = الأوساط الأكاديمية والتقنية
group-intergovernmental = منظمة حكومية دولية / منظمة دولية
# The capacity in which a stakeholder speaks.
capacity-personal = بصفتي الشخصية
capacity-organisation = باسم منظمتي
# The roles of accounts.
role-stakeholder = صاحب مصلحة
role-secretariat = الأمانة
role-admin = مدير
# The issue clusters of working papers.
cluster-infrastructure = البنية التحتية وموارد الإنترنت الحيوية
cluster-use-of-internet = استخدام الإنترنت (الرسائل الاقتحامية، والأمن، والجريمة السيبرانية)
cluster-wider-impact = مسائل ذات أثر أوسع نطاقًا (حقوق الملكية الفكرية، والتجارة، والخصوصية، وحماية المستهلك)
cluster-development = التنمية (بناء القدرات، والوصول، وتعدد اللغات)
# The statuses of a consultation.
status-draft = مسودة
status-open = مفتوحة
status-closed = مغلقة
status-archived = مؤرشفة
# The regions of the world, by which comments can be filtered.
region-africa = أفريقيا
region-americas = الأمريكتان
region-asia = آسيا
region-europe = أوروبا
region-oceania = أوقيانوسيا
# The names of the months, as in a date ("15 February 2005").
month-1 = كانون الثاني/يناير
month-2 = شباط/فبراير
month-3 = آذار/مارس
month-4 = نيسان/أبريل
month-5 = أيار/مايو
month-6 = حزيران/يونيه
month-7 = تموز/يوليه
month-8 = آب/أغسطس
month-9 = أيلول/سبتمبر
month-10 = تشرين الأول/أكتوبر
month-11 = تشرين الثاني/نوفمبر
month-12 = كانون الأول/ديسمبر
# A time in UTC, such as "15 February 2005, 09:30 UTC". $day and $year are numbers,
# $month is the month's name (month-1 … month-12), $hour and $minute are two digits each.
datetime = { $day } { $month } { $year }، الساعة {"\u2066"}{ $hour }:{ $minute }{"\u2069"} بتوقيت UTC
nav-my-comments = تعليقاتي
nav-search = البحث
