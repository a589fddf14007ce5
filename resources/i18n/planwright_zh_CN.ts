<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working Time Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Weekly working hours</source>
        <translation>每周工作时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Standard (Mon–Fri 8:00–12:00, 13:00–17:00)</source>
        <translation>标准工作周（周一至周五 8:00–12:00、13:00–17:00）(&amp;S)</translation>
    </message>
    <message>
        <source>Replace the weekly hours with the standard week</source>
        <translation>用标准工作周替换每周工作时间</translation>
    </message>
    <message>
        <source>E&amp;xceptions (holidays and changed days)</source>
        <translation>例外日期（节假日及调整日）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>法定节假日(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>China — statutory holidays and make-up workdays</source>
        <translation>中国 — 法定节假日及调休上班日</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>年份从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Appl&amp;y preset</source>
        <translation>应用预设(&amp;Y)</translation>
    </message>
    <message>
        <source>Add the country&apos;s holidays for these years to the exceptions; they replace exceptions on the same days</source>
        <translation>将该国家/地区在所选年份的节假日添加到例外日期中；同一天已有的例外日期将被替换</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Red: non-working day. Bold: make-up working day.</source>
        <translation>红色：非工作日。粗体：调休上班日。</translation>
    </message>
    <message>
        <source>All of the preset&apos;s days are already in the exceptions.</source>
        <translation>预设中的所有日期均已在例外日期中。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n day(s).</source>
        <translation>
            <numerusform>已添加 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n existing day(s).</source>
        <translation>
            <numerusform>已替换 %n 个已有日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar needs a name.</source>
        <translation>请输入日历名称。</translation>
    </message>
    <message>
        <source>There is already an exception on {date}; the date was not changed.</source>
        <translation>{date} 已有例外日期，日期未更改。</translation>
    </message>
    <message>
        <source>{n} h per week</source>
        <translation>每周 {n} 小时</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>计划完成时间</translation>
    </message>
    <message>
        <source>Work complete</source>
        <translation>工作完成百分比</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Tasks late at the status date</source>
        <translation>截至状态日期已延迟的任务</translation>
    </message>
    <message>
        <source>Critical tasks</source>
        <translation>关键任务</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>已达成的里程碑</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未关闭的风险</translation>
    </message>
    <message>
        <source>Open risks rated {rating}</source>
        <translation>等级为{rating}的未关闭风险</translation>
    </message>
    <message>
        <source>Risk reviews overdue</source>
        <translation>复查已逾期的风险</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
</context>
<context>
    <name>ExceptionModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Non-working day</source>
        <translation>非工作日</translation>
    </message>
    <message>
        <source>{date}: {message}</source>
        <translation>{date}：{message}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Planwright projects (*.pwp);;All files (*)</source>
        <translation>Planwright 项目 (*.pwp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Untitled.pwp</source>
        <translation>未命名.pwp</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> - 副本</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
</context>
<context>
    <name>GanttPage</name>
    <message>
        <source>ID</source>
        <translation>标识号</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>工期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <source>% Complete</source>
        <translation>完成百分比</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>基准开始时间</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>基准完成时间</translation>
    </message>
    <message>
        <source>Gantt</source>
        <translation>甘特图</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>打开示例项目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>项目属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Working &amp;Calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;About Planwright</source>
        <translation>关于 Planwright(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Gantt</source>
        <translation>甘特图(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>干系人(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>风险(&amp;R)</translation>
    </message>
    <message>
        <source>RA&amp;CI</source>
        <translation>RACI(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史记录</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;项目打开时&gt;</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Read-only: {reason} Changes cannot be made; use File → Save As to make an editable copy.</source>
        <translation>只读：{reason}无法进行更改；如需编辑，请使用“文件 → 另存为”保存一个可编辑的副本。</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销(&amp;U) {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做(&amp;R) {action}</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>无最近打开的项目</translation>
    </message>
    <message>
        <source>About Planwright</source>
        <translation>关于 Planwright</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planwright {version}&lt;/b&gt;&lt;p&gt;Offline project planning: schedule, stakeholders, risks and responsibilities in one file.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planwright {version}&lt;/b&gt;&lt;p&gt;离线项目计划工具：进度计划、干系人、风险和职责分工，尽在一个文件之中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <source>Project Properties</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>编号(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>项目经理(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>客户(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus date:</source>
        <translation>状态日期(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>Default c&amp;alendar:</source>
        <translation>默认日历(&amp;A)：</translation>
    </message>
    <message>
        <source>Set a status date</source>
        <translation>设置状态日期</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>成功标准</translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation>请输入项目名称。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CNY or USD.</source>
        <translation>货币必须是三个字母的代码，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>The status date is before the project start.</source>
        <translation>状态日期早于项目开始日期。</translation>
    </message>
</context>
<context>
    <name>RaciPage</name>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>残余分值</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应对策略</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>复查已逾期</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>权力</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利益</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Current engagement</source>
        <translation>当前参与度</translation>
    </message>
    <message>
        <source>Desired engagement</source>
        <translation>期望参与度</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通方式</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>StartPane</name>
    <message>
        <source>No project is open</source>
        <translation>未打开任何项目</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>打开示例项目(&amp;S)</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>最近打开的项目：</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Read-only overview. This module&apos;s editor is not built yet.</source>
        <translation>只读概览。此模块的编辑功能尚未推出。</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每日工时</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{day}: {message}</source>
        <translation>{day}：{message}</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Task “{name}” is its own ancestor.</source>
        <translation>任务“{name}”是其自身的上级任务。</translation>
    </message>
    <message>
        <source>Links form a loop: {names}.</source>
        <translation>任务链接形成了循环：{names}。</translation>
    </message>
    <message>
        <source>Milestone “{name}” has a duration.</source>
        <translation>里程碑“{name}”的工期不为零。</translation>
    </message>
    <message>
        <source>Task “{name}” is 100% complete but has no actual finish.</source>
        <translation>任务“{name}”已 100% 完成，但没有实际完成时间。</translation>
    </message>
    <message>
        <source>Task “{name}” finishes before it starts.</source>
        <translation>任务“{name}”的完成时间早于开始时间。</translation>
    </message>
    <message>
        <source>Risk {code} has a score outside the 1–{scale} scale.</source>
        <translation>风险 {code} 的分值超出了 1–{scale} 的范围。</translation>
    </message>
    <message>
        <source>Stakeholder “{name}” has power or interest outside 0–{scale}.</source>
        <translation>干系人“{name}”的权力或利益值超出了 0–{scale} 的范围。</translation>
    </message>
    <message>
        <source>A {what} has no name (row id {id}).</source>
        <translation>有一个{what}没有名称（行 ID：{id}）。</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>干系人</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Planwright project planner. Without a command, opens FILE (or the last project) in the window.</source>
        <translation>Planwright 项目计划工具。不带命令运行时，将在窗口中打开 FILE（或上次打开的项目）。</translation>
    </message>
    <message>
        <source>project file (.pwp) to open</source>
        <translation>要打开的项目文件（.pwp）</translation>
    </message>
    <message>
        <source>headless commands: {names}; see `planwright COMMAND --help`</source>
        <translation>无界面命令：{names}；用法请参阅 `planwright COMMAND --help`。</translation>
    </message>
    <message>
        <source>planwright: error: {message}</source>
        <translation>planwright：错误：{message}</translation>
    </message>
    <message>
        <source>Check a project file&apos;s integrity and contents.</source>
        <translation>检查项目文件的完整性和内容。</translation>
    </message>
    <message>
        <source>the project file to check</source>
        <translation>要检查的项目文件</translation>
    </message>
    <message>
        <source>{path}: OK ({tasks} tasks, {people} stakeholders, {risks} risks)</source>
        <translation>{path}：正常（{tasks} 个任务，{people} 个干系人，{risks} 个风险）</translation>
    </message>
    <message>
        <source>{path}: {count} problem(s) found</source>
        <translation>{path}：发现 {count} 个问题</translation>
    </message>
    <message>
        <source>integrity: {detail}</source>
        <translation>完整性：{detail}</translation>
    </message>
    <message>
        <source>Create a new project file.</source>
        <translation>新建项目文件。</translation>
    </message>
    <message>
        <source>the project file to create (.pwp)</source>
        <translation>要创建的项目文件（.pwp）</translation>
    </message>
    <message>
        <source>fill it with the sample ERP upgrade project</source>
        <translation>填入 ERP 升级示例项目的内容</translation>
    </message>
    <message>
        <source>language of the project&apos;s content (default: the UI language)</source>
        <translation>项目内容的语言（默认：界面语言）</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>如果 FILE 已存在，则将其替换</translation>
    </message>
    <message>
        <source>project name (default: the file name)</source>
        <translation>项目名称（默认：文件名）</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>已创建 {path}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit Calendar</source>
        <translation>编辑日历</translation>
    </message>
    <message>
        <source>Edit Project Properties</source>
        <translation>编辑项目属性</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Finish-to-start</source>
        <translation>完成-开始(FS)</translation>
    </message>
    <message>
        <source>Start-to-start</source>
        <translation>开始-开始(SS)</translation>
    </message>
    <message>
        <source>Finish-to-finish</source>
        <translation>完成-完成(FF)</translation>
    </message>
    <message>
        <source>Start-to-finish</source>
        <translation>开始-完成(SF)</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>日历时间</translation>
    </message>
    <message>
        <source>Percent of predecessor</source>
        <translation>前置任务工期百分比</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>越早越好</translation>
    </message>
    <message>
        <source>As late as possible</source>
        <translation>越晚越好</translation>
    </message>
    <message>
        <source>Start no earlier than</source>
        <translation>不得早于…开始</translation>
    </message>
    <message>
        <source>Start no later than</source>
        <translation>不得晚于…开始</translation>
    </message>
    <message>
        <source>Finish no earlier than</source>
        <translation>不得早于…完成</translation>
    </message>
    <message>
        <source>Finish no later than</source>
        <translation>不得晚于…完成</translation>
    </message>
    <message>
        <source>Must start on</source>
        <translation>必须开始于</translation>
    </message>
    <message>
        <source>Must finish on</source>
        <translation>必须完成于</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>倡导者</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Critic</source>
        <translation>批评者</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>阻碍者</translation>
    </message>
    <message>
        <source>Unaware</source>
        <translation>不知晓</translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation>抵制</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Response planned</source>
        <translation>已制定应对</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>已发生</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>规避</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>减轻</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Exploit</source>
        <translation>开拓</translation>
    </message>
    <message>
        <source>Enhance</source>
        <translation>提高</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>RASCI (with Support)</source>
        <translation>RASCI（含支持）</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>重点管理</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>令其满意</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>随时告知</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监督</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Calendar “{name}” has no working time in its week.</source>
        <translation>日历“{name}”的一周中没有任何工作时间。</translation>
    </message>
    <message>
        <source>Working hours “{hours}” overlap, are out of order or leave the day.</source>
        <translation>工作时间“{hours}”存在重叠、顺序颠倒或超出当天范围。</translation>
    </message>
    <message>
        <source>“{text}” is not a time range; write it like 08:00-12:00.</source>
        <translation>“{text}”不是有效的时间段，请按 08:00-12:00 的格式填写。</translation>
    </message>
    <message>
        <source>No published holiday data for {country} in {years}; nothing was added.</source>
        <translation>暂无 {country} 在 {years} 年的已公布节假日数据，未添加任何日期。</translation>
    </message>
    <message>
        <source>There is no holiday preset for “{country}”.</source>
        <translation>没有“{country}”的节假日预设。</translation>
    </message>
    <message>
        <source>These links form a loop: {tasks}. Remove one of them.</source>
        <translation>这些链接形成了循环：{tasks}。请删除其中一个链接。</translation>
    </message>
    <message>
        <source>This project is open read-only; nothing was changed. {why}</source>
        <translation>此项目以只读方式打开，未做任何更改。{why}</translation>
    </message>
    <message>
        <source>“{command}” was refused because it would break the project&apos;s rules ({detail}); nothing was changed.</source>
        <translation>“{command}”会违反项目规则（{detail}），已被拒绝，未做任何更改。</translation>
    </message>
    <message>
        <source>“{command}” could not be saved to the project file ({detail}); nothing was changed.</source>
        <translation>无法将“{command}”保存到项目文件（{detail}），未做任何更改。</translation>
    </message>
    <message>
        <source>The item being changed no longer exists.</source>
        <translation>要更改的条目已不存在。</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} 已存在，请选择其他名称。</translation>
    </message>
    <message>
        <source>{path} cannot be written ({detail}).</source>
        <translation>无法写入 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>{path} is open in Planwright by {holder}.</source>
        <translation>{path} 已被 {holder} 在 Planwright 中打开。</translation>
    </message>
    <message>
        <source>{path} is a read-only file.</source>
        <translation>{path} 是只读文件。</translation>
    </message>
    <message>
        <source>{path} was opened read-only.</source>
        <translation>{path} 是以只读方式打开的。</translation>
    </message>
    <message>
        <source>{path} is in a folder Planwright cannot write to.</source>
        <translation>{path} 所在的文件夹不允许 Planwright 写入。</translation>
    </message>
    <message>
        <source>{path} was made by an older Planwright and must be upgraded, but it cannot be written ({why}). Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} 由旧版 Planwright 创建，需要升级，但该文件无法写入（{why}）。请将其复制到可写入的文件夹，然后打开该副本。</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}：文件不存在。</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not a project file.</source>
        <translation>{path}：这是一个文件夹，而不是项目文件。</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({detail}).</source>
        <translation>{path}：无法读取该文件（{detail}）。</translation>
    </message>
    <message>
        <source>{path}: this is not a Planwright project (it is not a database file).</source>
        <translation>{path}：这不是 Planwright 项目（不是数据库文件）。</translation>
    </message>
    <message>
        <source>{path}: this database is not a Planwright project.</source>
        <translation>{path}：此数据库不是 Planwright 项目。</translation>
    </message>
    <message>
        <source>{path} was saved by a newer Planwright (file format {found}); this version reads formats up to {supported}. Update Planwright to open it.</source>
        <translation>{path} 由较新版本的 Planwright 保存（文件格式 {found}），而当前版本最高只能读取格式 {supported}。请更新 Planwright 后再打开。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely ({detail}). Open one of its backups instead.</source>
        <translation>{path} 已损坏，无法安全打开（{detail}）。请改为打开它的某个备份。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Planwright</source>
        <translation>Planwright</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
</context>
</TS>
