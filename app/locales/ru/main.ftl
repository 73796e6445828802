site-name = Consult
site-tagline = Открытые консультации по рабочим документам
skip-to-content = Перейти к основному содержанию
nav-label = Основная навигация
nav-home = Консультации
nav-sign-in = Войти
nav-register = Зарегистрироваться
nav-profile = Профиль
sign-out = Выйти
signed-in-as = Вы вошли как
language = Язык
# The language's own name, as shown on the language switch.
endonym = Русский
footer = Consult: открытые, транспарентные и инклюзивные консультации с возможностью представлять замечания в онлайновом режиме.
loading = Загрузка…
sending = Отправка…
home-title = Консультации
home-intro = Секретариат публикует проекты рабочих документов для представления замечаний. Ознакомьтесь с ними и после регистрации в качестве заинтересованной стороны представляйте замечания по отдельным пунктам.
home-open = Открытые для замечаний
home-closed = Закрытые и архивные
home-none-open = В настоящее время нет консультаций, открытых для замечаний.
opens = Открытие
closes = Закрытие
# $n is a number of working papers.
paper-count =
    { $n ->
        [one] { $n } рабочий документ
        [few] { $n } рабочих документа
        [many] { $n } рабочих документов
       *[other] { $n } рабочего документа
    }
papers = Рабочие документы
cluster = Группа вопросов
version = Версия
read-paper = Читать документ
back-to-consultation = Вернуться к консультации
paper-contents = Текст документа
# $number is a paragraph's number, such as 2.1.
paragraph-label = Пункт { $number }
register-title = Регистрация в качестве заинтересованной стороны
register-intro = Ваша группа заинтересованных сторон, страна и организация указываются вместе с вашими замечаниями в том объёме, который вы выбираете при представлении каждого из них.
register-submit = Зарегистрироваться
register-have-account = Уже зарегистрированы? Войдите
welcome = Добро пожаловать! Ваша учётная запись создана, и вы вошли в систему. Мы отправили вам сообщение по электронной почте: перейдите по содержащейся в нём ссылке, чтобы подтвердить свой адрес, и ваши замечания будут поступать в секретариат.
email = Адрес электронной почты
password = Пароль
password-hint = Не менее 12 знаков. Фразу из нескольких слов легко запомнить и трудно угадать.
display-name = Имя
display-name-hint = В том виде, в каком оно может указываться при ваших замечаниях.
stakeholder-group = Группа заинтересованных сторон
country = Страна
country-hint = По ней определяется ваш регион.
organisation = Организация
organisation-hint = Необязательно, если только вы не выступаете от её имени.
capacity = Вы выступаете
choose = Выберите…
required-mark = (обязательно)
form-has-problems = Пожалуйста, исправьте отмеченные ниже поля.
sign-in-title = Вход
sign-in-submit = Войти
sign-in-no-account = Ещё нет учётной записи? Зарегистрируйтесь
profile-title = Ваш профиль
profile-intro = Изменения применяются к замечаниям, которые вы будете представлять с этого момента; ранее представленные замечания сохраняют те сведения, с которыми они были представлены.
profile-role = Роль
profile-save = Сохранить изменения
profile-saved = Ваш профиль сохранён.
# $n is the number of wrong passwords given for the account since its owner last signed in (1 or more).
profile-failed-sign-ins =
    { $n ->
        [one] С момента вашего последнего входа { $n } попытка войти в вашу учётную запись не удалась из-за неверного пароля.
        [few] С момента вашего последнего входа { $n } попытки войти в вашу учётную запись не удались из-за неверного пароля.
        [many] С момента вашего последнего входа { $n } попыток войти в вашу учётную запись не удались из-за неверного пароля.
       *[other] С момента вашего последнего входа { $n } попытки войти в вашу учётную запись не удались из-за неверного пароля.
    } Если это были не вы, ваш пароль устоял; если он короткий или используется где-либо ещё, выберите новый.
sign-out-everywhere = Выйти на всех устройствах
sign-out-everywhere-hint = Завершает все сеансы этой учётной записи — здесь и на любом другом компьютере или телефоне.
my-data = Ваши данные
my-data-hint = Всё, что Consult хранит о вас: ваша учётная запись, ваши сеансы, каждое написанное вами замечание с его предыдущими версиями и замечания, на которые вы пожаловались, — в одном файле JSON.
my-data-link = Скачать мои данные (JSON)
profile-sign-in-needed = Пожалуйста, войдите, чтобы увидеть свой профиль.
not-found-title = Страница не найдена
not-found-body = По этому адресу страницы нет. Возможно, она была перемещена или в ссылке допущена ошибка.
not-found-home = Перейти к консультациям
# The problems of a form's field, one message per kind of problem.
problem-required = Это поле обязательно для заполнения.
# $min is a number of characters.
problem-too-short =
    { $min ->
        [one] Используйте не менее { $min } знака.
        [few] Используйте не менее { $min } знаков.
        [many] Используйте не менее { $min } знаков.
       *[other] Используйте не менее { $min } знака.
    }
# $max is a number of characters.
problem-too-long =
    { $max ->
        [one] Используйте не более { $max } знака.
        [few] Используйте не более { $max } знаков.
        [many] Используйте не более { $max } знаков.
       *[other] Используйте не более { $max } знака.
    }
problem-control-characters = Удалите невидимые управляющие символы.
problem-invalid-email = Введите адрес электронной почты, например name@example.org.
problem-email-taken = Учётная запись с этим адресом электронной почты уже существует.
problem-unknown-choice = Выберите один из предложенных вариантов.
problem-bad-credentials = Неверный адрес электронной почты или пароль.
problem-account-suspended = Эта учётная запись приостановлена. Пожалуйста, обратитесь в секретариат.
problem-password-too-common = Этот пароль слишком распространён. Выберите другой.
# $max is a number of tags.
problem-too-many-tags =
    { $max ->
        [one] Выберите не более { $max } метки.
        [few] Выберите не более { $max } меток.
        [many] Выберите не более { $max } меток.
       *[other] Выберите не более { $max } метки.
    }
problem-consultation-closed = Эта консультация закрыта для замечаний, поэтому замечание не может быть принято.
problem-not-editable = Это замечание уже рассмотрено секретариатом, поэтому его больше нельзя изменить или отозвать.
problem-reply-not-allowed = Ответить можно только на опубликованное замечание, которое само не является ответом.
problem-invalid-slug = Используйте только буквы, цифры и дефисы.
problem-slug-taken = Этот адрес уже занят другой консультацией.
# Keep the example date and time as they are: it is the format the field expects.
problem-invalid-time = Введите дату и время, например 2005-02-15 09:30.
problem-closes-before-opening = Время закрытия должно быть позже времени открытия.
problem-already-flagged = Вы уже пожаловались на это замечание.
problem-not-allowed-now = Это изменение невозможно при текущем статусе замечания.
# $count is the number of uncertain matches of an old version's paragraphs in a new one, marked for the secretariat to check (1 or more).
problem-matches-to-confirm =
    { $count ->
        [1] Проверьте отмеченное ниже соответствие и подтвердите или исправьте его перед сохранением.
        [one] Проверьте { $count } отмеченное ниже соответствие и подтвердите или исправьте каждое из них перед сохранением.
        [few] Проверьте { $count } отмеченных ниже соответствия и подтвердите или исправьте каждое из них перед сохранением.
        [many] Проверьте { $count } отмеченных ниже соответствий и подтвердите или исправьте каждое из них перед сохранением.
       *[other] Проверьте { $count } отмеченного ниже соответствия и подтвердите или исправьте каждое из них перед сохранением.
    }
# A translation of a paper whose numbered blocks are not the paper's. $expected: how many blocks the paper has; $found: how many the translation has; $at: the number of the first block where they differ, such as 2.3.
problem-structure-differs =
    { $expected ->
        [one] Перевод должен сохранять нумерованные блоки документа один к одному. В документе { $expected } блок, а в переводе — { $found }; расхождение начинается с блока { $at }.
        [few] Перевод должен сохранять нумерованные блоки документа один к одному. В документе { $expected } блока, а в переводе — { $found }; расхождение начинается с блока { $at }.
        [many] Перевод должен сохранять нумерованные блоки документа один к одному. В документе { $expected } блоков, а в переводе — { $found }; расхождение начинается с блока { $at }.
       *[other] Перевод должен сохранять нумерованные блоки документа один к одному. В документе { $expected } блока, а в переводе — { $found }; расхождение начинается с блока { $at }.
    }
# The errors of a request, one message per kind of error.
error-unauthorized = Пожалуйста, сначала войдите в систему.
error-forbidden = У вас нет разрешения на это действие.
error-not-found = Запрашиваемый объект не найден.
# A form came back with problems in its fields.
error-validation = Пожалуйста, исправьте отмеченные ниже поля.
# $retry_after_secs is a number of seconds.
error-too-many-requests =
    { $retry_after_secs ->
        [one] Слишком много попыток. Пожалуйста, повторите попытку через { $retry_after_secs } секунду.
        [few] Слишком много попыток. Пожалуйста, повторите попытку через { $retry_after_secs } секунды.
        [many] Слишком много попыток. Пожалуйста, повторите попытку через { $retry_after_secs } секунд.
       *[other] Слишком много попыток. Пожалуйста, повторите попытку через { $retry_after_secs } секунды.
    }
# $reference is the reference of the error in the server's log: eight hexadecimal digits, such as 3fa2c91b.
error-internal = На нашей стороне произошла ошибка. Если она повторится, укажите код { $reference }.
error-bad-request = Не удалось прочитать запрос: одно из полей отсутствует или содержит значение неверного типа.
error-transport = Не удалось связаться с сервером. Пожалуйста, проверьте подключение и повторите попытку.
problems-title = Возникла проблема
# The tab's title of a page whose form came back with problems; $title is the page's own title.
error-title = Ошибка: { $title }
# A field's name, before its problem in the error summary ("E-mail: …"). The form as a whole has no name.
field-form = {""}
field-email = Адрес электронной почты
field-password = Пароль
field-new-password = Новый пароль
field-display-name = Имя
field-stakeholder-group = Группа заинтересованных сторон
field-country = Страна
field-organisation = Организация
field-capacity = Вы выступаете
field-paragraph = Пункт
field-quote = Цитируемый фрагмент
field-body = Замечание
field-tags = Метки
field-consent = Публикация
field-reason = Причина
field-disposition = Решение
field-response = Ответ
field-note = Примечание
field-slug = Адрес
field-title = Название
field-description = Описание
field-status = Статус
field-opens-at = Открытие
field-closes-at = Закрытие
field-code = Код
field-cluster = Группа вопросов
field-markdown = Текст
field-matches = Соответствия
field-changed-in = Изменение, к которому оно привело
field-files = Документы
field-language = Язык
# Stakeholder groups.
group-government = Правительство
group-private-sector = Частный сектор
group-civil-society = Гражданское общество
group-academic-technical = Научное и техническое сообщество
group-intergovernmental = Межправительственная / международная организация
# The capacity in which a stakeholder speaks.
capacity-personal = В личном качестве
capacity-organisation = От имени моей организации
# The roles of accounts.
role-stakeholder = Заинтересованная сторона
role-secretariat = Секретариат
role-admin = Администратор
# The issue clusters of working papers.
cluster-infrastructure = Инфраструктура и критически важные интернет-ресурсы
cluster-use-of-internet = Использование Интернета (спам, безопасность, киберпреступность)
cluster-wider-impact = Вопросы более широкого воздействия (ПИС, торговля, неприкосновенность частной жизни, защита прав потребителей)
cluster-development = Развитие (наращивание потенциала, доступ, многоязычие)
# The statuses of a consultation.
status-draft = Черновик
status-open = Открыта
status-closed = Закрыта
status-archived = В архиве
# The regions of the world, by which comments can be filtered.
region-africa = Африка
region-americas = Америка
region-asia = Азия
region-europe = Европа
region-oceania = Океания
# The names of the months, as in a date ("15 February 2005").
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
# A time in UTC, such as "15 February 2005, 09:30 UTC". $day and $year are numbers,
# $month is the month's name (month-1 … month-12), $hour and $minute are two digits each.
datetime = { $day } { $month } { $year } г., { $hour }:{ $minute } UTC
nav-my-comments = Мои замечания
nav-search = Поиск
