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
