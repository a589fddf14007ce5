<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BandsDialog</name>
    <message>
        <source>Health Bands</source>
        <translation>健康状况区间</translation>
    </message>
    <message>
        <source>SPI and CPI at or above the first value are green, at or above the second amber, below it red.</source>
        <translation>SPI 和 CPI 不低于第一个值为绿色，不低于第二个值为黄色，低于第二个值为红色。</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>绿色起点(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Amber from:</source>
        <translation>黄色起点(&amp;A)：</translation>
    </message>
</context>
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
    <name>Chart</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Wheel or + and - to zoom, drag to pan, Home to reset; right-click for more.</source>
        <translation>滚轮或 + 和 - 缩放，拖动平移，Home 键复位；右键单击查看更多。</translation>
    </message>
</context>
<context>
    <name>ColumnEditor</name>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Select a cell in the column first.</source>
        <translation>请先选中该列中的一个单元格。</translation>
    </message>
    <message>
        <source>Add Person Column</source>
        <translation>添加人员列</translation>
    </message>
    <message>
        <source>Every stakeholder in the register already has a column. Add people on the Stakeholders page, or add a named role.</source>
        <translation>登记册中的每位干系人都已有一列。请在“干系人”页面添加人员，或添加一个命名角色。</translation>
    </message>
    <message>
        <source>&amp;Stakeholder:</source>
        <translation>干系人(&amp;S)：</translation>
    </message>
    <message>
        <source>Add Role Column</source>
        <translation>添加角色列</translation>
    </message>
    <message>
        <source>Role &amp;name (for example “DBA” or “Steering committee”):</source>
        <translation>角色名称(&amp;N)（例如“DBA”或“指导委员会”）：</translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation>重命名列</translation>
    </message>
    <message>
        <source>Role &amp;name:</source>
        <translation>角色名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Planwright stopped unexpectedly the last time it ran. Your project file is safe: every change was saved when it was made. The details were written to {path}.</source>
        <translation>Planwright 上次运行时意外退出。您的项目文件是安全的：每次修改都已在发生时保存。详细信息已写入 {path}。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Planwright ({error}). Your project file is safe: every change was saved when it was made. The details were written to {path}.</source>
        <translation>Planwright 内部出现错误（{error}）。您的项目文件是安全的：每次修改都已在发生时保存。详细信息已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>&amp;Bands…</source>
        <translation>区间(&amp;B)…</translation>
    </message>
    <message>
        <source>Green from {green}, amber from {amber} (SPI and CPI)</source>
        <translation>绿色起点 {green}，黄色起点 {amber}（SPI 和 CPI）</translation>
    </message>
    <message>
        <source>Earned value by cost ({currency})</source>
        <translation>按成本计算挣值（{currency}）</translation>
    </message>
    <message>
        <source>Earned value by working duration (no task has a budget)</source>
        <translation>按工作工期计算挣值（没有任务设置预算）</translation>
    </message>
    <message>
        <source>measured against the baseline</source>
        <translation>对照比较基准衡量</translation>
    </message>
    <message>
        <source>no baseline: measured against the current schedule</source>
        <translation>无比较基准：对照当前计划衡量</translation>
    </message>
    <message>
        <source>Status date {date}</source>
        <translation>状态日期 {date}</translation>
    </message>
    <message>
        <source>No status date set: figures as of today, {date}</source>
        <translation>未设置状态日期：数据截至今天 {date}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>{done}% done</source>
        <translation>已完成 {done}%</translation>
    </message>
    <message>
        <source>{planned}% planned by the status date</source>
        <translation>截至状态日期计划完成 {planned}%</translation>
    </message>
    <message>
        <source>Earned value and planned value as shares of the budget at completion. Opens the tasks in progress.</source>
        <translation>挣值和计划值占完工预算的比例。打开进行中的任务。</translation>
    </message>
    <message>
        <source>Schedule (SPI)</source>
        <translation>进度绩效 (SPI)</translation>
    </message>
    <message>
        <source>SV {sv} · PV {pv} · EV {ev}</source>
        <translation>SV {sv} · PV {pv} · EV {ev}</translation>
    </message>
    <message>
        <source>Schedule performance index, EV ÷ PV. Opens the late tasks.</source>
        <translation>进度绩效指数，EV ÷ PV。打开延迟任务。</translation>
    </message>
    <message>
        <source>Cost (CPI)</source>
        <translation>成本绩效 (CPI)</translation>
    </message>
    <message>
        <source>CV {cv} · EAC {eac} · VAC {vac}</source>
        <translation>CV {cv} · EAC {eac} · VAC {vac}</translation>
    </message>
    <message>
        <source>Cost performance index, EV ÷ AC; EAC = BAC ÷ CPI. Opens the tasks that cost more than they earned.</source>
        <translation>成本绩效指数，EV ÷ AC；EAC = BAC ÷ CPI。打开实际成本高于挣值的任务。</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>{hit} hit · {missed} missed</source>
        <translation>{hit} 个达成 · {missed} 个错过</translation>
    </message>
    <message>
        <source>{upcoming} due in the next 30 days, {total} in all</source>
        <translation>未来 30 天内到期 {upcoming} 个，共 {total} 个</translation>
    </message>
    <message>
        <source>Opens the milestones that were missed or are coming up.</source>
        <translation>打开已错过或即将到来的里程碑。</translation>
    </message>
    <message>
        <source>Late tasks</source>
        <translation>延迟任务</translation>
    </message>
    <message>
        <source>Behind baseline, deadline or status date</source>
        <translation>落后于比较基准、截止日期或状态日期</translation>
    </message>
    <message>
        <source>Opens the late tasks.</source>
        <translation>打开延迟任务。</translation>
    </message>
    <message>
        <source>Forecast finish {date}</source>
        <translation>预测完成 {date}</translation>
    </message>
    <message>
        <source>baseline {date}</source>
        <translation>比较基准 {date}</translation>
    </message>
    <message>
        <source>Opens the unfinished critical tasks.</source>
        <translation>打开未完成的关键任务。</translation>
    </message>
    <message>
        <source>Open risks by current rating. Opens the register.</source>
        <translation>按当前评级统计的未关闭风险。打开风险登记册。</translation>
    </message>
    <message>
        <source>Overdue risk reviews</source>
        <translation>逾期的风险复查</translation>
    </message>
    <message>
        <source>Every review is on time</source>
        <translation>所有复查均按时</translation>
    </message>
    <message>
        <source>Opens the risks whose review is overdue.</source>
        <translation>打开复查已逾期的风险。</translation>
    </message>
    <message>
        <source>RACI problems</source>
        <translation>RACI 问题</translation>
    </message>
    <message>
        <source>{errors} errors</source>
        <translation>{errors} 个错误</translation>
    </message>
    <message>
        <source>{warnings} warnings · {overloaded} overloaded</source>
        <translation>{warnings} 个警告 · {overloaded} 个超负荷</translation>
    </message>
    <message>
        <source>Opens the RACI rows with problems.</source>
        <translation>打开有问题的 RACI 行。</translation>
    </message>
    <message>
        <source>Engagement gaps</source>
        <translation>参与度差距</translation>
    </message>
    <message>
        <source>{unassessed} of {people} people not assessed</source>
        <translation>{people} 人中有 {unassessed} 人未评估</translation>
    </message>
    <message>
        <source>People not at their desired engagement level. Opens them in the stakeholder register.</source>
        <translation>未达到期望参与程度的人员。在干系人登记册中打开他们。</translation>
    </message>
    <message>
        <source>S-curve: planned, earned and actual</source>
        <translation>S 曲线：计划、挣值与实际</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation>尚未计划任何内容。</translation>
    </message>
    <message>
        <source>Burndown: work remaining</source>
        <translation>燃尽图：剩余工作</translation>
    </message>
    <message>
        <source>Milestone slip: forecast at each status date</source>
        <translation>里程碑偏移：各状态日期的预测</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>No milestones yet. Forecasts are kept each time the status date moves.</source>
        <translation>尚无里程碑。每次状态日期变更时都会保存预测。</translation>
    </message>
    <message>
        <source>Risk exposure from the review history</source>
        <translation>风险敞口（来自复查历史）</translation>
    </message>
    <message>
        <source>No risks yet.</source>
        <translation>尚无风险。</translation>
    </message>
    <message>
        <source>Planned (PV)</source>
        <translation>计划值 (PV)</translation>
    </message>
    <message>
        <source>Earned (EV)</source>
        <translation>挣值 (EV)</translation>
    </message>
    <message>
        <source>Actual (AC)</source>
        <translation>实际成本 (AC)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Exposure (sum of scores)</source>
        <translation>敞口（分值之和）</translation>
    </message>
    <message>
        <source>Open threats</source>
        <translation>未关闭的威胁</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be written to {path}. Choose a folder you can write to.</source>
        <translation>无法将图表写入 {path}。请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>Critical tasks</source>
        <translation>关键任务</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未关闭的风险</translation>
    </message>
    <message>
        <source>Late tasks (from the dashboard)</source>
        <translation>延迟任务（来自仪表板）</translation>
    </message>
    <message>
        <source>Over budget (from the dashboard)</source>
        <translation>超出预算（来自仪表板）</translation>
    </message>
    <message>
        <source>Missed and coming milestones (from the dashboard)</source>
        <translation>已错过和即将到来的里程碑（来自仪表板）</translation>
    </message>
    <message>
        <source>Unfinished critical tasks (from the dashboard)</source>
        <translation>未完成的关键任务（来自仪表板）</translation>
    </message>
</context>
<context>
    <name>EngagementMatrix</name>
    <message>
        <source>Current Engagement Here (C)</source>
        <translation>当前参与度设在此处（C）</translation>
    </message>
    <message>
        <source>Desired Engagement Here (D)</source>
        <translation>期望参与度设在此处（D）</translation>
    </message>
</context>
<context>
    <name>EngagementModel</name>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Not assessed: set both C and D</source>
        <translation>未评估：请同时设置 C 和 D</translation>
    </message>
    <message>
        <source>{steps} steps to the desired engagement</source>
        <translation>距期望参与度还差 {steps} 级</translation>
    </message>
    <message>
        <source>Where the project needs them</source>
        <translation>已达到项目期望</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>{name}: current {current}, desired {desired}</source>
        <translation>{name}：当前 {current}，期望 {desired}</translation>
    </message>
</context>
<context>
    <name>ExcelExchange</name>
    <message>
        <source>Export Excel Workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Confidential Stakeholders</source>
        <translation>保密干系人</translation>
    </message>
    <message>
        <source>Some stakeholders are marked confidential. Include them in the workbook?</source>
        <translation>部分干系人标记为保密。是否将他们包含在工作簿中？</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation>无法导出项目</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Import Excel Workbook</source>
        <translation>导入 Excel 工作簿</translation>
    </message>
    <message>
        <source>Import Task List</source>
        <translation>导入任务清单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Cannot import the task list</source>
        <translation>无法导入任务清单</translation>
    </message>
    <message>
        <source>Imported {count} tasks from {file}</source>
        <translation>已从 {file} 导入 {count} 个任务</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>无法导入工作簿</translation>
    </message>
    <message>
        <source>{file} holds nothing that differs from the project.</source>
        <translation>{file} 中没有与项目不同的内容。</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>已导入 {file}</translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation>将导入的项目另存为</translation>
    </message>
    <message>
        <source>Planwright projects (*.pwp)</source>
        <translation>Planwright 项目 (*.pwp)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
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
    <name>Exchange</name>
    <message>
        <source>Import Microsoft Project XML</source>
        <translation>导入 Microsoft Project XML</translation>
    </message>
    <message>
        <source>Microsoft Project XML (*.xml);;All files (*)</source>
        <translation>Microsoft Project XML (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation>将导入的项目另存为</translation>
    </message>
    <message>
        <source>Planwright projects (*.pwp)</source>
        <translation>Planwright 项目 (*.pwp)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>无法导入该文件</translation>
    </message>
    <message>
        <source>Imported {tasks} tasks, {links} links and {people} people.</source>
        <translation>已导入 {tasks} 个任务、{links} 个链接和 {people} 名人员。</translation>
    </message>
    <message>
        <source>Not kept from the file:</source>
        <translation>文件中未保留的内容：</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>{count} kinds of data were not kept; see the details.</source>
        <translation>有 {count} 类数据未保留，请查看详细信息。</translation>
    </message>
    <message>
        <source>Export Microsoft Project XML</source>
        <translation>导出 Microsoft Project XML</translation>
    </message>
    <message>
        <source>Microsoft Project XML (*.xml)</source>
        <translation>Microsoft Project XML (*.xml)</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation>无法导出项目</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
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
    <name>FilterBar</name>
    <message>
        <source>Filter risks (Ctrl+F)</source>
        <translation>筛选风险 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Overdue reviews</source>
        <translation>复查逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未关闭的风险</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Show every cell again</source>
        <translation>重新显示所有单元格</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
<context>
    <name>GanttActions</name>
    <message>
        <source>Task &amp;Information…</source>
        <translation>任务信息(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Insert Task</source>
        <translation>插入任务(&amp;I)</translation>
    </message>
    <message>
        <source>Insert Task &amp;Below</source>
        <translation>在下方插入任务(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delete Task</source>
        <translation>删除任务(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>升级(&amp;O)</translation>
    </message>
    <message>
        <source>I&amp;ndent</source>
        <translation>降级(&amp;N)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Link Tasks</source>
        <translation>链接任务(&amp;L)</translation>
    </message>
    <message>
        <source>Unlin&amp;k Tasks</source>
        <translation>取消任务链接(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste Rows</source>
        <translation>粘贴行(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Show Subtasks</source>
        <translation>显示子任务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide Subtasks</source>
        <translation>隐藏子任务(&amp;H)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>缩放到全部(&amp;F)</translation>
    </message>
    <message>
        <source>Scroll to &amp;Task</source>
        <translation>滚动到任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Critical Path</source>
        <translation>关键路径(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Baseline</source>
        <translation>显示比较基准(&amp;B)</translation>
    </message>
    <message>
        <source>Set Baseline…</source>
        <translation>设置比较基准…</translation>
    </message>
    <message>
        <source>Clear Baseline…</source>
        <translation>清除比较基准…</translation>
    </message>
    <message>
        <source>&amp;Export Chart as Image…</source>
        <translation>将图表导出为图片(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Progress Update Mode</source>
        <translation>进度更新模式(&amp;P)</translation>
    </message>
    <message>
        <source>Mark on T&amp;rack</source>
        <translation>标记为按计划进行(&amp;R)</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Baseline {number}</source>
        <translation>比较基准 {number}</translation>
    </message>
    <message>
        <source>Bar &amp;Labels</source>
        <translation>条形图标签(&amp;L)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>All Gantt commands</source>
        <translation>全部甘特图命令</translation>
    </message>
    <message>
        <source>Baseline shown</source>
        <translation>显示的比较基准</translation>
    </message>
</context>
<context>
    <name>GanttColumns</name>
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
        <source>Constraint</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Total slack</source>
        <translation>总时差</translation>
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
        <source>Start variance</source>
        <translation>开始差异</translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation>完成差异</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
</context>
<context>
    <name>GanttController</name>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
</context>
<context>
    <name>GanttExtras</name>
    <message>
        <source>Set Baseline</source>
        <translation>设置比较基准</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>比较基准</translation>
    </message>
    <message>
        <source>Baseline {number}</source>
        <translation>比较基准 {number}</translation>
    </message>
    <message>
        <source>Baseline {date}</source>
        <translation>比较基准 {date}</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Clear Baseline</source>
        <translation>清除比较基准</translation>
    </message>
    <message>
        <source>&amp;Baseline to clear:</source>
        <translation>要清除的比较基准(&amp;B)：</translation>
    </message>
    <message>
        <source>Export Chart as Image</source>
        <translation>将图表导出为图片</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>GanttPage</name>
    <message>
        <source>Gantt</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>查找 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键任务</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟的任务</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中的任务</translation>
    </message>
</context>
<context>
    <name>GanttTooltip</name>
    <message>
        <source>Start: {date}</source>
        <translation>开始：{date}</translation>
    </message>
    <message>
        <source>Finish: {date}</source>
        <translation>完成：{date}</translation>
    </message>
    <message>
        <source>Duration: {duration}</source>
        <translation>工期：{duration}</translation>
    </message>
    <message>
        <source>Total slack: {slack}</source>
        <translation>总时差：{slack}</translation>
    </message>
    <message>
        <source>Complete: {percent}%</source>
        <translation>完成：{percent}%</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>位于关键路径上</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>期限：{date}</translation>
    </message>
    <message>
        <source>Baseline: {start} – {finish}</source>
        <translation>比较基准：{start} – {finish}</translation>
    </message>
    <message>
        <source>Risks: {codes}</source>
        <translation>风险：{codes}</translation>
    </message>
    <message>
        <source>Risks: {codes} (worst: {rating})</source>
        <translation>风险：{codes}（最高等级：{rating}）</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>{probability} × {impact}: {rating}</source>
        <translation>{probability} × {impact}：{rating}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
    <message>
        <source>Click to show these risks; drag a code to re-score it.</source>
        <translation>单击显示这些风险；拖动编号可重新评分。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Sheet, row and item</source>
        <translation>工作表、行和条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>From the workbook</source>
        <translation>工作簿中的值</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The workbook has {count} problem(s); fix them in the workbook and import it again. Nothing has been changed.</source>
        <translation>工作簿中有 {count} 个问题；请在工作簿中修正后重新导入。项目未做任何更改。</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, column {column}</source>
        <translation>{sheet}，第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <source>Rows are matched by the ids Planwright keeps in the workbook.</source>
        <translation>各行按 Planwright 保存在工作簿中的标识匹配。</translation>
    </message>
    <message>
        <source>This workbook comes from another project: everything in it is added and nothing is deleted.</source>
        <translation>此工作簿来自另一个项目：其中的全部内容将被添加，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Apply makes all of these changes as one step (Ctrl+Z undoes it).</source>
        <translation>“应用”将以一个步骤完成所有这些更改（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>{sheet}: {added} added, {changed} changed, {deleted} deleted</source>
        <translation>{sheet}：新增 {added}，修改 {changed}，删除 {deleted}</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Type a letter to fill the selection, / for A/R, Space or a click on the selected cell to cycle, Delete to clear, F2 to choose; Ctrl+C and Ctrl+V exchange blocks with Excel.</source>
        <translation>输入字母填充所选单元格，/ 表示 A/R，空格键或单击已选中的单元格轮换字母，Delete 清除，F2 从列表选择；Ctrl+C 和 Ctrl+V 可与 Excel 互相复制粘贴。</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Task Dependency</source>
        <translation>任务相关性</translation>
    </message>
    <message>
        <source>e.g. 2d, -1d, 50%</source>
        <translation>例如 2d、-1d、50%</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Lag:</source>
        <translation>延隔时间(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>LinksDialog</name>
    <message>
        <source>Tasks Linked to {code}</source>
        <translation>与 {code} 关联的任务</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>筛选任务</translation>
    </message>
    <message>
        <source>&amp;Tasks (Space ticks the current one):</source>
        <translation>任务(&amp;T)（空格键勾选当前任务）：</translation>
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
        <source>Microsoft &amp;Project XML…</source>
        <translation>Microsoft Project XML(&amp;P)…</translation>
    </message>
    <message>
        <source>Excel &amp;Workbook…</source>
        <translation>Excel 工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Task List from a Spreadsheet…</source>
        <translation>来自电子表格的任务清单(&amp;T)…</translation>
    </message>
    <message>
        <source>PDF Status &amp;Report…</source>
        <translation>PDF 状态报告(&amp;R)…</translation>
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
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
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
    <name>PowerInterestGrid</name>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标位置</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>利益 →</translation>
    </message>
    <message>
        <source>Power →</source>
        <translation>权力 →</translation>
    </message>
    <message>
        <source>Power {power} · Interest {interest} · {quadrant}</source>
        <translation>权力 {power} · 利益 {interest} · {quadrant}</translation>
    </message>
    <message>
        <source>Power {power}, interest {interest}: {quadrant}</source>
        <translation>权力 {power}，利益 {interest}：{quadrant}</translation>
    </message>
    <message>
        <source>Attitude: {attitude}</source>
        <translation>态度：{attitude}</translation>
    </message>
    <message>
        <source>Engagement: {current} → {desired}</source>
        <translation>参与度：{current} → {desired}</translation>
    </message>
    <message>
        <source>Target: power {power}, interest {interest}</source>
        <translation>目标：权力 {power}，利益 {interest}</translation>
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
        <source>Tasks are c&amp;ritical if slack is at most:</source>
        <translation>时差不超过此值的任务为关键任务(&amp;R)：</translation>
    </message>
    <message>
        <source>Risk re&amp;view interval:</source>
        <translation>风险复查间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>Stakeholder power/interest sc&amp;ale: 1 to</source>
        <translation>干系人权力/利益评分范围(&amp;A)：1 至</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Changing the scale rescales every stakeholder&apos;s power and interest to it.</source>
        <translation>更改评分范围时，所有干系人的权力和利益分值将按比例换算到新范围。</translation>
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
        <source>Options</source>
        <translation>选项</translation>
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
    <name>RaciModel</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>What is wrong with the row: exactly one A and at least one R are needed</source>
        <translation>该行的问题：需要且只能有一个 A，并至少有一个 R</translation>
    </message>
    <message>
        <source>{name}
R {r} · A {a}</source>
        <translation>{name}
R {r} · A {a}</translation>
    </message>
    <message>
        <source>{name}: responsible on {r}, accountable on {a}, consulted on {c}, informed on {i} rows.</source>
        <translation>{name}：负责执行 {r} 行，批准/问责 {a} 行，咨询 {c} 行，知会 {i} 行。</translation>
    </message>
    <message>
        <source>Support on {s} rows.</source>
        <translation>支持 {s} 行。</translation>
    </message>
    <message>
        <source>Overloaded: R or A on {load} rows (more than {max}).</source>
        <translation>负荷过重：在 {load} 行中为 R 或 A（超过 {max}）。</translation>
    </message>
</context>
<context>
    <name>RaciPage</name>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>&amp;Deliverables Only</source>
        <translation>仅交付成果(&amp;D)</translation>
    </message>
    <message>
        <source>Show only summary tasks and milestones (and rows with letters)</source>
        <translation>只显示摘要任务和里程碑（以及已填字母的行）</translation>
    </message>
    <message>
        <source>&amp;Problems Only</source>
        <translation>仅问题行(&amp;P)</translation>
    </message>
    <message>
        <source>Show only rows with errors or warnings</source>
        <translation>只显示有错误或警告的行</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>添加人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a column for a stakeholder from the register</source>
        <translation>为干系人登记册中的人员添加一列</translation>
    </message>
    <message>
        <source>Add R&amp;ole…</source>
        <translation>添加角色(&amp;O)…</translation>
    </message>
    <message>
        <source>Add a column for a named role such as “DBA”</source>
        <translation>为命名角色（如“DBA”）添加一列</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the current role column</source>
        <translation>重命名当前角色列</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>左移(&amp;L)</translation>
    </message>
    <message>
        <source>Move the current column left</source>
        <translation>将当前列向左移动</translation>
    </message>
    <message>
        <source>Move Ri&amp;ght</source>
        <translation>右移(&amp;G)</translation>
    </message>
    <message>
        <source>Move the current column right</source>
        <translation>将当前列向右移动</translation>
    </message>
    <message>
        <source>Remo&amp;ve Column</source>
        <translation>删除列(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the current column and its letters</source>
        <translation>删除当前列及其中的字母</translation>
    </message>
    <message>
        <source>&amp;Warnings…</source>
        <translation>警告阈值(&amp;W)…</translation>
    </message>
    <message>
        <source>When many R, many C or a heavy load deserve a warning</source>
        <translation>设置 R 过多、C 过多或负荷过重时何时发出警告</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>类型(&amp;V)：</translation>
    </message>
    <message>
        <source>Filter tasks (Ctrl+F)</source>
        <translation>筛选任务 (Ctrl+F)</translation>
    </message>
    <message>
        <source>{shown} of {total} tasks</source>
        <translation>{shown} / {total} 个任务</translation>
    </message>
    <message>
        <source>No columns yet: add people from the stakeholder register (Ctrl+Shift+N) or named roles (Ctrl+Shift+R).</source>
        <translation>还没有列：请从干系人登记册添加人员 (Ctrl+Shift+N) 或添加命名角色 (Ctrl+Shift+R)。</translation>
    </message>
    <message>
        <source>No rows match: turn off Deliverables Only or Problems Only, or clear the filter.</source>
        <translation>没有符合条件的行：请关闭“仅交付成果”或“仅问题行”，或清除筛选。</translation>
    </message>
    <message>
        <source>{errors} rows with errors, {warnings} with warnings.</source>
        <translation>{errors} 行有错误，{warnings} 行有警告。</translation>
    </message>
    <message>
        <source>Overloaded: {names}.</source>
        <translation>负荷过重：{names}。</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
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
        <source>P</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>I</source>
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
        <source>Trend</source>
        <translation>趋势</translation>
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
        <source>Response actions</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Residual P</source>
        <translation>残余概率</translation>
    </message>
    <message>
        <source>Residual I</source>
        <translation>残余影响</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>残余分值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>识别日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Linked tasks</source>
        <translation>关联任务</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响后果</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Probability (inherent)</source>
        <translation>概率（固有）</translation>
    </message>
    <message>
        <source>Impact (inherent)</source>
        <translation>影响（固有）</translation>
    </message>
    <message>
        <source>Residual probability, after the response</source>
        <translation>残余概率（应对之后）</translation>
    </message>
    <message>
        <source>Residual impact, after the response</source>
        <translation>残余影响（应对之后）</translation>
    </message>
    <message>
        <source>Score trend since the previous review</source>
        <translation>与上次复查相比的分值趋势</translation>
    </message>
    <message>
        <source>Review overdue since {date}</source>
        <translation>复查已于 {date} 逾期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
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
        <source>Target power</source>
        <translation>目标权力</translation>
    </message>
    <message>
        <source>Target interest</source>
        <translation>目标利益</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>管理策略</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>PDF Status Report</source>
        <translation>PDF 状态报告</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Readable scale (as many as needed)</source>
        <translation>易读比例（按需分页）</translation>
    </message>
    <message>
        <source> pages wide</source>
        <translation> 页宽</translation>
    </message>
    <message>
        <source>Include stakeholders marked &amp;confidential</source>
        <translation>包含标为保密的干系人(&amp;C)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Gantt chart:</source>
        <translation>甘特图(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Logo on the cover:</source>
        <translation>封面标志(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export PDF Status Report</source>
        <translation>导出 PDF 状态报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>无法写入报告</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>报告已生成</translation>
    </message>
    <message>
        <source>The report ({pages} pages) was written to {path}.</source>
        <translation>报告（共 {pages} 页）已写入 {path}。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review {code}</source>
        <translation>复查 {code}</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>自上次复查以来的变化</translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation>复查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Probability × impact:</source>
        <translation>概率 × 影响(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Residual:</source>
        <translation>残余风险(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>残余分值</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>尚无复查记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record Review</source>
        <translation>记录复查</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>分值历史</translation>
    </message>
    <message>
        <source>The next review will be due on {date}.</source>
        <translation>下次复查日期为 {date}。</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Add &amp;Threat</source>
        <translation>添加威胁(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;Opportunity</source>
        <translation>添加机会(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>复查(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Link Tasks…</source>
        <translation>关联任务(&amp;L)…</translation>
    </message>
    <message>
        <source>Scale and &amp;Matrix…</source>
        <translation>等级与矩阵(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Inherent: before the response</source>
        <translation>固有风险：应对之前</translation>
    </message>
    <message>
        <source>Residual: after the response</source>
        <translation>残余风险：应对之后</translation>
    </message>
    <message>
        <source>({count} not assessed)</source>
        <translation>（{count} 项未评估）</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>残余</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>固有</translation>
    </message>
    <message>
        <source>{probability} × {impact} ({kind}, {basis})</source>
        <translation>{probability} × {impact}（{kind}，{basis}）</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Risk Scale and Matrix</source>
        <translation>风险等级与矩阵</translation>
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
        <source>Rating</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>&amp;Add Rating</source>
        <translation>添加等级(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Rating</source>
        <translation>删除等级(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hoose Colour…</source>
        <translation>选择颜色(&amp;H)…</translation>
    </message>
    <message>
        <source>Matrix &amp;size:</source>
        <translation>矩阵大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Level names</source>
        <translation>级别名称</translation>
    </message>
    <message>
        <source>Ratings (mildest first)</source>
        <translation>风险等级（由低到高）</translation>
    </message>
    <message>
        <source>Rating of each cell (rows: probability, columns: impact; double-click to change)</source>
        <translation>各单元格的等级（行：概率，列：影响；双击修改）</translation>
    </message>
    <message>
        <source>Scores after the change of size</source>
        <translation>改变大小后的分值</translation>
    </message>
    <message>
        <source>New rating</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Levels map as: {mapping}. Review history is mapped the same way; Undo puts everything back.</source>
        <translation>级别对应关系：{mapping}。复查历史按同样方式换算；撤销可全部恢复。</translation>
    </message>
    <message>
        <source>{code}: {old} → {new}; residual {old_r} → {new_r}</source>
        <translation>{code}：{old} → {new}；残余 {old_r} → {new_r}</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>&amp;Add Stakeholder</source>
        <translation>添加干系人(&amp;A)</translation>
    </message>
    <message>
        <source>Add a stakeholder (Insert)</source>
        <translation>添加干系人（Insert）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Delete)</source>
        <translation>删除所选干系人（Delete）</translation>
    </message>
    <message>
        <source>E&amp;xport Grid…</source>
        <translation>导出方格图(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the power/interest grid as a PNG or SVG image (Ctrl+Shift+E)</source>
        <translation>将权力/利益方格图保存为 PNG 或 SVG 图片（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Include &amp;Confidential</source>
        <translation>包含保密干系人(&amp;C)</translation>
    </message>
    <message>
        <source>Confidential stakeholders are left out of exports unless this is on</source>
        <translation>除非打开此项，导出时不包含保密干系人</translation>
    </message>
    <message>
        <source>Show &amp;Targets</source>
        <translation>显示目标(&amp;T)</translation>
    </message>
    <message>
        <source>Arrows from where stakeholders are to where the project wants them</source>
        <translation>用箭头标出干系人从当前位置到项目期望位置的变化</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>All quadrants</source>
        <translation>全部象限</translation>
    </message>
    <message>
        <source>Power/interest grid</source>
        <translation>权力/利益方格</translation>
    </message>
    <message>
        <source>Drag a marker to set power and interest; arrow keys move the selected one. Hover for details.</source>
        <translation>拖动标记可设置权力和利益；方向键移动所选标记；悬停可查看详情。</translation>
    </message>
    <message>
        <source>Engagement assessment</source>
        <translation>参与度评估矩阵</translation>
    </message>
    <message>
        <source>Click a level for current (C), Shift+click for desired (D); keys C and D do the same.</source>
        <translation>单击某一级别设为当前（C），Shift+单击设为期望（D）；也可按 C 键和 D 键。</translation>
    </message>
    <message>
        <source>Stakeholder register</source>
        <translation>干系人登记册</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>Gaps: {gaps} of {assessed} assessed ({steps} steps to close)</source>
        <translation>差距：已评估 {assessed} 人中有 {gaps} 人（共需提升 {steps} 级）</translation>
    </message>
    <message>
        <source>{count} not assessed</source>
        <translation>{count} 人未评估</translation>
    </message>
    <message>
        <source>Delete Stakeholders</source>
        <translation>删除干系人</translation>
    </message>
    <message>
        <source>{project} - stakeholders.png</source>
        <translation>{project} - 干系人.png</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Export Grid</source>
        <translation>导出方格图</translation>
    </message>
    <message>
        <source>{project}: power/interest grid</source>
        <translation>{project}：权力/利益方格</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
    <message>
        <source>{count} confidential left out.</source>
        <translation>未包含 {count} 名保密干系人。</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>等另外 {count} 项</translation>
    </message>
    <message>
        <source>Delete {names}?</source>
        <translation>删除 {names}？</translation>
    </message>
    <message>
        <source>This also changes:</source>
        <translation>同时会发生以下变化：</translation>
    </message>
    <message>
        <source>task assignments removed ({count}): {tasks}</source>
        <translation>移除任务分配（{count} 项）：{tasks}</translation>
    </message>
    <message>
        <source>risks left without an owner ({count}): {risks}</source>
        <translation>以下风险将没有负责人（{count} 项）：{risks}</translation>
    </message>
    <message>
        <source>RACI letters removed with the column ({count})</source>
        <translation>RACI 列及其中的字母一并移除（{count} 个）</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) puts everything back.</source>
        <translation>撤销（Ctrl+Z）可全部恢复。</translation>
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
    <name>StatusDateBox</name>
    <message>
        <source>Status &amp;date:</source>
        <translation>状态日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Progress is reported as of the end of this day (Alt+D).</source>
        <translation>进度按此日结束时汇报（Alt+D）。</translation>
    </message>
    <message>
        <source>No status date is set: today is used until one is chosen.</source>
        <translation>未设置状态日期：在选定日期之前使用今天。</translation>
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
    <name>TaskDialog</name>
    <message>
        <source>Task Information</source>
        <translation>任务信息</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>里程碑(&amp;M)</translation>
    </message>
    <message>
        <source>Scheduled &amp;manually</source>
        <translation>手动计划(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>期限(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>工期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Complete:</source>
        <translation>完成(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;onstraint:</source>
        <translation>限制(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 3FS+2d, 5SS-1d, 7</source>
        <translation>例如 3FS+2d, 5SS-1d, 7</translation>
    </message>
    <message>
        <source>&amp;Predecessors:</source>
        <translation>前置任务(&amp;P)：</translation>
    </message>
    <message>
        <source>Successors:</source>
        <translation>后续任务：</translation>
    </message>
    <message>
        <source>{name} (not in the team)</source>
        <translation>{name}（不在团队中）</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TaskListDialog</name>
    <message>
        <source>Import Task List from {file}</source>
        <translation>从 {file} 导入任务清单</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;kip rows with problems</source>
        <translation>跳过有问题的行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— 不使用 —</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Start no earlier than</source>
        <translation>不得早于…开始</translation>
    </message>
    <message>
        <source>Choose the column that holds the task names.</source>
        <translation>请选择包含任务名称的列。</translation>
    </message>
    <message>
        <source>{tasks} tasks read, {bad} rows with problems.</source>
        <translation>已读取 {tasks} 个任务，{bad} 行有问题。</translation>
    </message>
    <message>
        <source>The preview shows the first {count} rows.</source>
        <translation>预览仅显示前 {count} 行。</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>RACI Warnings</source>
        <translation>RACI 警告阈值</translation>
    </message>
    <message>
        <source>Errors are fixed rules: exactly one A and at least one R per row. Warnings appear above these counts.</source>
        <translation>错误是固定规则：每行需要且只能有一个 A，并至少有一个 R。超过以下数量时显示警告。</translation>
    </message>
    <message>
        <source>Most &amp;R per row:</source>
        <translation>每行最多 R 数(&amp;R)：</translation>
    </message>
    <message>
        <source>Most &amp;C per row:</source>
        <translation>每行最多 C 数(&amp;C)：</translation>
    </message>
    <message>
        <source>Most rows with R or A per &amp;person or role:</source>
        <translation>每个人员或角色担任 R 或 A 的最多行数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>TimeHeader</name>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <translation>{quarter}季度</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
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
        <source>planwright: internal error ({error}); details were written to {log}</source>
        <translation>planwright：内部错误（{error}）；详细信息已写入 {log}</translation>
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
        <source>RACI {wbs} “{name}”: {problem}</source>
        <translation>RACI {wbs}“{name}”：{problem}</translation>
    </message>
    <message>
        <source>{count} RACI warning(s):</source>
        <translation>{count} 个 RACI 警告：</translation>
    </message>
    <message>
        <source>RACI column “{name}” is R or A on {load} rows (more than {max}).</source>
        <translation>RACI 列“{name}”在 {load} 行中为 R 或 A（超过 {max}）。</translation>
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
    <message>
        <source>Export a project to another format, chosen by the output&apos;s suffix: .xml for Microsoft Project XML, .xlsx for an Excel workbook, .pdf for the status report.</source>
        <translation>将项目导出为其他格式，由输出文件的后缀决定：.xml 为 Microsoft Project XML，.xlsx 为 Excel 工作簿，.pdf 为状态报告。</translation>
    </message>
    <message>
        <source>the project file to export (.pwp)</source>
        <translation>要导出的项目文件（.pwp）</translation>
    </message>
    <message>
        <source>the file to write; its suffix chooses the format</source>
        <translation>要写入的文件；其扩展名决定导出格式</translation>
    </message>
    <message>
        <source>replace the output file if it exists</source>
        <translation>如果输出文件已存在，则将其替换</translation>
    </message>
    <message>
        <source>Exported {source} to {target}</source>
        <translation>已将 {source} 导出到 {target}</translation>
    </message>
    <message>
        <source>PDF report: the sections, comma-separated, from cover, summary, schedule, milestones, risks, stakeholders, raci (default: all)</source>
        <translation>PDF 报告：要包含的章节，以逗号分隔，可选 cover、summary、schedule、milestones、risks、stakeholders、raci（默认：全部）</translation>
    </message>
    <message>
        <source>PDF report: the paper size, A4, A3 or Letter (default A4)</source>
        <translation>PDF 报告：纸张大小，A4、A3 或 Letter（默认 A4）</translation>
    </message>
    <message>
        <source>Create a project from a Microsoft Project XML file, an Excel workbook or a CSV task list.</source>
        <translation>从 Microsoft Project XML 文件、Excel 工作簿或 CSV 任务清单创建项目。</translation>
    </message>
    <message>
        <source>the file to import: Microsoft Project XML (.xml), an Excel workbook (.xlsx: one Planwright exported, or any task list) or a CSV task list (.csv)</source>
        <translation>要导入的文件：Microsoft Project XML（.xml）、Excel 工作簿（.xlsx：Planwright 导出的工作簿或任意任务清单）或 CSV 任务清单（.csv）</translation>
    </message>
    <message>
        <source>the project file to create (.pwp; default: SOURCE with the suffix .pwp)</source>
        <translation>要创建的项目文件（.pwp；默认：SOURCE 的扩展名改为 .pwp）</translation>
    </message>
    <message>
        <source>language of the project&apos;s own names, such as its baselines (default: the UI language)</source>
        <translation>项目自身名称（如基准名称）所用的语言（默认：界面语言）</translation>
    </message>
    <message>
        <source>replace the project file if it exists</source>
        <translation>如果项目文件已存在，则将其替换</translation>
    </message>
    <message>
        <source>Imported {tasks} tasks, {links} links, {people} people and {calendars} calendar(s) from {source} into {target}</source>
        <translation>已将 {source} 中的 {tasks} 个任务、{links} 个链接、{people} 名人员和 {calendars} 个日历导入到 {target}</translation>
    </message>
    <message>
        <source>Not kept from {source} ({count}):</source>
        <translation>{source} 中未保留的内容（{count} 类）：</translation>
    </message>
    <message>
        <source>Imported {source} into {target}:</source>
        <translation>已将 {source} 导入 {target}：</translation>
    </message>
    <message>
        <source>Recompute the schedule, store the dates and print them.</source>
        <translation>重新计算进度计划，保存计算出的日期并将其输出。</translation>
    </message>
    <message>
        <source>the project file to schedule</source>
        <translation>要计算进度的项目文件</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>以 JSON 格式输出，而不是表格</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>标识号</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
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
        <source>Total slack</source>
        <translation>总时差</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>{count} tasks scheduled in {ms:.1f} ms; finish {finish}</source>
        <translation>已计算 {count} 个任务的进度，用时 {ms:.1f} 毫秒；完成时间：{finish}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
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
    <message>
        <source>Set Baseline</source>
        <translation>设置比较基准</translation>
    </message>
    <message>
        <source>Clear Baseline</source>
        <translation>清除比较基准</translation>
    </message>
    <message>
        <source>Insert Task</source>
        <translation>插入任务</translation>
    </message>
    <message>
        <source>Delete Tasks</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Paste Tasks</source>
        <translation>粘贴任务</translation>
    </message>
    <message>
        <source>Edit Task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>Rename Task</source>
        <translation>重命名任务</translation>
    </message>
    <message>
        <source>Move Task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>更改工期</translation>
    </message>
    <message>
        <source>Set Progress</source>
        <translation>设置进度</translation>
    </message>
    <message>
        <source>Link Tasks</source>
        <translation>链接任务</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>编辑链接</translation>
    </message>
    <message>
        <source>Delete Link</source>
        <translation>删除链接</translation>
    </message>
    <message>
        <source>Edit Predecessors</source>
        <translation>编辑前置任务</translation>
    </message>
    <message>
        <source>Assign People</source>
        <translation>分配人员</translation>
    </message>
    <message>
        <source>Add Stakeholder</source>
        <translation>添加干系人</translation>
    </message>
    <message>
        <source>Edit Stakeholder</source>
        <translation>编辑干系人</translation>
    </message>
    <message>
        <source>Move Stakeholder on Grid</source>
        <translation>在方格图中移动干系人</translation>
    </message>
    <message>
        <source>Nudge Stakeholder on Grid</source>
        <translation>在方格图中微调干系人</translation>
    </message>
    <message>
        <source>Set Engagement</source>
        <translation>设置参与度</translation>
    </message>
    <message>
        <source>Delete Stakeholder</source>
        <translation>删除干系人</translation>
    </message>
    <message>
        <source>Delete Stakeholders</source>
        <translation>删除多个干系人</translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <source>Re-score Risk</source>
        <translation>重新评分风险</translation>
    </message>
    <message>
        <source>Add Risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <source>Delete Risks</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <source>Review Risk</source>
        <translation>复查风险</translation>
    </message>
    <message>
        <source>Link Risk to Tasks</source>
        <translation>关联风险与任务</translation>
    </message>
    <message>
        <source>Edit Risk Scale</source>
        <translation>编辑风险等级</translation>
    </message>
    <message>
        <source>Change Risk Scale</source>
        <translation>更改风险矩阵大小</translation>
    </message>
    <message>
        <source>Set RACI Letters</source>
        <translation>设置 RACI 字母</translation>
    </message>
    <message>
        <source>Cycle RACI Letter</source>
        <translation>轮换 RACI 字母</translation>
    </message>
    <message>
        <source>Clear RACI Cells</source>
        <translation>清除 RACI 单元格</translation>
    </message>
    <message>
        <source>Paste RACI Cells</source>
        <translation>粘贴 RACI 单元格</translation>
    </message>
    <message>
        <source>Add RACI Column</source>
        <translation>添加 RACI 列</translation>
    </message>
    <message>
        <source>Rename RACI Column</source>
        <translation>重命名 RACI 列</translation>
    </message>
    <message>
        <source>Move RACI Column</source>
        <translation>移动 RACI 列</translation>
    </message>
    <message>
        <source>Remove RACI Column</source>
        <translation>删除 RACI 列</translation>
    </message>
    <message>
        <source>Change RACI Variant</source>
        <translation>更改 RACI 类型</translation>
    </message>
    <message>
        <source>Change RACI Warning Thresholds</source>
        <translation>更改 RACI 警告阈值</translation>
    </message>
    <message>
        <source>Set Status Date</source>
        <translation>设置状态日期</translation>
    </message>
    <message>
        <source>Mark on Track</source>
        <translation>标记为按计划进行</translation>
    </message>
    <message>
        <source>Set Actual Dates</source>
        <translation>设置实际日期</translation>
    </message>
    <message>
        <source>Set Cost</source>
        <translation>设置成本</translation>
    </message>
    <message>
        <source>Set Health Bands</source>
        <translation>设置健康状况区间</translation>
    </message>
    <message>
        <source>Import Excel Workbook</source>
        <translation>导入 Excel 工作簿</translation>
    </message>
    <message>
        <source>Import Task List</source>
        <translation>导入任务清单</translation>
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
    <message>
        <source>{file}: calendar “{name}” (UID {uid}, line {line}): {problem}</source>
        <translation>{file}：日历“{name}”（UID {uid}，第 {line} 行）：{problem}</translation>
    </message>
    <message>
        <source>{file}: calendar “{name}” (UID {uid}, line {line}) has more than {limit} exception days.</source>
        <translation>{file}：日历“{name}”（UID {uid}，第 {line} 行）的例外日期超过 {limit} 天。</translation>
    </message>
    <message>
        <source>{file}: calendar “{name}” (UID {uid}) is based on itself through &lt;BaseCalendarUID&gt;.</source>
        <translation>{file}：日历“{name}”（UID {uid}）通过 &lt;BaseCalendarUID&gt; 以自身作为基础日历，形成了循环。</translation>
    </message>
    <message>
        <source>{file}: {where}, element &lt;{element}&gt; (line {line}): the task is linked to predecessor UID {uid} twice.</source>
        <translation>{file}：{where}，元素 &lt;{element}&gt;（第 {line} 行）：该任务两次链接到 UID 为 {uid} 的同一前置任务。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({detail}).</source>
        <translation>无法读取 {file}（{detail}）。</translation>
    </message>
    <message>
        <source>{file} is {size} MB; Microsoft Project XML files larger than {limit} MB are refused.</source>
        <translation>{file} 的大小为 {size} MB；无法导入大于 {limit} MB 的 Microsoft Project XML 文件。</translation>
    </message>
    <message>
        <source>{file} is a binary Microsoft Project file (.mpp). In Microsoft Project, save it with File › Save As › XML Format and import that file.</source>
        <translation>{file} 是 Microsoft Project 二进制文件（.mpp）。请在 Microsoft Project 中通过“文件 › 另存为 › XML 格式”另存该文件，然后导入另存的文件。</translation>
    </message>
    <message>
        <source>{file} is not a valid XML file (line {line}, column {column}: {detail}).</source>
        <translation>{file} 不是有效的 XML 文件（第 {line} 行，第 {column} 列：{detail}）。</translation>
    </message>
    <message>
        <source>{file} declares a document type or entities (line {line}). Microsoft Project never writes these, so the file is refused for safety.</source>
        <translation>{file} 声明了文档类型或实体（第 {line} 行）。Microsoft Project 从不写入此类声明，为安全起见，已拒绝导入该文件。</translation>
    </message>
    <message>
        <source>{file} is not a Microsoft Project XML file: its root element is &lt;{found}&gt;, not &lt;Project&gt; in the namespace {namespace}.</source>
        <translation>{file} 不是 Microsoft Project XML 文件：其根元素是 &lt;{found}&gt;，而不是命名空间 {namespace} 中的 &lt;Project&gt;。</translation>
    </message>
    <message>
        <source>{file}: {where} (line {line}) has no &lt;{element}&gt;, which is required.</source>
        <translation>{file}：{where}（第 {line} 行）缺少必需的 &lt;{element}&gt; 元素。</translation>
    </message>
    <message>
        <source>{file}: {where}, element &lt;{element}&gt; (line {line}): “{value}” is not {expected}.</source>
        <translation>{file}：{where}，元素 &lt;{element}&gt;（第 {line} 行）：“{value}”无效，应为{expected}。</translation>
    </message>
    <message>
        <source>{file}: {where}, element &lt;{element}&gt; (line {line}): {value} is outside {low} to {high}.</source>
        <translation>{file}：{where}，元素 &lt;{element}&gt;（第 {line} 行）：{value} 超出了 {low} 到 {high} 的范围。</translation>
    </message>
    <message>
        <source>{file}: {where}, element &lt;{element}&gt; (line {line}): there is no task with UID {uid} in the file.</source>
        <translation>{file}：{where}，元素 &lt;{element}&gt;（第 {line} 行）：文件中没有 UID 为 {uid} 的任务。</translation>
    </message>
    <message>
        <source>{file}: {where}, element &lt;{element}&gt; (line {line}): there is no resource with UID {uid} in the file.</source>
        <translation>{file}：{where}，元素 &lt;{element}&gt;（第 {line} 行）：文件中没有 UID 为 {uid} 的资源。</translation>
    </message>
    <message>
        <source>{file}: {where}, element &lt;{element}&gt; (line {line}): there is no calendar with UID {uid} in the file.</source>
        <translation>{file}：{where}，元素 &lt;{element}&gt;（第 {line} 行）：文件中没有 UID 为 {uid} 的日历。</translation>
    </message>
    <message>
        <source>{file}: {where}, element &lt;{element}&gt; (line {line}): the one on line {other} has the same UID.</source>
        <translation>{file}：{where}，元素 &lt;{element}&gt;（第 {line} 行）：UID 与第 {other} 行的条目重复。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>数字 0 或 1</translation>
    </message>
    <message>
        <source>a date and time such as 2024-03-01T08:00:00</source>
        <translation>日期和时间，例如 2024-03-01T08:00:00</translation>
    </message>
    <message>
        <source>a time of day such as 08:00:00</source>
        <translation>一天中的时刻，例如 08:00:00</translation>
    </message>
    <message>
        <source>a duration such as PT8H0M0S</source>
        <translation>时长，例如 PT8H0M0S</translation>
    </message>
    <message>
        <source>one of the codes {codes}</source>
        <translation>以下代码之一：{codes}</translation>
    </message>
    <message>
        <source>the project header</source>
        <translation>项目信息部分</translation>
    </message>
    <message>
        <source>Task UID {uid}</source>
        <translation>任务 UID {uid}</translation>
    </message>
    <message>
        <source>Task number {n}</source>
        <translation>第 {n} 个任务</translation>
    </message>
    <message>
        <source>Resource UID {uid}</source>
        <translation>资源 UID {uid}</translation>
    </message>
    <message>
        <source>Resource number {n}</source>
        <translation>第 {n} 个资源</translation>
    </message>
    <message>
        <source>Assignment number {n}</source>
        <translation>第 {n} 项分配</translation>
    </message>
    <message>
        <source>Calendar UID {uid}</source>
        <translation>日历 UID {uid}</translation>
    </message>
    <message>
        <source>Calendar number {n}</source>
        <translation>第 {n} 个日历</translation>
    </message>
    <message>
        <source>“{text}” is not a duration; write it like 5d, 4h, 0.5w or 3 天.</source>
        <translation>“{text}”不是有效的工期；请写成 5d、4h、0.5w 或 3 天。</translation>
    </message>
    <message>
        <source>“{text}” is longer than 100 years.</source>
        <translation>“{text}”超过 100 年。</translation>
    </message>
    <message>
        <source>“{text}” is not a predecessor; write it like 3, 3FS+2d or 5SS-1d.</source>
        <translation>“{text}”不是有效的前置任务；请写成 3、3FS+2d 或 5SS-1d。</translation>
    </message>
    <message>
        <source>Task {number} is listed twice as a predecessor.</source>
        <translation>任务 {number} 作为前置任务出现了两次。</translation>
    </message>
    <message>
        <source>The clipboard holds {count} rows; paste at most {limit} at a time.</source>
        <translation>剪贴板中有 {count} 行；一次最多粘贴 {limit} 行。</translation>
    </message>
    <message>
        <source>The clipboard holds no task rows to paste.</source>
        <translation>剪贴板中没有可粘贴的任务行。</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it like {example}.</source>
        <translation>“{text}”不是有效的日期；请写成 {example} 这样的格式。</translation>
    </message>
    <message>
        <source>The chart would be {width} × {height} pixels, too big for an image; zoom out, fold summaries or filter the tasks first.</source>
        <translation>图表将有 {width} × {height} 像素，图片过大；请先缩小、折叠摘要任务或筛选任务。</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <source>“{name}” has no task above it at its level to go under.</source>
        <translation>“{name}”上方没有同级任务，无法降级。</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>任务必须有名称。</translation>
    </message>
    <message>
        <source>There is no task {number} (in “{text}”).</source>
        <translation>没有任务 {number}（见“{text}”）。</translation>
    </message>
    <message>
        <source>Task {number} cannot be its own predecessor.</source>
        <translation>任务 {number} 不能是自己的前置任务。</translation>
    </message>
    <message>
        <source>Task {number} and “{name}” are a summary and a task under it; they cannot be linked.</source>
        <translation>任务 {number} 与“{name}”是摘要任务及其子任务，不能相互链接。</translation>
    </message>
    <message>
        <source>“{text}” is not a percentage; write a number from 0 to 100.</source>
        <translation>“{text}”不是有效的百分比；请输入 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>There is nobody called “{name}” in the project&apos;s people.</source>
        <translation>项目人员中没有名为“{name}”的人。</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are already linked; double-click the link to change it.</source>
        <translation>“{first}”与“{second}”已经链接；双击链接线可以修改它。</translation>
    </message>
    <message>
        <source>{code}: {field} must be a whole number from 1 to {scale} on this project&apos;s {scale}×{scale} scale; {value} was refused.</source>
        <translation>{code}：{field}必须是 1 到 {scale} 之间的整数（本项目采用 {scale}×{scale} 矩阵）；{value} 未被接受。</translation>
    </message>
    <message>
        <source>{code}: the {field} ({when}) is before the date the risk was identified ({identified}).</source>
        <translation>{code}：{field}（{when}）早于风险识别日期（{identified}）。</translation>
    </message>
    <message>
        <source>{code}: the closed date ({when}) is before the date the risk was identified ({identified}).</source>
        <translation>{code}：关闭日期（{when}）早于风险识别日期（{identified}）。</translation>
    </message>
    <message>
        <source>{code}: “{strategy}” is not a response for a risk of type “{kind_label}”; choose one of: {allowed}.</source>
        <translation>{code}：“{strategy}”不是“{kind_label}”类风险的应对策略；请从以下选项中选择：{allowed}。</translation>
    </message>
    <message>
        <source>A risk scale is 3×3, 4×4 or 5×5, not {scale}×{scale}.</source>
        <translation>风险矩阵只能是 3×3、4×4 或 5×5，不能是 {scale}×{scale}。</translation>
    </message>
    <message>
        <source>A stakeholder needs a name.</source>
        <translation>干系人必须有姓名。</translation>
    </message>
    <message>
        <source>There is already a stakeholder called “{name}”; use another name.</source>
        <translation>已有名为“{name}”的干系人，请使用其他名称。</translation>
    </message>
    <message>
        <source>{field} of “{name}” must be a whole number from 1 to {scale}; “{value}” was not accepted.</source>
        <translation>“{name}”的{field}必须是 1 到 {scale} 之间的整数；“{value}”未被接受。</translation>
    </message>
    <message>
        <source>This stakeholder no longer exists; nothing was changed.</source>
        <translation>该干系人已不存在，未做任何更改。</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices.</source>
        <translation>“{value}”不是可选项之一。</translation>
    </message>
    <message>
        <source>The code {code} is already used by “{title}”; risk codes must be unique.</source>
        <translation>编号 {code} 已被“{title}”使用；风险编号不能重复。</translation>
    </message>
    <message>
        <source>{code}: the owner must be a person of this project&apos;s register (person {owner} does not exist).</source>
        <translation>{code}：负责人必须是本项目登记的人员（人员 {owner} 不存在）。</translation>
    </message>
    <message>
        <source>{code}: task {task} does not exist.</source>
        <translation>{code}：任务 {task} 不存在。</translation>
    </message>
    <message>
        <source>{code}: the title cannot be empty.</source>
        <translation>{code}：标题不能为空。</translation>
    </message>
    <message>
        <source>A risk code cannot be empty (for example R-001).</source>
        <translation>风险编号不能为空（例如 R-001）。</translation>
    </message>
    <message>
        <source>The risk matrix needs at least one rating.</source>
        <translation>风险矩阵至少需要一个等级。</translation>
    </message>
    <message>
        <source>Rating “{label}”: the colour {color} is not a colour like #ff7043.</source>
        <translation>等级“{label}”：颜色 {color} 无效，应类似 #ff7043。</translation>
    </message>
    <message>
        <source>The {axis} level {level} needs a name.</source>
        <translation>{axis}的第 {level} 级需要名称。</translation>
    </message>
    <message>
        <source>The matrix cell probability {probability} × impact {impact} has no rating.</source>
        <translation>矩阵单元格 概率 {probability} × 影响 {impact} 没有指定等级。</translation>
    </message>
    <message>
        <source>The image could not be written to {path}.</source>
        <translation>无法将图片写入 {path}。</translation>
    </message>
    <message>
        <source>A role column needs a name.</source>
        <translation>角色列需要一个名称。</translation>
    </message>
    <message>
        <source>A role name can have at most {max} characters.</source>
        <translation>角色名称最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>There is already a column named “{name}”.</source>
        <translation>已存在名为“{name}”的列。</translation>
    </message>
    <message>
        <source>“{name}” already has a RACI column.</source>
        <translation>“{name}”已有一个 RACI 列。</translation>
    </message>
    <message>
        <source>“{name}” is a stakeholder: rename them in the stakeholder register.</source>
        <translation>“{name}”是干系人：请在干系人登记册中重命名。</translation>
    </message>
    <message>
        <source>Row {row}, column {column} of the pasted block: “{value}” is not one of {letters} (or A/R); nothing was pasted.</source>
        <translation>粘贴内容第 {row} 行第 {column} 列：“{value}”不是 {letters}（或 A/R）之一；未粘贴任何内容。</translation>
    </message>
    <message>
        <source>The pasted block is {width} columns wide but only {room} fit from the current column; nothing was pasted.</source>
        <translation>粘贴内容有 {width} 列，但从当前列起只能容纳 {room} 列；未粘贴任何内容。</translation>
    </message>
    <message>
        <source>The pasted block has {height} rows but only {room} are shown from the current row; nothing was pasted.</source>
        <translation>粘贴内容有 {height} 行，但从当前行起只显示 {room} 行；未粘贴任何内容。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found on this computer, so the Chinese text of the report would print as blank spaces. Install one (Microsoft YaHei, SimHei or SimSun on Windows; WenQuanYi Micro Hei on Linux, package fonts-wqy-microhei) or set PLANWRIGHT_CJK_FONT to the path of a .ttf or .ttc file, then export again.</source>
        <translation>本机未找到中文 TrueType 字体，报告中的中文将显示为空白。请安装一种字体（Windows：微软雅黑、黑体或宋体；Linux：文泉驿微米黑，软件包 fonts-wqy-microhei），或将 PLANWRIGHT_CJK_FONT 设置为 .ttf 或 .ttc 文件的路径，然后重新导出。</translation>
    </message>
    <message>
        <source>“{name}” is not a report section; choose from: {sections}.</source>
        <translation>“{name}”不是报告章节；可选：{sections}。</translation>
    </message>
    <message>
        <source>“{name}” is not a paper size; choose A4, A3 or Letter.</source>
        <translation>“{name}”不是纸张大小；请选择 A4、A3 或 Letter。</translation>
    </message>
    <message>
        <source>Choose at least one section for the report.</source>
        <translation>请为报告至少选择一个章节。</translation>
    </message>
    <message>
        <source>--sections and --paper apply to a PDF report (.pdf) only.</source>
        <translation>--sections 和 --paper 仅适用于 PDF 报告（.pdf）。</translation>
    </message>
    <message>
        <source>Unsupported export format {suffix}: Planwright exports Microsoft Project XML (.xml), Excel workbooks (.xlsx) and PDF status reports (.pdf).</source>
        <translation>不支持的导出格式 {suffix}：Planwright 可导出 Microsoft Project XML（.xml）、Excel 工作簿（.xlsx）和 PDF 状态报告（.pdf）。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; write a number of 0 or more, such as 1200 or 1,200.50.</source>
        <translation>“{text}”不是金额；请输入 0 或更大的数，例如 1200 或 1,200.50。</translation>
    </message>
    <message>
        <source>The actual finish of “{name}” cannot be before its actual start.</source>
        <translation>“{name}”的实际完成不能早于其实际开始。</translation>
    </message>
    <message>
        <source>No selected task was scheduled to start by the status date ({date}), or they are already at least that far along.</source>
        <translation>所选任务均未计划在状态日期（{date}）之前开始，或其进度已达到或超过计划。</translation>
    </message>
    <message>
        <source>“{value}” are not working hours; write them like 08:00-12:00, 13:00-17:00, or leave the cell empty for a day off.</source>
        <translation>“{value}”不是工作时间；请写成 08:00-12:00, 13:00-17:00 的形式，休息日则留空。</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it like 2025-03-31 or 2025/3/31.</source>
        <translation>“{value}”不是日期；请写成 2025-03-31 或 2025/3/31 的形式。</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>“{value}”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices: {choices}.</source>
        <translation>“{value}”不是可选值之一：{choices}。</translation>
    </message>
    <message>
        <source>the cell holds a formula ({value}); Planwright reads values only. Replace it with its value (Copy, Paste Special, Values).</source>
        <translation>单元格中是公式（{value}）；Planwright 只读取值。请将其替换为值（复制，选择性粘贴，数值）。</translation>
    </message>
    <message>
        <source>the cell holds the error {value}.</source>
        <translation>单元格中是错误值 {value}。</translation>
    </message>
    <message>
        <source>“{value}” is not a percentage from 0 to 100.</source>
        <translation>“{value}”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}): {problem}</source>
        <translation>工作表“{sheet}”，第 {row} 行，{column} 列（{header}）：{problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: the workbook has {count} problem(s). The first: {first}</source>
        <translation>未导入任何内容：工作簿中有 {count} 个问题。第一个：{first}</translation>
    </message>
    <message>
        <source>the cell is part of merged cells; unmerge them and fill every row.</source>
        <translation>该单元格属于合并单元格；请取消合并并填写每一行。</translation>
    </message>
    <message>
        <source>the row has data but no task name.</source>
        <translation>该行有数据但没有任务名称。</translation>
    </message>
    <message>
        <source>there is no task {ref} in the list (in “{text}”).</source>
        <translation>清单中没有任务 {ref}（见“{text}”）。</translation>
    </message>
    <message>
        <source>task {ref} is on a row that is skipped.</source>
        <translation>任务 {ref} 所在的行已被跳过。</translation>
    </message>
    <message>
        <source>“{value}” is not a WBS code or outline number such as 1.2.3.</source>
        <translation>“{value}”不是 WBS 编码或大纲编号（如 1.2.3）。</translation>
    </message>
    <message>
        <source>a task cannot be its own predecessor.</source>
        <translation>任务不能是它自己的前置任务。</translation>
    </message>
    <message>
        <source>{file} is not a text file in UTF-8 or GB18030; save it from Excel as “CSV UTF-8”.</source>
        <translation>{file} 不是 UTF-8 或 GB18030 编码的文本文件；请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>{file} has more than {count} rows; split it first.</source>
        <translation>{file} 超过 {count} 行；请先拆分。</translation>
    </message>
    <message>
        <source>{file} has no sheet with any text in it.</source>
        <translation>{file} 中没有含文字的工作表。</translation>
    </message>
    <message>
        <source>the project needs a name.</source>
        <translation>项目需要名称。</translation>
    </message>
    <message>
        <source>“{value}” is not a three-letter currency code such as CNY or USD.</source>
        <translation>“{value}”不是三个字母的货币代码（如 CNY 或 USD）。</translation>
    </message>
    <message>
        <source>“{value}” hours is not a length of working time between 0.5 and 24 a day (168 a week).</source>
        <translation>“{value}”小时不是有效的工作时长：每天应在 0.5 到 24 之间（每周不超过 168）。</translation>
    </message>
    <message>
        <source>a value is needed here.</source>
        <translation>此处需要填写值。</translation>
    </message>
    <message>
        <source>this row&apos;s person is not on the Stakeholders sheet; add them there first.</source>
        <translation>该行的人员不在“干系人”工作表中；请先在那里添加。</translation>
    </message>
    <message>
        <source>“{value}” is not a RACI value of this project ({letters}).</source>
        <translation>“{value}”不是本项目的 RACI 值（{letters}）。</translation>
    </message>
    <message>
        <source>{name} has two columns on the RACI sheet.</source>
        <translation>{name} 在 RACI 工作表中有两列。</translation>
    </message>
    <message>
        <source>there is no task with the WBS code {code} on the Tasks sheet.</source>
        <translation>“任务”工作表中没有 WBS 编码为 {code} 的任务。</translation>
    </message>
    <message>
        <source>there is nobody called “{name}” on the Stakeholders sheet or in the project.</source>
        <translation>“干系人”工作表和项目中都没有名为“{name}”的人。</translation>
    </message>
    <message>
        <source>the code {code} is used by another risk.</source>
        <translation>编号 {code} 已被另一项风险使用。</translation>
    </message>
    <message>
        <source>there is no task on row number {number} of the sheet (in “{text}”).</source>
        <translation>工作表中没有行号为 {number} 的任务（见“{text}”）。</translation>
    </message>
    <message>
        <source>{file} was not exported by Planwright (it has no Planwright sheet keys). To read a task list from it, use File → Import → Task List from a Spreadsheet.</source>
        <translation>{file} 不是由 Planwright 导出的（其中没有 Planwright 的工作表键）。要从中读取任务清单，请使用“文件 → 导入 → 来自电子表格的任务清单”。</translation>
    </message>
    <message>
        <source>{file} was written by a newer Planwright (workbook format {version}); update Planwright to import it.</source>
        <translation>{file} 由更新版本的 Planwright 写入（工作簿格式 {version}）；请升级 Planwright 后再导入。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}</source>
        <translation>无法读取 {file}：{detail}</translation>
    </message>
    <message>
        <source>{file} is an Excel 97–2003 workbook (.xls) or is protected by a password. Open it in Excel or LibreOffice and save it as an .xlsx workbook without a password, then import that.</source>
        <translation>{file} 是 Excel 97–2003 工作簿（.xls）或受密码保护。请在 Excel 或 LibreOffice 中打开，另存为不带密码的 .xlsx 工作簿后再导入。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx); nothing was imported.</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx）；未导入任何内容。</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete ({detail}); nothing was imported. If it came by e-mail or download, fetch it again.</source>
        <translation>{file} 已损坏或不完整（{detail}）；未导入任何内容。如果它来自邮件或下载，请重新获取。</translation>
    </message>
    <message>
        <source>{file} unpacks to far more data than a workbook holds ({entry}: {size} MB); it was not opened.</source>
        <translation>{file} 解压后的数据量远超工作簿应有的大小（{entry}：{size} MB）；未打开该文件。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}</source>
        <translation>无法写入 {path}：{detail}</translation>
    </message>
    <message>
        <source>Unsupported import format {suffix}: Planwright imports Microsoft Project XML files (.xml), Excel workbooks (.xlsx) and CSV task lists (.csv).</source>
        <translation>不支持的导入格式 {suffix}：Planwright 可导入 Microsoft Project XML 文件（.xml）、Excel 工作簿（.xlsx）和 CSV 任务清单（.csv）。</translation>
    </message>
    <message>
        <source>{file} declares a document type or entities ({part}). Excel never writes these, so the workbook is refused for safety; nothing was imported.</source>
        <translation>{file} 声明了文档类型或实体（{part}）。Excel 从不写入此类声明，为安全起见，已拒绝该工作簿；未导入任何内容。</translation>
    </message>
    <message>
        <source>{file} has a part in an encoding other than UTF-8 or UTF-16 ({part}). Excel never writes one, so the workbook is refused for safety; nothing was imported.</source>
        <translation>{file} 中有部件使用了 UTF-8 或 UTF-16 以外的编码（{part}）。Excel 从不写入此类部件，为安全起见，已拒绝该工作簿；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>工期</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>WBS code or outline number</source>
        <translation>WBS 编码或大纲编号</translation>
    </message>
    <message>
        <source>ID (row number)</source>
        <translation>标识号（行号）</translation>
    </message>
    <message>
        <source>Outline level</source>
        <translation>大纲级别</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>任务名称</translation>
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
        <source>% complete</source>
        <translation>完成百分比</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Blue: task (darker: done) · red: critical · dark grey: summary · ◆ milestone. This sheet is a picture; edit the Tasks sheet.</source>
        <translation>蓝色：任务（深色：已完成）· 红色：关键 · 深灰：摘要 · ◆ 里程碑。此工作表仅供查看；请在“任务”工作表中编辑。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Gantt</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>参与度</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>每日工时</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>每周工时</translation>
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
        <source>Milestones</source>
        <translation>里程碑数</translation>
    </message>
    <message>
        <source>Critical tasks</source>
        <translation>关键任务数</translation>
    </message>
    <message>
        <source>% complete (by duration)</source>
        <translation>完成百分比（按工期）</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未关闭风险</translation>
    </message>
    <message>
        <source>Tasks with RACI errors</source>
        <translation>RACI 有错误的任务</translation>
    </message>
    <message>
        <source>Manually scheduled</source>
        <translation>手动计划</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>限制类型</translation>
    </message>
    <message>
        <source>Constraint date</source>
        <translation>限制日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始时间</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>实际完成时间</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>比较基准开始时间</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>比较基准完成时间</translation>
    </message>
    <message>
        <source>Total slack (days)</source>
        <translation>总时差（天）</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Role / title</source>
        <translation>角色/职务</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
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
        <source>Target power</source>
        <translation>目标权力</translation>
    </message>
    <message>
        <source>Target interest</source>
        <translation>目标利益</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
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
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通方式</translation>
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
        <source>Gap (steps)</source>
        <translation>差距（级）</translation>
    </message>
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
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响后果</translation>
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
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应对策略</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Residual probability</source>
        <translation>剩余概率</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>剩余影响</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>剩余分值</translation>
    </message>
    <message>
        <source>Residual rating</source>
        <translation>剩余等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>识别日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Linked tasks (WBS)</source>
        <translation>关联任务（WBS）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Day or date</source>
        <translation>星期或日期</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Non-working</source>
        <translation>非工作日</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Pick a value from the list.</source>
        <translation>请从列表中选择一个值。</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>by cost</source>
        <translation>按成本</translation>
    </message>
    <message>
        <source>by working duration</source>
        <translation>按工作工期</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>偏离</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>Calendar {uid}</source>
        <translation>日历 {uid}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <source>Writing the project</source>
        <translation>正在写入项目</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>正在计算进度</translation>
    </message>
    <message>
        <source>Resource {uid}</source>
        <translation>资源 {uid}</translation>
    </message>
    <message>
        <source>The project is scheduled back from its finish date (&lt;ScheduleFromStart&gt; 0); Planwright schedules it forward from its start.</source>
        <translation>该项目按完成日期倒排进度（&lt;ScheduleFromStart&gt; 0）；Planwright 将从项目开始日期正排进度。</translation>
    </message>
    <message>
        <source>{count} custom field definition(s) (&lt;ExtendedAttributes&gt;: {items}) are not imported.</source>
        <translation>{count} 个自定义字段定义（&lt;ExtendedAttributes&gt;：{items}）未导入。</translation>
    </message>
    <message>
        <source>{count} outline code definition(s) (&lt;OutlineCodes&gt;: {items}) are not imported.</source>
        <translation>{count} 个大纲代码定义（&lt;OutlineCodes&gt;：{items}）未导入。</translation>
    </message>
    <message>
        <source>Work weeks (&lt;WorkWeeks&gt;) of {count} calendar(s) ({items}) are not imported; their standard week applies all year.</source>
        <translation>{count} 个日历（{items}）的工作周（&lt;WorkWeeks&gt;）未导入；这些日历全年采用各自的标准工作周。</translation>
    </message>
    <message>
        <source>{count} resource calendar(s) ({items}) are not imported; tasks are scheduled on the project calendar.</source>
        <translation>{count} 个资源日历（{items}）未导入；任务按项目日历安排进度。</translation>
    </message>
    <message>
        <source>{count} blank row(s) (&lt;IsNull&gt;, UID {items}) are skipped.</source>
        <translation>已跳过 {count} 个空白行（&lt;IsNull&gt;，UID {items}）。</translation>
    </message>
    <message>
        <source>{count} split task(s) (gaps in &lt;TimephasedData&gt;, UID {items}) become one continuous bar: Planwright does not split tasks.</source>
        <translation>{count} 个拆分任务（&lt;TimephasedData&gt; 中有间断，UID {items}）将显示为一条连续的甘特条：Planwright 不支持拆分任务。</translation>
    </message>
    <message>
        <source>Levelling delays (&lt;LevelingDelay&gt;) of {count} task(s) (UID {items}) are dropped.</source>
        <translation>{count} 个任务（UID {items}）的调配延迟（&lt;LevelingDelay&gt;）已舍弃。</translation>
    </message>
    <message>
        <source>Elapsed durations (&lt;DurationFormat&gt;) of {count} task(s) (UID {items}) become the working time between their start and finish.</source>
        <translation>{count} 个任务（UID {items}）按日历时间计算的工期（&lt;DurationFormat&gt;）已改为其开始时间与完成时间之间的工作时间。</translation>
    </message>
    <message>
        <source>{count} task(s) (UID {items}) have estimated durations (&lt;Estimated&gt;); they are imported as firm durations.</source>
        <translation>{count} 个任务（UID {items}）的工期为估计值（&lt;Estimated&gt;）；导入后作为确定工期处理。</translation>
    </message>
    <message>
        <source>{count} recurring task(s) (&lt;Recurring&gt;, UID {items}) are imported as ordinary summary tasks with their occurrences.</source>
        <translation>{count} 个周期性任务（&lt;Recurring&gt;，UID {items}）已作为普通摘要任务导入，其下包含各次重复的任务。</translation>
    </message>
    <message>
        <source>{count} inserted subproject(s) (&lt;IsSubproject&gt;, UID {items}) are imported as plain tasks, without their content.</source>
        <translation>{count} 个插入的子项目（&lt;IsSubproject&gt;，UID {items}）已作为普通任务导入，不包含子项目的内容。</translation>
    </message>
    <message>
        <source>{count} external task(s) (&lt;ExternalTask&gt;, UID {items}) from other projects are imported as plain tasks.</source>
        <translation>来自其他项目的 {count} 个外部任务（&lt;ExternalTask&gt;，UID {items}）已作为普通任务导入。</translation>
    </message>
    <message>
        <source>Links to other projects (&lt;CrossProject&gt;) of {count} task(s) (UID {items}) are dropped.</source>
        <translation>{count} 个任务（UID {items}）与其他项目之间的链接（&lt;CrossProject&gt;）已舍弃。</translation>
    </message>
    <message>
        <source>{count} inactive task(s) (&lt;Active&gt; 0, UID {items}) are imported as active.</source>
        <translation>{count} 个非活动任务（&lt;Active&gt; 0，UID {items}）已作为活动任务导入。</translation>
    </message>
    <message>
        <source>{count} task(s) (UID {items}) have their own calendar (&lt;CalendarUID&gt;): it is kept with the task, but Planwright schedules every task on the project calendar.</source>
        <translation>{count} 个任务（UID {items}）有自己的任务日历（&lt;CalendarUID&gt;）：该日历会随任务保留，但 Planwright 按项目日历安排所有任务的进度。</translation>
    </message>
    <message>
        <source>Custom field values (&lt;ExtendedAttribute&gt;, &lt;OutlineCode&gt;) of {count} task(s) (UID {items}) are not imported.</source>
        <translation>{count} 个任务（UID {items}）的自定义字段值（&lt;ExtendedAttribute&gt;、&lt;OutlineCode&gt;）未导入。</translation>
    </message>
    <message>
        <source>Hyperlinks (&lt;Hyperlink&gt;) of {count} task(s) (UID {items}) are not imported.</source>
        <translation>{count} 个任务（UID {items}）的超链接（&lt;Hyperlink&gt;）未导入。</translation>
    </message>
    <message>
        <source>Percent lags in elapsed time (&lt;LagFormat&gt; 20) into {count} task(s) (UID {items}) become percent lags in working time.</source>
        <translation>指向 {count} 个任务（UID {items}）的链接中，按日历时间计算的百分比延隔时间（&lt;LagFormat&gt; 20）已改为按工作时间计算的百分比延隔时间。</translation>
    </message>
    <message>
        <source>{count} material or cost resource(s) ({items}) are not imported, nor their assignments: Planwright assigns people.</source>
        <translation>{count} 个材料资源或成本资源（{items}）及其分配未导入：Planwright 只能将人员分配给任务。</translation>
    </message>
    <message>
        <source>Cost rates (&lt;StandardRate&gt;, &lt;OvertimeRate&gt;, &lt;CostPerUse&gt;, &lt;Rates&gt;) of {count} resource(s) ({items}) are not imported.</source>
        <translation>{count} 个资源（{items}）的成本费率（&lt;StandardRate&gt;、&lt;OvertimeRate&gt;、&lt;CostPerUse&gt;、&lt;Rates&gt;）未导入。</translation>
    </message>
    <message>
        <source>Custom field values (&lt;ExtendedAttribute&gt;) of {count} resource(s) ({items}) are not imported.</source>
        <translation>{count} 个资源（{items}）的自定义字段值（&lt;ExtendedAttribute&gt;）未导入。</translation>
    </message>
    <message>
        <source>Baselines (&lt;Baseline&gt;) of {count} resource(s) ({items}) are not imported; task baselines are.</source>
        <translation>{count} 个资源（{items}）的基准（&lt;Baseline&gt;）未导入；任务的基准已导入。</translation>
    </message>
    <message>
        <source>Work (&lt;Work&gt;, &lt;WorkContour&gt;) of the assignments on {count} task(s) (UID {items}) is not imported: in Planwright, work is the duration times the units, spread evenly.</source>
        <translation>{count} 个任务（UID {items}）上各项分配的工时（&lt;Work&gt;、&lt;WorkContour&gt;）未导入：在 Planwright 中，工时等于工期乘以分配单位，并平均分布。</translation>
    </message>
    <message>
        <source>{sheet}: {added} added, {changed} changed, {deleted} deleted</source>
        <translation>{sheet}：新增 {added}，修改 {changed}，删除 {deleted}</translation>
    </message>
    <message>
        <source>Comparing the {sheet} sheet with the project</source>
        <translation>正在将“{sheet}”工作表与项目比较</translation>
    </message>
    <message>
        <source>Reading the {sheet} sheet</source>
        <translation>正在读取“{sheet}”工作表</translation>
    </message>
    <message>
        <source>Writing the {sheet} sheet</source>
        <translation>正在写入“{sheet}”工作表</translation>
    </message>
    <message>
        <source>Saving the workbook</source>
        <translation>正在保存工作簿</translation>
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
    <name>raci</name>
    <message>
        <source>Responsible: does the work</source>
        <translation>负责执行：具体完成工作</translation>
    </message>
    <message>
        <source>Accountable: approves, answers for the result</source>
        <translation>批准/问责：审批并对结果负责</translation>
    </message>
    <message>
        <source>Support: helps those responsible</source>
        <translation>支持：协助负责执行者</translation>
    </message>
    <message>
        <source>Consulted: asked before, two-way</source>
        <translation>咨询：事前征求意见（双向）</translation>
    </message>
    <message>
        <source>Informed: told after, one-way</source>
        <translation>知会：事后告知（单向）</translation>
    </message>
    <message>
        <source>Accountable and responsible</source>
        <translation>批准/问责并负责执行</translation>
    </message>
    <message>
        <source>No A</source>
        <translation>无 A</translation>
    </message>
    <message>
        <source>{count} A</source>
        <translation>{count} 个 A</translation>
    </message>
    <message>
        <source>No R</source>
        <translation>无 R</translation>
    </message>
    <message>
        <source>{count} R</source>
        <translation>{count} 个 R</translation>
    </message>
    <message>
        <source>{count} C</source>
        <translation>{count} 个 C</translation>
    </message>
    <message>
        <source>“{value}” not in {variant}</source>
        <translation>“{value}”不属于 {variant}</translation>
    </message>
    <message>
        <source>No one is accountable: exactly one A is needed.</source>
        <translation>无人批准/问责：需要且只能有一个 A。</translation>
    </message>
    <message>
        <source>{count} are accountable ({names}): exactly one A is needed.</source>
        <translation>有 {count} 人批准/问责（{names}）：需要且只能有一个 A。</translation>
    </message>
    <message>
        <source>No one is responsible: at least one R is needed.</source>
        <translation>无人负责执行：至少需要一个 R。</translation>
    </message>
    <message>
        <source>{count} are responsible (more than {max}): is the work really shared?</source>
        <translation>有 {count} 人负责执行（超过 {max}）：工作真的需要这么多人分担吗？</translation>
    </message>
    <message>
        <source>{count} are consulted (more than {max}): could some just be informed?</source>
        <translation>有 {count} 人被咨询（超过 {max}）：其中一些人是否只需知会？</translation>
    </message>
    <message>
        <source>“{value}” ({names}) is not a letter of {variant}.</source>
        <translation>“{value}”（{names}）不是 {variant} 使用的字母。</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Status report · {date}</source>
        <translation>状态报告 · {date}</translation>
    </message>
    <message>
        <source>Writing page {page}…</source>
        <translation>正在写入第 {page} 页…</translation>
    </message>
    <message>
        <source>Project status report</source>
        <translation>项目状态报告</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Confidential: prepared for {client} and the project&apos;s steering committee. Do not distribute further.</source>
        <translation>保密：仅供{client}及项目指导委员会使用，请勿外传。</translation>
    </message>
    <message>
        <source>Confidential: prepared for the project&apos;s steering committee. Do not distribute further.</source>
        <translation>保密：仅供项目指导委员会使用，请勿外传。</translation>
    </message>
    <message>
        <source>This copy includes stakeholders marked confidential.</source>
        <translation>本副本包含标为保密的干系人。</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>项目目标</translation>
    </message>
    <message>
        <source>not set (today is used)</source>
        <translation>未设置（使用今天）</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>{month} {day}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>The plan has no milestones.</source>
        <translation>计划中没有里程碑。</translation>
    </message>
    <message>
        <source>Variance: working time from the baseline to the forecast finish (+ late). State at the status date {date}.</source>
        <translation>偏差：从基线到预测完成的工作时间（+ 表示延迟）。状态截至状态日期 {date}。</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>进度计划</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Load (R or A)</source>
        <translation>负荷（R 或 A）</translation>
    </message>
    <message>
        <source>Columns {first}–{last} of {count}</source>
        <translation>第 {first}–{last} 列，共 {count} 列</translation>
    </message>
    <message>
        <source>No people or roles in the RACI matrix yet.</source>
        <translation>RACI 矩阵中尚无人员或角色。</translation>
    </message>
    <message>
        <source>{errors} tasks with errors, {warnings} with warnings; {planned} tasks have letters.</source>
        <translation>{errors} 个任务有错误，{warnings} 个有警告；{planned} 个任务已分配字母。</translation>
    </message>
    <message>
        <source>Inherent: before the response</source>
        <translation>固有风险：应对之前</translation>
    </message>
    <message>
        <source>Residual: after the response</source>
        <translation>剩余风险：应对之后</translation>
    </message>
    <message>
        <source>({count} not assessed)</source>
        <translation>（{count} 项未评估）</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>主要风险</translation>
    </message>
    <message>
        <source>No open threats.</source>
        <translation>没有未关闭的威胁。</translation>
    </message>
    <message>
        <source>Open risks only; closed ones are left out.</source>
        <translation>仅显示未关闭的风险；已关闭的不列出。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
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
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应对</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <source>{date} overdue</source>
        <translation>{date} 已逾期</translation>
    </message>
    <message>
        <source>Schedule — page {page} of {pages}</source>
        <translation>进度计划 — 第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>tasks {first}–{last} of {count} · {start} to {end} · time {column} of {columns}</source>
        <translation>任务 {first}–{last}，共 {count} 个 · {start} 至 {end} · 时间段 {column}/{columns}</translation>
    </message>
    <message>
        <source>The plan has no tasks yet.</source>
        <translation>计划中尚无任务。</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>利益 →</translation>
    </message>
    <message>
        <source>Power →</source>
        <translation>权力 →</translation>
    </message>
    <message>
        <source>Stakeholders marked confidential left out of this report: {count}.</source>
        <translation>本报告未列出 {count} 位标为保密的干系人。</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记册</translation>
    </message>
    <message>
        <source>No stakeholders to show.</source>
        <translation>没有可显示的干系人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
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
        <source>Engagement (now → wanted)</source>
        <translation>参与度（当前 → 期望）</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Progress against plan</source>
        <translation>进度与计划对比</translation>
    </message>
    <message>
        <source>Schedule performance (SPI)</source>
        <translation>进度绩效（SPI）</translation>
    </message>
    <message>
        <source>Cost performance (CPI)</source>
        <translation>成本绩效（CPI）</translation>
    </message>
    <message>
        <source>Forecast finish</source>
        <translation>预测完成</translation>
    </message>
    <message>
        <source>Tasks finished</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <source>Critical tasks late</source>
        <translation>延迟的关键任务</translation>
    </message>
    <message>
        <source>Tasks late</source>
        <translation>延迟任务</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未关闭风险</translation>
    </message>
    <message>
        <source>RACI problems</source>
        <translation>RACI 问题</translation>
    </message>
    <message>
        <source>{date} (no status date set: today)</source>
        <translation>{date}（未设置状态日期：使用今天）</translation>
    </message>
    <message>
        <source>{complete}% complete, {planned}% planned</source>
        <translation>已完成 {complete}%，计划 {planned}%</translation>
    </message>
    <message>
        <source>{forecast} (baseline {planned}, {variance})</source>
        <translation>{forecast}（基线 {planned}，{variance}）</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{hit} hit, {missed} missed, {upcoming} due in the next 30 days, of {total}</source>
        <translation>已达成 {hit}，已错过 {missed}，30 天内到期 {upcoming}，共 {total}</translation>
    </message>
    <message>
        <source>{open} open, exposure {exposure}, {overdue} reviews overdue</source>
        <translation>未关闭 {open} 项，风险敞口 {exposure}，{overdue} 项评审逾期</translation>
    </message>
    <message>
        <source>{errors} tasks with errors, {warnings} with warnings, {overloaded} people overloaded</source>
        <translation>{errors} 个任务有错误，{warnings} 个有警告，{overloaded} 人负荷过重</translation>
    </message>
    <message>
        <source>Earned value measured {basis}.</source>
        <translation>挣值{basis}计算。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Open risks by rating</source>
        <translation>按等级统计的未关闭风险</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <translation>负荷过重</translation>
    </message>
    <message>
        <source>No critical task is late.</source>
        <translation>没有延迟的关键任务。</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 项。</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>基线完成</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>完成百分比</translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>residual probability</source>
        <translation>残余概率</translation>
    </message>
    <message>
        <source>residual impact</source>
        <translation>残余影响</translation>
    </message>
    <message>
        <source>next review date</source>
        <translation>下次复查日期</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>closed date</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>New threat</source>
        <translation>新威胁</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新机会</translation>
    </message>
</context>
<context>
    <name>stakeholders</name>
    <message>
        <source>Engage fully and involve in decisions</source>
        <translation>充分沟通，让其参与决策</translation>
    </message>
    <message>
        <source>Meet their needs; consult before key decisions</source>
        <translation>满足其需求，重大决策前征询意见</translation>
    </message>
    <message>
        <source>Inform regularly and listen to concerns</source>
        <translation>定期告知，倾听其关切</translation>
    </message>
    <message>
        <source>Watch with minimum effort</source>
        <translation>以最少投入保持关注</translation>
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
        <source>Target power</source>
        <translation>目标权力</translation>
    </message>
    <message>
        <source>Target interest</source>
        <translation>目标利益</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>新干系人</translation>
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
