# After the heading of a section on a paragraph of an earlier version.
# $version: that version's number; $paragraph: where its comments are read now, such as 2.3.
g-earlier-place-now = （第{ $version }版；现为第{ $paragraph }段）
# The same, when the paragraph's text was removed.
g-earlier-place-removed = （第{ $version }版；其文字已删除）
g-title = 意见汇编
# After the total of comments. $copies: how many of them came in campaigns; $campaigns: how many campaigns.
g-in-campaigns = ，其中{ $copies }条属于{ $campaigns }组集体意见
g-link = 意见汇编
# $n: how many comments the digest counts.
g-total = { $n }条意见
g-generated = 生成时间
g-summary = 概要
g-by-group = 按利益攸关方群体分列的意见
g-by-tag = 按标签分列的意见
g-by-paragraph = 意见最多的段落
g-by-group-region = 按利益攸关方群体和区域分列的意见
g-other = 其他
g-total-col = 意见数
g-by-disposition = 按处理结果分列的意见
g-no-disposition = 尚无
g-by-paragraph-heading = 按段落分列的意见
g-campaigns = 集体意见
g-senders = 发送者
g-not-public = 本汇编不公开。磋商的意见汇编就绪后，由秘书处予以公布。
g-internal = 内部文件：本汇编包含未发布的意见。请勿在秘书处以外分享。
g-downloads = 下载
g-public-legend = 意见汇编
g-make-public = 任何人均可下载已发布意见的汇编
g-keep-private = 仅秘书处可阅读汇编
g-save-public = 保存
g-all-statuses = 所有意见（内部汇编）
g-download-preparing = 正在准备文件……
# $done: comments received so far; $total: how many there are in all.
g-download-rows = 正在下载：已接收{ $done }条，共{ $total }条意见
# $megabytes: megabytes received so far, with one decimal, such as 1.5.
g-download-bytes = 正在下载：已接收{ $megabytes } MB
# $name: the downloaded file's name.
g-download-done = 已下载{ $name }。
g-download-failed = 下载失败。请重试。

## The digest's files (Markdown, DOCX, the CSV's attribution column) and the disposition
## of comments as a document, in the language chosen for them.

# The title of a digest file. $title: the consultation's title.
gf-title = 意见汇编：{ $title }
# A paper the digest covers. $code: its code, such as WP-1; $title: its title; $version: its version number.
gf-paper = { $code } { $title }（第{ $version }版）
# A place in a paper. $paper: the paper's code; $paragraph: a paragraph number such as 2.3.
gf-paragraph = { $paper } ¶ { $paragraph }
# A comment on a paper as a whole, not on one paragraph. $paper: the paper's code.
gf-whole-paper = { $paper }，整份文件
# What a contribution concerns. $paper: a paper's code.
gf-on-paper = 针对{ $paper }
gf-on-consultation = 针对整个磋商
# What a digest of published comments holds. $generated: the date and time it was made; $n: how many comments.
gf-status-published = 状态：已发布的意见。生成时间：{ $generated }。共{ $n }条意见。
# The same for the secretariat's internal digest of every comment.
gf-status-all = 状态：全部意见（内部）。生成时间：{ $generated }。共{ $n }条意见。
# $list: the filters, such as "group = civil_society, region = africa".
gf-filters = 筛选条件：{ $list }
# Column headings of the digest's tables.
gf-col-group = 利益攸关方群体
gf-col-total = 合计
gf-col-tag = 标签
gf-col-cluster = 问题组
gf-col-paragraph = 段落
gf-col-disposition = 处理结果
gf-col-comments = 意见数
# A comment sent after the consultation closed.
gf-late = 逾期
# $list: the comment's tags, separated by commas.
gf-tags = 标签：{ $list }
# $name: the name of a file attached to a comment.
gf-attached = 附件：{ $name }
# $name: the secretariat's disposition, such as "Accepted".
gf-disposition = 处理结果：{ $name }
# A contribution. $date: when it was published; $place: what it concerns (gf-on-paper or gf-on-consultation); $url: the address of its page.
gf-published = 发布时间：{ $date } · { $place } · 页面：{ $url }
# $list: the contribution's file names, separated by commas.
gf-files = 文件：{ $list }
# A campaign's heading. $id: its number; $n: how many comments it has; $place: where they were written (gf-paragraph or gf-whole-paper).
gf-campaign = 第{ $id }组集体意见——针对{ $place }的{ $n }条几乎相同的意见
gf-sent-by = 发送者：
# The title of the disposition of comments. $paper: the paper's code; $title: its title; $from: the earlier version's number; $to: the new version's number.
gf-dispositions-title = 意见处理情况：{ $paper } { $title }，第{ $from }版至第{ $to }版
# $from: the earlier version's number; $to: the new version's number.
gf-dispositions-intro = 针对第{ $from }版的每条已发布意见、秘书处的处理结果，以及该意见目前在第{ $to }版中对应的段落。
# Column headings of the disposition of comments.
gf-col-reference = 编号
gf-col-from = 意见提出者
gf-col-comment = 意见
gf-col-disposition-response = 处理结果和答复
gf-the-whole-paper = 整份文件
# A paragraph of the earlier version. $then: its number; $fate: what became of it (one of the words e-fate-name-…).
gf-paragraph-fate = { $then }（{ $fate }）
# The same, with $now: the numbers of the paragraphs it became.
gf-paragraph-fate-now = { $then }（{ $fate }，现为{ $now }）
# The language the files are written in, before the list of languages.
gf-files-in = 文件语言：
