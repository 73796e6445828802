# The first line of every message. $name: the recipient's name.
m-greeting = 尊敬的{ $name }：
m-signature = 秘书处（经由Consult发送）
m-notice-footer = 您收到此通知，是因为您在个人资料中选择了接收此类通知。
m-change-notices = 更改您接收的通知
m-verify-subject = 请确认您的电子邮件地址
m-verify-intro = 请点击下方链接确认您的电子邮件地址。您的地址确认后，您的意见才会送达秘书处。
m-verify-link = 确认我的地址
m-verify-note = 该链接48小时内有效。如果您未在Consult上注册，请忽略此邮件，不会产生任何影响。
m-change-subject = 请确认您的新电子邮件地址
m-change-intro = 请点击下方链接，将此地址设为您在Consult上的账户的电子邮件地址。在此之前，您的账户仍使用现有地址。
m-change-link = 确认我的新地址
m-change-notice-subject = 有人申请更改您的电子邮件地址
# Sent to the old address. $new_address: the e-mail address asked for.
m-change-notice-body = 已登录您账户的某人申请将该账户的电子邮件地址更改为{ $new_address }。只有在点击发送至该地址的链接之后，更改才会生效。如果不是您本人操作，请登录并更改密码，同时告知秘书处。
m-change-legend = 更改您的电子邮件地址
m-change-new-email = 新电子邮件地址
m-change-password = 您的密码
m-change-submit = 发送确认链接
# $new_address: the e-mail address asked for.
m-change-sent = 确认链接已发往{ $new_address }。您点击该链接后，地址即会更改。
m-changed-address = 谢谢：您的账户现已使用此电子邮件地址。
m-reset-subject = 设置新密码
m-reset-intro = 有人（希望是您本人）申请重置您在Consult上的账户的密码。请点击下方链接设置新密码。
m-reset-link = 设置新密码
m-reset-note = 该链接一小时内有效，且只能使用一次。如果您并未提出此申请，请忽略此邮件，您的密码将保持不变。
m-changed-subject = 您的密码已更改
m-changed-body = 您在Consult上的账户的密码已更改，所有会话均已退出登录。如果并非您本人操作，请立即使用登录页面上的“忘记密码？”，并告知秘书处。
# $reference: the comment's reference.
m-receipt-subject = 已收到意见{ $reference }
# $reference: the comment's reference; $paper: the paper's code; $place: where in the paper
# (m-receipt-where-paragraph or m-receipt-where-whole).
m-receipt-body = 我们已收到您就{ $paper }（{ $place }）提出的意见{ $reference }。
# The $place of m-receipt-body. $paragraph: the paragraph's number (e.g. 2.1).
m-receipt-where-paragraph = 第{ $paragraph }段
m-receipt-where-whole = 整份文件
m-receipt-next = 每条意见在发布前均由秘书处审阅。我们会将秘书处的决定告知您。
m-receipt-unverified = 您的电子邮件地址尚未确认：请使用我们发送给您的链接确认地址，之后您的意见将送达秘书处。
m-receipt-link = 查看您的意见
m-not-me-intro = 如果这条意见不是您发送的，说明有人使用了您的地址。请告知我们，该意见将不会发布：
m-not-me-link = 这条意见不是我发送的
# $reference: the contribution's reference.
m-contribution-subject = 已收到文稿{ $reference }
# $reference: the contribution's reference; $title: its title.
m-contribution-body = 我们已收到您的文稿{ $reference }“{ $title }”。秘书处在发布前会先行审阅。
# The subject telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-subject-pending = 您的意见{ $reference }已重新进入审阅
m-decision-subject-published = 您的意见{ $reference }已发布
m-decision-subject-rejected = 您的意见{ $reference }未予发布
m-decision-subject-hidden = 您的意见{ $reference }已被撤销发布
m-decision-subject-withdrawn = 您的意见{ $reference }已撤回
# The message telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-body-pending = 秘书处已将您的意见{ $reference }重新交付审阅。在秘书处再次作出决定之前，该意见不会在Consult上显示；我们会将秘书处的决定告知您。
m-decision-body-published = 秘书处已发布您的意见{ $reference }。现在任何人都可以在Consult上阅读该意见。
m-decision-body-rejected = 秘书处决定不发布您的意见{ $reference }。
m-decision-body-hidden = 秘书处已撤销发布您的意见{ $reference }。该意见不再在Consult上显示。
m-decision-body-withdrawn = 您的意见{ $reference }已撤回，将不会发布。
# After the decision and a blank line, when the secretariat gave a reason. $reason: its words.
m-decision-body-reason = 秘书处给出的理由如下：{ $reason }
# $reference: the comment's reference.
m-disposition-subject = 秘书处已答复您的意见{ $reference }
# $reference: the comment's reference; $disposition: the name of how it was taken into
# account. The secretariat's response, when it wrote one, follows after a blank line.
m-disposition-body = 秘书处已记录对您的意见{ $reference }的处理情况：{ $disposition }。
# $code: the paper's code; $version: the number of its new version.
m-version-subject = { $code }：第{ $version }版已发布
# $code: the paper's code; $title: its title; $version: the number of its new version.
# The link to what changed follows.
m-version-body = 您曾提出意见的{ $code }“{ $title }”已发布新版本（第{ $version }版）。对先前版本的意见已转至延续相应内容的段落；请查看修改之处：
m-read-link = 在Consult上阅读
m-forgot-title = 忘记密码？
m-forgot-intro = 请提供您账户的电子邮件地址。我们将发送一个用于设置新密码的链接。
m-forgot-submit = 发送链接
m-forgot-sent = 如果有账户使用此地址，设置新密码的链接已在发送途中。该链接一小时内有效。
m-forgot-link = 忘记密码？
m-reset-title = 设置新密码
m-reset-submit = 保存新密码
m-reset-done = 您的密码已更改，所有会话均已退出登录。请使用新密码登录。
m-link-invalid = 此链接已过期或已被使用。请重新申请。
m-verify-title = 确认您的电子邮件地址
m-verified = 谢谢：您的电子邮件地址已确认。您的意见现在将送交秘书处。
m-resend = 重新发送确认链接
m-resent = 新的确认链接已在发送途中。
m-unverified-notice = 请使用我们发送给您的链接确认您的电子邮件地址：在此之前，您的意见将处于等待状态，不会发布。
m-waiting-verification = 等待您确认电子邮件地址
m-not-me-title = 一条并非您发送的意见
m-not-me-explain = 如果这条意见不是您发送的，请在下方确认：该意见将不会发布，秘书处将进行调查。
m-not-me-submit = 这条意见不是我发送的
m-not-me-done = 谢谢。该意见已撤销发布，秘书处将进行调查。
m-notices-legend = 电子邮件通知
m-notify-outcomes = 秘书处对我的意见作出决定或答复时
m-notify-versions = 我提出过意见的文件发布新版本时
m-notices-submit = 保存我的通知选择
m-notices-saved = 您的选择已保存。
m-notices-hint = 回执以及有关账户安全的邮件始终会发送。
m-arrived-verified = 地址已确认
m-arrived-import = 由秘书处导入
m-arrived-unverified = 地址未确认
