e-title = المشاورات والورقات
e-nav = المشاورات والورقات
e-new-consultation = مشاورة جديدة
e-saved = تم حفظ المشاورة.
# $code: the paper's code, such as WP-ROOT.
e-paper-saved = تم حفظ الورقة { $code }.
e-slug = عنوان الصفحة
e-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثل wgig-2005-february. ولا يمكن تغييره لاحقًا.
e-consultation-title = العنوان
e-description = الوصف
e-opens-at = تاريخ الافتتاح
e-closes-at = تاريخ الاختتام
e-utc-hint = بالتوقيت العالمي المنسق (UTC).
e-status = الحالة
e-save-consultation = حفظ المشاورة
e-new-paper = ورقة عمل جديدة
e-new-version-note = توجد تعليقات على هذه الورقة. يؤدي حفظ نص معدَّل إلى إنشاء إصدار جديد؛ ويبقى كل تعليق مرتبطًا بالإصدار والفقرة اللذين كُتب بشأنهما.
e-code = الرمز
e-code-hint = مثل WP-ROOT. ولا يمكن تغييره لاحقًا.
e-paper-title = العنوان
e-abstract-label = الخلاصة
e-markdown = النص (Markdown)
e-markdown-hint = تبدأ العناوين (## و###) أقسامًا مرقّمة؛ وكل فقرة أو قائمة أو اقتباس تحتها يُعدّ فقرة مرقّمة.
e-save-paper = حفظ الورقة
e-preview = معاينة الترقيم
e-matches-legend = مآل فقرات الإصدار الحالي
# $n: how many matches are uncertain and marked "to check" (0: none).
e-matches-hint =
    { $n ->
        [zero] تمت مطابقة كل فقرة بشكل مؤكد؛ وستُعرض تعليقاتها على النص الجديد.
        [one] تحقّق من المطابقة المشار إليها بعبارة «يلزم التحقق»، واختر مآل تلك الفقرة. وستتبع تعليقاتها اختيارك.
        [two] تحقّق من المطابقتين المشار إليهما بعبارة «يلزم التحقق»، واختر مآل كل من الفقرتين. وستتبع تعليقاتهما اختياراتك.
       *[other] تحقّق من المطابقات المشار إليها بعبارة «يلزم التحقق» (وعددها { $n })، واختر مآل كل فقرة. وستتبع تعليقاتها اختياراتك.
    }
e-match-old = الفقرة الحالية
e-match-new = في النص الجديد
e-match-comments = التعليقات (المنشورة أو التي في الانتظار)
# What became of a paragraph in a new version, in a word.
e-fate-name-unchanged = لم تتغير
e-fate-name-moved = نُقلت
e-fate-name-edited = عُدّلت
e-fate-name-split = قُسّمت
e-fate-name-merged = دُمجت
e-fate-name-removed = حُذفت
# What becomes of a paragraph, in short. $fate: one of the words e-fate-name-…;
# $numbers: its new paragraph numbers, such as "2.3, 2.4"; $percent: how alike the texts are.
# Its text was removed:
e-match-summary-removed = حُذفت
# Unchanged or moved:
e-match-summary-same = { $fate } ← { $numbers }
# Edited, split or merged:
e-match-summary-changed = { $fate } ← { $numbers }، تشابه بنسبة { $percent } في المائة
e-to-check = يلزم التحقق
e-choose-match = — تحقّق واختر —
# $paragraph: a paragraph's number, such as 2.3.
e-match-of = مآل الفقرة { $paragraph }
# $summary: the proposed match, as in e-match-summary-….
e-as-proposed = كما هو مقترح: { $summary }
# $paragraph: a paragraph's number in the new text, such as 2.3.
e-paragraph-choice = أصبحت الفقرة { $paragraph }
e-removed-choice = حُذف نصها
# Papers in several languages.
# The language a paper's own text is written in (its translations are in the others).
e-paper-language = لغة النص
e-translations = الترجمات
e-translations-hint = تحافظ الترجمة على الأجزاء المرقّمة للورقة، جزءًا بجزء: ترجم كل عنوان وفقرة وقائمة في موضعه، وأبقِ على علامات العناوين والأسطر الفارغة وعلامات القوائم في Markdown، حتى تحتفظ كل فقرة برقمها وبتعليقاتها.
# $language: the language's name, such as "French"; $paper: the paper's code, such as WP-ROOT.
e-translation-title = ترجمة الورقة { $paper } إلى { $language }
e-translation-none = لا توجد ترجمة
# $version: the version the translation is of.
e-translation-current = محدَّثة (الإصدار { $version })
# $version: the earlier version the translation is of.
e-translation-outdated = للإصدار { $version }: لا تُعرض على القراء إلى أن تُحدَّث
# $language: the language's name, such as "French".
e-translation-saved = تم حفظ الترجمة إلى { $language }. ويمكن للقراء الآن قراءة الورقة بهذه اللغة.
e-translation-from-original = يبدأ النموذج بنص الورقة نفسه: استبدل كل جزء بترجمته.
# $version: the version an earlier translation is of; $current: the paper's current version.
e-translation-from-version = يبدأ النموذج بترجمة الإصدار { $version }: حدِّثها لتطابق الإصدار { $current }.
e-save-translation = حفظ الترجمة
e-original-blocks = الأجزاء المرقّمة للورقة
