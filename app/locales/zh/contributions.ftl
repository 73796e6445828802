k-form-title = 提交文稿
# $consultation: the consultation's title.
k-form-heading = 向{ $consultation }提交文稿
k-form-intro = 文稿是一份文档：立场文件、声明或研究报告。请为其拟定标题和简短摘要，附上文件，并说明您同意以何种方式署名。秘书处在发布前会先行审阅。
k-attach = 附加文档（可选）
# Under the comment form's file input. $max_files: how many files at most;
# $max_mb: the largest size of one file, in megabytes.
k-attach-hint = 如果您的意见提及某份文档，请将其附上：最多{ $max_files }个文件，每个不超过{ $max_mb } MB，格式为PDF、Word（DOCX）、OpenDocument（ODT）、纯文本或Markdown。这些文件将随您的意见一同发布。
k-attached = 所附文档
k-paragraphs = 所涉段落
k-paragraphs-hint = 可选，针对某份工作文件时填写：段落编号，以逗号分隔（例如2.1, 3.4）。
k-concerned = 对这些段落的意见
k-no-concerned = 这些段落尚无已发布的意见。
k-report = 举报此文稿
k-reported = 谢谢。秘书处将审查此文稿。
k-reported-by-readers = 读者举报
k-keep = 保持发布
k-sign-in-needed = 请登录后提交文稿；如尚未注册，请先注册，只需一分钟。
k-closed = 本次磋商目前不接受文稿。
k-title = 标题
k-summary = 摘要
k-summary-hint = 用几句话说明该文档的内容；读者在下载任何文件之前即可看到摘要。
k-files = 文件
# $max_files: how many files at most; $max_mb: the largest size of one file, in megabytes.
k-files-hint = 最多{ $max_files }个文件，每个不超过{ $max_mb } MB，格式为PDF、Word（DOCX）、OpenDocument（ODT）、纯文本或Markdown。设有密码或含有宏的文件不予接受。
k-paper = 所涉工作文件
k-paper-hint = 可选：您的文稿所回应的工作文件。
k-no-paper = 整个磋商
k-submit = 提交文稿
# Why a file was refused. $file is k-refusal-named (the file's name, quoted) or, when the
# file has no name, k-refusal-unnamed; it begins the sentence.
k-refusal-unnamed = 某个文件
k-refusal-named = “{ $name }”
k-refusal-empty = { $file }是空文件。
# $max_mb: the largest size of one file, in megabytes.
k-refusal-too-large = { $file }大于{ $max_mb } MB。
k-refusal-unknown-type = { $file }不是PDF、DOCX、ODT、文本或Markdown文件（无论其文件名如何显示）。
k-refusal-encrypted = { $file }已加密或受密码保护（或为旧式.doc文件）：请取消密码后另存为PDF或DOCX格式。
k-refusal-macros = { $file }含有宏：请另存为普通的DOCX或PDF文件。
k-refusal-active-content = { $file }含有脚本、嵌入文件或网页代码：请另存为普通的PDF文件。
k-refusal-malformed = { $file }已损坏，或其内部内容与其声称的格式不符。
k-refusal-too-many-bytes-inside = { $file }解压后将占用过多空间。
# $max: how many files at most.
k-refusal-too-many = 一次最多发送{ $max }个文件。
k-refusal-missing = { $file }不在导入文件所在的文件夹中。
# $reference: the contribution's reference.
k-received = 谢谢：您的文稿已收到，编号为{ $reference }。
k-received-next = 秘书处在发布前会先行审阅；本页显示其处理进度。请保留编号，以便查询时引用。
# Where a contribution stands.
k-status-pending = 等待秘书处处理
k-status-published = 已发布
k-status-rejected = 未发布
k-status-hidden = 已被秘书处撤销发布
k-status-withdrawn = 已由作者撤回
# $consultation: the consultation's title.
k-list-title = 提交给{ $consultation }的文稿
k-list-intro = 利益攸关方提交并经秘书处发布的文档，最新的排在最前。
k-send = 提交文稿
# $n: the number of published contributions.
k-count =
    { $n ->
        [0] 尚无已发布的文稿。
       *[other] { $n }份文稿
    }
k-concerns = 针对
# $n: a document's number of pages.
k-pages = { $n }页
k-text-not-extracted = 未提取文本
# A file's size. $n: a number of bytes (under 1000).
k-bytes = { $n }字节
# A file's size. $size: a number of kilobytes, already formatted.
k-kilobytes = { $size } kB
# A file's size. $size: a number of megabytes with one decimal, already formatted with
# k-decimal-separator.
k-megabytes = { $size } MB
# The decimal separator of numbers such as "2.4" in k-megabytes.
k-decimal-separator = {"."}
k-desk-title = 待审文稿
k-desk-empty = 没有待决定的文稿。
# $n: the number of contributions waiting for a decision (never 0).
k-desk-count = { $n }份文稿待决定
# $file: the file's name.
k-text-of = 从{ $file }读取的文本
k-reject-reason = 理由（拒绝时必填；作者可以看到）
# On the consultation page, the link to its contributions. $n: their number, or 0 to show
# no number.
k-on-consultation =
    { $n ->
        [0] 文稿（文档）
       *[other] 文稿（文档）：{ $n }
    }
k-heading = 文稿
k-digest-csv = 文稿（CSV）
