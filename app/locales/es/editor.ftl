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
