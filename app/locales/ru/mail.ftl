# The first line of every message. $name: the recipient's name.
m-greeting = Здравствуйте, { $name }!
m-signature = Секретариат (отправлено через Consult)
m-notice-footer = Вы получаете это уведомление, поскольку выбрали эту возможность в своём профиле.
m-change-notices = Изменить перечень получаемых уведомлений
m-verify-subject = Подтвердите свой адрес электронной почты
m-verify-intro = Пожалуйста, перейдите по ссылке ниже, чтобы подтвердить свой адрес электронной почты. Ваши замечания поступят в секретариат только после подтверждения адреса.
m-verify-link = Подтвердить мой адрес
m-verify-note = Ссылка действительна в течение 48 часов. Если вы не регистрировались в Consult, не обращайте внимания на это сообщение: ничего не произойдёт.
m-change-subject = Подтвердите свой новый адрес электронной почты
m-change-intro = Пожалуйста, перейдите по ссылке ниже, чтобы сделать этот адрес адресом электронной почты вашей учётной записи в Consult. До тех пор за вашей учётной записью сохраняется нынешний адрес.
m-change-link = Подтвердить мой новый адрес
m-change-notice-subject = Запрошено изменение вашего адреса электронной почты
# Sent to the old address. $new_address: the e-mail address asked for.
m-change-notice-body = Кто-то, выполнивший вход в вашу учётную запись, запросил изменение её адреса электронной почты на { $new_address }. Изменение вступит в силу только после перехода по ссылке, отправленной на этот адрес. Если это были не вы, войдите в систему, смените пароль и сообщите об этом секретариату.
m-change-legend = Изменение адреса электронной почты
m-change-new-email = Новый адрес электронной почты
m-change-password = Ваш пароль
m-change-submit = Отправить ссылку для подтверждения
# $new_address: the e-mail address asked for.
m-change-sent = Ссылка для подтверждения отправлена на адрес { $new_address }. Ваш адрес изменится после перехода по ней.
m-changed-address = Спасибо: теперь ваша учётная запись использует этот адрес электронной почты.
m-reset-subject = Выберите новый пароль
m-reset-intro = Кто-то (надеемся, что вы) запросил сброс пароля вашей учётной записи в Consult. Перейдите по ссылке ниже, чтобы выбрать новый пароль.
m-reset-link = Выбрать новый пароль
m-reset-note = Ссылка действительна в течение одного часа и может быть использована один раз. Если вы её не запрашивали, не обращайте внимания на это сообщение: ваш пароль останется прежним.
m-changed-subject = Ваш пароль изменён
m-changed-body = Пароль вашей учётной записи в Consult был изменён, и все сеансы были завершены. Если это сделали не вы, немедленно воспользуйтесь ссылкой «Забыли пароль?» на странице входа и сообщите об этом секретариату.
# $reference: the comment's reference.
m-receipt-subject = Замечание { $reference } получено
# $reference: the comment's reference; $paper: the paper's code; $place: where in the paper
# (m-receipt-where-paragraph or m-receipt-where-whole).
m-receipt-body = Мы получили ваше замечание { $reference } ({ $paper }, { $place }).
# The $place of m-receipt-body. $paragraph: the paragraph's number (e.g. 2.1).
m-receipt-where-paragraph = пункт { $paragraph }
m-receipt-where-whole = документ в целом
m-receipt-next = Секретариат прочитывает каждое замечание до его публикации. Мы сообщим вам о принятом решении.
m-receipt-unverified = Ваш адрес электронной почты ещё не подтверждён: замечание поступит в секретариат после того, как вы подтвердите адрес по отправленной вам ссылке.
m-receipt-link = Посмотреть своё замечание
m-not-me-intro = Если вы не отправляли это замечание, значит, кто-то воспользовался вашим адресом. Сообщите нам, и оно не будет опубликовано:
m-not-me-link = Это замечание отправлено не мной
# $reference: the contribution's reference.
m-contribution-subject = Материал { $reference } получен
# $reference: the contribution's reference; $title: its title.
m-contribution-body = Мы получили ваш материал { $reference } «{ $title }». Секретариат прочитывает его до публикации.
# The subject telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-subject-pending = Ваше замечание { $reference } вновь находится на рассмотрении
m-decision-subject-published = Ваше замечание { $reference } опубликовано
m-decision-subject-rejected = Ваше замечание { $reference } не опубликовано
m-decision-subject-hidden = Ваше замечание { $reference } снято с публикации
m-decision-subject-withdrawn = Ваше замечание { $reference } отозвано
# The message telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-body-pending = Секретариат вернул ваше замечание { $reference } на рассмотрение. Оно не будет отображаться в Consult, пока секретариат не примет новое решение; мы сообщим вам о нём.
m-decision-body-published = Секретариат опубликовал ваше замечание { $reference }. Теперь с ним может ознакомиться в Consult любой желающий.
m-decision-body-rejected = Секретариат принял решение не публиковать ваше замечание { $reference }.
m-decision-body-hidden = Секретариат снял ваше замечание { $reference } с публикации. Оно больше не отображается в Consult.
m-decision-body-withdrawn = Ваше замечание { $reference } отозвано. Оно не будет опубликовано.
# After the decision and a blank line, when the secretariat gave a reason. $reason: its words.
m-decision-body-reason = Секретариат указал следующую причину: { $reason }
# $reference: the comment's reference.
m-disposition-subject = Секретариат ответил на ваше замечание { $reference }
# $reference: the comment's reference; $disposition: the name of how it was taken into
# account. The secretariat's response, when it wrote one, follows after a blank line.
m-disposition-body = Секретариат зафиксировал, как было учтено ваше замечание { $reference }: { $disposition }.
# $code: the paper's code; $version: the number of its new version.
m-version-subject = { $code }: опубликована версия { $version }
# $code: the paper's code; $title: its title; $version: the number of its new version.
# The link to what changed follows.
m-version-body = У документа { $code } «{ $title }», по которому вы представили замечания, появилась новая версия ({ $version }). Замечания к прежним версиям перенесены в пункты, которые являются их продолжением; посмотрите, что изменилось:
m-read-link = Читать в Consult
m-forgot-title = Забыли пароль?
m-forgot-intro = Укажите адрес электронной почты своей учётной записи. Мы отправим ссылку для выбора нового пароля.
m-forgot-submit = Отправить ссылку
m-forgot-sent = Если этот адрес используется какой-либо учётной записью, ссылка для выбора нового пароля уже отправлена. Она действительна в течение одного часа.
m-forgot-link = Забыли пароль?
m-reset-title = Выберите новый пароль
m-reset-submit = Сохранить новый пароль
m-reset-done = Ваш пароль изменён, и все сеансы завершены. Войдите с новым паролем.
m-link-invalid = Срок действия этой ссылки истёк, или она уже была использована. Запросите новую.
m-verify-title = Подтвердите свой адрес электронной почты
m-verified = Спасибо: ваш адрес электронной почты подтверждён. Теперь ваши замечания поступают в секретариат.
m-resend = Отправить ссылку для подтверждения ещё раз
m-resent = Новая ссылка для подтверждения отправлена.
m-unverified-notice = Пожалуйста, подтвердите свой адрес электронной почты по отправленной вам ссылке: до тех пор ваши замечания находятся в ожидании и не публикуются.
m-waiting-verification = Ожидается подтверждение вашего адреса электронной почты
m-not-me-title = Замечание, которое вы не отправляли
m-not-me-explain = Если вы не отправляли это замечание, подтвердите это ниже: оно не будет опубликовано, а секретариат разберётся в ситуации.
m-not-me-submit = Это замечание отправлено не мной
m-not-me-done = Спасибо. Замечание снято с публикации, и секретариат разберётся в ситуации.
m-notices-legend = Уведомления по электронной почте
m-notify-outcomes = Когда секретариат принимает решение по моим замечаниям или отвечает на них
m-notify-versions = Когда появляется новая версия документа, по которому у меня есть замечания
m-notices-submit = Сохранить выбор уведомлений
m-notices-saved = Ваш выбор сохранён.
m-notices-hint = Подтверждения получения и сообщения о безопасности вашей учётной записи отправляются всегда.
m-arrived-verified = адрес подтверждён
m-arrived-import = импортировано секретариатом
m-arrived-unverified = адрес не подтверждён
