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
