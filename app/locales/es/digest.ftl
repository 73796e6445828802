# After the heading of a section on a paragraph of an earlier version.
# $version: that version's number; $paragraph: where its comments are read now, such as 2.3.
g-earlier-place-now = (versión { $version }; ahora párrafo { $paragraph })
# The same, when the paragraph's text was removed.
g-earlier-place-removed = (versión { $version }; su texto se suprimió)
g-title = Recopilación de observaciones
# After the total of comments. $copies: how many of them came in campaigns; $campaigns: how many campaigns.
g-in-campaigns =
    { $campaigns ->
        [one] , de las cuales { $copies } en { $campaigns } campaña
       *[other] , de las cuales { $copies } en { $campaigns } campañas
    }
g-link = Recopilación de observaciones
# $n: how many comments the digest counts.
g-total =
    { $n ->
        [one] { $n } observación
       *[other] { $n } observaciones
    }
g-generated = generada el
g-summary = Resumen
g-by-group = Observaciones por grupo de partes interesadas
g-by-tag = Observaciones por etiqueta
g-by-paragraph = Párrafos con más observaciones
g-by-group-region = Observaciones por grupo de partes interesadas y región
g-other = Otros
g-total-col = Observaciones
g-by-disposition = Observaciones según el curso dado
g-no-disposition = Pendiente
g-by-paragraph-heading = Observaciones por párrafo
g-campaigns = Campañas
g-senders = Enviada por
g-not-public = Esta recopilación no es pública. La secretaría publica la recopilación de una consulta cuando está lista.
g-internal = Uso interno: esta recopilación incluye observaciones no publicadas. No la comparta fuera de la secretaría.
g-downloads = Descargar
g-public-legend = Recopilación de observaciones
g-make-public = Cualquier persona puede descargar la recopilación de las observaciones publicadas
g-keep-private = Solo la secretaría puede leer la recopilación
g-save-public = Guardar
g-all-statuses = Todas las observaciones (recopilación interna)
g-download-preparing = Preparando el archivo…
# $done: comments received so far; $total: how many there are in all.
g-download-rows = Descargando: { $done } de { $total } observaciones
# $megabytes: megabytes received so far, with one decimal, such as 1.5.
g-download-bytes = Descargando: { $megabytes } MB recibidos
# $name: the downloaded file's name.
g-download-done = Se ha descargado { $name }.
g-download-failed = No se pudo completar la descarga. Vuelva a intentarlo.

## The digest's files (Markdown, DOCX, the CSV's attribution column) and the disposition
## of comments as a document, in the language chosen for them.

# The title of a digest file. $title: the consultation's title.
gf-title = Recopilación de observaciones: { $title }
# A paper the digest covers. $code: its code, such as WP-1; $title: its title; $version: its version number.
gf-paper = { $code } { $title } (versión { $version })
# A place in a paper. $paper: the paper's code; $paragraph: a paragraph number such as 2.3.
gf-paragraph = { $paper } ¶ { $paragraph }
# A comment on a paper as a whole, not on one paragraph. $paper: the paper's code.
gf-whole-paper = { $paper }, el documento en su conjunto
# What a contribution concerns. $paper: a paper's code.
gf-on-paper = sobre { $paper }
gf-on-consultation = sobre la consulta en su conjunto
# What a digest of published comments holds. $generated: the date and time it was made; $n: how many comments.
gf-status-published =
    { $n ->
        [one] Estado: observaciones publicadas. Recopilación generada el { $generated }. { $n } observación.
       *[other] Estado: observaciones publicadas. Recopilación generada el { $generated }. { $n } observaciones.
    }
# The same for the secretariat's internal digest of every comment.
gf-status-all =
    { $n ->
        [one] Estado: todas las observaciones (uso interno). Recopilación generada el { $generated }. { $n } observación.
       *[other] Estado: todas las observaciones (uso interno). Recopilación generada el { $generated }. { $n } observaciones.
    }
# $list: the filters, such as "group = civil_society, region = africa".
gf-filters = Filtros: { $list }
# Column headings of the digest's tables.
gf-col-group = Grupo de partes interesadas
gf-col-total = Total
gf-col-tag = Etiqueta
gf-col-cluster = Grupo de cuestiones
gf-col-paragraph = Párrafo
gf-col-disposition = Curso dado
gf-col-comments = Observaciones
# A comment sent after the consultation closed.
gf-late = tardía
# $list: the comment's tags, separated by commas.
gf-tags = etiquetas: { $list }
# $name: the name of a file attached to a comment.
gf-attached = Adjunto: { $name }
# $name: the secretariat's disposition, such as "Accepted".
gf-disposition = Curso dado: { $name }
# A contribution. $date: when it was published; $place: what it concerns (gf-on-paper or gf-on-consultation); $url: the address of its page.
gf-published = Publicada el { $date } · { $place } · página: { $url }
# $list: the contribution's file names, separated by commas.
gf-files = Archivos: { $list }
# A campaign's heading. $id: its number; $n: how many comments it has; $place: where they were written (gf-paragraph or gf-whole-paper).
gf-campaign =
    { $n ->
        [one] Campaña { $id } — { $n } observación sobre { $place }
       *[other] Campaña { $id } — { $n } observaciones casi idénticas sobre { $place }
    }
gf-sent-by = Enviada por:
# The title of the disposition of comments. $paper: the paper's code; $title: its title; $from: the earlier version's number; $to: the new version's number.
gf-dispositions-title = Curso dado a las observaciones: { $paper } { $title }, de la versión { $from } a la versión { $to }
# $from: the earlier version's number; $to: the new version's number.
gf-dispositions-intro = Todas las observaciones publicadas sobre la versión { $from }, con el curso dado por la secretaría, y el párrafo de la versión { $to } al que corresponden ahora.
# Column headings of the disposition of comments.
gf-col-reference = Referencia
gf-col-from = Autor
gf-col-comment = Observación
gf-col-disposition-response = Curso dado y respuesta
gf-the-whole-paper = El documento en su conjunto
# A paragraph of the earlier version. $then: its number; $fate: what became of it (one of the words e-fate-name-…).
gf-paragraph-fate = { $then } ({ $fate })
# The same, with $now: the numbers of the paragraphs it became.
gf-paragraph-fate-now = { $then } ({ $fate }, ahora { $now })
# The language the files are written in, before the list of languages.
gf-files-in = Archivos en:
