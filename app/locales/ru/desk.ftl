d-nav-desk = Рабочее место секретариата
d-desk-nav = Рабочее место секретариата
d-sign-in-needed = Эта страница предназначена для секретариата. Пожалуйста, войдите с учётной записью секретариата.
d-queue-title = Очередь модерации
d-keyboard-hint = Клавиши: j — следующее замечание, k — предыдущее, p — опубликовать, r — выбрать причину отклонения.
# $pending: comments waiting for a decision; $flagged: comments reported by readers.
d-totals = На рассмотрении: { $pending } · С жалобами: { $flagged }
d-search = Слова замечания или имя автора
d-paper = Рабочий документ
d-any-paper = Любой документ
d-flagged-only = Только замечания с жалобами
d-bulk = Выбранные замечания
d-publish-selected = Опубликовать выбранные замечания
d-reject-selected = Отклонить выбранные замечания
d-queue-empty = Нет замечаний, ожидающих решения.
d-next-page = Следующая страница
# The label of a comment's check box; $reference: the comment's reference.
d-select = Выбрать { $reference }
d-paragraph-text = Текст пункта
d-consent-given = Согласие на публикацию
# $n: how many near-identical comments the campaign has.
d-campaign =
    { $n ->
        [one] Кампания: { $n } почти идентичное замечание
        [few] Кампания: { $n } почти идентичных замечания
        [many] Кампания: { $n } почти идентичных замечаний
       *[other] Кампания: { $n } почти идентичного замечания
    }
# $n: how many letters of one template (each words the same sentences differently).
d-template-campaign =
    { $n ->
        [one] Кампания: { $n } письмо по одному шаблону
        [few] Кампания: { $n } письма по одному шаблону
        [many] Кампания: { $n } писем по одному шаблону
       *[other] Кампания: { $n } письма по одному шаблону
    }
d-template-why = Почему они объединены: те же предложения, в которых на тех же местах выбраны другие слова. Что общего у всех писем (… там, где слова различаются):
d-publish-campaign = Опубликовать всю кампанию
d-reject-campaign = Отклонить всю кампанию…
d-flags = Жалобы читателей
# Why a reader reported a comment.
d-flag-reason-spam = Спам
d-flag-reason-offensive = Оскорбительное содержание
d-flag-reason-off-topic = Не по теме
d-flag-reason-personal-data = Персональные данные
d-flag-reason-not-sent = По заявлению автора, замечание отправлено не им
# $n: how many earlier comments the author has.
d-earlier = Более ранние замечания того же автора ({ $n })
d-publish = Опубликовать
d-reject = Отклонить
d-keep = Оставить опубликованным
d-hide = Скрыть
d-reason = Причина
d-choose-reason = Выберите причину…
d-other-reason = Или другая причина
d-retag = Метки
d-save-tags = Сохранить метки
d-disposition = Учёт замечания
d-disposition-kind = Решение
# The secretariat's decision on a comment.
d-disposition-name-accepted = Принято
d-disposition-name-partly-accepted = Частично принято
d-disposition-name-noted = Принято к сведению
d-disposition-name-out-of-scope = Выходит за рамки консультации
d-response = Ответ автору замечания
d-save-disposition = Сохранить решение
d-response-label = Ответ секретариата
d-changed-in = Изменение, к которому оно привело
d-changed-in-hint = Пункт текущей версии, в котором учтено это замечание, если оно привело к изменению.
d-no-change = Изменение не указано
# $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-change-choice = Пункт { $paragraph } версии { $version }
# Under the secretariat's response. $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-led-to-change = Оно привело к изменению пункта { $paragraph } версии { $version }.
d-log-title = Журнал аудита
d-log-intro = Каждое изменение статуса каждого замечания: кто его внёс, когда и почему. Ничего здесь нельзя изменить или удалить.
d-when = Когда
d-change = Изменение
d-by = Кем
d-add-reason = Добавить причину отклонения
d-accounts-title = Учётные записи
d-search-accounts = Имя, адрес электронной почты или организация
d-actions = Действия
d-suspended = приостановлена
# A button giving an account a role.
d-make-role-stakeholder = Назначить заинтересованной стороной
d-make-role-secretariat = Назначить сотрудником секретариата
d-make-role-admin = Назначить администратором
d-suspend = Приостановить…
d-suspend-hint = Все сеансы учётной записи завершаются, и войти в неё невозможно, пока администратор её не восстановит. Её замечания остаются без изменений.
d-suspend-confirm = Да, приостановить
d-own-account = Ваша собственная учётная запись: изменить её может другой администратор.
# $n: how many comments the campaign has in all.
d-reject-campaign-hint = Будут отклонены все ещё ожидающие решения замечания этой кампании (всего замечаний: { $n }) с выбранной здесь причиной.
d-reject-campaign-confirm = Да, отклонить кампанию
# Announced once a decision is saved; $n: how many comments it changed (0: none).
d-decided =
    { $n ->
        [0] Ничего не изменилось: решения по этим замечаниям уже были приняты.
        [one] Сохранено: принято решение по { $n } замечанию.
        [few] Сохранено: приняты решения по { $n } замечаниям.
        [many] Сохранено: приняты решения по { $n } замечаниям.
       *[other] Сохранено: приняты решения по { $n } замечания.
    }
d-saved = Сохранено.
d-copy-differs = Текст этого экземпляра отличается от текста карточки:
# $n: how many other copies of the campaign wait on this page (at least 1).
d-copies-here =
    { $n ->
        [one] Ещё { $n } экземпляр ожидает решения на этой странице; отправители:
        [few] Ещё { $n } экземпляра ожидают решения на этой странице; отправители:
        [many] Ещё { $n } экземпляров ожидают решения на этой странице; отправители:
       *[other] Ещё { $n } экземпляра ожидают решения на этой странице; отправители:
    }
d-erase = Удалить персональные данные…
d-erase-hint = Адрес электронной почты, имя и организация удаляются, и войти в учётную запись становится невозможно. Её замечания сохраняются в материалах консультации как замечания выбывшего участника — только с указанием группы заинтересованных сторон и страны. Это действие необратимо.
d-erase-confirm = Удалить окончательно
d-restore = Восстановить
d-report = Пожаловаться на это замечание
d-report-reason = Почему?
d-report-note = Примечание для секретариата (необязательно)
d-report-submit = Отправить жалобу
d-reported = Спасибо. Секретариат рассмотрит это замечание.
d-report-sign-in = Войдите, чтобы пожаловаться на это замечание.

## Themes of a paper's comments (the desk's themes page).
th-link = Темы замечаний
th-title = Темы: { $code }
# $paragraph: a paragraph's number.
th-title-paragraph = Темы: { $code }, пункт { $paragraph }
th-hint = Анализ группирует замечания по их содержанию: для каждой темы указываются ключевые термины, число замечаний, их авторы и характерные замечания. Кампания учитывается один раз. Дайте названия темам, которые вы оставляете, и подтвердите их: при повторном анализе подтверждённые темы сохраняются и в них распределяются новые замечания. Подтверждённые темы включаются в сводки.
th-scope = Анализируемые замечания
th-whole-paper = Весь документ (все пункты)
# $number: a paragraph's number.
th-paragraph-option = Пункт { $number }
th-internal = Включить замечания, ожидающие модерации (для внутреннего пользования)
th-run = Найти темы
# After a run: themes proposed, confirmed themes kept, new comments placed in them, comments in no theme.
th-ran = Анализ выполнен. Предложено тем: { $proposed }; сохранено подтверждённых тем: { $kept }, распределено в них новых замечаний: { $placed }; замечаний, не отнесённых ни к одной теме: { $unthemed }.
th-saved = Сохранено.
th-none-yet = Тем пока нет. Выберите замечания для анализа и нажмите «Найти темы».
# $n: the comments in scope.
th-total =
    { $n ->
        [one] { $n } замечание для анализа.
        [few] { $n } замечания для анализа.
        [many] { $n } замечаний для анализа.
       *[other] { $n } замечания для анализа.
    }
th-internal-note = Темы выявлены среди всех замечаний, которые не были отклонены или отозваны, включая ожидающие решения: только для внутреннего пользования.
# $n: a theme's comments.
th-size =
    { $n ->
        [one] { $n } замечание
        [few] { $n } замечания
        [many] { $n } замечаний
       *[other] { $n } замечания
    }
# $m: campaign letters among them; $k: campaigns.
th-in-campaigns =
    { $k ->
        [one] , из них { $m } — в составе { $k } кампании (учитывается один раз)
        [few] , из них { $m } — в составе { $k } кампаний (каждая учитывается один раз)
        [many] , из них { $m } — в составе { $k } кампаний (каждая учитывается один раз)
       *[other] , из них { $m } — в составе { $k } кампании (каждая учитывается один раз)
    }
th-key-terms = Ключевые термины:
th-confirmed = Подтверждена
th-proposed = Предложена
th-name = Название темы
th-save-name = Сохранить название
th-confirm = Подтвердить
th-unconfirm = Отменить подтверждение
th-merge-into = Объединить с темой
th-merge = Объединить
th-split = Разделить на две
th-quotes = Характерные замечания
# $n: how many references.
th-references = Все замечания ({ $n })
th-reference = Номер замечания (C-…)
th-move = Перенести замечание в эту тему
th-remove = Исключить замечание из всех тем
th-remove-button = Исключить
# $n: comments in no theme.
th-unthemed = Без темы ({ $n })
th-unthemed-hint = Эти замечания не относятся ни к одной теме или поступили после проведения анализа. Чтобы перенести замечание в тему, укажите его номер.
# The digests' section of the themes the secretariat confirmed.
th-digest-heading = Темы (подтверждённые секретариатом)
