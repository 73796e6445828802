d-nav-desk = Panel de la secretaría
d-desk-nav = Panel de la secretaría
d-sign-in-needed = Esta página está reservada a la secretaría. Inicie sesión con una cuenta de la secretaría.
d-queue-title = Cola de moderación
d-keyboard-hint = Teclas: j observación siguiente, k anterior, p publicar, r elegir un motivo de rechazo.
# $pending: comments waiting for a decision; $flagged: comments reported by readers.
d-totals = Pendientes: { $pending } · Señaladas: { $flagged }
d-search = Palabras de la observación o nombre del autor
d-paper = Documento de trabajo
d-any-paper = Cualquier documento
d-flagged-only = Solo observaciones señaladas
d-bulk = Observaciones seleccionadas
d-publish-selected = Publicar las observaciones seleccionadas
d-reject-selected = Rechazar las observaciones seleccionadas
d-queue-empty = No hay nada pendiente de decisión.
d-next-page = Página siguiente
# The label of a comment's check box; $reference: the comment's reference.
d-select = Seleccionar { $reference }
d-paragraph-text = Texto del párrafo
d-consent-given = Consentimiento para la publicación
# $n: how many near-identical comments the campaign has.
d-campaign = Campaña: { $n } observaciones casi idénticas
# $n: how many letters of one template (each words the same sentences differently).
d-template-campaign = Campaña: { $n } cartas de una misma plantilla
d-template-why = Por qué se agruparon: las mismas frases, con otras palabras elegidas en su lugar. Lo que comparten todas las cartas (… donde las palabras difieren):
d-publish-campaign = Publicar toda la campaña
d-reject-campaign = Rechazar toda la campaña…
d-flags = Señalada por lectores
# Why a reader reported a comment.
d-flag-reason-spam = Spam
d-flag-reason-offensive = Contenido ofensivo
d-flag-reason-off-topic = Ajena al tema
d-flag-reason-personal-data = Datos personales
d-flag-reason-not-sent = Señalada como no enviada por su autor
# $n: how many earlier comments the author has.
d-earlier = Observaciones anteriores del mismo autor ({ $n })
d-publish = Publicar
d-reject = Rechazar
d-keep = Mantener publicada
d-hide = Ocultar
d-reason = Motivo
d-choose-reason = Elija un motivo…
d-other-reason = U otro motivo
d-retag = Etiquetas
d-save-tags = Guardar las etiquetas
d-disposition = Curso dado
d-disposition-kind = Decisión
# The secretariat's decision on a comment.
d-disposition-name-accepted = Aceptada
d-disposition-name-partly-accepted = Aceptada en parte
d-disposition-name-noted = Se toma nota
d-disposition-name-out-of-scope = Fuera del ámbito
d-response = Respuesta al autor de la observación
d-save-disposition = Guardar el curso dado
d-response-label = Respuesta de la secretaría
d-changed-in = La modificación a la que dio lugar
d-changed-in-hint = El párrafo de la versión actual que responde a esta observación, si dio lugar a una modificación.
d-no-change = No se indica ninguna modificación
# $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-change-choice = Párrafo { $paragraph } de la versión { $version }
# Under the secretariat's response. $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-led-to-change = Dio lugar a una modificación del párrafo { $paragraph } de la versión { $version }.
d-log-title = Registro de auditoría
d-log-intro = Cada cambio de estado de cada observación: quién lo hizo, cuándo y por qué. Nada de lo que figura aquí puede modificarse ni eliminarse.
d-when = Fecha
d-change = Cambio
d-by = Por
d-add-reason = Añadir un motivo de rechazo
d-accounts-title = Cuentas
d-search-accounts = Nombre, correo electrónico u organización
d-actions = Acciones
d-suspended = suspendida
# A button giving an account a role.
d-make-role-stakeholder = Asignar función de parte interesada
d-make-role-secretariat = Asignar función de secretaría
d-make-role-admin = Asignar función de administrador
d-suspend = Suspender…
d-suspend-hint = Se cierran todas las sesiones de la cuenta, que no podrá volver a iniciar sesión hasta que un administrador la restablezca. Sus observaciones se mantienen tal como están.
d-suspend-confirm = Sí, suspender
d-own-account = Su propia cuenta: otro administrador puede modificarla.
# $n: how many comments the campaign has in all.
d-reject-campaign-hint = Se rechazarán todas las observaciones de esta campaña ({ $n } en total) que sigan pendientes de decisión, con el motivo elegido aquí.
d-reject-campaign-confirm = Sí, rechazar la campaña
# Announced once a decision is saved; $n: how many comments it changed (0: none).
d-decided =
    { $n ->
        [0] No ha cambiado nada: ya se habían tramitado las observaciones.
        [one] Guardado: { $n } observación tramitada.
       *[other] Guardado: { $n } observaciones tramitadas.
    }
d-saved = Guardado.
d-copy-differs = Su texto difiere del de la tarjeta; este es su propio texto:
# $n: how many other copies of the campaign wait on this page (at least 1).
d-copies-here =
    { $n ->
        [one] { $n } copia más en espera en esta página, enviada por:
       *[other] { $n } copias más en espera en esta página, enviadas por:
    }
d-erase = Borrar los datos personales…
d-erase-hint = Se borran el correo electrónico, el nombre y la organización, y la cuenta ya no puede iniciar sesión. Sus observaciones permanecen en el registro como las de un participante que se ha retirado, solo con el grupo de partes interesadas y el país. Esta acción no se puede deshacer.
d-erase-confirm = Borrar definitivamente
d-restore = Restablecer
d-report = Señalar esta observación
d-report-reason = ¿Por qué?
d-report-note = Nota para la secretaría (opcional)
d-report-submit = Enviar el aviso
d-reported = Gracias. La secretaría examinará esta observación.
d-report-sign-in = Inicie sesión para señalar esta observación.

## Themes of a paper's comments (the desk's themes page).
th-link = Temas de las observaciones
th-title = Temas: { $code }
# $paragraph: a paragraph's number.
th-title-paragraph = Temas: { $code }, párrafo { $paragraph }
th-hint = El análisis agrupa las observaciones según su contenido: cada tema con sus términos clave, su tamaño, quiénes las formularon y observaciones representativas. Una campaña cuenta una sola vez. Asigne un nombre a los temas que conserve y confírmelos: al repetir el análisis se mantienen los temas confirmados y se les asignan las nuevas observaciones. Los temas confirmados figuran en las recopilaciones.
th-scope = Observaciones sobre
th-whole-paper = Todo el documento (todos los párrafos)
# $number: a paragraph's number.
th-paragraph-option = Párrafo { $number }
th-internal = Incluir las observaciones pendientes de moderación (para uso interno)
th-run = Buscar temas
# After a run: themes proposed, confirmed themes kept, new comments placed in them, comments in no theme.
th-ran = Análisis finalizado: { $proposed } temas propuestos; se mantienen { $kept } temas confirmados, a los que se han asignado { $placed } observaciones nuevas; { $unthemed } observaciones no corresponden a ningún tema.
th-saved = Guardado.
th-none-yet = Todavía no hay temas. Elija las observaciones que desea analizar y pulse «Buscar temas».
# $n: the comments in scope.
th-total = { $n } observaciones por analizar.
th-internal-note = Obtenidos a partir de todas las observaciones que no se han rechazado ni retirado, incluidas las pendientes: solo para uso interno.
# $n: a theme's comments.
th-size = { $n } observaciones
# $m: campaign letters among them; $k: campaigns.
th-in-campaigns = , de las cuales { $m } proceden de { $k } campañas (cada una cuenta una sola vez)
th-key-terms = Términos clave:
th-confirmed = Confirmado
th-proposed = Propuesto
th-name = Nombre del tema
th-save-name = Guardar el nombre
th-confirm = Confirmar
th-unconfirm = Retirar la confirmación
th-merge-into = Fusionar con
th-merge = Fusionar
th-split = Dividir en dos
th-quotes = Observaciones representativas
# $n: how many references.
th-references = Todas las observaciones ({ $n })
th-reference = Referencia de la observación (C-…)
th-move = Trasladar una observación a este tema
th-remove = Retirar una observación de todos los temas
th-remove-button = Retirar
# $n: comments in no theme.
th-unthemed = Sin tema ({ $n })
th-unthemed-hint = Estas observaciones no corresponden a ningún tema o se recibieron después del análisis. Para trasladar una a un tema, indique su referencia.
# The digests' section of the themes the secretariat confirmed.
th-digest-heading = Temas (confirmados por la secretaría)
