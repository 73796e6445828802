c-whole-paper = الورقة ككل
# Before the list of the languages a paper can be read in (each named in its own language).
c-read-in = اقرأ هذه الورقة بإحدى اللغات التالية:
# After the name of the language the paper was written in, in that list.
c-original-mark = (الأصل)
# Over a paper read in a translation. $language: the name of the language of the original, such as "English".
c-translation-note = هذه ترجمة، والنص الأصلي باللغة { $language }. والفقرات مرقّمة كما في الأصل، والتعليقات على كل فقرة هي نفسها في جميع اللغات.
# $n is a number of comments.
c-comment-count =
    { $n ->
        [zero] لا توجد تعليقات بعد
        [one] تعليق واحد
        [two] تعليقان
        [few] { $n } تعليقات
        [many] { $n } تعليقًا
       *[other] { $n } تعليق
    }
# $number is a paragraph's number, such as 2.1; $n is the number of comments on it.
c-comments-on-count =
    الفقرة { $number }: { $n ->
        [zero] لا توجد تعليقات بعد
        [one] تعليق واحد
        [two] تعليقان
        [few] { $n } تعليقات
        [many] { $n } تعليقًا
       *[other] { $n } تعليق
    }
# $number is a paragraph's number, such as 2.1.
c-comments-on = التعليقات على الفقرة { $number }
c-comments-on-whole = التعليقات على الورقة ككل
c-comments-on-removed = التعليقات على نص حُذف
# After the number of comments on a paragraph: $n of them (1 or more) were written on earlier versions of the paper.
c-carried-count =
    { $n ->
        [one] (منها تعليق واحد من إصدار سابق)
        [two] (منها تعليقان من إصدارات سابقة)
       *[other] (منها { $n } من إصدارات سابقة)
    }
# A comment carried from an earlier version: $version is that version's number, $number the paragraph's number there, such as 2.2.
c-written-on = كُتب بشأن الإصدار { $version }، الفقرة { $number }
# A comment carried from an earlier version, written on the paper as a whole; $version is that version's number.
c-written-on-whole = كُتب بشأن الإصدار { $version }، الورقة ككل
c-text-written-on = النص الذي كُتب التعليق بشأنه
# $version is a version's number.
c-changes-link = ما الذي تغيّر في الإصدار { $version }
# $code is the paper's code, $version a version's number.
c-changes-title = { $code }: ما الذي تغيّر في الإصدار { $version }
# $old and $new are the numbers of the earlier version and of the version it became.
c-changes-intro = كل فقرة من الإصدار { $old }، ومآلها في الإصدار { $new } (الكلمات المحذوفة مشطوبة، والكلمات المضافة مسطَّر تحتها)، والتعليقات التي كُتبت بشأنها مع ردود الأمانة.
# A paragraph of the earlier version that is not in the new one: $old is its number, $fate what became of it (such as "removed").
c-changed-heading = الفقرة { $old }: { $fate }
# A paragraph of the earlier version: $old is its number, $fate what became of it (such as "edited"), $new the numbers of the paragraphs it became, joined by c-list-separator.
c-changed-heading-now = الفقرة { $old }: { $fate }، وهي الآن { $new }
# A paragraph new in this version; $new is its number (or numbers, joined by c-list-separator).
c-added-heading = الفقرة { $new }: أُضيفت
# Between the items of a list of paragraph numbers.
c-list-separator = {"، "}
c-comments-on-earlier-text = التعليقات على النص السابق
c-unchanged-paragraphs = فقرات لم تتغير وليس عليها تعليقات
# $version is a version's number.
c-dispositions-link = الإجراءات المتخذة بشأن التعليقات على الإصدار { $version }
# $code is the paper's code, $version a version's number.
c-dispositions-title = { $code }: الإجراءات المتخذة بشأن التعليقات على الإصدار { $version }
# $old is the number of the version commented on, $new that of the version that followed it.
c-dispositions-intro = جميع التعليقات المنشورة على الإصدار { $old }، مع ذكر أصحابها بالطريقة التي وافقوا عليها، والإجراء الذي اتخذته الأمانة بشأن كل منها وردّها عليه، والفقرة المقابلة له حاليًا في الإصدار { $new }.
c-dispositions-csv = تنزيل بصيغة CSV (جدول بيانات)
c-dispositions-docx = تنزيل بصيغة DOCX (معالج نصوص)
c-col-reference = الرقم المرجعي
c-col-paragraph = الفقرة
c-col-comment = التعليق
c-col-disposition = الإجراء المتخذ والرد
c-no-disposition = لا شيء بعد
c-none-here = لا توجد تعليقات منشورة هنا بعد.
c-more = مزيد من التعليقات
c-close = إغلاق التعليقات
c-comment-on-this = التعليق على هذه الفقرة
# A campaign's copies shown as one text; $n is the number of stakeholders who sent it (2 or more).
c-sent-by = الرسالة نفسها، أرسلها { $n } من أصحاب المصلحة: اطّلع على أسمائهم
c-copy-differs = بعباراته الخاصة:
# The name of a paragraph's "Comment on this paragraph" link; $number is the paragraph's number, such as 2.1.
c-comment-on-numbered = التعليق على الفقرة { $number }
c-comment-on-paper = التعليق على الورقة ككل
c-closed-note = هذه المشاورة غير مفتوحة للتعليق في الوقت الحالي.
c-filter-title = عرض التعليقات الواردة من…
c-any-group = أي مجموعة من أصحاب المصلحة
c-region = المنطقة
c-any-region = أي منطقة
c-tag = الوسم
c-any-tag = أي وسم
# The filter by the language a comment is written in.
c-language = اللغة
c-any-language = أي لغة
c-apply-filter = عرض
c-clear-filter = إلغاء التصفية
c-tags-label = الوسوم
c-quoted = المقطع المقتبس
c-late = متأخر
c-reply = رد
c-replies = الردود
# $code is the paper's code.
c-form-title = التعليق على { $code }
# $reference is a comment's reference.
c-reply-title = الرد على التعليق { $reference }
c-form-intro = تقرأ الأمانة كل تعليق قبل نشره. ويمكنك تعديله أو سحبه حتى ذلك الحين.
c-paragraph = الفقرة
c-paragraph-hint = الفقرة التي يتناولها تعليقك، أو الورقة ككل.
c-quote = المقطع المقتبس (اختياري)
c-quote-hint = انسخ كلمات الفقرة التي تردّ عليها، إن كان ذلك مفيدًا.
c-body = تعليقك
c-body-hint = نص عادي، من 20 إلى 10000 حرف. اترك سطرًا فارغًا بين الفقرات. تتحول عناوين المواقع الإلكترونية إلى روابط.
# The comment form's choice of the language a comment is written in.
c-comment-language = مكتوب باللغة
c-comment-language-hint = نستنتجها من نصك؛ اخترها إذا كان من المحتمل أن نخطئ. وبذلك يمكن للقراء العثور على تعليقك حسب لغته.
# The first choice: the language is detected from the comment's text.
c-language-detect = استنتاجها من نصي
# $max is the number of tags a comment may have.
c-tags-legend = الوسوم ({ $max } كحد أقصى)
c-tags-hint = تساعد الوسوم الأمانة على تصنيف التعليقات حسب الموضوع.
c-consent = طريقة ظهورك عند نشر التعليق
c-consent-hint = تظهر دائمًا مجموعة أصحاب المصلحة التي تنتمي إليها وبلدك.
# How the author of a comment consents to be shown when it is published.
c-consent-name-and-organisation = مع ذكر اسمي ومنظمتي
c-consent-organisation-only = مع ذكر منظمتي فقط
c-consent-anonymous = دون ذكر الاسم (مجموعة أصحاب المصلحة والبلد فقط)
c-submit = تقديم التعليق
c-sign-in-to-comment = سجّل الدخول، أو سجّل بصفة صاحب مصلحة، لكي تتمكن من التعليق.
c-my-title = تعليقاتي
c-my-intro = جميع ما قدّمته، بدءًا بالأحدث. يمكنك تعديل التعليق أو سحبه ما دام في انتظار الاستعراض.
c-my-none = لم تقدّم أي تعليق بعد.
c-reference = الرقم المرجعي
c-where-label = بشأن
c-status = الحالة
# The statuses of a comment.
c-status-pending = في انتظار الاستعراض
c-status-published = منشور
c-status-rejected = غير منشور
c-status-withdrawn = مسحوب
c-status-hidden = مخفي
c-reason = السبب
c-submitted = تاريخ التقديم
c-older = تعليقات أقدم
# $reference is a comment's reference.
c-comment-title = التعليق { $reference }
# $reference is the new comment's reference.
c-received = شكرًا لك. ورد تعليقك تحت الرقم المرجعي { $reference }. وسيُنشر بعد أن تستعرضه الأمانة.
c-saved = حُفظت تغييراتك. ويُحتفظ بالنص السابق في سجل التعليق.
c-withdrawn = سُحب تعليقك. ولن يُنشر.
c-in-reply-to = ردًّا على
c-history = السجل
# $n is the number of earlier versions of a comment (1 or more).
c-revisions =
    { $n ->
        [one] صيغة سابقة واحدة محفوظة
        [two] صيغتان سابقتان محفوظتان
        [few] { $n } صيغ سابقة محفوظة
        [many] { $n } صيغةً سابقة محفوظة
       *[other] { $n } صيغة سابقة محفوظة
    }
c-edit = تعديل التعليق
c-withdraw = سحب التعليق…
c-withdraw-hint = لا يُنشر التعليق المسحوب أبدًا ولا يمكن إرساله مرة أخرى؛ وتحتفظ الأمانة بسجل يفيد بأنه سُحب.
c-withdraw-confirm = نعم، اسحبه
c-edit-hint = يمكنك تعديل تعليقك أو سحبه إلى أن تستعرضه الأمانة.
# $reference is a comment's reference.
c-edit-title = تعديل التعليق { $reference }
c-edit-intro = يُحتفظ بنصك السابق في سجل التعليق.
c-back-to-comment = العودة إلى التعليق
c-save = حفظ التغييرات
c-search-title = البحث في التعليقات
c-search-intro = ابحث في جميع التعليقات المنشورة حسب كلماتها وورقتها ووسومها.
c-search-label = الكلمات
# $n is the number of comments found, all shown on this page.
c-results =
    { $n ->
        [zero] لا يوجد تعليق منشور مطابق.
        [one] تعليق واحد.
        [two] تعليقان.
        [few] { $n } تعليقات.
        [many] { $n } تعليقًا.
       *[other] { $n } تعليق.
    }
# $n is the number of comments found and shown on this page, when more are on the next pages.
c-results-more =
    { $n ->
        [zero] لا يوجد تعليق منشور مطابق.
        [one] تعليق واحد في هذه الصفحة.
        [two] تعليقان في هذه الصفحة.
        [few] { $n } تعليقات في هذه الصفحة.
        [many] { $n } تعليقًا في هذه الصفحة.
       *[other] { $n } تعليق في هذه الصفحة.
    }
