# After the heading of a section on a paragraph of an earlier version.
# $version: that version's number; $paragraph: where its comments are read now, such as 2.3.
g-earlier-place-now = (версия { $version }; теперь пункт { $paragraph })
# The same, when the paragraph's text was removed.
g-earlier-place-removed = (версия { $version }; его текст исключён)
g-title = Сводка замечаний
# After the total of comments. $copies: how many of them came in campaigns; $campaigns: how many campaigns.
g-in-campaigns =
    { $campaigns ->
        [one] , из них { $copies } в { $campaigns } кампании
        [few] , из них { $copies } в { $campaigns } кампаниях
        [many] , из них { $copies } в { $campaigns } кампаниях
       *[other] , из них { $copies } в { $campaigns } кампаниях
    }
g-link = Сводка замечаний
# $n: how many comments the digest counts.
g-total =
    { $n ->
        [one] { $n } замечание
        [few] { $n } замечания
        [many] { $n } замечаний
       *[other] { $n } замечания
    }
g-generated = сформирована
g-summary = Краткий обзор
g-by-group = Замечания по группам заинтересованных сторон
g-by-tag = Замечания по меткам
g-by-paragraph = Пункты с наибольшим числом замечаний
g-by-group-region = Замечания по группам заинтересованных сторон и регионам
g-other = Прочие
g-total-col = Замечания
g-by-disposition = Замечания по характеру учёта
g-no-disposition = Пока нет
g-by-paragraph-heading = Замечания по пунктам
g-campaigns = Кампании
g-senders = Отправители
g-not-public = Эта сводка не является общедоступной. Секретариат публикует сводку по консультации, когда она готова.
g-internal = Для внутреннего пользования: эта сводка включает неопубликованные замечания. Не распространяйте её за пределами секретариата.
g-downloads = Скачать
g-public-legend = Сводка замечаний
g-make-public = Сводку опубликованных замечаний может скачать любой пользователь
g-keep-private = Сводку может читать только секретариат
g-save-public = Сохранить
g-all-statuses = Все замечания (внутренняя сводка)
g-download-preparing = Подготовка файла…
# $done: comments received so far; $total: how many there are in all.
g-download-rows =
    { $total ->
        [one] Скачивание: { $done } из { $total } замечания
        [few] Скачивание: { $done } из { $total } замечаний
        [many] Скачивание: { $done } из { $total } замечаний
       *[other] Скачивание: { $done } из { $total } замечания
    }
# $megabytes: megabytes received so far, with one decimal, such as 1.5.
g-download-bytes = Скачивание: получено { $megabytes } МБ
# $name: the downloaded file's name.
g-download-done = Файл { $name } скачан.
g-download-failed = Не удалось скачать файл. Пожалуйста, повторите попытку.

## The digest's files (Markdown, DOCX, the CSV's attribution column) and the disposition
## of comments as a document, in the language chosen for them.

# The title of a digest file. $title: the consultation's title.
gf-title = Сводка замечаний: { $title }
# A paper the digest covers. $code: its code, such as WP-1; $title: its title; $version: its version number.
gf-paper = { $code } { $title } (версия { $version })
# A place in a paper. $paper: the paper's code; $paragraph: a paragraph number such as 2.3.
gf-paragraph = { $paper } ¶ { $paragraph }
# A comment on a paper as a whole, not on one paragraph. $paper: the paper's code.
gf-whole-paper = { $paper }, документ в целом
# What a contribution concerns. $paper: a paper's code.
gf-on-paper = по документу { $paper }
gf-on-consultation = по консультации в целом
# What a digest of published comments holds. $generated: the date and time it was made; $n: how many comments.
gf-status-published =
    { $n ->
        [one] Статус: опубликованные замечания. Сводка сформирована { $generated }. { $n } замечание.
        [few] Статус: опубликованные замечания. Сводка сформирована { $generated }. { $n } замечания.
        [many] Статус: опубликованные замечания. Сводка сформирована { $generated }. { $n } замечаний.
       *[other] Статус: опубликованные замечания. Сводка сформирована { $generated }. { $n } замечания.
    }
# The same for the secretariat's internal digest of every comment.
gf-status-all =
    { $n ->
        [one] Статус: все замечания (для внутреннего пользования). Сводка сформирована { $generated }. { $n } замечание.
        [few] Статус: все замечания (для внутреннего пользования). Сводка сформирована { $generated }. { $n } замечания.
        [many] Статус: все замечания (для внутреннего пользования). Сводка сформирована { $generated }. { $n } замечаний.
       *[other] Статус: все замечания (для внутреннего пользования). Сводка сформирована { $generated }. { $n } замечания.
    }
# $list: the filters, such as "group = civil_society, region = africa".
gf-filters = Фильтры: { $list }
# Column headings of the digest's tables.
gf-col-group = Группа заинтересованных сторон
gf-col-total = Всего
gf-col-tag = Метка
gf-col-cluster = Группа вопросов
gf-col-paragraph = Пункт
gf-col-disposition = Учёт замечания
gf-col-comments = Замечания
# A comment sent after the consultation closed.
gf-late = после срока
# $list: the comment's tags, separated by commas.
gf-tags = метки: { $list }
# $name: the name of a file attached to a comment.
gf-attached = Приложение: { $name }
# $name: the secretariat's disposition, such as "Accepted".
gf-disposition = Учёт замечания: { $name }
# A contribution. $date: when it was published; $place: what it concerns (gf-on-paper or gf-on-consultation); $url: the address of its page.
gf-published = Опубликован { $date } · { $place } · страница: { $url }
# $list: the contribution's file names, separated by commas.
gf-files = Файлы: { $list }
# A campaign's heading. $id: its number; $n: how many comments it has; $place: where they were written (gf-paragraph or gf-whole-paper).
gf-campaign =
    { $n ->
        [one] Кампания { $id } — { $n } почти идентичное замечание по { $place }
        [few] Кампания { $id } — { $n } почти идентичных замечания по { $place }
        [many] Кампания { $id } — { $n } почти идентичных замечаний по { $place }
       *[other] Кампания { $id } — { $n } почти идентичного замечания по { $place }
    }
gf-sent-by = Отправители:
# The title of the disposition of comments. $paper: the paper's code; $title: its title; $from: the earlier version's number; $to: the new version's number.
gf-dispositions-title = Учёт замечаний: { $paper } { $title }, от версии { $from } к версии { $to }
# $from: the earlier version's number; $to: the new version's number.
gf-dispositions-intro = Все опубликованные замечания к версии { $from } с решением секретариата об их учёте, а также пункт версии { $to }, которому каждое из них теперь соответствует.
# Column headings of the disposition of comments.
gf-col-reference = Номер
gf-col-from = Автор
gf-col-comment = Замечание
gf-col-disposition-response = Учёт замечания и ответ
gf-the-whole-paper = Документ в целом
# A paragraph of the earlier version. $then: its number; $fate: what became of it (one of the words e-fate-name-…).
gf-paragraph-fate = { $then } ({ $fate })
# The same, with $now: the numbers of the paragraphs it became.
gf-paragraph-fate-now = { $then } ({ $fate }, теперь { $now })
# The language the files are written in, before the list of languages.
gf-files-in = Язык файлов:
