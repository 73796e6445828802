d-nav-desk = 秘书处工作台
d-desk-nav = 秘书处工作台
d-sign-in-needed = 此页面供秘书处使用。请使用秘书处账户登录。
d-queue-title = 审核队列
d-keyboard-hint = 快捷键：按j转到下一条意见，按k转到上一条，按p发布，按r选择拒绝理由。
# $pending: comments waiting for a decision; $flagged: comments reported by readers.
d-totals = { $pending }条待处理 · { $flagged }条被举报
d-search = 意见中的文字或作者姓名
d-paper = 工作文件
d-any-paper = 任何文件
d-flagged-only = 仅显示被举报的意见
d-bulk = 选定的意见
d-publish-selected = 发布选定的意见
d-reject-selected = 拒绝选定的意见
d-queue-empty = 目前没有待决定的内容。
d-next-page = 下一页
# The label of a comment's check box; $reference: the comment's reference.
d-select = 选择{ $reference }
d-paragraph-text = 段落正文
d-consent-given = 发布许可
# $n: how many near-identical comments the campaign has.
d-campaign = 集体意见：{ $n }条几乎相同的意见
# $n: how many letters of one template (each words the same sentences differently).
d-template-campaign = 集体意见：{ $n }封出自同一模板的信
d-template-why = 归为一组的原因：句子相同，只是在相同位置选用了不同的词语。所有信件的共同部分（… 表示用词不同之处）：
d-publish-campaign = 发布整组集体意见
d-reject-campaign = 拒绝整组集体意见……
d-flags = 读者举报
# Why a reader reported a comment.
d-flag-reason-spam = 垃圾信息
d-flag-reason-offensive = 冒犯性内容
d-flag-reason-off-topic = 偏离主题
d-flag-reason-personal-data = 个人数据
d-flag-reason-not-sent = 被举报为非作者本人发送
# $n: how many earlier comments the author has.
d-earlier = 同一作者的较早意见（{ $n }）
d-publish = 发布
d-reject = 拒绝
d-keep = 保持发布
d-hide = 隐藏
d-reason = 理由
d-choose-reason = 选择理由……
d-other-reason = 或其他理由
d-retag = 标签
d-save-tags = 保存标签
d-disposition = 处理结果
d-disposition-kind = 决定
# The secretariat's decision on a comment.
d-disposition-name-accepted = 采纳
d-disposition-name-partly-accepted = 部分采纳
d-disposition-name-noted = 注意到
d-disposition-name-out-of-scope = 超出范围
d-response = 对意见提出者的答复
d-save-disposition = 保存处理结果
d-response-label = 秘书处的答复
d-changed-in = 由此作出的修改
d-changed-in-hint = 如该意见促成了修改，请指明现行版本中回应该意见的段落。
d-no-change = 未指明修改
# $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-change-choice = 第{ $version }版第{ $paragraph }段
# Under the secretariat's response. $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-led-to-change = 该意见促成了第{ $version }版第{ $paragraph }段的修改。
d-log-title = 审计日志
d-log-intro = 每条意见的每次状态变更：由谁作出、何时作出以及原因。此处内容均不可修改或删除。
d-when = 时间
d-change = 变更
d-by = 操作人
d-add-reason = 添加拒绝理由
d-accounts-title = 账户
d-search-accounts = 姓名、电子邮件或组织
d-actions = 操作
d-suspended = 已暂停
# A button giving an account a role.
d-make-role-stakeholder = 设为利益攸关方
d-make-role-secretariat = 设为秘书处人员
d-make-role-admin = 设为管理员
d-suspend = 暂停……
d-suspend-hint = 该账户将在所有设备上退出登录，在管理员恢复之前无法登录。其意见保持不变。
d-suspend-confirm = 是，暂停
d-own-account = 这是您本人的账户：须由另一位管理员更改。
# $n: how many comments the campaign has in all.
d-reject-campaign-hint = 此操作将以此处选定的理由，拒绝该组集体意见（共{ $n }条）中所有仍待决定的意见。
d-reject-campaign-confirm = 是，拒绝整组集体意见
# Announced once a decision is saved; $n: how many comments it changed (0: none).
d-decided =
    { $n ->
        [0] 未作任何更改：这些意见此前已有决定。
       *[other] 已保存：已对{ $n }条意见作出决定。
    }
d-saved = 已保存。
d-copy-differs = 其措辞与卡片上的不同，其原文如下：
# $n: how many other copies of the campaign wait on this page (at least 1).
d-copies-here = 本页另有{ $n }份副本待处理，发送者为：
d-erase = 删除个人数据……
d-erase-hint = 电子邮件、姓名和组织将被删除，该账户将无法再登录。其意见作为已退出的参与者的意见保留在记录中，仅显示利益攸关方群体和国家。此操作无法撤销。
d-erase-confirm = 永久删除
d-restore = 恢复
d-report = 举报此意见
d-report-reason = 举报原因
d-report-note = 给秘书处的备注（可选）
d-report-submit = 发送举报
d-reported = 谢谢。秘书处将审查此意见。
d-report-sign-in = 请登录后举报此意见。

## Themes of a paper's comments (the desk's themes page).
th-link = 意见主题
th-title = 主题：{ $code }
# $paragraph: a paragraph's number.
th-title-paragraph = 主题：{ $code }第{ $paragraph }段
th-hint = 分析功能按内容对意见进行归类：列出每个主题的关键词、规模、意见提出者和代表性意见。一组集体意见只计一次。请为保留的主题命名并予以确认：再次运行分析时，已确认的主题将予保留，新意见将归入其中。已确认的主题将列入意见汇编。
th-scope = 分析范围
th-whole-paper = 整份文件（所有段落）
# $number: a paragraph's number.
th-paragraph-option = 第{ $number }段
th-internal = 包括待审核的意见（供内部使用）
th-run = 识别主题
# After a run: themes proposed, confirmed themes kept, new comments placed in them, comments in no theme.
th-ran = 分析完成：提出{ $proposed }个主题；保留{ $kept }个已确认主题，并将{ $placed }条新意见归入其中；{ $unthemed }条意见未归入任何主题。
th-saved = 已保存。
th-none-yet = 尚无主题。请选择要分析的意见，然后点击“识别主题”。
# $n: the comments in scope.
th-total = 共有{ $n }条意见待分析。
th-internal-note = 主题得自所有未被拒绝或撤回的意见（包括待处理的意见）：仅供内部使用。
# $n: a theme's comments.
th-size = { $n }条意见
# $m: campaign letters among them; $k: campaigns.
th-in-campaigns = ，其中{ $m }条来自{ $k }组集体意见（每组只计一次）
th-key-terms = 关键词：
th-confirmed = 已确认
th-proposed = 拟议
th-name = 主题名称
th-save-name = 保存名称
th-confirm = 确认
th-unconfirm = 撤销确认
th-merge-into = 合并到
th-merge = 合并
th-split = 拆分为两个主题
th-quotes = 代表性意见
# $n: how many references.
th-references = 全部意见（{ $n }）
th-reference = 意见编号（C-…）
th-move = 将意见移入此主题
th-remove = 将意见移出所有主题
th-remove-button = 移出
# $n: comments in no theme.
th-unthemed = 未归入主题的意见（{ $n }）
th-unthemed-hint = 这些意见不属于任何主题，或是在分析运行后收到的。可按编号将其移入某一主题。
# The digests' section of the themes the secretariat confirmed.
th-digest-heading = 主题（经秘书处确认）
