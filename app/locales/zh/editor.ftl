e-title = 磋商和文件
e-nav = 磋商和文件
e-new-consultation = 新建磋商
e-saved = 磋商已保存。
# $code: the paper's code, such as WP-ROOT.
e-paper-saved = 文件{ $code }已保存。
e-slug = 网址
e-slug-hint = 使用小写字母、数字和连字符，例如wgig-2005-february。以后不能更改。
e-consultation-title = 标题
e-description = 说明
e-opens-at = 开始
e-closes-at = 截止
e-utc-hint = 以协调世界时（UTC）为准。
e-status = 状态
e-save-consultation = 保存磋商
e-new-paper = 新建工作文件
e-new-version-note = 本文件已有意见。保存修改后的文字将生成新版本；每条意见仍保留在其所针对的版本和段落上。
e-code = 代码
e-code-hint = 例如WP-ROOT。以后不能更改。
e-paper-title = 标题
e-abstract-label = 摘要
e-markdown = 正文（Markdown）
e-markdown-hint = 标题（##、###）开启带编号的节；其下的每个段落、列表或引文均为一个编号段落。
e-save-paper = 保存文件
e-preview = 预览编号
e-matches-legend = 现行版本各段落的去向
# $n: how many matches are uncertain and marked "to check" (0: none).
e-matches-hint =
    { $n ->
        [0] 每个段落均已确定匹配；其意见将显示在新文本上。
       *[other] 请核对标为“待核对”的匹配（共{ $n }处），并选择相应段落的去向。相关意见将按您的选择处理。
    }
e-match-old = 现有段落
e-match-new = 在新文本中
e-match-comments = 意见（已发布或待审）
# What became of a paragraph in a new version, in a word.
e-fate-name-unchanged = 未改动
e-fate-name-moved = 已移动
e-fate-name-edited = 已修改
e-fate-name-split = 已拆分
e-fate-name-merged = 已合并
e-fate-name-removed = 已删除
# What becomes of a paragraph, in short. $fate: one of the words e-fate-name-…;
# $numbers: its new paragraph numbers, such as "2.3, 2.4"; $percent: how alike the texts are.
# Its text was removed:
e-match-summary-removed = 已删除
# Unchanged or moved:
e-match-summary-same = { $fate } → { $numbers }
# Edited, split or merged:
e-match-summary-changed = { $fate } → { $numbers }，相似度{ $percent }%
e-to-check = 待核对
e-choose-match = ——请核对并选择——
# $paragraph: a paragraph's number, such as 2.3.
e-match-of = 第{ $paragraph }段的去向
# $summary: the proposed match, as in e-match-summary-….
e-as-proposed = 按建议：{ $summary }
# $paragraph: a paragraph's number in the new text, such as 2.3.
e-paragraph-choice = 现为第{ $paragraph }段
e-removed-choice = 其文字已删除
# Papers in several languages.
# The language a paper's own text is written in (its translations are in the others).
e-paper-language = 文本语言
e-translations = 译文
e-translations-hint = 译文须与文件的编号文本块一一对应：请在原位置翻译每个标题、段落和列表，并保留Markdown的标题标记、空行和列表标记，使每个段落保留其编号和意见。
# $language: the language's name, such as "French"; $paper: the paper's code, such as WP-ROOT.
e-translation-title = { $paper }的{ $language }译文
e-translation-none = 未翻译
# $version: the version the translation is of.
e-translation-current = 最新（第{ $version }版）
# $version: the earlier version the translation is of.
e-translation-outdated = 对应第{ $version }版：更新之前不向读者显示
# $language: the language's name, such as "French".
e-translation-saved = { $language }译文已保存。读者现在可以阅读该语言版本的文件。
e-translation-from-original = 表单预先填入文件原文：请将每个文本块替换为其译文。
# $version: the version an earlier translation is of; $current: the paper's current version.
e-translation-from-version = 表单预先填入第{ $version }版的译文：请根据第{ $current }版进行更新。
e-save-translation = 保存译文
e-original-blocks = 文件的编号文本块
