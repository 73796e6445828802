c-whole-paper = 整份文件
# Before the list of the languages a paper can be read in (each named in its own language).
c-read-in = 选择阅读本文件的语言：
# After the name of the language the paper was written in, in that list.
c-original-mark = （原文）
# Over a paper read in a translation. $language: the name of the language of the original, such as "English".
c-translation-note = 本文为译文，原文为{ $language }。各段落编号与原文相同，每个段落的意见在所有语言版本中都相同。
# $n is a number of comments.
c-comment-count =
    { $n ->
        [0] 尚无意见
       *[other] { $n }条意见
    }
# $number is a paragraph's number, such as 2.1; $n is the number of comments on it.
c-comments-on-count =
    第{ $number }段：{ $n ->
        [0] 尚无意见
       *[other] { $n }条意见
    }
# $number is a paragraph's number, such as 2.1.
c-comments-on = 对第{ $number }段的意见
c-comments-on-whole = 对整份文件的意见
c-comments-on-removed = 对已删除文字的意见
# After the number of comments on a paragraph: $n of them (1 or more) were written on earlier versions of the paper.
c-carried-count = （其中{ $n }条针对先前版本）
# A comment carried from an earlier version: $version is that version's number, $number the paragraph's number there, such as 2.2.
c-written-on = 针对第{ $version }版第{ $number }段撰写
# A comment carried from an earlier version, written on the paper as a whole; $version is that version's number.
c-written-on-whole = 针对第{ $version }版整份文件撰写
c-text-written-on = 意见所针对的文字
# $version is a version's number.
c-changes-link = 第{ $version }版的修改之处
# $code is the paper's code, $version a version's number.
c-changes-title = { $code }：第{ $version }版的修改之处
# $old and $new are the numbers of the earlier version and of the version it became.
c-changes-intro = 第{ $old }版的每个段落、该段落在第{ $new }版中的变化（删除的文字加删除线，新增的文字加下划线），以及针对该段落的意见和秘书处的答复。
# A paragraph of the earlier version that is not in the new one: $old is its number, $fate what became of it (such as "removed").
c-changed-heading = 第{ $old }段：{ $fate }
# A paragraph of the earlier version: $old is its number, $fate what became of it (such as "edited"), $new the numbers of the paragraphs it became, joined by c-list-separator.
c-changed-heading-now = 第{ $old }段：{ $fate }，现为第{ $new }段
# A paragraph new in this version; $new is its number (or numbers, joined by c-list-separator).
c-added-heading = 第{ $new }段：新增
# Between the items of a list of paragraph numbers.
c-list-separator = {"、"}
c-comments-on-earlier-text = 对先前文字的意见
c-unchanged-paragraphs = 未作修改且无意见的段落
# $version is a version's number.
c-dispositions-link = 对第{ $version }版意见的处理情况
# $code is the paper's code, $version a version's number.
c-dispositions-title = { $code }：对第{ $version }版意见的处理情况
# $old is the number of the version commented on, $new that of the version that followed it.
c-dispositions-intro = 针对第{ $old }版的每条已发布意见（按作者同意的署名方式显示）、秘书处的处理结果和答复，以及该意见目前在第{ $new }版中对应的段落。
c-dispositions-csv = 下载CSV文件（电子表格）
c-dispositions-docx = 下载DOCX文件（文字处理）
c-col-reference = 编号
c-col-paragraph = 段落
c-col-comment = 意见
c-col-disposition = 处理结果和答复
c-no-disposition = 尚无
c-none-here = 此处尚无已发布的意见。
c-more = 更多意见
c-close = 关闭意见
c-comment-on-this = 对本段提出意见
# A campaign's copies shown as one text; $n is the number of stakeholders who sent it (2 or more).
c-sent-by = 同一封信，由{ $n }个利益攸关方发送：查看发送者
c-copy-differs = 其本身措辞如下：
# The name of a paragraph's "Comment on this paragraph" link; $number is the paragraph's number, such as 2.1.
c-comment-on-numbered = 对第{ $number }段提出意见
c-comment-on-paper = 对整份文件提出意见
c-closed-note = 本次磋商目前不征求意见。
c-filter-title = 显示以下来源的意见……
c-any-group = 任何利益攸关方群体
c-region = 区域
c-any-region = 任何区域
c-tag = 标签
c-any-tag = 任何标签
# The filter by the language a comment is written in.
c-language = 语言
c-any-language = 任何语言
c-apply-filter = 显示
c-clear-filter = 清除筛选条件
c-tags-label = 标签
c-quoted = 引文
c-late = 逾期
c-reply = 回复
c-replies = 回复
# $code is the paper's code.
c-form-title = 对{ $code }提出意见
# $reference is a comment's reference.
c-reply-title = 回复意见{ $reference }
c-form-intro = 每条意见在发布前均由秘书处审阅。在此之前，您可以修改或撤回意见。
c-paragraph = 段落
c-paragraph-hint = 您的意见所涉及的段落，或整份文件。
c-quote = 引文（可选）
c-quote-hint = 如有帮助，请复制您所回应段落中的文字。
c-body = 您的意见
c-body-hint = 纯文本，20至10,000个字符。段落之间请空一行。网址将显示为链接。
# The comment form's choice of the language a comment is written in.
c-comment-language = 撰写所用语言
c-comment-language-hint = 我们会根据您的文本判断语言；如果可能判断有误，请自行选择。读者可据此按语言找到您的意见。
# The first choice: the language is detected from the comment's text.
c-language-detect = 根据我的文本判断
# $max is the number of tags a comment may have.
c-tags-legend = 标签（最多{ $max }个）
c-tags-hint = 标签有助于秘书处按主题对意见进行归类。
c-consent = 发布时的显示方式
c-consent-hint = 您的利益攸关方群体和国家始终会显示。
# How the author of a comment consents to be shown when it is published.
c-consent-name-and-organisation = 显示我的姓名和组织
c-consent-organisation-only = 仅显示我的组织
c-consent-anonymous = 匿名（仅显示利益攸关方群体和国家）
c-submit = 提交意见
c-sign-in-to-comment = 请登录或注册为利益攸关方后提出意见。
c-my-title = 我的意见
c-my-intro = 您提交的全部内容，最新的排在最前。意见在待审期间，您可以修改或撤回。
c-my-none = 您尚未提交任何意见。
c-reference = 编号
c-where-label = 针对
c-status = 状态
# The statuses of a comment.
c-status-pending = 待审阅
c-status-published = 已发布
c-status-rejected = 未发布
c-status-withdrawn = 已撤回
c-status-hidden = 已隐藏
c-reason = 理由
c-submitted = 提交时间
c-older = 较早的意见
# $reference is a comment's reference.
c-comment-title = 意见{ $reference }
# $reference is the new comment's reference.
c-received = 谢谢。您的意见已收到，编号为{ $reference }。秘书处审阅后即予发布。
c-saved = 您的更改已保存。原先的文字保留在该意见的历史记录中。
c-withdrawn = 您的意见已撤回，将不会发布。
c-in-reply-to = 回复对象
c-history = 历史记录
# $n is the number of earlier versions of a comment (1 or more).
c-revisions = 保留了{ $n }个早期版本
c-edit = 修改意见
c-withdraw = 撤回意见……
c-withdraw-hint = 已撤回的意见不会发布，也不能再次提交；秘书处将保留撤回记录。
c-withdraw-confirm = 是，撤回
c-edit-hint = 在秘书处审阅之前，您可以修改或撤回您的意见。
# $reference is a comment's reference.
c-edit-title = 修改意见{ $reference }
c-edit-intro = 您原先的文字保留在该意见的历史记录中。
c-back-to-comment = 返回意见
c-save = 保存更改
c-search-title = 搜索意见
c-search-intro = 按文字、所涉文件和标签搜索所有已发布的意见。
c-search-label = 关键词
# $n is the number of comments found, all shown on this page.
c-results =
    { $n ->
        [0] 没有匹配的已发布意见。
       *[other] { $n }条意见。
    }
# $n is the number of comments found and shown on this page, when more are on the next pages.
c-results-more =
    { $n ->
        [0] 没有匹配的已发布意见。
       *[other] 本页显示{ $n }条意见。
    }
