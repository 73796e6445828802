# The first line of every message. $name: the recipient's name.
m-greeting = Estimado/a { $name }:
m-signature = La secretaría, a través de Consult
m-notice-footer = Recibe este aviso porque así lo eligió en su perfil.
m-change-notices = Cambiar los avisos que recibe
m-verify-subject = Confirme su dirección de correo electrónico
m-verify-intro = Siga el enlace que figura a continuación para confirmar su dirección de correo electrónico. Sus observaciones solo llegarán a la secretaría una vez que haya confirmado su dirección.
m-verify-link = Confirmar mi dirección
m-verify-note = El enlace es válido durante 48 horas. Si no se ha registrado en Consult, no tenga en cuenta este mensaje: no ocurrirá nada.
m-change-subject = Confirme su nueva dirección de correo electrónico
m-change-intro = Siga el enlace que figura a continuación para que esta pase a ser la dirección de correo electrónico de su cuenta en Consult. Hasta que lo haga, su cuenta conservará su dirección actual.
m-change-link = Confirmar mi nueva dirección
m-change-notice-subject = Se ha solicitado un cambio de su dirección de correo electrónico
# Sent to the old address. $new_address: the e-mail address asked for.
m-change-notice-body = Una persona que había iniciado sesión en su cuenta ha solicitado cambiar su dirección de correo electrónico por { $new_address }. El cambio solo surtirá efecto una vez que se siga el enlace enviado a esa dirección. Si no fue usted, inicie sesión, cambie su contraseña e informe a la secretaría.
m-change-legend = Cambiar su dirección de correo electrónico
m-change-new-email = Nueva dirección de correo electrónico
m-change-password = Su contraseña
m-change-submit = Enviar el enlace de confirmación
# $new_address: the e-mail address asked for.
m-change-sent = Se está enviando un enlace de confirmación a { $new_address }. Su dirección cambiará cuando siga ese enlace.
m-changed-address = Gracias: su cuenta utiliza ahora esta dirección de correo electrónico.
m-reset-subject = Elija una nueva contraseña
m-reset-intro = Alguien, esperamos que usted, ha solicitado restablecer la contraseña de su cuenta en Consult. Siga el enlace que figura a continuación para elegir una nueva.
m-reset-link = Elegir una nueva contraseña
m-reset-note = El enlace es válido durante una hora y solo puede utilizarse una vez. Si no lo ha solicitado, no tenga en cuenta este mensaje: su contraseña seguirá siendo la misma.
m-changed-subject = Se ha cambiado su contraseña
m-changed-body = Se ha cambiado la contraseña de su cuenta en Consult y se han cerrado todas las sesiones. Si no fue usted, utilice de inmediato la opción «¿Olvidó su contraseña?» de la página de inicio de sesión e informe a la secretaría.
# $reference: the comment's reference.
m-receipt-subject = Observación { $reference } recibida
# $reference: the comment's reference; $paper: the paper's code; $place: where in the paper
# (m-receipt-where-paragraph or m-receipt-where-whole).
m-receipt-body = Hemos recibido su observación { $reference } sobre { $paper }, { $place }.
# The $place of m-receipt-body. $paragraph: the paragraph's number (e.g. 2.1).
m-receipt-where-paragraph = párrafo { $paragraph }
m-receipt-where-whole = el documento en su conjunto
m-receipt-next = La secretaría lee todas las observaciones antes de publicarlas. Le informaremos de su decisión.
m-receipt-unverified = Su dirección de correo electrónico aún no está confirmada: su observación llegará a la secretaría cuando la confirme con el enlace que le enviamos.
m-receipt-link = Ver su observación
m-not-me-intro = Si usted no envió esta observación, alguien utilizó su dirección. Infórmenos y no se publicará:
m-not-me-link = Yo no envié esta observación
# $reference: the contribution's reference.
m-contribution-subject = Contribución { $reference } recibida
# $reference: the contribution's reference; $title: its title.
m-contribution-body = Hemos recibido su contribución { $reference }, «{ $title }». La secretaría la lee antes de publicarla.
# The subject telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-subject-pending = Su observación { $reference } vuelve a estar en examen
m-decision-subject-published = Se ha publicado su observación { $reference }
m-decision-subject-rejected = No se ha publicado su observación { $reference }
m-decision-subject-hidden = Se ha retirado de la publicación su observación { $reference }
m-decision-subject-withdrawn = Se ha retirado su observación { $reference }
# The message telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-body-pending = La secretaría ha vuelto a someter a examen su observación { $reference }. No se mostrará en Consult hasta que la secretaría adopte una nueva decisión; le informaremos de lo que decida.
m-decision-body-published = La secretaría ha publicado su observación { $reference }. Ahora cualquier persona puede leerla en Consult.
m-decision-body-rejected = La secretaría ha decidido no publicar su observación { $reference }.
m-decision-body-hidden = La secretaría ha retirado de la publicación su observación { $reference }. Ya no se muestra en Consult.
m-decision-body-withdrawn = Se ha retirado su observación { $reference }. No se publicará.
# After the decision and a blank line, when the secretariat gave a reason. $reason: its words.
m-decision-body-reason = La secretaría indicó el siguiente motivo: { $reason }
# $reference: the comment's reference.
m-disposition-subject = La secretaría ha respondido a su observación { $reference }
# $reference: the comment's reference; $disposition: the name of how it was taken into
# account. The secretariat's response, when it wrote one, follows after a blank line.
m-disposition-body = La secretaría ha dejado constancia del curso dado a su observación { $reference }: { $disposition }.
# $code: the paper's code; $version: the number of its new version.
m-version-subject = { $code }: se ha publicado la versión { $version }
# $code: the paper's code; $title: its title; $version: the number of its new version.
# The link to what changed follows.
m-version-body = El documento { $code }, «{ $title }», sobre el que usted formuló observaciones, tiene una nueva versión ({ $version }). Las observaciones sobre versiones anteriores se trasladan a los párrafos que dan continuidad a aquellos sobre los que se formularon; vea qué ha cambiado:
m-read-link = Leer en Consult
m-forgot-title = ¿Olvidó su contraseña?
m-forgot-intro = Indique la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
m-forgot-submit = Enviar el enlace
m-forgot-sent = Si hay una cuenta que utiliza esta dirección, se le está enviando un enlace para elegir una nueva contraseña. Es válido durante una hora.
m-forgot-link = ¿Olvidó su contraseña?
m-reset-title = Elegir una nueva contraseña
m-reset-submit = Guardar la nueva contraseña
m-reset-done = Se ha cambiado su contraseña y se han cerrado todas las sesiones. Inicie sesión con la nueva contraseña.
m-link-invalid = Este enlace ha caducado o ya se ha utilizado. Solicite uno nuevo.
m-verify-title = Confirmar su dirección de correo electrónico
m-verified = Gracias: su dirección de correo electrónico está confirmada. Sus observaciones llegarán ahora a la secretaría.
m-resend = Volver a enviar el enlace de confirmación
m-resent = Se le está enviando un nuevo enlace de confirmación.
m-unverified-notice = Confirme su dirección de correo electrónico con el enlace que le enviamos: hasta entonces, sus observaciones quedan en espera y no se publican.
m-waiting-verification = Pendiente de que confirme su dirección de correo electrónico
m-not-me-title = Una observación que usted no envió
m-not-me-explain = Si usted no envió esta observación, confírmelo a continuación: no se publicará y la secretaría investigará lo ocurrido.
m-not-me-submit = Yo no envié esta observación
m-not-me-done = Gracias. La observación se ha retirado de la publicación y la secretaría investigará lo ocurrido.
m-notices-legend = Avisos por correo electrónico
m-notify-outcomes = Cuando la secretaría adopte una decisión sobre mis observaciones o las responda
m-notify-versions = Cuando un documento sobre el que formulé observaciones tenga una nueva versión
m-notices-submit = Guardar mi selección de avisos
m-notices-saved = Se ha guardado su selección.
m-notices-hint = Los acuses de recibo y los mensajes sobre la seguridad de su cuenta se envían siempre.
m-arrived-verified = dirección confirmada
m-arrived-import = importada por la secretaría
m-arrived-unverified = dirección no confirmada
