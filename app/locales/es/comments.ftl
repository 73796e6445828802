c-whole-paper = El documento en su conjunto
# Before the list of the languages a paper can be read in (each named in its own language).
c-read-in = Leer este documento en:
# After the name of the language the paper was written in, in that list.
c-original-mark = (original)
# Over a paper read in a translation. $language: the name of the language of the original, such as "English".
c-translation-note = Esta es una traducción; el original está en { $language }. Los párrafos están numerados como en el original y las observaciones sobre cada párrafo son las mismas en todos los idiomas.
# $n is a number of comments.
c-comment-count =
    { $n ->
        [0] Todavía no hay observaciones
        [one] { $n } observación
       *[other] { $n } observaciones
    }
# $number is a paragraph's number, such as 2.1; $n is the number of comments on it.
c-comments-on-count =
    Párrafo { $number }: { $n ->
        [0] todavía no hay observaciones
        [one] { $n } observación
       *[other] { $n } observaciones
    }
# $number is a paragraph's number, such as 2.1.
c-comments-on = Observaciones sobre el párrafo { $number }
c-comments-on-whole = Observaciones sobre el documento en su conjunto
c-comments-on-removed = Observaciones sobre texto suprimido
# After the number of comments on a paragraph: $n of them (1 or more) were written on earlier versions of the paper.
c-carried-count =
    { $n ->
        [one] ({ $n } de una versión anterior)
       *[other] ({ $n } de versiones anteriores)
    }
# A comment carried from an earlier version: $version is that version's number, $number the paragraph's number there, such as 2.2.
c-written-on = Formulada sobre la versión { $version }, párrafo { $number }
# A comment carried from an earlier version, written on the paper as a whole; $version is that version's number.
c-written-on-whole = Formulada sobre la versión { $version }, respecto del documento en su conjunto
c-text-written-on = El texto sobre el que se formuló
# $version is a version's number.
c-changes-link = Qué ha cambiado en la versión { $version }
# $code is the paper's code, $version a version's number.
c-changes-title = { $code }: qué ha cambiado en la versión { $version }
# $old and $new are the numbers of the earlier version and of the version it became.
c-changes-intro = Cada párrafo de la versión { $old }, lo que pasó a ser en la versión { $new } (palabras suprimidas tachadas, palabras añadidas subrayadas) y las observaciones formuladas sobre él, con las respuestas de la secretaría.
# A paragraph of the earlier version that is not in the new one: $old is its number, $fate what became of it (such as "removed").
c-changed-heading = Párrafo { $old }: { $fate }
# A paragraph of the earlier version: $old is its number, $fate what became of it (such as "edited"), $new the numbers of the paragraphs it became, joined by c-list-separator.
c-changed-heading-now = Párrafo { $old }: { $fate }, ahora { $new }
# A paragraph new in this version; $new is its number (or numbers, joined by c-list-separator).
c-added-heading = Párrafo { $new }: añadido
# Between the items of a list of paragraph numbers.
c-list-separator = {", "}
c-comments-on-earlier-text = Observaciones sobre el texto anterior
c-unchanged-paragraphs = Sin cambios ni observaciones
# $version is a version's number.
c-dispositions-link = Curso dado a las observaciones sobre la versión { $version }
# $code is the paper's code, $version a version's number.
c-dispositions-title = { $code }: curso dado a las observaciones sobre la versión { $version }
# $old is the number of the version commented on, $new that of the version that followed it.
c-dispositions-intro = Todas las observaciones publicadas sobre la versión { $old }, con la identificación que su autor aceptó, el curso dado y la respuesta de la secretaría, y el párrafo de la versión { $new } al que corresponden ahora.
c-dispositions-csv = Descargar en CSV (hoja de cálculo)
c-dispositions-docx = Descargar en DOCX (procesador de textos)
c-col-reference = Referencia
c-col-paragraph = Párrafo
c-col-comment = Observación
c-col-disposition = Curso dado y respuesta
c-no-disposition = Pendiente
c-none-here = Todavía no hay observaciones publicadas aquí.
c-more = Más observaciones
c-close = Cerrar las observaciones
c-comment-on-this = Formular observaciones sobre este párrafo
# A campaign's copies shown as one text; $n is the number of stakeholders who sent it (2 or more).
c-sent-by = La misma carta, enviada por { $n } partes interesadas: ver quiénes
c-copy-differs = Con sus propias palabras:
# The name of a paragraph's "Comment on this paragraph" link; $number is the paragraph's number, such as 2.1.
c-comment-on-numbered = Formular observaciones sobre el párrafo { $number }
c-comment-on-paper = Formular observaciones sobre el documento en su conjunto
c-closed-note = En este momento, esta consulta no está abierta a observaciones.
c-filter-title = Mostrar observaciones de…
c-any-group = Cualquier grupo de partes interesadas
c-region = Región
c-any-region = Cualquier región
c-tag = Etiqueta
c-any-tag = Cualquier etiqueta
# The filter by the language a comment is written in.
c-language = Idioma
c-any-language = Cualquier idioma
c-apply-filter = Mostrar
c-clear-filter = Borrar el filtro
c-tags-label = Etiquetas
c-quoted = Pasaje citado
c-late = tardía
c-reply = Responder
c-replies = Respuestas
# $code is the paper's code.
c-form-title = Formular observaciones sobre { $code }
# $reference is a comment's reference.
c-reply-title = Responder a la observación { $reference }
c-form-intro = La secretaría lee todas las observaciones antes de publicarlas. Hasta entonces, usted puede modificar o retirar la suya.
c-paragraph = Párrafo
c-paragraph-hint = El párrafo al que se refiere su observación, o el documento en su conjunto.
c-quote = Pasaje citado (opcional)
c-quote-hint = Copie las palabras del párrafo al que responde, si le resulta útil.
c-body = Su observación
c-body-hint = Texto sin formato, de 20 a 10.000 caracteres. Deje una línea en blanco entre párrafos. Las direcciones web se convierten en enlaces.
# The comment form's choice of the language a comment is written in.
c-comment-language = Escrito en
c-comment-language-hint = Lo deducimos de su texto; elíjalo si cree que podríamos equivocarnos. Así los lectores podrán encontrar su observación por su idioma.
# The first choice: the language is detected from the comment's text.
c-language-detect = Deducirlo de mi texto
# $max is the number of tags a comment may have.
c-tags-legend = Etiquetas (hasta { $max })
c-tags-hint = Las etiquetas ayudan a la secretaría a agrupar las observaciones por tema.
c-consent = Cómo se le identificará cuando se publique
c-consent-hint = Siempre se indican su grupo de partes interesadas y su país.
# How the author of a comment consents to be shown when it is published.
c-consent-name-and-organisation = Con mi nombre y mi organización
c-consent-organisation-only = Solo con mi organización
c-consent-anonymous = De forma anónima (solo grupo de partes interesadas y país)
c-submit = Enviar la observación
c-sign-in-to-comment = Inicie sesión, o regístrese como parte interesada, para formular observaciones.
c-my-title = Mis observaciones
c-my-intro = Todo lo que ha enviado, de lo más reciente a lo más antiguo. Puede modificar o retirar una observación mientras esté pendiente.
c-my-none = Todavía no ha enviado ninguna observación.
c-reference = Referencia
c-where-label = Sobre
c-status = Estado
# The statuses of a comment.
c-status-pending = Pendiente de examen
c-status-published = Publicada
c-status-rejected = No publicada
c-status-withdrawn = Retirada
c-status-hidden = Oculta
c-reason = Motivo
c-submitted = Enviada
c-older = Observaciones anteriores
# $reference is a comment's reference.
c-comment-title = Observación { $reference }
# $reference is the new comment's reference.
c-received = Gracias. Se ha recibido su observación con la referencia { $reference }. Se publicará una vez que la secretaría la haya examinado.
c-saved = Se han guardado sus cambios. El texto anterior se conserva en el historial de la observación.
c-withdrawn = Se ha retirado su observación. No se publicará.
c-in-reply-to = En respuesta a
c-history = Historial
# $n is the number of earlier versions of a comment (1 or more).
c-revisions =
    { $n ->
        [one] Se conserva { $n } versión anterior
       *[other] Se conservan { $n } versiones anteriores
    }
c-edit = Modificar la observación
c-withdraw = Retirar la observación…
c-withdraw-hint = Una observación retirada nunca se publica y no puede volver a enviarse; la secretaría deja constancia de su retirada.
c-withdraw-confirm = Sí, retirarla
c-edit-hint = Puede modificar o retirar su observación hasta que la secretaría la haya examinado.
# $reference is a comment's reference.
c-edit-title = Modificar la observación { $reference }
c-edit-intro = Su texto anterior se conserva en el historial de la observación.
c-back-to-comment = Volver a la observación
c-save = Guardar los cambios
c-search-title = Buscar en las observaciones
c-search-intro = Busque entre todas las observaciones publicadas por sus palabras, su documento y sus etiquetas.
c-search-label = Palabras
# $n is the number of comments found, all shown on this page.
c-results =
    { $n ->
        [0] Ninguna observación publicada coincide con la búsqueda.
        [one] { $n } observación.
       *[other] { $n } observaciones.
    }
# $n is the number of comments found and shown on this page, when more are on the next pages.
c-results-more =
    { $n ->
        [0] Ninguna observación publicada coincide con la búsqueda.
        [one] { $n } observación.
       *[other] { $n } observaciones en esta página.
    }
