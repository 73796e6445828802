e-title = Консультации и документы
e-nav = Консультации и документы
e-new-consultation = Новая консультация
e-saved = Консультация сохранена.
# $code: the paper's code, such as WP-ROOT.
e-paper-saved = Документ { $code } сохранён.
e-slug = Адрес
e-slug-hint = Строчные буквы, цифры и дефисы, например wgig-2005-february. Впоследствии его нельзя будет изменить.
e-consultation-title = Название
e-description = Описание
e-opens-at = Открытие
e-closes-at = Закрытие
e-utc-hint = По UTC.
e-status = Статус
e-save-consultation = Сохранить консультацию
e-new-paper = Новый рабочий документ
e-new-version-note = К этому документу есть замечания. При сохранении изменённого текста создаётся новая версия; каждое замечание остаётся привязанным к той версии и тому пункту, к которым оно было написано.
e-code = Код
e-code-hint = Например, WP-ROOT. Впоследствии его нельзя будет изменить.
e-paper-title = Название
e-abstract-label = Аннотация
e-markdown = Текст (Markdown)
e-markdown-hint = Заголовки (##, ###) открывают нумерованные разделы; каждый абзац, список или цитата под ними является нумерованным пунктом.
e-save-paper = Сохранить документ
e-preview = Предварительный просмотр нумерации
e-matches-legend = Что происходит с пунктами текущей версии
# $n: how many matches are uncertain and marked "to check" (0: none).
e-matches-hint =
    { $n ->
        [0] Все пункты сопоставлены однозначно; замечания к ним будут показаны при новом тексте.
        [1] Проверьте соответствие с пометкой «проверить» и выберите, что станет с этим пунктом. Замечания к нему будут перенесены в соответствии с вашим выбором.
        [one] Проверьте { $n } соответствие с пометкой «проверить» и выберите, что станет с каждым пунктом. Замечания к ним будут перенесены в соответствии с вашим выбором.
        [few] Проверьте { $n } соответствия с пометкой «проверить» и выберите, что станет с каждым пунктом. Замечания к ним будут перенесены в соответствии с вашим выбором.
        [many] Проверьте { $n } соответствий с пометкой «проверить» и выберите, что станет с каждым пунктом. Замечания к ним будут перенесены в соответствии с вашим выбором.
       *[other] Проверьте { $n } соответствия с пометкой «проверить» и выберите, что станет с каждым пунктом. Замечания к ним будут перенесены в соответствии с вашим выбором.
    }
e-match-old = Текущий пункт
e-match-new = В новом тексте
e-match-comments = Замечания (опубликованные или ожидающие)
# What became of a paragraph in a new version, in a word.
e-fate-name-unchanged = без изменений
e-fate-name-moved = перемещён
e-fate-name-edited = изменён
e-fate-name-split = разделён
e-fate-name-merged = объединён
e-fate-name-removed = исключён
# What becomes of a paragraph, in short. $fate: one of the words e-fate-name-…;
# $numbers: its new paragraph numbers, such as "2.3, 2.4"; $percent: how alike the texts are.
# Its text was removed:
e-match-summary-removed = исключён
# Unchanged or moved:
e-match-summary-same = { $fate } → { $numbers }
# Edited, split or merged:
e-match-summary-changed = { $fate } → { $numbers }, сходство { $percent } %
e-to-check = проверить
e-choose-match = — Проверьте и выберите —
# $paragraph: a paragraph's number, such as 2.3.
e-match-of = Что станет с пунктом { $paragraph }
# $summary: the proposed match, as in e-match-summary-….
e-as-proposed = Как предложено: { $summary }
# $paragraph: a paragraph's number in the new text, such as 2.3.
e-paragraph-choice = Теперь это пункт { $paragraph }
e-removed-choice = Его текст исключён
# Papers in several languages.
# The language a paper's own text is written in (its translations are in the others).
e-paper-language = Язык текста
e-translations = Переводы
e-translations-hint = Перевод сохраняет нумерованные блоки документа один к одному: переведите каждый заголовок, абзац и список на его месте и сохраните разметку Markdown — знаки заголовков, пустые строки и маркеры списков, — чтобы каждый пункт сохранил свой номер и замечания к нему.
# $language: the language's name, such as "French"; $paper: the paper's code, such as WP-ROOT.
e-translation-title = Перевод { $paper }: { $language }
e-translation-none = перевода нет
# $version: the version the translation is of.
e-translation-current = актуален (версия { $version })
# $version: the earlier version the translation is of.
e-translation-outdated = для версии { $version }: не показывается читателям до обновления
# $language: the language's name, such as "French".
e-translation-saved = Перевод ({ $language }) сохранён. Теперь читатели могут читать документ на этом языке.
e-translation-from-original = Форма заполнена исходным текстом документа: замените каждый блок его переводом.
# $version: the version an earlier translation is of; $current: the paper's current version.
e-translation-from-version = Форма заполнена переводом версии { $version }: приведите его в соответствие с версией { $current }.
e-save-translation = Сохранить перевод
e-original-blocks = Нумерованные блоки документа
