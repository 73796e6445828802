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
