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
