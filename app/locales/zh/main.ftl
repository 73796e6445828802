site-name = Consult
site-tagline = 工作文件公开磋商
skip-to-content = 跳至主要内容
nav-label = 主导航
nav-home = 磋商
nav-sign-in = 登录
nav-register = 注册
nav-profile = 个人资料
sign-out = 退出登录
signed-in-as = 当前登录身份
language = 语言
# The language's own name, as shown on the language switch.
endonym = 中文
footer = Consult：公开、透明、包容的磋商，可在线提出意见。
loading = 正在加载……
sending = 正在发送……
home-title = 磋商
home-intro = 秘书处发布工作文件草案以征求意见。欢迎阅读；注册为利益攸关方后，即可逐段提出意见。
home-open = 正在征求意见
home-closed = 已结束并存档
home-none-open = 目前没有正在征求意见的磋商。
opens = 开始
closes = 截止
# $n is a number of working papers.
paper-count = { $n }份工作文件
papers = 工作文件
cluster = 问题组
version = 版本
read-paper = 阅读文件
back-to-consultation = 返回磋商
paper-contents = 文件正文
# $number is a paragraph's number, such as 2.1.
paragraph-label = 第{ $number }段
register-title = 注册为利益攸关方
register-intro = 您的利益攸关方群体、国家和组织将随您的意见一同显示，具体显示方式由您在每次提交意见时选择。
register-submit = 注册
register-have-account = 已经注册？请登录
welcome = 欢迎！您的账户已开通，您已登录。我们已向您发送一封电子邮件；请点击其中的链接确认您的地址，之后您的意见将送交秘书处。
email = 电子邮件
password = 密码
password-hint = 至少12个字符。由几个词组成的短语既便于记忆，又难以猜中。
display-name = 姓名
display-name-hint = 可能随您的意见一同显示。
stakeholder-group = 利益攸关方群体
country = 国家
country-hint = 您所在的区域将据此确定。
organisation = 组织
organisation-hint = 可选；如您代表该组织发言，则须填写。
capacity = 发言身份
choose = 请选择……
required-mark = （必填）
form-has-problems = 请更正下方标出的字段。
sign-in-title = 登录
sign-in-submit = 登录
sign-in-no-account = 还没有账户？请注册
profile-title = 您的个人资料
profile-intro = 更改适用于您此后提交的意见；此前提交的意见保留提交时的信息。
profile-role = 角色
profile-save = 保存更改
profile-saved = 您的个人资料已保存。
# $n is the number of wrong passwords given for the account since its owner last signed in (1 or more).
profile-failed-sign-ins = 自您上次登录以来，有{ $n }次使用错误密码登录您账户的尝试未能成功。如果并非您本人所为，您的密码并未被攻破；但如果您的密码较短或也在其他地方使用，请另设新密码。
sign-out-everywhere = 在所有设备上退出登录
sign-out-everywhere-hint = 结束此账户的所有会话，包括本设备以及其他任何电脑或手机上的会话。
my-data = 您的数据
my-data-hint = Consult保存的与您有关的全部信息：您的账户、您的会话、您撰写的每条意见及其早期版本，以及您举报过的意见，合为一个JSON文件。
my-data-link = 下载我的数据（JSON）
profile-sign-in-needed = 请登录以查看您的个人资料。
not-found-title = 未找到网页
not-found-body = 此地址没有网页。该网页可能已移动，或链接有误。
not-found-home = 前往磋商页面
# The problems of a form's field, one message per kind of problem.
problem-required = 此字段为必填项。
# $min is a number of characters.
problem-too-short = 请至少使用{ $min }个字符。
# $max is a number of characters.
problem-too-long = 请最多使用{ $max }个字符。
problem-control-characters = 请删除不可见的控制字符。
problem-invalid-email = 请输入电子邮件地址，例如name@example.org。
problem-email-taken = 使用此电子邮件地址的账户已经存在。
problem-unknown-choice = 请从所提供的选项中选择一项。
problem-bad-credentials = 电子邮件地址或密码不正确。
problem-account-suspended = 此账户已被暂停。请与秘书处联系。
problem-password-too-common = 此密码过于常见。请另选一个。
# $max is a number of tags.
problem-too-many-tags = 最多选择{ $max }个标签。
problem-consultation-closed = 本次磋商目前不征求意见，因此无法接受该意见。
problem-not-editable = 此意见已经秘书处审阅，因此不能再修改或撤回。
problem-reply-not-allowed = 只能回复已发布且本身不是回复的意见。
problem-invalid-slug = 只能使用字母、数字和连字符。
problem-slug-taken = 其他磋商已使用此网址。
# Keep the example date and time as they are: it is the format the field expects.
problem-invalid-time = 请输入日期和时间，例如2005-02-15 09:30。
problem-closes-before-opening = 截止时间必须晚于开始时间。
problem-already-flagged = 您已举报过此意见。
problem-not-allowed-now = 在此意见的当前状态下，无法作出此项更改。
# $count is the number of uncertain matches of an old version's paragraphs in a new one, marked for the secretariat to check (1 or more).
problem-matches-to-confirm = 请核对下方标出的匹配（共{ $count }处），逐一确认或更正后再保存。
# A translation of a paper whose numbered blocks are not the paper's. $expected: how many blocks the paper has; $found: how many the translation has; $at: the number of the first block where they differ, such as 2.3.
problem-structure-differs = 译文必须与文件的编号文本块一一对应。文件有{ $expected }个文本块，译文有{ $found }个；两者从编号{ $at }处开始不一致。
# The errors of a request, one message per kind of error.
error-unauthorized = 请先登录。
error-forbidden = 您无权执行此操作。
error-not-found = 未找到相关内容。
# A form came back with problems in its fields.
error-validation = 请更正下方标出的字段。
# $retry_after_secs is a number of seconds.
error-too-many-requests = 尝试次数过多。请在{ $retry_after_secs }秒后重试。
# $reference is the reference of the error in the server's log: eight hexadecimal digits, such as 3fa2c91b.
error-internal = 我方系统出现故障。如果再次发生，请提供参考编号{ $reference }。
error-bad-request = 无法读取该请求：缺少某个字段，或某个字段的值类型有误。
error-transport = 无法连接服务器。请检查您的网络连接后重试。
problems-title = 出现问题
# The tab's title of a page whose form came back with problems; $title is the page's own title.
error-title = 错误：{ $title }
# A field's name, before its problem in the error summary ("E-mail: …"). The form as a whole has no name.
field-form = {""}
field-email = 电子邮件
field-password = 密码
field-new-password = 新密码
field-display-name = 姓名
field-stakeholder-group = 利益攸关方群体
field-country = 国家
field-organisation = 组织
field-capacity = 发言身份
field-paragraph = 段落
field-quote = 引文
field-body = 意见
field-tags = 标签
field-consent = 发布
field-reason = 理由
field-disposition = 决定
field-response = 答复
field-note = 备注
field-slug = 网址
field-title = 标题
field-description = 说明
field-status = 状态
field-opens-at = 开始
field-closes-at = 截止
field-code = 代码
field-cluster = 问题组
field-markdown = 正文
field-matches = 匹配
field-changed-in = 由此作出的修改
field-files = 文档
field-language = 语言
# Stakeholder groups.
group-government = 政府
group-private-sector = 私营部门
group-civil-society = 民间社会
group-academic-technical = 学术和技术界
group-intergovernmental = 政府间组织/国际组织
# The capacity in which a stakeholder speaks.
capacity-personal = 以个人身份
capacity-organisation = 代表我所在的组织
# The roles of accounts.
role-stakeholder = 利益攸关方
role-secretariat = 秘书处
role-admin = 管理员
# The issue clusters of working papers.
cluster-infrastructure = 基础设施和关键互联网资源
cluster-use-of-internet = 互联网的使用（垃圾邮件、安全、网络犯罪）
cluster-wider-impact = 影响更广泛的问题（知识产权、贸易、隐私、消费者保护）
cluster-development = 发展（能力建设、接入、使用多种语文）
# The statuses of a consultation.
status-draft = 草稿
status-open = 开放
status-closed = 已结束
status-archived = 已存档
# The regions of the world, by which comments can be filtered.
region-africa = 非洲
region-americas = 美洲
region-asia = 亚洲
region-europe = 欧洲
region-oceania = 大洋洲
# The names of the months, as in a date ("15 February 2005").
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
# A time in UTC, such as "15 February 2005, 09:30 UTC". $day and $year are numbers,
# $month is the month's name (month-1 … month-12), $hour and $minute are two digits each.
datetime = { $year }年{ $month }{ $day }日 { $hour }:{ $minute }（UTC）
nav-my-comments = 我的意见
nav-search = 搜索
