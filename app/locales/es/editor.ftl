e-title = Consultas y documentos
e-nav = Consultas y documentos
e-new-consultation = Nueva consulta
e-saved = Se ha guardado la consulta.
# $code: the paper's code, such as WP-ROOT.
e-paper-saved = Se ha guardado el documento { $code }.
e-slug = Dirección
e-slug-hint = Letras minúsculas, dígitos y guiones, como wgig-2005-febrero. No podrá modificarse más adelante.
e-consultation-title = Título
e-description = Descripción
e-opens-at = Apertura
e-closes-at = Cierre
e-utc-hint = En UTC.
e-status = Estado
e-save-consultation = Guardar la consulta
e-new-paper = Nuevo documento de trabajo
e-new-version-note = Este documento tiene observaciones. Al guardar un texto modificado se crea una nueva versión; cada observación permanece vinculada a la versión y al párrafo sobre los que se formuló.
e-code = Código
e-code-hint = Por ejemplo, WP-ROOT. No podrá modificarse más adelante.
e-paper-title = Título
e-abstract-label = Resumen
e-markdown = Texto (Markdown)
e-markdown-hint = Los encabezados (##, ###) abren secciones numeradas; cada párrafo, lista o cita que figure bajo ellos es un párrafo numerado.
e-save-paper = Guardar el documento
e-preview = Ver la numeración
e-matches-legend = Qué ocurre con los párrafos de la versión actual
# $n: how many matches are uncertain and marked "to check" (0: none).
e-matches-hint =
    { $n ->
        [0] Todos los párrafos tienen una correspondencia segura; sus observaciones se mostrarán en el nuevo texto.
        [one] Verifique la correspondencia marcada «por verificar» y elija qué ocurre con ese párrafo. Sus observaciones seguirán su elección.
       *[other] Verifique las { $n } correspondencias marcadas «por verificar» y elija qué ocurre con cada párrafo. Sus observaciones seguirán sus elecciones.
    }
e-match-old = Párrafo actual
e-match-new = En el nuevo texto
e-match-comments = Observaciones (publicadas o pendientes)
# What became of a paragraph in a new version, in a word.
e-fate-name-unchanged = sin cambios
e-fate-name-moved = trasladado
e-fate-name-edited = modificado
e-fate-name-split = dividido
e-fate-name-merged = fusionado
e-fate-name-removed = suprimido
# What becomes of a paragraph, in short. $fate: one of the words e-fate-name-…;
# $numbers: its new paragraph numbers, such as "2.3, 2.4"; $percent: how alike the texts are.
# Its text was removed:
e-match-summary-removed = suprimido
# Unchanged or moved:
e-match-summary-same = { $fate } → { $numbers }
# Edited, split or merged:
e-match-summary-changed = { $fate } → { $numbers }, { $percent } % de similitud
e-to-check = por verificar
e-choose-match = — Verificar y elegir —
# $paragraph: a paragraph's number, such as 2.3.
e-match-of = Qué ocurre con el párrafo { $paragraph }
# $summary: the proposed match, as in e-match-summary-….
e-as-proposed = Según lo propuesto: { $summary }
# $paragraph: a paragraph's number in the new text, such as 2.3.
e-paragraph-choice = Ahora es el párrafo { $paragraph }
e-removed-choice = Su texto se suprimió
# Papers in several languages.
# The language a paper's own text is written in (its translations are in the others).
e-paper-language = Idioma del texto
e-translations = Traducciones
e-translations-hint = Una traducción conserva los bloques numerados del documento, bloque por bloque: traduzca cada encabezado, párrafo y lista en su lugar, y conserve las marcas de encabezado, las líneas en blanco y las marcas de lista del Markdown, para que cada párrafo conserve su número y sus observaciones.
# $language: the language's name, such as "French"; $paper: the paper's code, such as WP-ROOT.
e-translation-title = Traducción al { $language } de { $paper }
e-translation-none = sin traducir
# $version: the version the translation is of.
e-translation-current = actualizada (versión { $version })
# $version: the earlier version the translation is of.
e-translation-outdated = de la versión { $version }: no se muestra a los lectores hasta que se actualice
# $language: the language's name, such as "French".
e-translation-saved = Se ha guardado la traducción al { $language }. Los lectores ya pueden leer el documento en ese idioma.
e-translation-from-original = El formulario parte del propio texto del documento: sustituya cada bloque por su traducción.
# $version: the version an earlier translation is of; $current: the paper's current version.
e-translation-from-version = El formulario parte de la traducción de la versión { $version }: actualícela conforme a la versión { $current }.
e-save-translation = Guardar la traducción
e-original-blocks = Los bloques numerados del documento
