# The first line of every message. $name: the recipient's name.
m-greeting = عزيزي/عزيزتي { $name }،
m-signature = الأمانة، عبر Consult
m-notice-footer = تتلقى هذا الإشعار لأنك اخترت ذلك في ملفك الشخصي.
m-change-notices = تغيير الإشعارات التي تتلقاها
m-verify-subject = تأكيد عنوان بريدك الإلكتروني
m-verify-intro = يُرجى اتباع الرابط أدناه لتأكيد عنوان بريدك الإلكتروني. ولن تصل تعليقاتك إلى الأمانة إلا بعد تأكيد عنوانك.
m-verify-link = تأكيد عنواني
m-verify-note = الرابط صالح لمدة 48 ساعة. إذا لم تسجّل في Consult، فتجاهل هذه الرسالة: لن يترتب عليها أي شيء.
m-change-subject = تأكيد عنوان بريدك الإلكتروني الجديد
m-change-intro = يُرجى اتباع الرابط أدناه لجعل هذا العنوان عنوانَ البريد الإلكتروني لحسابك في Consult. وإلى أن تفعل ذلك، يحتفظ حسابك بعنوانه الحالي.
m-change-link = تأكيد عنواني الجديد
m-change-notice-subject = طُلب تغيير عنوان بريدك الإلكتروني
# Sent to the old address. $new_address: the e-mail address asked for.
m-change-notice-body = طلب شخص سجّل الدخول إلى حسابك تغيير عنوان البريد الإلكتروني للحساب إلى { $new_address }. ولا يسري التغيير إلا بعد اتباع الرابط المرسل إلى ذلك العنوان. إذا لم تكن أنت من قام بذلك، فسجّل الدخول، وغيّر كلمة مرورك، وأبلغ الأمانة.
m-change-legend = تغيير عنوان بريدك الإلكتروني
m-change-new-email = عنوان البريد الإلكتروني الجديد
m-change-password = كلمة المرور الخاصة بك
m-change-submit = إرسال رابط التأكيد
# $new_address: the e-mail address asked for.
m-change-sent = رابط التأكيد في طريقه إلى { $new_address }. وسيتغير عنوانك بعد أن تتبع هذا الرابط.
m-changed-address = شكرًا لك: يستخدم حسابك الآن عنوان البريد الإلكتروني هذا.
m-reset-subject = اختيار كلمة مرور جديدة
m-reset-intro = طلب شخص ما، ونأمل أن يكون أنت، إعادة تعيين كلمة مرور حسابك في Consult. اتبع الرابط أدناه لاختيار كلمة مرور جديدة.
m-reset-link = اختيار كلمة مرور جديدة
m-reset-note = الرابط صالح لمدة ساعة واحدة ولا يمكن استخدامه إلا مرة واحدة. إذا لم تطلبه، فتجاهل هذه الرسالة: تبقى كلمة مرورك على حالها.
m-changed-subject = تم تغيير كلمة مرورك
m-changed-body = تم تغيير كلمة مرور حسابك في Consult، وسُجّل الخروج من جميع الجلسات. إذا لم تكن أنت من قام بذلك، فاستخدم فورًا خيار «هل نسيت كلمة المرور؟» في صفحة تسجيل الدخول، وأبلغ الأمانة.
# $reference: the comment's reference.
m-receipt-subject = استلام التعليق { $reference }
# $reference: the comment's reference; $paper: the paper's code; $place: where in the paper
# (m-receipt-where-paragraph or m-receipt-where-whole).
m-receipt-body = تلقينا تعليقك { $reference } بشأن { $paper }، { $place }.
# The $place of m-receipt-body. $paragraph: the paragraph's number (e.g. 2.1).
m-receipt-where-paragraph = الفقرة { $paragraph }
m-receipt-where-whole = الورقة ككل
m-receipt-next = تقرأ الأمانة كل تعليق قبل نشره. وسنبلغك بما تقرره.
m-receipt-unverified = لم يُؤكَّد عنوان بريدك الإلكتروني بعد: سيصل تعليقك إلى الأمانة بعد أن تؤكده باستخدام الرابط الذي أرسلناه إليك.
m-receipt-link = الاطلاع على تعليقك
m-not-me-intro = إذا لم تكن أنت من أرسل هذا التعليق، فقد استخدم شخص ما عنوانك. أبلغنا بذلك ولن يُنشر التعليق:
m-not-me-link = لم أرسل هذا التعليق
# $reference: the contribution's reference.
m-contribution-subject = استلام المساهمة { $reference }
# $reference: the contribution's reference; $title: its title.
m-contribution-body = تلقينا مساهمتك { $reference } المعنونة «{ $title }». وتقرأ الأمانة المساهمة قبل نشرها.
# The subject telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-subject-pending = تعليقك { $reference } قيد الاستعراض مجددًا
m-decision-subject-published = نُشر تعليقك { $reference }
m-decision-subject-rejected = لم يُنشر تعليقك { $reference }
m-decision-subject-hidden = سُحب تعليقك { $reference } من النشر
m-decision-subject-withdrawn = سُحب تعليقك { $reference }
# The message telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-body-pending = أعادت الأمانة تعليقك { $reference } إلى الاستعراض. ولن يُعرض في Consult إلى أن تتخذ الأمانة قرارًا جديدًا؛ وسنبلغك بما تقرره.
m-decision-body-published = نشرت الأمانة تعليقك { $reference }. وأصبح بإمكان الجميع الآن قراءته في Consult.
m-decision-body-rejected = قررت الأمانة عدم نشر تعليقك { $reference }.
m-decision-body-hidden = سحبت الأمانة تعليقك { $reference } من النشر. ولم يعد يُعرض في Consult.
m-decision-body-withdrawn = سُحب تعليقك { $reference }. ولن يُنشر.
# After the decision and a blank line, when the secretariat gave a reason. $reason: its words.
m-decision-body-reason = قدّمت الأمانة السبب التالي: { $reason }
# $reference: the comment's reference.
m-disposition-subject = ردّت الأمانة على تعليقك { $reference }
# $reference: the comment's reference; $disposition: the name of how it was taken into
# account. The secretariat's response, when it wrote one, follows after a blank line.
m-disposition-body = سجّلت الأمانة الطريقة التي أُخذ بها تعليقك { $reference } في الاعتبار: { $disposition }.
# $code: the paper's code; $version: the number of its new version.
m-version-subject = { $code }: نُشر الإصدار { $version }
# $code: the paper's code; $title: its title; $version: the number of its new version.
# The link to what changed follows.
m-version-body = صدر إصدار جديد ({ $version }) من الورقة { $code }، «{ $title }»، التي علّقت عليها. وتُنقل التعليقات على الإصدارات السابقة إلى الفقرات المقابلة لها في الإصدار الجديد؛ اطّلع على ما تغيّر:
m-read-link = الاطلاع عليه في Consult
m-forgot-title = هل نسيت كلمة المرور؟
m-forgot-intro = أدخل عنوان البريد الإلكتروني لحسابك. وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
m-forgot-submit = إرسال الرابط
m-forgot-sent = إذا كان هناك حساب يستخدم هذا العنوان، فإن رابطًا لاختيار كلمة مرور جديدة في طريقه إليه. والرابط صالح لمدة ساعة واحدة.
m-forgot-link = هل نسيت كلمة المرور؟
m-reset-title = اختيار كلمة مرور جديدة
m-reset-submit = حفظ كلمة المرور الجديدة
m-reset-done = تم تغيير كلمة مرورك وسُجّل الخروج من جميع الجلسات. سجّل الدخول باستخدام كلمة المرور الجديدة.
m-link-invalid = انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطًا جديدًا.
m-verify-title = تأكيد عنوان بريدك الإلكتروني
m-verified = شكرًا لك: تم تأكيد عنوان بريدك الإلكتروني. وستصل تعليقاتك الآن إلى الأمانة.
m-resend = إعادة إرسال رابط التأكيد
m-resent = رابط تأكيد جديد في طريقه إليك.
m-unverified-notice = يُرجى تأكيد عنوان بريدك الإلكتروني باستخدام الرابط الذي أرسلناه إليك: وإلى أن تفعل ذلك، تظل تعليقاتك في الانتظار ولا تُنشر.
m-waiting-verification = في انتظار تأكيدك لعنوان بريدك الإلكتروني
m-not-me-title = تعليق لم ترسله
m-not-me-explain = إذا لم تكن أنت من أرسل هذا التعليق، فأكّد ذلك أدناه: لن يُنشر التعليق، وستنظر الأمانة في الأمر.
m-not-me-submit = لم أرسل هذا التعليق
m-not-me-done = شكرًا لك. سُحب التعليق من النشر، وستنظر الأمانة في الأمر.
m-notices-legend = الإشعارات بالبريد الإلكتروني
m-notify-outcomes = عندما تتخذ الأمانة قرارًا بشأن تعليقاتي أو ترد عليها
m-notify-versions = عندما يصدر إصدار جديد لورقة علّقت عليها
m-notices-submit = حفظ اختياري للإشعارات
m-notices-saved = تم حفظ اختيارك.
m-notices-hint = تُرسَل دائمًا إشعارات الاستلام والرسائل المتعلقة بأمان حسابك.
m-arrived-verified = عنوان مؤكَّد
m-arrived-import = استوردته الأمانة
m-arrived-unverified = عنوان غير مؤكَّد
