d-nav-desk = مكتب الأمانة
d-desk-nav = مكتب الأمانة
d-sign-in-needed = هذه الصفحة مخصصة للأمانة. يُرجى تسجيل الدخول بحساب من حسابات الأمانة.
d-queue-title = قائمة انتظار الإشراف
d-keyboard-hint = المفاتيح: j التعليق التالي، k السابق، p النشر، r اختيار سبب للرفض.
# $pending: comments waiting for a decision; $flagged: comments reported by readers.
d-totals = { $pending } في الانتظار · { $flagged } مُبلَّغ عنها
d-search = كلمات من التعليق أو اسم صاحبه
d-paper = ورقة العمل
d-any-paper = أي ورقة
d-flagged-only = التعليقات المُبلَّغ عنها فقط
d-bulk = التعليقات المحددة
d-publish-selected = نشر التعليقات المحددة
d-reject-selected = رفض التعليقات المحددة
d-queue-empty = لا يوجد ما ينتظر قرارًا.
d-next-page = الصفحة التالية
# The label of a comment's check box; $reference: the comment's reference.
d-select = تحديد { $reference }
d-paragraph-text = نص الفقرة
d-consent-given = الموافقة على النشر
# $n: how many near-identical comments the campaign has.
d-campaign = حملة: { $n } من التعليقات شبه المتطابقة
# $n: how many letters of one template (each words the same sentences differently).
d-template-campaign = حملة: { $n } من الرسائل المأخوذة من نموذج واحد
d-template-why = سبب تجميعها: الجمل نفسها، مع اختيار كلمات أخرى في مواضعها. ما تشترك فيه كل الرسائل (… حيث تختلف الكلمات):
d-publish-campaign = نشر الحملة بأكملها
d-reject-campaign = رفض الحملة بأكملها…
d-flags = أبلغ عنه القرّاء
# Why a reader reported a comment.
d-flag-reason-spam = رسالة اقتحامية
d-flag-reason-offensive = محتوى مسيء
d-flag-reason-off-topic = خارج الموضوع
d-flag-reason-personal-data = بيانات شخصية
d-flag-reason-not-sent = أُبلغ أن صاحبه لم يرسله
# $n: how many earlier comments the author has.
d-earlier = تعليقات سابقة لصاحب التعليق نفسه ({ $n })
d-publish = نشر
d-reject = رفض
d-keep = إبقاؤه منشورًا
d-hide = إخفاء
d-reason = السبب
d-choose-reason = اختر سببًا…
d-other-reason = أو سبب آخر
d-retag = الوسوم
d-save-tags = حفظ الوسوم
d-disposition = الإجراء المتخذ
d-disposition-kind = القرار
# The secretariat's decision on a comment.
d-disposition-name-accepted = مقبول
d-disposition-name-partly-accepted = مقبول جزئيًا
d-disposition-name-noted = أُحيط علمًا به
d-disposition-name-out-of-scope = خارج النطاق
d-response = الرد على صاحب التعليق
d-save-disposition = حفظ الإجراء المتخذ
d-response-label = رد الأمانة
d-changed-in = التغيير الذي أفضى إليه
d-changed-in-hint = فقرة الإصدار الحالي التي تستجيب لهذا التعليق، إن كان قد أفضى إلى تغيير.
d-no-change = لم يُحدَّد أي تغيير
# $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-change-choice = الفقرة { $paragraph } من الإصدار { $version }
# Under the secretariat's response. $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-led-to-change = أفضى إلى تغيير في الفقرة { $paragraph } من الإصدار { $version }.
d-log-title = سجل التدقيق
d-log-intro = كل تغيير في حالة كل تعليق: من أجراه، ومتى، ولماذا. لا يمكن تعديل أي شيء هنا أو حذفه.
d-when = الوقت
d-change = التغيير
d-by = أجراه
d-add-reason = إضافة سبب للرفض
d-accounts-title = الحسابات
d-search-accounts = الاسم أو البريد الإلكتروني أو المنظمة
d-actions = الإجراءات
d-suspended = موقوف
# A button giving an account a role.
d-make-role-stakeholder = منح دور صاحب المصلحة
d-make-role-secretariat = منح دور الأمانة
d-make-role-admin = منح دور المدير
d-suspend = إيقاف…
d-suspend-hint = يُسجَّل خروج الحساب من جميع الأجهزة، ولا يمكنه تسجيل الدخول إلى أن يعيده مدير. وتبقى تعليقاته على حالها.
d-suspend-confirm = نعم، أوقفه
d-own-account = حسابك الخاص: يمكن لمدير آخر تغييره.
# $n: how many comments the campaign has in all.
d-reject-campaign-hint = يؤدي ذلك إلى رفض جميع تعليقات هذه الحملة ({ $n } في المجموع) التي لا تزال في انتظار قرار، للسبب المختار هنا.
d-reject-campaign-confirm = نعم، ارفض الحملة
# Announced once a decision is saved; $n: how many comments it changed (0: none).
d-decided =
    { $n ->
        [zero] لم يتغير شيء: سبق البت في هذه التعليقات.
        [one] تم الحفظ: البت في تعليق واحد.
        [two] تم الحفظ: البت في تعليقين.
        [few] تم الحفظ: البت في { $n } تعليقات.
        [many] تم الحفظ: البت في { $n } تعليقًا.
       *[other] تم الحفظ: البت في { $n } تعليق.
    }
d-saved = تم الحفظ.
d-copy-differs = تختلف عباراته عن عبارات البطاقة؛ وهذا نصه:
# $n: how many other copies of the campaign wait on this page (at least 1).
d-copies-here =
    { $n ->
        [one] نسخة أخرى واحدة في الانتظار في هذه الصفحة، من:
        [two] نسختان أخريان في الانتظار في هذه الصفحة، من:
        [few] { $n } نسخ أخرى في الانتظار في هذه الصفحة، من:
        [many] { $n } نسخةً أخرى في الانتظار في هذه الصفحة، من:
       *[other] { $n } نسخة أخرى في الانتظار في هذه الصفحة، من:
    }
d-erase = محو البيانات الشخصية…
d-erase-hint = يُمحى البريد الإلكتروني والاسم والمنظمة، ولا يعود بإمكان الحساب تسجيل الدخول. وتبقى تعليقاته في السجل بوصفها تعليقات مشارك منسحب، مع الاكتفاء بمجموعة أصحاب المصلحة والبلد. ولا يمكن التراجع عن ذلك.
d-erase-confirm = المحو نهائيًا
d-restore = استعادة
d-report = الإبلاغ عن هذا التعليق
d-report-reason = لماذا؟
d-report-note = ملاحظة للأمانة (اختياري)
d-report-submit = إرسال البلاغ
d-reported = شكرًا لك. ستنظر الأمانة في هذا التعليق.
d-report-sign-in = سجّل الدخول للإبلاغ عن هذا التعليق.

## Themes of a paper's comments (the desk's themes page).
th-link = مواضيع التعليقات
th-title = المواضيع: { $code }
# $paragraph: a paragraph's number.
th-title-paragraph = المواضيع: { $code }، الفقرة { $paragraph }
th-hint = يجمّع التحليل التعليقات حسب مضمونها: لكل موضوع مصطلحاته الرئيسية وحجمه وأصحاب التعليقات فيه وتعليقات تمثيلية له. وتُحسب الحملة مرة واحدة. سمِّ المواضيع التي تُبقي عليها وأكِّدها: فعند إجراء التحليل مرة أخرى تُستبقى المواضيع المؤكَّدة وتُدرج فيها التعليقات الجديدة. وتظهر المواضيع المؤكَّدة في الموجزات.
th-scope = التعليقات على
th-whole-paper = الورقة بأكملها (جميع الفقرات)
# $number: a paragraph's number.
th-paragraph-option = الفقرة { $number }
th-internal = إدراج التعليقات التي في انتظار الإشراف (للاستخدام الداخلي)
th-run = تحديد المواضيع
# After a run: themes proposed, confirmed themes kept, new comments placed in them, comments in no theme.
th-ran = اكتمل التحليل: المواضيع المقترحة: { $proposed }؛ المواضيع المؤكَّدة المستبقاة: { $kept }، وأُدرج فيها { $placed } من التعليقات الجديدة؛ التعليقات التي لا تندرج في أي موضوع: { $unthemed }.
th-saved = تم الحفظ.
th-none-yet = لا توجد مواضيع بعد. اختر التعليقات المراد تحليلها واضغط على «تحديد المواضيع».
# $n: the comments in scope.
th-total = عدد التعليقات المراد تحليلها: { $n }.
th-internal-note = حُدِّدت من بين جميع التعليقات غير المرفوضة وغير المسحوبة، بما فيها التعليقات التي في الانتظار: للاستخدام الداخلي فقط.
# $n: a theme's comments.
th-size = { $n } من التعليقات
# $m: campaign letters among them; $k: campaigns.
th-in-campaigns = ، منها { $m } في حملات عددها { $k } (تُحسب كل حملة مرة واحدة)
th-key-terms = المصطلحات الرئيسية:
th-confirmed = مؤكَّد
th-proposed = مقترح
th-name = اسم الموضوع
th-save-name = حفظ الاسم
th-confirm = تأكيد
th-unconfirm = سحب التأكيد
th-merge-into = دمج في
th-merge = دمج
th-split = تقسيم إلى موضوعين
th-quotes = تعليقات تمثيلية
# $n: how many references.
th-references = جميع التعليقات ({ $n })
th-reference = الرقم المرجعي للتعليق (C-…)
th-move = نقل تعليق إلى هذا الموضوع
th-remove = إخراج تعليق من جميع المواضيع
th-remove-button = إخراج
# $n: comments in no theme.
th-unthemed = تعليقات لا تندرج في أي موضوع ({ $n })
th-unthemed-hint = لا تندرج هذه التعليقات في أي موضوع، أو وردت بعد إجراء التحليل. انقل أيًّا منها إلى موضوع باستخدام رقمه المرجعي.
# The digests' section of the themes the secretariat confirmed.
th-digest-heading = المواضيع (التي أكّدتها الأمانة)
