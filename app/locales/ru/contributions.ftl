k-form-title = Представить материал
# $consultation: the consultation's title.
k-form-heading = Представить материал для консультации «{ $consultation }»
k-form-intro = Материал — это документ: документ с изложением позиции, заявление, исследование. Укажите его название и краткое резюме, приложите файлы и укажите, в каком виде вы согласны быть представлены. Секретариат прочитывает материал до его публикации.
k-attach = Приложить документы (необязательно)
# Under the comment form's file input. $max_files: how many files at most;
# $max_mb: the largest size of one file, in megabytes.
k-attach-hint = Если ваше замечание ссылается на документ, приложите его. Максимальное число файлов — { $max_files }, размер каждого — не более { $max_mb } МБ; форматы: PDF, Word (DOCX), OpenDocument (ODT), простой текст или Markdown. Файлы публикуются вместе с вашим замечанием.
k-attached = Приложенные документы
k-paragraphs = Пункты, к которым он относится
k-paragraphs-hint = Необязательно; если выбран документ — номера пунктов через запятую (например, 2.1, 3.4).
k-concerned = Замечания по этим пунктам
k-no-concerned = Опубликованных замечаний по этим пунктам пока нет.
k-report = Пожаловаться на этот материал
k-reported = Спасибо. Секретариат рассмотрит этот материал.
k-reported-by-readers = Жалобы читателей
k-keep = Оставить опубликованным
k-sign-in-needed = Чтобы представить материал, пожалуйста, войдите или зарегистрируйтесь: это займёт минуту.
k-closed = В настоящее время эта консультация не принимает материалы.
k-title = Название
k-summary = Резюме
k-summary-hint = Несколько предложений о содержании документа; читатели видят их, прежде чем что-либо скачать.
k-files = Файлы
# $max_files: how many files at most; $max_mb: the largest size of one file, in megabytes.
k-files-hint = Максимальное число файлов — { $max_files }, размер каждого — не более { $max_mb } МБ; форматы: PDF, Word (DOCX), OpenDocument (ODT), простой текст или Markdown. Файлы с паролями или макросами не принимаются.
k-paper = Рабочий документ, к которому он относится
k-paper-hint = Необязательно: документ, на который отвечает ваш материал.
k-no-paper = Консультация в целом
k-submit = Отправить материал
# Why a file was refused. $file is k-refusal-named (the file's name, quoted) or, when the
# file has no name, k-refusal-unnamed; it begins the sentence.
k-refusal-unnamed = Файл
k-refusal-named = Файл «{ $name }»
k-refusal-empty = { $file } пуст.
# $max_mb: the largest size of one file, in megabytes.
k-refusal-too-large = { $file } превышает по размеру { $max_mb } МБ.
k-refusal-unknown-type = { $file } не является файлом PDF, DOCX, ODT, текстовым файлом или файлом Markdown (независимо от того, что указано в его имени).
k-refusal-encrypted = { $file } зашифрован или защищён паролем (либо является файлом старого формата .doc): сохраните его заново без пароля в формате PDF или DOCX.
k-refusal-macros = { $file } содержит макросы: сохраните его заново как обычный файл DOCX или PDF.
k-refusal-active-content = { $file } содержит сценарии, встроенные файлы или код веб-страниц: сохраните его заново как обычный файл PDF.
k-refusal-malformed = { $file } повреждён или по своему внутреннему содержимому не соответствует заявленному формату.
k-refusal-too-many-bytes-inside = { $file } после распаковки займёт слишком много места.
# $max: how many files at most.
k-refusal-too-many = Максимальное число файлов в одной отправке — { $max }.
k-refusal-missing = { $file } не найден в папке файла импорта.
# $reference: the contribution's reference.
k-received = Спасибо: ваш материал получен и зарегистрирован под номером { $reference }.
k-received-next = Секретариат прочитывает материал до его публикации; на этой странице показано его текущее состояние. Сохраните номер, чтобы ссылаться на него.
# Where a contribution stands.
k-status-pending = Ожидает рассмотрения секретариатом
k-status-published = Опубликован
k-status-rejected = Не опубликован
k-status-hidden = Снят с публикации секретариатом
k-status-withdrawn = Отозван автором
# $consultation: the consultation's title.
k-list-title = Материалы для консультации «{ $consultation }»
k-list-intro = Документы, направленные заинтересованными сторонами и опубликованные секретариатом, начиная с самых новых.
k-send = Представить материал
# $n: the number of published contributions.
k-count =
    { $n ->
        [0] Опубликованных материалов пока нет.
        [one] { $n } материал
        [few] { $n } материала
        [many] { $n } материалов
       *[other] { $n } материала
    }
k-concerns = по
# $n: a document's number of pages.
k-pages =
    { $n ->
        [one] { $n } страница
        [few] { $n } страницы
        [many] { $n } страниц
       *[other] { $n } страницы
    }
k-text-not-extracted = текст не извлечён
# A file's size. $n: a number of bytes (under 1000).
k-bytes =
    { $n ->
        [one] { $n } байт
        [few] { $n } байта
        [many] { $n } байт
       *[other] { $n } байта
    }
# A file's size. $size: a number of kilobytes, already formatted.
k-kilobytes = { $size } КБ
# A file's size. $size: a number of megabytes with one decimal, already formatted with
# k-decimal-separator.
k-megabytes = { $size } МБ
# The decimal separator of numbers such as "2.4" in k-megabytes.
k-decimal-separator = {","}
k-desk-title = Материалы на рассмотрение
k-desk-empty = Нет материалов, ожидающих решения.
# $n: the number of contributions waiting for a decision (never 0).
k-desk-count =
    { $n ->
        [one] { $n } материал ожидает решения
        [few] { $n } материала ожидают решения
        [many] { $n } материалов ожидают решения
       *[other] { $n } материала ожидают решения
    }
# $file: the file's name.
k-text-of = Текст, извлечённый из файла { $file }
k-reject-reason = Причина (обязательна для отклонения; её увидит автор)
# On the consultation page, the link to its contributions. $n: their number, or 0 to show
# no number.
k-on-consultation =
    { $n ->
        [0] Материалы (документы)
       *[other] Материалы (документы): { $n }
    }
k-heading = Материалы
k-digest-csv = Материалы (CSV)
