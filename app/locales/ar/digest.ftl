# After the heading of a section on a paragraph of an earlier version.
# $version: that version's number; $paragraph: where its comments are read now, such as 2.3.
g-earlier-place-now = (الإصدار { $version }؛ وهي الآن الفقرة { $paragraph })
# The same, when the paragraph's text was removed.
g-earlier-place-removed = (الإصدار { $version }؛ حُذف نصها)
g-title = موجز التعليقات
# After the total of comments. $copies: how many of them came in campaigns; $campaigns: how many campaigns.
g-in-campaigns =
    { $campaigns ->
        [one] ، منها { $copies } في حملة واحدة
        [two] ، منها { $copies } في حملتين
        [few] ، منها { $copies } في { $campaigns } حملات
        [many] ، منها { $copies } في { $campaigns } حملةً
       *[other] ، منها { $copies } في { $campaigns } حملة
    }
g-link = موجز التعليقات
# $n: how many comments the digest counts.
g-total =
    { $n ->
        [zero] لا توجد تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $n } تعليقات
        [many] { $n } تعليقًا
       *[other] { $n } تعليق
    }
g-generated = أُعدّ في
g-summary = الملخص
g-by-group = التعليقات حسب مجموعة أصحاب المصلحة
g-by-tag = التعليقات حسب الوسم
g-by-paragraph = الفقرات الأكثر تعليقًا
g-by-group-region = التعليقات حسب مجموعة أصحاب المصلحة والمنطقة
g-other = أخرى
g-total-col = التعليقات
g-by-disposition = التعليقات حسب الإجراء المتخذ
g-no-disposition = لا شيء بعد
g-by-paragraph-heading = التعليقات حسب الفقرة
g-campaigns = الحملات
g-senders = أرسلها
g-not-public = هذا الموجز غير علني. وتنشر الأمانة موجز المشاورة عندما يكون جاهزًا.
g-internal = داخلي: يتضمن هذا الموجز تعليقات غير منشورة. لا تتداوله خارج الأمانة.
g-downloads = تنزيل
g-public-legend = موجز التعليقات
g-make-public = يمكن لأي شخص تنزيل موجز التعليقات المنشورة
g-keep-private = لا يطّلع على الموجز إلا الأمانة
g-save-public = حفظ
g-all-statuses = جميع التعليقات (موجز داخلي)
g-download-preparing = جارٍ إعداد الملف…
# $done: comments received so far; $total: how many there are in all.
g-download-rows = جارٍ تنزيل التعليقات: { $done } من أصل { $total }
# $megabytes: megabytes received so far, with one decimal, such as 1.5.
g-download-bytes = جارٍ التنزيل: تم استلام { $megabytes } ميغابايت
# $name: the downloaded file's name.
g-download-done = تم تنزيل { $name }.
g-download-failed = تعذّر التنزيل. يُرجى المحاولة مرة أخرى.

## The digest's files (Markdown, DOCX, the CSV's attribution column) and the disposition
## of comments as a document, in the language chosen for them.

# The title of a digest file. $title: the consultation's title.
gf-title = موجز التعليقات: { $title }
# A paper the digest covers. $code: its code, such as WP-1; $title: its title; $version: its version number.
gf-paper = { $code } { $title } (الإصدار { $version })
# A place in a paper. $paper: the paper's code; $paragraph: a paragraph number such as 2.3.
gf-paragraph = { $paper } ¶ { $paragraph }
# A comment on a paper as a whole, not on one paragraph. $paper: the paper's code.
gf-whole-paper = { $paper }، الورقة ككل
# What a contribution concerns. $paper: a paper's code.
gf-on-paper = بشأن { $paper }
gf-on-consultation = بشأن المشاورة ككل
# What a digest of published comments holds. $generated: the date and time it was made; $n: how many comments.
gf-status-published =
    { $n ->
        [zero] الحالة: التعليقات المنشورة. أُعدّ الموجز في { $generated }. لا توجد تعليقات.
        [one] الحالة: التعليقات المنشورة. أُعدّ الموجز في { $generated }. تعليق واحد.
        [two] الحالة: التعليقات المنشورة. أُعدّ الموجز في { $generated }. تعليقان.
        [few] الحالة: التعليقات المنشورة. أُعدّ الموجز في { $generated }. { $n } تعليقات.
        [many] الحالة: التعليقات المنشورة. أُعدّ الموجز في { $generated }. { $n } تعليقًا.
       *[other] الحالة: التعليقات المنشورة. أُعدّ الموجز في { $generated }. { $n } تعليق.
    }
# The same for the secretariat's internal digest of every comment.
gf-status-all =
    { $n ->
        [zero] الحالة: جميع التعليقات (داخلي). أُعدّ الموجز في { $generated }. لا توجد تعليقات.
        [one] الحالة: جميع التعليقات (داخلي). أُعدّ الموجز في { $generated }. تعليق واحد.
        [two] الحالة: جميع التعليقات (داخلي). أُعدّ الموجز في { $generated }. تعليقان.
        [few] الحالة: جميع التعليقات (داخلي). أُعدّ الموجز في { $generated }. { $n } تعليقات.
        [many] الحالة: جميع التعليقات (داخلي). أُعدّ الموجز في { $generated }. { $n } تعليقًا.
       *[other] الحالة: جميع التعليقات (داخلي). أُعدّ الموجز في { $generated }. { $n } تعليق.
    }
# $list: the filters, such as "group = civil_society, region = africa".
gf-filters = عوامل التصفية: { $list }
# Column headings of the digest's tables.
gf-col-group = مجموعة أصحاب المصلحة
gf-col-total = المجموع
gf-col-tag = الوسم
gf-col-cluster = مجموعة المسائل
gf-col-paragraph = الفقرة
gf-col-disposition = الإجراء المتخذ
gf-col-comments = التعليقات
# A comment sent after the consultation closed.
gf-late = متأخر
# $list: the comment's tags, separated by commas.
gf-tags = الوسوم: { $list }
# $name: the name of a file attached to a comment.
gf-attached = مرفق: { $name }
# $name: the secretariat's disposition, such as "Accepted".
gf-disposition = الإجراء المتخذ: { $name }
# A contribution. $date: when it was published; $place: what it concerns (gf-on-paper or gf-on-consultation); $url: the address of its page.
gf-published = نُشرت في { $date } · { $place } · الصفحة: { $url }
# $list: the contribution's file names, separated by commas.
gf-files = الملفات: { $list }
# A campaign's heading. $id: its number; $n: how many comments it has; $place: where they were written (gf-paragraph or gf-whole-paper).
gf-campaign =
    { $n ->
        [zero] الحملة { $id } — لا توجد تعليقات بشأن { $place }
        [one] الحملة { $id } — تعليق واحد بشأن { $place }
        [two] الحملة { $id } — تعليقان متطابقان تقريبًا بشأن { $place }
        [few] الحملة { $id } — { $n } تعليقات شبه متطابقة بشأن { $place }
        [many] الحملة { $id } — { $n } تعليقًا شبه متطابق بشأن { $place }
       *[other] الحملة { $id } — { $n } تعليق شبه متطابق بشأن { $place }
    }
gf-sent-by = أرسلها:
# The title of the disposition of comments. $paper: the paper's code; $title: its title; $from: the earlier version's number; $to: the new version's number.
gf-dispositions-title = الإجراءات المتخذة بشأن التعليقات: { $paper } { $title }، من الإصدار { $from } إلى الإصدار { $to }
# $from: the earlier version's number; $to: the new version's number.
gf-dispositions-intro = جميع التعليقات المنشورة على الإصدار { $from }، مع الإجراء الذي اتخذته الأمانة بشأن كل منها، والفقرة المقابلة له حاليًا في الإصدار { $to }.
# Column headings of the disposition of comments.
gf-col-reference = الرقم المرجعي
gf-col-from = صاحب التعليق
gf-col-comment = التعليق
gf-col-disposition-response = الإجراء المتخذ والرد
gf-the-whole-paper = الورقة ككل
# A paragraph of the earlier version. $then: its number; $fate: what became of it (one of the words e-fate-name-…).
gf-paragraph-fate = { $then } ({ $fate })
# The same, with $now: the numbers of the paragraphs it became.
gf-paragraph-fate-now = { $then } ({ $fate }، وهي الآن { $now })
# The language the files are written in, before the list of languages.
gf-files-in = لغة الملفات:
