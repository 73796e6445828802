k-form-title = Enviar una contribución
# $consultation: the consultation's title.
k-form-heading = Enviar una contribución a «{ $consultation }»
k-form-intro = Una contribución es un documento: un documento de posición, una declaración, un estudio. Indique un título y un breve resumen, adjunte los archivos e indique cómo acepta que se le identifique. La secretaría la lee antes de publicarla.
k-attach = Adjuntar documentos (opcional)
# Under the comment form's file input. $max_files: how many files at most;
# $max_mb: the largest size of one file, in megabytes.
k-attach-hint = Si su observación hace referencia a un documento, adjúntelo: hasta { $max_files } archivos de { $max_mb } MB como máximo cada uno, en formato PDF, Word (DOCX), OpenDocument (ODT), texto sin formato o Markdown. Se publican junto con su observación.
k-attached = Documentos adjuntos
k-paragraphs = Párrafos a los que se refiere
k-paragraphs-hint = Opcional, si se refiere a un documento: los números de los párrafos, separados por comas (por ejemplo, 2.1, 3.4).
k-concerned = Observaciones sobre estos párrafos
k-no-concerned = Todavía no hay observaciones publicadas sobre estos párrafos.
k-report = Señalar esta contribución
k-reported = Gracias. La secretaría examinará esta contribución.
k-reported-by-readers = Señalada por lectores
k-keep = Mantener publicada
k-sign-in-needed = Inicie sesión para enviar una contribución, o regístrese: solo lleva un minuto.
k-closed = En este momento, esta consulta no admite contribuciones.
k-title = Título
k-summary = Resumen
k-summary-hint = Unas pocas frases sobre el contenido del documento; los lectores las ven antes de descargar nada.
k-files = Archivos
# $max_files: how many files at most; $max_mb: the largest size of one file, in megabytes.
k-files-hint = Hasta { $max_files } archivos de { $max_mb } MB como máximo cada uno: PDF, Word (DOCX), OpenDocument (ODT), texto sin formato o Markdown. No se pueden aceptar archivos protegidos con contraseña ni archivos que contengan macros.
k-paper = Documento de trabajo al que se refiere
k-paper-hint = Opcional: el documento al que responde su contribución.
k-no-paper = La consulta en su conjunto
k-submit = Enviar la contribución
# Why a file was refused. $file is k-refusal-named (the file's name, quoted) or, when the
# file has no name, k-refusal-unnamed; it begins the sentence.
k-refusal-unnamed = Un archivo
k-refusal-named = «{ $name }»
k-refusal-empty = { $file } está vacío.
# $max_mb: the largest size of one file, in megabytes.
k-refusal-too-large = { $file } supera los { $max_mb } MB.
k-refusal-unknown-type = { $file } no es un archivo PDF, DOCX, ODT, de texto ni Markdown (con independencia de lo que indique su nombre).
k-refusal-encrypted = { $file } está cifrado o protegido con contraseña (o es un archivo .doc antiguo): vuelva a guardarlo sin contraseña, en formato PDF o DOCX.
k-refusal-macros = { $file } contiene macros: vuelva a guardarlo como DOCX simple o como PDF.
k-refusal-active-content = { $file } contiene secuencias de comandos, archivos incrustados o código de página web: vuelva a guardarlo como PDF simple.
k-refusal-malformed = { $file } está dañado o su contenido no corresponde a lo que declara ser.
k-refusal-too-many-bytes-inside = { $file } ocuparía demasiado espacio una vez descomprimido.
# $max: how many files at most.
k-refusal-too-many = Envíe como máximo { $max } archivos a la vez.
k-refusal-missing = { $file } no se encuentra en la carpeta del archivo de importación.
# $reference: the contribution's reference.
k-received = Gracias: su contribución se ha recibido con la referencia { $reference }.
k-received-next = La secretaría la lee antes de publicarla; en esta página se indica en qué situación se encuentra. Conserve la referencia para citarla.
# Where a contribution stands.
k-status-pending = Pendiente de examen por la secretaría
k-status-published = Publicada
k-status-rejected = No publicada
k-status-hidden = Retirada de la publicación por la secretaría
k-status-withdrawn = Retirada por su autor
# $consultation: the consultation's title.
k-list-title = Contribuciones a «{ $consultation }»
k-list-intro = Documentos enviados por las partes interesadas y publicados por la secretaría, de los más recientes a los más antiguos.
k-send = Enviar una contribución
# $n: the number of published contributions.
k-count =
    { $n ->
        [0] Todavía no se ha publicado ninguna contribución.
        [one] { $n } contribución
       *[other] { $n } contribuciones
    }
k-concerns = sobre
# $n: a document's number of pages.
k-pages =
    { $n ->
        [one] { $n } página
       *[other] { $n } páginas
    }
k-text-not-extracted = texto no extraído
# A file's size. $n: a number of bytes (under 1000).
k-bytes = { $n } bytes
# A file's size. $size: a number of kilobytes, already formatted.
k-kilobytes = { $size } kB
# A file's size. $size: a number of megabytes with one decimal, already formatted with
# k-decimal-separator.
k-megabytes = { $size } MB
# The decimal separator of numbers such as "2.4" in k-megabytes.
k-decimal-separator = {","}
k-desk-title = Contribuciones por examinar
k-desk-empty = No hay ninguna contribución pendiente de decisión.
# $n: the number of contributions waiting for a decision (never 0).
k-desk-count =
    { $n ->
        [one] { $n } contribución pendiente
       *[other] { $n } contribuciones pendientes
    }
# $file: the file's name.
k-text-of = Texto extraído de { $file }
k-reject-reason = Motivo (necesario para rechazarla; su autor lo verá)
# On the consultation page, the link to its contributions. $n: their number, or 0 to show
# no number.
k-on-consultation =
    { $n ->
        [0] Contribuciones (documentos)
       *[other] Contribuciones (documentos): { $n }
    }
k-heading = Contribuciones
k-digest-csv = Contribuciones (CSV)
