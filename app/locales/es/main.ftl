site-name = Consult
site-tagline = Consultas abiertas sobre documentos de trabajo
skip-to-content = Ir al contenido principal
nav-label = Principal
nav-home = Consultas
nav-sign-in = Iniciar sesión
nav-register = Registrarse
nav-profile = Perfil
sign-out = Cerrar sesión
signed-in-as = Sesión iniciada como
language = Idioma
# The language's own name, as shown on the language switch.
endonym = Español
footer = Consult: consultas abiertas, transparentes e inclusivas, con la posibilidad de formular observaciones en línea.
loading = Cargando…
sending = Enviando…
home-title = Consultas
home-intro = La secretaría publica proyectos de documentos de trabajo para recabar observaciones. Léalos y, una vez que se haya registrado como parte interesada, formule sus observaciones párrafo por párrafo.
home-open = Abiertas a observaciones
home-closed = Cerradas y archivadas
home-none-open = En este momento no hay ninguna consulta abierta a observaciones.
opens = Apertura
closes = Cierre
# $n is a number of working papers.
paper-count =
    { $n ->
        [one] { $n } documento de trabajo
       *[other] { $n } documentos de trabajo
    }
papers = Documentos de trabajo
cluster = Grupo de cuestiones
version = Versión
read-paper = Leer el documento
back-to-consultation = Volver a la consulta
paper-contents = Texto del documento
# $number is a paragraph's number, such as 2.1.
paragraph-label = Párrafo { $number }
register-title = Registrarse como parte interesada
register-intro = Su grupo de partes interesadas, su país y su organización aparecen junto a sus observaciones según lo que usted elija al enviar cada una de ellas.
register-submit = Registrarse
register-have-account = ¿Ya tiene una cuenta? Inicie sesión
welcome = Le damos la bienvenida: su cuenta está lista y ha iniciado sesión. Le hemos enviado un mensaje de correo electrónico; siga el enlace que contiene para confirmar su dirección, y sus observaciones llegarán a la secretaría.
email = Correo electrónico
password = Contraseña
password-hint = Al menos 12 caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.
display-name = Nombre
display-name-hint = Tal como puede aparecer junto a sus observaciones.
stakeholder-group = Grupo de partes interesadas
country = País
country-hint = Su región se deduce del país.
organisation = Organización
organisation-hint = Opcional, salvo que hable en nombre de la organización.
capacity = Interviene
choose = Seleccione…
required-mark = (obligatorio)
form-has-problems = Por favor, corrija los campos señalados a continuación.
sign-in-title = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-no-account = ¿Aún no tiene una cuenta? Regístrese
profile-title = Su perfil
profile-intro = Los cambios se aplican a las observaciones que envíe a partir de ahora; las observaciones anteriores conservan los datos con los que se enviaron.
profile-role = Función
profile-save = Guardar los cambios
profile-saved = Se ha guardado su perfil.
# $n is the number of wrong passwords given for the account since its owner last signed in (1 or more).
profile-failed-sign-ins =
    Desde la última vez que inició sesión, { $n ->
        [one] ha fallado un intento
       *[other] han fallado { $n } intentos
    } de iniciar sesión en su cuenta con una contraseña incorrecta. Si no fue usted, su contraseña ha resistido; si es corta o la utiliza en otros sitios, elija una nueva.
sign-out-everywhere = Cerrar sesión en todos los dispositivos
sign-out-everywhere-hint = Cierra todas las sesiones de esta cuenta, aquí y en cualquier otra computadora o teléfono.
my-data = Sus datos
my-data-hint = Todo lo que Consult conserva sobre usted: su cuenta, sus sesiones, cada una de las observaciones que ha escrito con sus versiones anteriores y las observaciones que ha señalado, en un único archivo JSON.
my-data-link = Descargar mis datos (JSON)
profile-sign-in-needed = Inicie sesión para ver su perfil.
not-found-title = Página no encontrada
not-found-body = No existe ninguna página en esta dirección. Es posible que se haya trasladado o que el enlace contenga un error.
not-found-home = Ir a las consultas
# The problems of a form's field, one message per kind of problem.
problem-required = Este campo es obligatorio.
# $min is a number of characters.
problem-too-short = Utilice al menos { $min } caracteres.
# $max is a number of characters.
problem-too-long = Utilice como máximo { $max } caracteres.
problem-control-characters = Elimine los caracteres de control invisibles.
problem-invalid-email = Introduzca una dirección de correo electrónico como name@example.org.
problem-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
problem-unknown-choice = Elija una de las opciones propuestas.
problem-bad-credentials = La dirección de correo electrónico o la contraseña no son correctas.
problem-account-suspended = Esta cuenta está suspendida. Póngase en contacto con la secretaría.
problem-password-too-common = Esta contraseña es demasiado común. Elija otra.
# $max is a number of tags.
problem-too-many-tags = Elija como máximo { $max } etiquetas.
problem-consultation-closed = Esta consulta no está abierta a observaciones, por lo que no se puede aceptar la observación.
problem-not-editable = La secretaría ya ha examinado esta observación, por lo que ya no se puede modificar ni retirar.
problem-reply-not-allowed = Solo se puede responder a una observación publicada que no sea a su vez una respuesta.
problem-invalid-slug = Utilice solo letras, dígitos y guiones.
problem-slug-taken = Otra consulta ya tiene esta dirección.
# Keep the example date and time as they are: it is the format the field expects.
problem-invalid-time = Introduzca una fecha y una hora, como 2005-02-15 09:30.
problem-closes-before-opening = La hora de cierre debe ser posterior a la de apertura.
problem-already-flagged = Ya ha señalado esta observación.
problem-not-allowed-now = Este cambio no es posible en el estado actual de la observación.
# $count is the number of uncertain matches of an old version's paragraphs in a new one, marked for the secretariat to check (1 or more).
problem-matches-to-confirm =
    { $count ->
        [one] Verifique la correspondencia señalada a continuación y confírmela o corríjala antes de guardar.
       *[other] Verifique las { $count } correspondencias señaladas a continuación y confirme o corrija cada una de ellas antes de guardar.
    }
# A translation of a paper whose numbered blocks are not the paper's. $expected: how many blocks the paper has; $found: how many the translation has; $at: the number of the first block where they differ, such as 2.3.
problem-structure-differs =
    { $expected ->
        [one] La traducción debe conservar los bloques numerados del documento, bloque por bloque. El documento tiene { $expected } bloque y la traducción { $found }; difieren a partir del bloque { $at }.
       *[other] La traducción debe conservar los bloques numerados del documento, bloque por bloque. El documento tiene { $expected } bloques y la traducción { $found }; difieren a partir del bloque { $at }.
    }
# The errors of a request, one message per kind of error.
error-unauthorized = Primero debe iniciar sesión.
error-forbidden = No tiene autorización para realizar esta acción.
error-not-found = No se ha encontrado lo solicitado.
# A form came back with problems in its fields.
error-validation = Por favor, corrija los campos señalados a continuación.
# $retry_after_secs is a number of seconds.
error-too-many-requests = Demasiados intentos. Vuelva a intentarlo dentro de { $retry_after_secs } segundos.
# $reference is the reference of the error in the server's log: eight hexadecimal digits, such as 3fa2c91b.
error-internal = Se ha producido un error por nuestra parte. Si vuelve a ocurrir, indique la referencia { $reference }.
error-bad-request = No se ha podido leer la solicitud: falta un campo o contiene un tipo de valor incorrecto.
error-transport = No se ha podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
problems-title = Hay un problema
# The tab's title of a page whose form came back with problems; $title is the page's own title.
error-title = Error: { $title }
# A field's name, before its problem in the error summary ("E-mail: …"). The form as a whole has no name.
field-form = {""}
field-email = Correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-display-name = Nombre
field-stakeholder-group = Grupo de partes interesadas
field-country = País
field-organisation = Organización
field-capacity = Interviene
field-paragraph = Párrafo
field-quote = Pasaje citado
field-body = Observación
field-tags = Etiquetas
field-consent = Publicación
field-reason = Motivo
field-disposition = Decisión
field-response = Respuesta
field-note = Nota
field-slug = Dirección
field-title = Título
field-description = Descripción
field-status = Estado
field-opens-at = Apertura
field-closes-at = Cierre
field-code = Código
field-cluster = Grupo de cuestiones
field-markdown = Texto
field-matches = Correspondencias
field-changed-in = La modificación a la que dio lugar
field-files = Documentos
field-language = Idioma
# Stakeholder groups.
group-government = Gobierno
group-private-sector = Sector privado
group-civil-society = Sociedad civil
group-academic-technical = Comunidad académica y técnica
group-intergovernmental = Organización intergubernamental / internacional
# The capacity in which a stakeholder speaks.
capacity-personal = A título personal
capacity-organisation = En nombre de mi organización
# The roles of accounts.
role-stakeholder = Parte interesada
role-secretariat = Secretaría
role-admin = Administrador
# The issue clusters of working papers.
cluster-infrastructure = Infraestructura y recursos críticos de Internet
cluster-use-of-internet = Uso de Internet (correo basura, seguridad, ciberdelincuencia)
cluster-wider-impact = Cuestiones de mayor alcance (derechos de propiedad intelectual, comercio, privacidad, protección del consumidor)
cluster-development = Desarrollo (creación de capacidad, acceso, multilingüismo)
# The statuses of a consultation.
status-draft = Borrador
status-open = Abierta
status-closed = Cerrada
status-archived = Archivada
# The regions of the world, by which comments can be filtered.
region-africa = África
region-americas = Américas
region-asia = Asia
region-europe = Europa
region-oceania = Oceanía
# The names of the months, as in a date ("15 February 2005").
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
# A time in UTC, such as "15 February 2005, 09:30 UTC". $day and $year are numbers,
# $month is the month's name (month-1 … month-12), $hour and $minute are two digits each.
datetime = { $day } de { $month } de { $year }, { $hour }:{ $minute } UTC
nav-my-comments = Mis observaciones
nav-search = Buscar
