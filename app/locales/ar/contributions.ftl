k-form-title = إرسال مساهمة
# $consultation: the consultation's title.
k-form-heading = إرسال مساهمة إلى { $consultation }
k-form-intro = المساهمة وثيقةٌ: ورقة موقف أو بيان أو دراسة. ضع لها عنوانًا وموجزًا قصيرًا، وأرفق الملفات، وحدّد الطريقة التي توافق على أن تظهر بها. وتقرأ الأمانة المساهمة قبل نشرها.
k-attach = إرفاق وثائق (اختياري)
# Under the comment form's file input. $max_files: how many files at most;
# $max_mb: the largest size of one file, in megabytes.
k-attach-hint =
    إذا كان تعليقك يشير إلى وثيقة، فأرفقها: ما يصل إلى { $max_files ->
        [one] ملف واحد
        [two] ملفين
        [few] { $max_files } ملفات
        [many] { $max_files } ملفًا
       *[other] { $max_files } ملف
    }، لا يتجاوز حجم كل منها { $max_mb } ميغابايت، بصيغة PDF أو Word (DOCX) أو OpenDocument (ODT) أو نص عادي أو Markdown. وتُنشر هذه الملفات مع تعليقك.
k-attached = الوثائق المرفقة
k-paragraphs = الفقرات المعنية
k-paragraphs-hint = اختياري، عند تحديد ورقة: أرقام الفقرات مفصولة بفواصل (على سبيل المثال: 2.1, 3.4).
k-concerned = التعليقات على هذه الفقرات
k-no-concerned = لا توجد بعد تعليقات منشورة على هذه الفقرات.
k-report = الإبلاغ عن هذه المساهمة
k-reported = شكرًا لك. ستنظر الأمانة في هذه المساهمة.
k-reported-by-readers = أبلغ عنها القرّاء
k-keep = إبقاؤها منشورة
k-sign-in-needed = يُرجى تسجيل الدخول لإرسال مساهمة، أو التسجيل: لن يستغرق ذلك سوى دقيقة.
k-closed = لا تقبل هذه المشاورة مساهمات حاليًا.
k-title = العنوان
k-summary = الموجز
k-summary-hint = بضع جمل عمّا تتضمنه الوثيقة؛ يطّلع عليها القرّاء قبل تنزيل أي ملف.
k-files = الملفات
# $max_files: how many files at most; $max_mb: the largest size of one file, in megabytes.
k-files-hint =
    ما يصل إلى { $max_files ->
        [one] ملف واحد
        [two] ملفين
        [few] { $max_files } ملفات
        [many] { $max_files } ملفًا
       *[other] { $max_files } ملف
    }، لا يتجاوز حجم كل منها { $max_mb } ميغابايت، بصيغة PDF أو Word (DOCX) أو OpenDocument (ODT) أو نص عادي أو Markdown. ولا يمكن قبول الملفات المحمية بكلمة مرور أو التي تتضمن وحدات ماكرو.
k-paper = ورقة العمل المعنية
k-paper-hint = اختياري: الورقة التي تستجيب لها مساهمتك.
k-no-paper = المشاورة ككل
k-submit = إرسال المساهمة
# Why a file was refused. $file is k-refusal-named (the file's name, quoted) or, when the
# file has no name, k-refusal-unnamed; it begins the sentence.
k-refusal-unnamed = أحد الملفات
k-refusal-named = الملف «{ $name }»
k-refusal-empty = { $file } فارغ.
# $max_mb: the largest size of one file, in megabytes.
k-refusal-too-large = حجم { $file } يتجاوز { $max_mb } ميغابايت.
k-refusal-unknown-type = { $file } ليس ملفًا بصيغة PDF أو DOCX أو ODT أو ملفًا نصيًا أو ملف Markdown (أيًّا كان ما يوحي به اسمه).
k-refusal-encrypted = { $file } مشفَّر أو محمي بكلمة مرور (أو هو ملف قديم بصيغة .doc): احفظه مرة أخرى دون كلمة مرور، بصيغة PDF أو DOCX.
k-refusal-macros = { $file } يتضمن وحدات ماكرو: احفظه مرة أخرى بصيغة DOCX أو PDF عادية.
k-refusal-active-content = { $file } يتضمن نصوصًا برمجية أو ملفات مضمَّنة أو شفرة صفحات ويب: احفظه مرة أخرى بصيغة PDF عادية.
k-refusal-malformed = { $file } تالف، أو أن محتواه لا يطابق ما يدّعيه.
k-refusal-too-many-bytes-inside = { $file } سيشغل مساحة كبيرة جدًا بعد فك ضغطه.
# $max: how many files at most.
k-refusal-too-many =
    أرسل { $max ->
        [one] ملفًا واحدًا
        [two] ملفين
        [few] { $max } ملفات
        [many] { $max } ملفًا
       *[other] { $max } ملف
    } كحد أقصى في المرة الواحدة.
k-refusal-missing = تعذّر العثور على { $file } في مجلد ملف الاستيراد.
# $reference: the contribution's reference.
k-received = شكرًا لك: وردت مساهمتك تحت الرقم المرجعي { $reference }.
k-received-next = تقرأ الأمانة المساهمة قبل نشرها؛ وتبيّن هذه الصفحة المرحلة التي بلغتها. احتفظ بالرقم المرجعي للإشارة إليه.
# Where a contribution stands.
k-status-pending = في انتظار الأمانة
k-status-published = منشورة
k-status-rejected = غير منشورة
k-status-hidden = سحبتها الأمانة من النشر
k-status-withdrawn = سحبها صاحبها
# $consultation: the consultation's title.
k-list-title = المساهمات المقدمة إلى { $consultation }
k-list-intro = وثائق أرسلها أصحاب المصلحة ونشرتها الأمانة، بدءًا بالأحدث.
k-send = إرسال مساهمة
# $n: the number of published contributions.
k-count =
    { $n ->
        [zero] لم تُنشر أي مساهمة بعد.
        [one] مساهمة واحدة
        [two] مساهمتان
        [few] { $n } مساهمات
        [many] { $n } مساهمةً
       *[other] { $n } مساهمة
    }
k-concerns = بشأن
# $n: a document's number of pages.
k-pages =
    { $n ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $n } صفحات
        [many] { $n } صفحةً
       *[other] { $n } صفحة
    }
k-text-not-extracted = لم يُستخرج النص
# A file's size. $n: a number of bytes (under 1000).
k-bytes = { $n } بايت
# A file's size. $size: a number of kilobytes, already formatted.
k-kilobytes = { $size } كيلوبايت
# A file's size. $size: a number of megabytes with one decimal, already formatted with
# k-decimal-separator.
k-megabytes = { $size } ميغابايت
# The decimal separator of numbers such as "2.4" in k-megabytes.
k-decimal-separator = {"."}
k-desk-title = مساهمات للاستعراض
k-desk-empty = لا توجد أي مساهمة في انتظار قرار.
# $n: the number of contributions waiting for a decision (never 0).
k-desk-count =
    { $n ->
        [one] مساهمة واحدة في انتظار قرار
        [two] مساهمتان في انتظار قرار
        [few] { $n } مساهمات في انتظار قرار
        [many] { $n } مساهمةً في انتظار قرار
       *[other] { $n } مساهمة في انتظار قرار
    }
# $file: the file's name.
k-text-of = النص المستخرج من { $file }
k-reject-reason = السبب (مطلوب للرفض؛ ويطّلع عليه صاحب المساهمة)
# On the consultation page, the link to its contributions. $n: their number, or 0 to show
# no number.
k-on-consultation =
    { $n ->
        [zero] المساهمات (الوثائق)
       *[other] المساهمات (الوثائق): { $n }
    }
k-heading = المساهمات
k-digest-csv = المساهمات (CSV)
