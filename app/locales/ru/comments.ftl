c-whole-paper = Документ в целом
# Before the list of the languages a paper can be read in (each named in its own language).
c-read-in = Этот документ можно прочитать на следующих языках:
# After the name of the language the paper was written in, in that list.
c-original-mark = (оригинал)
# Over a paper read in a translation. $language: the name of the language of the original, such as "English".
c-translation-note = Это перевод; язык оригинала: { $language }. Пункты пронумерованы так же, как в оригинале, и замечания к каждому пункту одинаковы на всех языках.
# $n is a number of comments.
c-comment-count =
    { $n ->
        [0] Замечаний пока нет
        [one] { $n } замечание
        [few] { $n } замечания
        [many] { $n } замечаний
       *[other] { $n } замечания
    }
# $number is a paragraph's number, such as 2.1; $n is the number of comments on it.
c-comments-on-count =
    Пункт { $number }: { $n ->
        [0] замечаний пока нет
        [one] { $n } замечание
        [few] { $n } замечания
        [many] { $n } замечаний
       *[other] { $n } замечания
    }
# $number is a paragraph's number, such as 2.1.
c-comments-on = Замечания по пункту { $number }
c-comments-on-whole = Замечания по документу в целом
c-comments-on-removed = Замечания по исключённому тексту
# After the number of comments on a paragraph: $n of them (1 or more) were written on earlier versions of the paper.
c-carried-count =
    { $n ->
        [1] ({ $n } — к более ранней версии)
        [one] ({ $n } — к более ранним версиям)
        [few] ({ $n } — к более ранним версиям)
        [many] ({ $n } — к более ранним версиям)
       *[other] ({ $n } — к более ранним версиям)
    }
# A comment carried from an earlier version: $version is that version's number, $number the paragraph's number there, such as 2.2.
c-written-on = Представлено к версии { $version }, пункт { $number }
# A comment carried from an earlier version, written on the paper as a whole; $version is that version's number.
c-written-on-whole = Представлено к версии { $version }, по документу в целом
c-text-written-on = Текст, к которому относится замечание
# $version is a version's number.
c-changes-link = Что изменилось в версии { $version }
# $code is the paper's code, $version a version's number.
c-changes-title = { $code }: что изменилось в версии { $version }
# $old and $new are the numbers of the earlier version and of the version it became.
c-changes-intro = Каждый пункт версии { $old }, то, что с ним стало в версии { $new } (исключённые слова зачёркнуты, добавленные — подчёркнуты), и замечания к нему с ответами секретариата.
# A paragraph of the earlier version that is not in the new one: $old is its number, $fate what became of it (such as "removed").
c-changed-heading = Пункт { $old }: { $fate }
# A paragraph of the earlier version: $old is its number, $fate what became of it (such as "edited"), $new the numbers of the paragraphs it became, joined by c-list-separator.
c-changed-heading-now = Пункт { $old }: { $fate }, теперь { $new }
# A paragraph new in this version; $new is its number (or numbers, joined by c-list-separator).
c-added-heading = Пункт { $new }: добавлен
# Between the items of a list of paragraph numbers.
c-list-separator = {", "}
c-comments-on-earlier-text = Замечания по прежнему тексту
c-unchanged-paragraphs = Без изменений и без замечаний
# $version is a version's number.
c-dispositions-link = Учёт замечаний к версии { $version }
# $code is the paper's code, $version a version's number.
c-dispositions-title = { $code }: учёт замечаний к версии { $version }
# $old is the number of the version commented on, $new that of the version that followed it.
c-dispositions-intro = Все опубликованные замечания к версии { $old } (авторы указаны в том виде, на который они дали согласие) с решением секретариата об их учёте и ответом, а также пункт версии { $new }, которому каждое из них теперь соответствует.
c-dispositions-csv = Скачать в формате CSV (электронная таблица)
c-dispositions-docx = Скачать в формате DOCX (текстовый редактор)
c-col-reference = Номер
c-col-paragraph = Пункт
c-col-comment = Замечание
c-col-disposition = Учёт замечания и ответ
c-no-disposition = Пока нет
c-none-here = Опубликованных замечаний здесь пока нет.
c-more = Ещё замечания
c-close = Закрыть замечания
c-comment-on-this = Представить замечание по этому пункту
# A campaign's copies shown as one text; $n is the number of stakeholders who sent it (2 or more).
c-sent-by =
    { $n ->
        [one] Одно и то же письмо, отправленное { $n } заинтересованной стороной: посмотреть, кем
       *[other] Одно и то же письмо, отправленное { $n } заинтересованными сторонами: посмотреть, кем
    }
c-copy-differs = В собственной формулировке:
# The name of a paragraph's "Comment on this paragraph" link; $number is the paragraph's number, such as 2.1.
c-comment-on-numbered = Представить замечание по пункту { $number }
c-comment-on-paper = Представить замечание по документу в целом
c-closed-note = В настоящее время эта консультация закрыта для замечаний.
c-filter-title = Показать замечания от…
c-any-group = Любая группа заинтересованных сторон
c-region = Регион
c-any-region = Любой регион
c-tag = Метка
c-any-tag = Любая метка
# The filter by the language a comment is written in.
c-language = Язык
c-any-language = Любой язык
c-apply-filter = Показать
c-clear-filter = Сбросить фильтр
c-tags-label = Метки
c-quoted = Цитируемый фрагмент
c-late = после срока
c-reply = Ответить
c-replies = Ответы
# $code is the paper's code.
c-form-title = Замечание по документу { $code }
# $reference is a comment's reference.
c-reply-title = Ответ на замечание { $reference }
c-form-intro = Секретариат прочитывает каждое замечание до его публикации. До этого момента вы можете изменить или отозвать его.
c-paragraph = Пункт
c-paragraph-hint = Пункт, к которому относится ваше замечание, или документ в целом.
c-quote = Цитируемый фрагмент (необязательно)
c-quote-hint = При необходимости скопируйте слова пункта, на которые вы отвечаете.
c-body = Ваше замечание
c-body-hint = Обычный текст, от 20 до 10 000 знаков. Разделяйте абзацы пустой строкой. Веб-адреса становятся ссылками.
# The comment form's choice of the language a comment is written in.
c-comment-language = Язык, на котором написано
c-comment-language-hint = Мы определяем его по тексту; выберите его сами, если мы можем ошибиться. Так читатели смогут найти ваше замечание по языку.
# The first choice: the language is detected from the comment's text.
c-language-detect = Определить по моему тексту
# $max is the number of tags a comment may have.
c-tags-legend = Метки (не более { $max })
c-tags-hint = Метки помогают секретариату группировать замечания по темам.
c-consent = Как вы будете указаны при публикации
c-consent-hint = Ваша группа заинтересованных сторон и страна указываются всегда.
# How the author of a comment consents to be shown when it is published.
c-consent-name-and-organisation = С указанием моего имени и организации
c-consent-organisation-only = С указанием только моей организации
c-consent-anonymous = Анонимно (только группа заинтересованных сторон и страна)
c-submit = Отправить замечание
c-sign-in-to-comment = Чтобы представить замечание, войдите или зарегистрируйтесь в качестве заинтересованной стороны.
c-my-title = Мои замечания
c-my-intro = Всё, что вы представили, начиная с самого нового. Пока замечание ожидает рассмотрения, вы можете изменить или отозвать его.
c-my-none = Вы ещё не представили ни одного замечания.
c-reference = Номер
c-where-label = Относится к
c-status = Статус
# The statuses of a comment.
c-status-pending = Ожидает рассмотрения
c-status-published = Опубликовано
c-status-rejected = Не опубликовано
c-status-withdrawn = Отозвано
c-status-hidden = Скрыто
c-reason = Причина
c-submitted = Представлено
c-older = Более ранние замечания
# $reference is a comment's reference.
c-comment-title = Замечание { $reference }
# $reference is the new comment's reference.
c-received = Спасибо. Ваше замечание получено и зарегистрировано под номером { $reference }. Оно будет опубликовано после рассмотрения секретариатом.
c-saved = Ваши изменения сохранены. Прежний текст хранится в истории замечания.
c-withdrawn = Ваше замечание отозвано. Оно не будет опубликовано.
c-in-reply-to = В ответ на
c-history = История
# $n is the number of earlier versions of a comment (1 or more).
c-revisions =
    { $n ->
        [one] Сохранена { $n } более ранняя версия
        [few] Сохранены { $n } более ранние версии
        [many] Сохранено { $n } более ранних версий
       *[other] Сохранено { $n } более ранней версии
    }
c-edit = Изменить замечание
c-withdraw = Отозвать замечание…
c-withdraw-hint = Отозванное замечание никогда не публикуется и не может быть отправлено повторно; секретариат сохраняет запись о его отзыве.
c-withdraw-confirm = Да, отозвать
c-edit-hint = Вы можете изменить или отозвать своё замечание до его рассмотрения секретариатом.
# $reference is a comment's reference.
c-edit-title = Изменение замечания { $reference }
c-edit-intro = Ваш прежний текст сохраняется в истории замечания.
c-back-to-comment = Вернуться к замечанию
c-save = Сохранить изменения
c-search-title = Поиск по замечаниям
c-search-intro = Ищите среди всех опубликованных замечаний по словам, документу и меткам.
c-search-label = Слова
# $n is the number of comments found, all shown on this page.
c-results =
    { $n ->
        [0] Опубликованных замечаний не найдено.
        [one] { $n } замечание.
        [few] { $n } замечания.
        [many] { $n } замечаний.
       *[other] { $n } замечания.
    }
# $n is the number of comments found and shown on this page, when more are on the next pages.
c-results-more =
    { $n ->
        [0] Опубликованных замечаний не найдено.
        [1] { $n } замечание.
        [one] { $n } замечание на этой странице.
        [few] { $n } замечания на этой странице.
        [many] { $n } замечаний на этой странице.
       *[other] { $n } замечания на этой странице.
    }
