<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="+648"/>
        <location line="+23"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>正在读取告知书 {0}…</source>
        <translation>Reading notice {0}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>材料收取情况</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺受理（缺少的可容缺材料在期限内补交）</source>
        <translation>Accept with tolerance (tolerable missing materials handed in by the due date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺受理</source>
        <translation>Accept with tolerance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>容缺材料补交期限</source>
        <translation>Due date for tolerated materials</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回执用 80 毫米小票打印</source>
        <translation>Print the receipt on the 80 mm roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回执用小票打印</source>
        <translation>Receipt on the roll printer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理并打印回执 (Ctrl+Enter)</source>
        <translation>Accept and print receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>补交期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在读取告知书…</source>
        <translation>Reading the notice…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}：{1} · 申请人 {2}</source>
        <translation>{0}: {1} · applicant {2}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>该告知书已受理，办件编号 {0}。</source>
        <translation>This notice was already accepted as case {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>仍缺 {0} 项材料；收到的请勾选。</source>
        <translation>{0} material(s) still missing; tick what has arrived.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>材料已齐全，可以受理。</source>
        <translation>Materials complete; the case can be accepted.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>重新打印受理回执</source>
        <translation>Print the receipt again</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>正在受理…</source>
        <translation>Accepting…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已受理，办件编号 {0}，承诺 {1} 前办结。正在打印受理回执…</source>
        <translation>Accepted as case {0}, promised by {1}. Printing the receipt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在生成受理回执…</source>
        <translation>Building the receipt…</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../yk_desktop/gui/case_forms.py" line="+81"/>
        <source>填写提示</source>
        <translation>Form message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消并关闭表单</source>
        <translation>Cancel and close the form</translation>
    </message>
</context>
<context>
    <name>AfterHoursPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/appointment_sessions.py" line="+61"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>值守人员</source>
        <translation>Staff on duty</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>服务人数</source>
        <translation>Served</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其中预约</source>
        <translation>By appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+17"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>延时服务记录</source>
        <translation>After-hours service log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>延时服务类型</source>
        <translation>After-hours service type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>值守人员（勾选）</source>
        <translation>Staff on duty (tick)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备注（可不填），如：企业集中办理</source>
        <translation>Note (optional), e.g. batch service for an enterprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开始延时服务</source>
        <translation>Start after-hours service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结束所选服务</source>
        <translation>End selected service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束所选延时服务</source>
        <translation>End the selected after-hours service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>刷新延时服务记录</source>
        <translation>Refresh the after-hours service log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>正在登记…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已开始延时服务。</source>
        <translation>After-hours service started.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在结束…</source>
        <translation>Ending…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已结束延时服务：共服务 {0} 人，其中预约 {1} 人。</source>
        <translation>After-hours service ended: {0} people served, {1} by appointment.</translation>
    </message>
</context>
<context>
    <name>AgencyDetail</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_detail.py" line="+160"/>
        <source>请在左侧选择代办件</source>
        <translation>Select a proxy case on the left</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代办件状态</source>
        <translation>Proxy case status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>委托人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受托人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前所在</source>
        <translation>Now with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托事项</source>
        <translation>Matters authorized</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代理权限</source>
        <translation>Agent&apos;s powers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托期限</source>
        <translation>Authorization period</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>关联办件</source>
        <translation>Linked case</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>办件期限</source>
        <translation>Case deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记时间</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结/取消</source>
        <translation>Closed/cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托书扫描件</source>
        <translation>Scanned letter of authorization</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查看完整号码(&amp;V)</source>
        <translation>&amp;View full number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看完整联系电话</source>
        <translation>View the full contact number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+50"/>
        <source>代办记录</source>
        <translation>Proxy case history</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>办理进展(&amp;J)</source>
        <translation>Pro&amp;gress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录办理进展</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交(&amp;Y)</source>
        <translation>Hand &amp;off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>移交</source>
        <translation>Hand off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联办件(&amp;L)</source>
        <translation>&amp;Link case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>附加扫描件(&amp;F)</source>
        <translation>Attach &amp;scan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>附加或更换委托书扫描件</source>
        <translation>Attach or replace the scanned letter of authorization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查看委托书扫描件</source>
        <translation>View the scanned authorization</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看扫描件(&amp;S)</source>
        <translation>View &amp;scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印委托书(&amp;P)</source>
        <translation>&amp;Print authorization</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印委托书</source>
        <translation>Print the letter of authorization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结果待领取(&amp;R)</source>
        <translation>&amp;Ready for collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果待领取并打印通知单</source>
        <translation>Mark the result ready for collection and print the collection notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重打通知单</source>
        <translation>Reprint notice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重打领取通知单</source>
        <translation>Reprint the collection notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交付办结(&amp;D)</source>
        <translation>&amp;Deliver and close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>交付办结</source>
        <translation>Deliver and close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消代办(&amp;X)</source>
        <translation>Cancel pro&amp;xy service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消代办</source>
        <translation>Cancel proxy service</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>代办提示</source>
        <translation>Proxy service message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>错误提示</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>代办件 {0}</source>
        <translation>Proxy case {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>；允许转委托</source>
        <translation>; sub-delegation allowed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；不得转委托</source>
        <translation>; no sub-delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（已过期，不能继续代办）</source>
        <translation> (expired: the proxy service cannot go on)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未关联</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}（{1} KB，SHA-256 {2}…）</source>
        <translation>{0} ({1} KB, SHA-256 {2}…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未附加</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>委托人本人</source>
        <translation>The principal in person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>；由委托书受托人 {0} 转委托</source>
        <translation>; sub-delegated by {0}, the agent named in the letter of authorization</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>承诺 {0} 前办结（{1}）</source>
        <translation>Promised by {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承诺 {0} 前办结（{1}，已逾期 {2} 个工作日）</source>
        <translation>Promised by {0} ({1}, overdue by {2} working days)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>承诺 {0} 前办结（{1}，剩 {2} 个工作日）</source>
        <translation>Promised by {0} ({1}, {2} working days left)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} 取消：{1}</source>
        <translation>Cancelled {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 交付</source>
        <translation>Delivered {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结果 {0} 待领取</source>
        <translation>Result ready for collection since {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} · 委托书已过期</source>
        <translation>{0} · authorization expired</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>请先选择代办件。</source>
        <translation>Select a proxy case first.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>查看委托书扫描件（查看会记录在代办记录中）</source>
        <translation>View the scanned authorization (the viewing is recorded in the proxy case&apos;s log)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>显示完整号码以便联系（查看会记录在代办记录中）</source>
        <translation>Show the full number to call (each view is recorded in the proxy case log)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有留下联系电话。</source>
        <translation>No contact number was left.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已显示完整号码。</source>
        <translation>Full number shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只有本代办件的帮办代办员、受托人、登记人或大厅负责人可以查看完整号码。</source>
        <translation>Only this proxy case&apos;s agent, the authorized agent, the staff member who registered it or the hall manager may view the full number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>代办件{0}。</source>
        <translation>Proxy case status: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托书已过期，不能继续代办；请重新签署委托书或取消代办。</source>
        <translation>The letter of authorization has expired, so the proxy service cannot go on; have a new letter signed or cancel the proxy service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>结果待领取，请交付办结。</source>
        <translation>The result is ready for collection; deliver and close.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有附加委托书扫描件。</source>
        <translation>No scanned authorization has been attached yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已登记结果待领取，可重打通知单。</source>
        <translation>Ready for collection recorded; the notice can be reprinted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果待领取后才有领取通知单。</source>
        <translation>The collection notice exists once the result is ready for collection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果待领取后才能交付办结。</source>
        <translation>Deliver and close is possible once the result is ready for collection.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>已显示完整号码（查看已记录）。</source>
        <translation>Full number shown (the view was recorded).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在读取联系电话…</source>
        <translation>Reading the contact number…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在记录…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已记录办理进展。</source>
        <translation>Progress recorded.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正在移交…</source>
        <translation>Handing off…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已移交：{0}。</source>
        <translation>Handed off: {0}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在关联办件…</source>
        <translation>Linking the case…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已关联办件 {0}。</source>
        <translation>Linked case {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择签字后的委托书扫描件</source>
        <translation>Choose the scan of the signed letter of authorization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扫描件 ({0})</source>
        <translation>Scans ({0})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在附加扫描件…</source>
        <translation>Attaching the scan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已附加委托书扫描件“{0}”。</source>
        <translation>Scanned letter of authorization “{0}” attached.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在读取扫描件…</source>
        <translation>Reading the scan…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>委托书扫描件 — {0} — {1}</source>
        <translation>Scanned authorization — {0} — {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>正在生成委托书…</source>
        <translation>Building the letter of authorization…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>委托书（{0}）</source>
        <translation>Letter of authorization ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}号窗口</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在登记结果待领取…</source>
        <translation>Recording ready for collection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>领取通知单（{0}）</source>
        <translation>Collection notice ({0})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>正在生成领取通知单…</source>
        <translation>Building the collection notice…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>正在交付办结…</source>
        <translation>Delivering and closing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已交付办结。</source>
        <translation>Delivered and closed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代办已取消。</source>
        <translation>Proxy service cancelled.</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location line="+11"/>
        <source>代办件 {0}</source>
        <translation>Proxy case {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭代办件</source>
        <translation>Close the proxy case</translation>
    </message>
</context>
<context>
    <name>AgencyManagerPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_manager.py" line="+204"/>
        <source>帮办代办管理</source>
        <translation>Proxy service management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办件</source>
        <translation>Proxy cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作量</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结统计</source>
        <translation>Closed cases</translation>
    </message>
</context>
<context>
    <name>AgencyPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_panel.py" line="+122"/>
        <source>登记代办 (Ctrl+N)</source>
        <translation>Register proxy service (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记帮办代办</source>
        <translation>Register proxy service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>代办件状态筛选</source>
        <translation>Filter proxy cases by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办件状态列表</source>
        <translation>Proxy case states</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果待领取</source>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已交付</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只看我的(&amp;M)</source>
        <translation>&amp;Mine only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只看我受托的代办件</source>
        <translation>Show only the proxy cases I am agent for</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>查找代办件</source>
        <translation>Find proxy cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办编号或委托人</source>
        <translation>Proxy case no. or principal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>刷新代办件列表</source>
        <translation>Refresh the proxy case list</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>代办编号</source>
        <translation>Proxy case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮办代办员</source>
        <translation>Proxy agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>当前所在</source>
        <translation>Now with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联办件</source>
        <translation>Linked case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办件承诺办结</source>
        <translation>Case promised by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记时间</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代办件列表</source>
        <translation>Proxy cases</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} · 委托书已过期</source>
        <translation>{0} · authorization expired</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>共 {0} 件</source>
        <translation>{0} cases</translation>
    </message>
</context>
<context>
    <name>AgencyRegisterDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_register.py" line="+108"/>
        <source>登记帮办代办</source>
        <translation>Register proxy service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>登记帮办代办（自愿委托、无偿代理、全程服务、合法高效）</source>
        <translation>Register proxy service (voluntary, free of charge, end-to-end, lawful and efficient)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>个人(&amp;P)</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托人为个人</source>
        <translation>Principal is a person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>企业(&amp;E)</source>
        <translation>&amp;Enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托人为企业</source>
        <translation>Principal is an enterprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>委托人姓名或单位名称</source>
        <translation>Principal&apos;s name or organization name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <location line="+119"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>委托人证件号码</source>
        <translation>Principal&apos;s ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托人联系电话</source>
        <translation>Principal&apos;s phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>企业经办人或家属（可不填）</source>
        <translation>Enterprise staff member or family member (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>联系人电话</source>
        <translation>Contact&apos;s phone</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>结果通知打此电话（可不填）</source>
        <translation>Result notices go to this number (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>受托人（帮办代办员）</source>
        <translation>Agent (proxy agent)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>帮办代办员列表</source>
        <translation>Proxy agents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受托人身份证号码</source>
        <translation>Agent&apos;s ID number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>添加事项 (&amp;A)</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加所选事项</source>
        <translation>Add the selected item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已选代办事项</source>
        <translation>Selected service items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>移除所选代办事项</source>
        <translation>Remove the selected service item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>委托事项说明</source>
        <translation>Description of the matters authorized</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留空则写作“代为办理所选事项”</source>
        <translation>If left empty: “to handle the selected service items on the principal&apos;s behalf”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代理权限：{0}</source>
        <translation>Agent&apos;s powers: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>其他代理权限</source>
        <translation>Other powers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他权限（可不填）</source>
        <translation>Other powers (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>允许转委托给本中心其他帮办代办员(&amp;S)</source>
        <translation>Allow &amp;sub-delegation to other proxy agents of this center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>允许转委托</source>
        <translation>Allow sub-delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托期限起</source>
        <translation>Authorization from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托期限止</source>
        <translation>Authorization until</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+210"/>
        <source>未附加（可签字后再附加）</source>
        <translation>Not attached (can be attached after signing)</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>选择扫描件…</source>
        <translation>Choose scan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>选择委托书扫描件</source>
        <translation>Choose the scanned letter of authorization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不附加</source>
        <translation>Don&apos;t attach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不附加扫描件</source>
        <translation>Don&apos;t attach a scan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记 (Ctrl+Enter)</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记代办</source>
        <translation>Register proxy service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印委托书 (Ctrl+P)</source>
        <translation>Print authorization (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印委托书</source>
        <translation>Print the letter of authorization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭登记窗口</source>
        <translation>Close the registration window</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>委托人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>帮办代办员</source>
        <translation>Proxy agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>委托书</source>
        <translation>Letter of authorization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>委托事项</source>
        <translation>Matters authorized</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>代理权限</source>
        <translation>Agent&apos;s powers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>委托期限</source>
        <translation>Authorization period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>签字扫描件</source>
        <translation>Signed scan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>代办事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>正在读取帮办代办员…</source>
        <translation>Loading proxy agents…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>本大厅没有在岗的帮办代办员，请先由大厅负责人添加。</source>
        <translation>This hall has no proxy agents on duty; the hall manager must add one first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请先在事项查询结果中选中一个事项。</source>
        <translation>First select an item in the item search results.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}”已在代办事项中。</source>
        <translation>“{0}” is already among the service items.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>选择签字后的委托书扫描件</source>
        <translation>Choose the scan of the signed letter of authorization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扫描件 ({0})</source>
        <translation>Scans ({0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>请选择受托的帮办代办员。</source>
        <translation>Choose the proxy agent to act as agent.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>正在登记…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已登记代办件 {0}，请打印委托书交委托人签字。</source>
        <translation>Proxy case {0} registered. Print the letter of authorization for the principal to sign.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>帮办代办 {0}</source>
        <translation>Proxy service {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在生成委托书…</source>
        <translation>Building the letter of authorization…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>委托书（{0}）</source>
        <translation>Letter of authorization ({0})</translation>
    </message>
</context>
<context>
    <name>AgentWorkloadPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_manager.py" line="-160"/>
        <source>帮办代办员</source>
        <translation>Proxy agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待窗口/部门</source>
        <translation>Waiting on window/dept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待领取</source>
        <translation>Awaiting collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最久未办结</source>
        <translation>Oldest open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联办件逾期</source>
        <translation>Linked case overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联办件临期</source>
        <translation>Linked case due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托书过期</source>
        <translation>Authorization expired</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>帮办代办员工作量</source>
        <translation>Proxy agent workload</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>工作量汇总</source>
        <translation>Workload summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>刷新工作量</source>
        <translation>Refresh the workload</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} 名帮办代办员，未办结代办件共 {1} 件，其中关联办件逾期 {2} 件。</source>
        <translation>{0} proxy agents, {1} open proxy cases, {2} of them with the linked case overdue.</translation>
    </message>
</context>
<context>
    <name>AppointmentDayPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/appointment_day.py" line="+104"/>
        <source>查看日期</source>
        <translation>Date shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>前一天</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回到今天</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后一天</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新 (Ctrl+R)</source>
        <translation>Refresh (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>刷新预约</source>
        <translation>Refresh appointments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已约/名额</source>
        <translation>Booked/places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>预约时段</source>
        <translation>Appointment slot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>预约码</source>
        <translation>Appointment code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Booked via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>号票</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>预约名单</source>
        <translation>Appointment list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新预约 (Ctrl+N)</source>
        <translation>New appointment (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新预约</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>改约/取消</source>
        <translation>Reschedule/cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>改约或取消所选预约</source>
        <translation>Reschedule or cancel the selected appointment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口签到</source>
        <translation>Check in at window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>为所选预约窗口签到</source>
        <translation>Check in the selected appointment at the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示已取消</source>
        <translation>Show cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示已取消的预约</source>
        <translation>Show cancelled appointments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{0} {1}：已约 {2}/{3}，已签到 {4}</source>
        <translation>{0} {1}: {2}/{3} booked, {4} checked in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} 没有预约时段。</source>
        <translation>{0} has no appointment slots.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已将 {0} 个超过签到时间未到的预约记为爽约。</source>
        <translation>{0} appointments not checked in by the check-in deadline were marked as no-shows.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>请先在预约名单中选择一个预约。</source>
        <translation>First select an appointment in the list.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>正在签到…</source>
        <translation>Checking in…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} 已签到：超过签到时间，按普通号 {1} 排队。</source>
        <translation>{0} checked in: past the check-in time, queued as regular ticket {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 已签到，预约号票 {1}（时段 {2}，按预约优先叫号）。</source>
        <translation>{0} checked in with appointment ticket {1} (slot {2}, called with appointment priority).</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/appointment_dialog.py" line="+131"/>
        <source>预约登记</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>预约码、手机号或身份证号</source>
        <translation>Appointment code, mobile number or ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查找 (Ctrl+F)</source>
        <translation>Find (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+96"/>
        <source>查找预约</source>
        <translation>Find appointments</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>新预约 (Ctrl+N)</source>
        <translation>New appointment (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始新预约</source>
        <translation>Start a new appointment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查到的预约</source>
        <translation>Appointments found</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+346"/>
        <source>新预约：选择业务、日期和时段，填写申请人后预约。</source>
        <translation>New appointment: choose the category, date and slot, fill in the applicant, then book.</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>窗口预约(&amp;W)</source>
        <translation>At the &amp;window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口现场预约</source>
        <translation>Booked in person at the window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话预约(&amp;T)</source>
        <translation>By &amp;telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话预约（代为登记）</source>
        <translation>Booked by telephone (entered by staff)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+84"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>办理事项（可不选）</source>
        <translation>Service item (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>（不指定事项）</source>
        <translation>(no specific item)</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+85"/>
        <source>预约日期</source>
        <translation>Appointment date</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>刷新 (Ctrl+R)</source>
        <translation>Refresh (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>刷新时段和剩余名额</source>
        <translation>Refresh slots and places left</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>可预约时段</source>
        <translation>Available slots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>申请人姓名</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>因大厅原因取消（不受取消时限限制）</source>
        <translation>Cancelled by the hall (no cancellation deadline applies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>因大厅原因取消</source>
        <translation>Cancelled by the hall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只有大厅负责人或系统管理员可以因大厅原因取消预约。</source>
        <translation>Only the hall manager or a system administrator may cancel an appointment for the hall&apos;s reasons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>预约 (Ctrl+Enter)</source>
        <translation>Book (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+345"/>
        <location line="+8"/>
        <source>确认预约</source>
        <translation>Confirm the appointment</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>改约到所选时段</source>
        <translation>Reschedule to the selected slot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消预约</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印确认单 (Ctrl+P)</source>
        <translation>Print confirmation (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印预约确认单</source>
        <translation>Print the appointment confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>预约方式</source>
        <translation>Booked via</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请人（实名预约）</source>
        <translation>Applicant (real name required)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>正在读取时段…</source>
        <translation>Loading slots…</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>取消原因（因大厅原因取消时必填，至少 {0} 个字）</source>
        <translation>Reason for cancelling (required when the hall cancels, at least {0} characters)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>可预约 {0} 至 {1}</source>
        <translation>Bookable {0} to {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} {1} 至 {2}</source>
        <translation>{0} {1} to {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按大厅规则</source>
        <translation>By the hall rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>可预约：{0}</source>
        <translation>Bookable: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} 个时段可约（{1}）。</source>
        <translation>{0} slots open ({1}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>没有查到今天及以后的预约，请核对。</source>
        <translation>No appointments found for today or later; please check.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>查到 {0} 个预约，请选择（回车）。</source>
        <translation>{0} appointments found; choose one (Enter).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在读取预约…</source>
        <translation>Loading the appointment…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>预约码 {0}｜{1}{2}｜{3} {4}（{5}）｜{6}</source>
        <translation>Appointment code {0} | {1}{2} | {3} {4} ({5}) | {6}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已读取预约 {0}。改约请选择新时段。</source>
        <translation>Appointment {0} loaded. To reschedule, choose a new slot.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}：{1}预约，经办 {2}</source>
        <translation>{0}: booked via {1}, handled by {2}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}：由 {1} {2} 改约（{3}）</source>
        <translation>{0}: rescheduled from {1} {2} ({3})</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>请先选择一个“可约”的时段。</source>
        <translation>First choose an “available” slot.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（未填姓名）</source>
        <translation>(no name given)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>为 {0} 预约 {1} {2} {3}（{4}）？</source>
        <translation>Book {1} on {2} {3} ({4}) for {0}?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在预约…</source>
        <translation>Booking…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>预约成功，预约码 {0}。</source>
        <translation>Booked. Appointment code {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>确认改约</source>
        <translation>Confirm rescheduling</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>将预约 {0} 由 {1} {2} 改到 {3} {4}？预约码不变。</source>
        <translation>Move appointment {0} from {1} {2} to {3} {4}? The appointment code stays the same.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在改约…</source>
        <translation>Rescheduling…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已改约到 {0} {1}。</source>
        <translation>Rescheduled to {0} {1}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>确认取消</source>
        <translation>Confirm cancellation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消预约 {0}（{1} {2}）？取消后名额释放，不能恢复。</source>
        <translation>Cancel appointment {0} ({1} {2})? Its place is released, and this cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确认取消预约</source>
        <translation>Confirm cancelling the appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不取消</source>
        <translation>Don&apos;t cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>预约 {0} 已取消，名额已释放。</source>
        <translation>Appointment {0} cancelled; its place has been released.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>正在生成确认单…</source>
        <translation>Building the confirmation…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>正在读取确认单…</source>
        <translation>Loading the confirmation…</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <location filename="../../yk_desktop/gui/archive.py" line="+183"/>
        <source>文书存档</source>
        <translation>Document archive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按文书类型筛选</source>
        <translation>Filter by document type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书类型列表</source>
        <translation>Document types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按编号或标题查找文书</source>
        <translation>Find documents by number or title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输入或扫描文书编号，也可输入标题中的字</source>
        <translation>Type or scan a document number, or words from its title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>仅显示未打印(&amp;U)</source>
        <translation>&amp;Unprinted only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仅显示未打印的文书</source>
        <translation>Show unprinted documents only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新文书列表</source>
        <translation>Refresh the document list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新（F5）</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>存档文书列表</source>
        <translation>Archived documents</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>预览/重新打印(&amp;P)</source>
        <translation>&amp;Preview / reprint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预览或重新打印所选文书</source>
        <translation>Preview or reprint the selected document</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>没有符合条件的文书。</source>
        <translation>No documents match.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有存档的文书。
打印一次性告知书、受理回执、补正通知时，文书会自动存档在这里。</source>
        <translation>No documents archived yet.
One-time notifications, acceptance receipts and correction notices are archived here automatically when printed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>显示最近的 {0} 份，更早的请按编号查找</source>
        <translation>Showing the latest {0}; find older ones by number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {0} 份</source>
        <translation>{0} documents</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>未找到编号为 {0} 的存档文书。</source>
        <translation>No archived document numbered {0}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>文书已打印，但打印记录未能保存：{0}</source>
        <translation>The document was printed, but the print could not be recorded: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>打印失败的记录未能保存：{0}</source>
        <translation>The failed print could not be recorded: {0}</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/inquiry_common.py" line="+205"/>
        <source>转交给哪位同事</source>
        <translation>Which colleague to hand over to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同事列表</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}（{1} 号窗口）</source>
        <translation>{0} (window {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转交给(&amp;H)</source>
        <translation>&amp;Hand over to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(&amp;T)</source>
        <translation> (&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定：{0}</source>
        <translation>OK: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消：{0}</source>
        <translation>Cancel: {0}</translation>
    </message>
</context>
<context>
    <name>BundleButton</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk_pages.py" line="+145"/>
        <source>一件事：{0}</source>
        <translation>One-thing service: {0}</translation>
    </message>
</context>
<context>
    <name>BundleEditDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/bundle_form.py" line="+67"/>
        <source>新建一件事</source>
        <translation>New bundle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑一件事 {0}</source>
        <translation>Edit bundle {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一件事编码</source>
        <translation>Bundle code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：YJS-006</source>
        <translation>e.g. YJS-006</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>一件事名称</source>
        <translation>Bundle name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一件事说明</source>
        <translation>Bundle description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取号的业务类别</source>
        <translation>Ticket category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别列表</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>筛选可加入的事项</source>
        <translation>Filter the items that can be added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按名称、编码或拼音首字母筛选</source>
        <translation>Filter by name, code or pinyin initials</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+34"/>
        <source>可加入的事项</source>
        <translation>Items that can be added</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>包含的事项</source>
        <translation>Items in the bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加入 →</source>
        <translation>Add →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加入所选事项</source>
        <translation>Add the selected item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移出</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>移出所选事项</source>
        <translation>Remove the selected item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所选事项上移</source>
        <translation>Move the selected item up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所选事项下移</source>
        <translation>Move the selected item down</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存一件事</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消编辑一件事</source>
        <translation>Cancel editing the bundle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在读取一件事…</source>
        <translation>Reading the bundle…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>包含的事项（按办理顺序）</source>
        <translation>Items in the bundle (in the order they are served)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>编辑一件事 {0} · 第 {1} 版</source>
        <translation>Edit bundle {0} · version {1}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{0}（{1}，已停用）</source>
        <translation>{0} ({1}, retired)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“{0}”已在其中。</source>
        <translation>“{0}” is in the bundle already.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>一件事已被他人修改</source>
        <translation>Someone else changed the bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新读取</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新读取最新内容</source>
        <translation>Reload the latest version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>继续编辑不读取</source>
        <translation>Keep editing without reloading</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>一件事的修改尚未保存，确定放弃吗？</source>
        <translation>The changes to the bundle are not saved. Discard them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放弃修改并关闭</source>
        <translation>Discard the changes and close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>继续编辑一件事</source>
        <translation>Keep editing the bundle</translation>
    </message>
</context>
<context>
    <name>BundleListDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/bundle_list.py" line="+44"/>
        <source>一件事</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>包含事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>一件事列表</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新建一件事 (Ctrl+N)</source>
        <translation>New bundle (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建一件事</source>
        <translation>New bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑 (Enter)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑所选一件事</source>
        <translation>Edit the selected bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>停用</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>停用或恢复所选一件事</source>
        <translation>Retire or restore the selected bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭一件事列表</source>
        <translation>Close the bundle list</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>共 {0} 个一件事</source>
        <translation>{0} bundles</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>已保存一件事“{0}”（第 {1} 版）。</source>
        <translation>Bundle “{0}” saved (version {1}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>停用一件事</source>
        <translation>Retire bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>停用“{0}”后，取号机和窗口不再提供这件事；已受理的办件不受影响。
停用原因(&amp;R)：</source>
        <translation>Once “{0}” is retired, the kiosk and the windows no longer offer it; accepted cases are not affected.
&amp;Reason for retiring:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定停用</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已停用一件事“{0}”。</source>
        <translation>Bundle “{0}” retired.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复一件事</source>
        <translation>Restore bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复“{0}”？其中的事项须都在用。
恢复原因(&amp;R)（可不填）：</source>
        <translation>Restore “{0}”? All of its items must be in use.
&amp;Reason for restoring (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已恢复一件事“{0}”。</source>
        <translation>Bundle “{0}” restored.</translation>
    </message>
</context>
<context>
    <name>BundlePickDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="+14"/>
        <source>选择“一件事”</source>
        <translation>Choose a bundle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>一件事列表</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>告知</source>
        <translation>Notify</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>告知所选一件事</source>
        <translation>Notify the chosen bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>本大厅还没有“一件事”。</source>
        <translation>This hall has no bundles yet.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/calendar_panel.py" line="+577"/>
        <source>工作日历</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年份列表</source>
        <translation>Year list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该年日历状态</source>
        <translation>Calendar status of the year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>刷新工作日历</source>
        <translation>Refresh the work calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新（F5）</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>日历未覆盖提示</source>
        <translation>Calendar coverage warning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>载入国务院安排(&amp;L)</source>
        <translation>&amp;Load State Council arrangement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>载入国务院节假日安排</source>
        <translation>Load the State Council holiday arrangement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从已安装的 chinesecalendar 软件包载入该年的放假与调休安排</source>
        <translation>Load this year&apos;s holidays and swapped working days from the installed chinesecalendar package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>录入/导入全年安排(&amp;E)…</source>
        <translation>&amp;Enter/import the year…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>录入或导入全年节假日安排</source>
        <translation>Enter or import the year&apos;s holiday arrangement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置单日(&amp;D)…</source>
        <translation>Set a &amp;day…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>设置某一天为放假或调休上班</source>
        <translation>Set one day as a holiday or a swapped working day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改所选日(&amp;M)…</source>
        <translation>&amp;Modify selected day…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改所选日期</source>
        <translation>Modify the selected day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该年放假与调休日期</source>
        <translation>Holidays and swapped working days of the year</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>工作日计算</source>
        <translation>Working-day calculator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>起算日（受理或材料齐全之日）</source>
        <translation>Start date (day of acceptance or of complete materials)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>工作日数</source>
        <translation>Number of working days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计算期限(&amp;C)</source>
        <translation>&amp;Calculate deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>计算办理期限</source>
        <translation>Calculate the deadline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>计算结果</source>
        <translation>Calculation result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>计算说明</source>
        <translation>Calculation note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从起算日的次日开始计算，扣除法定节假日，调休上班日计入（行政许可法第八十二条）。</source>
        <translation>Counting starts the day after the start date; statutory holidays are excluded and swapped working days count (Administrative Licensing Law, Art. 82).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>起算日(&amp;S)</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期限(&amp;N)</source>
        <translation>&amp;Time limit</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{0} 年共 {1} 个特殊日期：放假 {2} 天，调休上班 {3} 天</source>
        <translation>{0}: {1} special days — {2} holidays, {3} swapped working days</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已录入（{0}，{1}）</source>
        <translation>Covered ({0}, {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未录入</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已安装的 chinesecalendar 含 {0} 年安排，点“载入国务院安排”即可。</source>
        <translation>The installed chinesecalendar has the {0} arrangement: click “Load State Council arrangement”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已安装的 chinesecalendar 尚无 {0} 年安排：请待国务院办公厅发布放假通知后升级该软件包再载入，或点“录入/导入全年安排”按通知手工录入。</source>
        <translation>The installed chinesecalendar has no arrangement for {0} yet: upgrade the package after the State Council publishes its holiday notice and load it, or click “Enter/import the year” to enter it by hand from the notice.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>已载入 {0} 年国务院节假日安排。</source>
        <translation>Loaded the State Council holiday arrangement for {0}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已保存 {0} 年节假日安排，共 {1} 天。</source>
        <translation>Saved the {0} holiday arrangement ({1} days).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已保存 {0} 的设置。</source>
        <translation>Saved the setting for {0}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} 起 {1} 个工作日：{2}（{3}）</source>
        <translation>{1} working days from {0}: {2} ({3})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已按工作日历扣除法定节假日。</source>
        <translation>Statutory holidays excluded according to the work calendar.</translation>
    </message>
</context>
<context>
    <name>CallAnnouncer</name>
    <message>
        <location filename="../../yk_desktop/gui/voice.py" line="+362"/>
        <source>语音引擎无响应</source>
        <translation>The speech engine is not responding</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>语音播报不可用（{0}），改为提示音</source>
        <translation>Voice announcements unavailable ({0}); using a chime instead</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>语音引擎出错：{0}</source>
        <translation>Speech engine error: {0}</translation>
    </message>
</context>
<context>
    <name>CancelForm</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_forms.py" line="+290"/>
        <source>取消代办</source>
        <translation>Cancel proxy service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定取消代办</source>
        <translation>Confirm cancelling the proxy service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>委托人撤回委托</source>
        <translation>The principal withdrew the authorization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托书到期未续签</source>
        <translation>The authorization expired and was not renewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托人改为自行办理</source>
        <translation>The principal will handle it in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项不符合办理条件</source>
        <translation>The matter does not meet the conditions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>常用取消原因</source>
        <translation>Common reasons for cancelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消原因(&amp;R)：</source>
        <translation>&amp;Reason for cancelling:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写取消原因。</source>
        <translation>Please enter a reason for cancelling.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>取消后代办件 {0} 即结束，不能恢复。确定取消吗？</source>
        <translation>Once cancelled, proxy case {0} ends and cannot be restored. Cancel it?</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/casedialog.py" line="+235"/>
        <location line="+4"/>
        <location line="+171"/>
        <location line="+1"/>
        <source>办件 {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>办件状态</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理时间</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>告知书编号</source>
        <translation>Notification no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺办结日</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定办结日</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺补交期限</source>
        <translation>Tolerated materials due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结时间</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办件材料</source>
        <translation>Case materials</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <source>办理记录</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>要求补正(&amp;B)</source>
        <translation>Request &amp;correction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>要求补正</source>
        <translation>Request correction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>补正完成(&amp;R)</source>
        <translation>Co&amp;rrection received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>补正完成</source>
        <translation>Correction received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>中止计时(&amp;S)</source>
        <translation>&amp;Suspend clock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>中止计时</source>
        <translation>Suspend clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复计时(&amp;G)</source>
        <translation>Resume clock (&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结(&amp;J)</source>
        <translation>Complete (&amp;J)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记领取(&amp;L)</source>
        <translation>Record co&amp;llection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记领取</source>
        <translation>Record collection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>补交容缺材料(&amp;T)</source>
        <translation>&amp;Tolerated materials received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>补交容缺材料</source>
        <translation>Tolerated materials received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印受理回执(&amp;P)</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印受理回执</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重打文书(&amp;C)</source>
        <translation>Reprint do&amp;cument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重打存档文书</source>
        <translation>Reprint an archived document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭办件详情</source>
        <translation>Close the case details</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+122"/>
        <location line="+40"/>
        <source>正在读取办件…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>办理提示</source>
        <translation>Case message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>错误提示</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+3"/>
        <source>{0}（{1} 个工作日）</source>
        <translation>{0} ({1} working days)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} 由 {1} 领取</source>
        <translation>{0}, collected by {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>自 {0} 起中止计时（{1}），恢复后期限按中止的工作日顺延。</source>
        <translation>Clock suspended since {0} ({1}); when it resumes, the deadlines move by the working days it was suspended.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自 {0} 起等待补正，期限暂停；补正材料收齐后从次日起重新计算。</source>
        <translation>Waiting for corrections since {0}; the clock is stopped and starts again the day after the corrected materials are all in.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>停止计时</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已逾期 {0} 个工作日</source>
        <translation>Overdue by {0} working days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 个工作日</source>
        <translation>{0} working days</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>列出需要补正的材料，打印补正通知书；补正期间期限暂停</source>
        <translation>List the materials to correct and print the correction notice; the clock stops meanwhile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补正材料已收齐，从次日起重新计算办结期限</source>
        <translation>The corrected materials are in; the deadline is counted again from the next day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>听证、检验、鉴定、专家评审等，期限暂停计算</source>
        <translation>Hearings, inspections, appraisals, expert reviews: the clock stops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复计时，期限按中止的工作日顺延</source>
        <translation>Resume the clock; the deadlines move by the working days suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记办理结果（办结后不能撤销）</source>
        <translation>Record the result (cannot be undone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记办理结果已由谁领取</source>
        <translation>Record who collected the result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记容缺受理后补交的材料</source>
        <translation>Record tolerated materials handed in after acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新生成受理回执并打印（A4 或 80 毫米小票）</source>
        <translation>Build the acceptance receipt again and print it (A4 or 80 mm slip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按存档原件重新打印受理回执或补正通知书</source>
        <translation>Reprint the archived receipt or correction notice exactly as archived</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>办结后才能登记领取（当前为“{0}”）。</source>
        <translation>Collection can be recorded once the case is completed (now: “{0}”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结果已于 {0} 领取。</source>
        <translation>The result was collected on {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只有办理中的办件才能要求补正（当前为“{0}”）。</source>
        <translation>Only a case in progress can be sent back for correction (now: “{0}”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办件不在待补正状态（当前为“{0}”）。</source>
        <translation>The case is not waiting for corrections (now: “{0}”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只有办理中的办件才能中止计时（当前为“{0}”）。</source>
        <translation>Only a case in progress can have its clock suspended (now: “{0}”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办件没有中止计时（当前为“{0}”）。</source>
        <translation>The case&apos;s clock is not suspended (now: “{0}”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只有办理中的办件才能办结（当前为“{0}”）。</source>
        <translation>Only a case in progress can be completed (now: “{0}”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有待补交的容缺材料。</source>
        <translation>No tolerated materials are outstanding.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>补正材料收齐后重新计算办结期限，届时再打印受理回执。</source>
        <translation>The deadline is counted again once the corrections are in; print the receipt then.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该办件还没有存档的文书。</source>
        <translation>This case has no archived documents yet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>正在登记补正…</source>
        <translation>Recording the correction request…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已登记补正，补正通知书编号 {0}。补齐材料后办理期限从次日起重新计算。</source>
        <translation>Correction recorded, notice {0}. Once the materials are complete the time limit counts again from the next day.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>打印补正通知书</source>
        <translation>Print the correction notice</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>补正通知书 {0} 已生成。现在打印交给申请人吗？</source>
        <translation>Correction notice {0} is ready. Print it for the applicant now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>稍后打印</source>
        <translation>Print later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>稍后打印补正通知书</source>
        <translation>Print the correction notice later</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在生成补正通知书…</source>
        <translation>Building the correction notice…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在登记补正完成…</source>
        <translation>Recording the corrections…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>补正完成，办结期限重新计算：承诺 {0} 前办结。</source>
        <translation>Corrections received; deadline counted again: to be completed by {0}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在中止计时…</source>
        <translation>Suspending the clock…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已中止计时，请书面告知申请人。</source>
        <translation>Clock suspended; tell the applicant in writing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在恢复计时…</source>
        <translation>Resuming the clock…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已恢复计时：承诺 {0} 前办结。</source>
        <translation>Clock resumed: to be completed by {0}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在办结…</source>
        <translation>Completing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已办结。申请人领取结果时请点“登记领取”。</source>
        <translation>Completed. When the applicant collects the result, click “Record collection”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在登记领取…</source>
        <translation>Recording the collection…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已登记领取。</source>
        <translation>Collection recorded.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>正在登记补交的材料…</source>
        <translation>Recording the materials handed in…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已登记补交的材料。</source>
        <translation>Materials handed in recorded.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>容缺材料已全部补齐。</source>
        <translation>All tolerated materials are now in.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在生成受理回执…</source>
        <translation>Building the acceptance receipt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在读取存档文书…</source>
        <translation>Loading the archived document…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} 未能打印：{1} 文书已存档，可点“重打文书”再次打印。</source>
        <translation>{0} could not be printed: {1} The document is archived; click “Reprint document” to try again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} 已存档，正在打印…</source>
        <translation>{0} archived, printing…</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/caselist.py" line="+541"/>
        <source>我的办件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>办件列表</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>按办件编号、申请人或事项筛选</source>
        <translation>Filter by case number, applicant or service item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办件编号、申请人或事项名称</source>
        <translation>Case number, applicant or service item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按办件状态筛选</source>
        <translation>Filter by case state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办件状态列表</source>
        <translation>Case states</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>仅看临期和逾期(&amp;U)</source>
        <translation>D&amp;ue soon and overdue only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仅看临期和逾期的办件</source>
        <translation>Show only cases due soon or overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>临期提醒天数</source>
        <translation>Due-soon warning days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余工作日不超过此数的办件标为临期</source>
        <translation>Cases with at most this many working days left are marked due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临期提醒(&amp;W)</source>
        <translation>&amp;Warn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新办件列表</source>
        <translation>Refresh the case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新（F5）</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>办件数量</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>查看办件(&amp;O)</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查看所选办件</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看办件详情并办理（回车或双击行）</source>
        <translation>Open the case to work on it (Enter or double-click a row)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>逾期：已过承诺办结日</source>
        <translation>Overdue: past the promised date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停止计时：待补正或已中止计时</source>
        <translation>Clock stopped: waiting for corrections or suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>图例：</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>未登录，无法列出本人受理的办件。</source>
        <translation>Not logged in: cannot list your own cases.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>临期：{0} 个工作日内到期</source>
        <translation>Due soon: due within {0} working days</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>共 {0} 件，临期 {1}，逾期 {2}</source>
        <translation>{0} cases, {1} due soon, {2} overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最近 {0} 件已列出，其余正在载入…</source>
        <translation>The newest {0} cases are listed; the rest is loading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}（全部 {1} 件）</source>
        <translation>{0} (of {1} in all)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有符合条件的办件。</source>
        <translation>No case matches.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有受理的办件。</source>
        <translation>No cases have been accepted yet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>您还没有受理过办件。</source>
        <translation>You have not accepted any cases yet.</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/catalog_editor.py" line="+83"/>
        <source>按名称、编码、部门或拼音首字母筛选</source>
        <translation>Filter by name, code, department or pinyin initials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>筛选事项</source>
        <translation>Filter items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>显示已停用</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示已停用的事项</source>
        <translation>Show retired items</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新建事项 (Ctrl+N)</source>
        <translation>New item (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑 (Enter)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑所选事项</source>
        <translation>Edit the selected item</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>停用</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>停用或恢复所选事项</source>
        <translation>Retire or restore the selected item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所选事项的修改历史</source>
        <translation>History of the selected item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一件事…</source>
        <translation>Bundles…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一件事列表与编辑</source>
        <translation>List and edit bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>从文件导入事项清单</source>
        <translation>Import the item catalog from a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出事项清单到文件</source>
        <translation>Export the item catalog to a file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>事项目录提示信息</source>
        <translation>Item catalog messages</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>事项目录</source>
        <translation>Item catalog</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>共 {0} 项</source>
        <translation>{0} items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {0} 项（全部 {1} 项）</source>
        <translation>{0} items (of {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，另有 {0} 项已停用</source>
        <translation>, {0} more retired</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>已保存事项“{0}”（{1}）。</source>
        <translation>Item “{0}” ({1}) saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>停用事项</source>
        <translation>Retire item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>停用“{0}”（{1}）后，取号机、窗口查询和告知书中不再出现该事项；已受理的办件不受影响，停用的事项可以恢复。
停用原因(&amp;R)：</source>
        <translation>Once “{0}” ({1}) is retired it no longer appears at the kiosk, in the window&apos;s look-up or on notices; accepted cases are not affected, and a retired item can be restored.
&amp;Reason for retiring:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确定停用</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已停用事项“{0}”。勾选“显示已停用”可以看到它。</source>
        <translation>Item “{0}” retired. Tick “Show retired” to see it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复事项</source>
        <translation>Restore item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复“{0}”（{1}）？恢复后该事项重新出现在窗口查询和告知书中。
恢复原因(&amp;R)（可不填）：</source>
        <translation>Restore “{0}” ({1})? It will appear again in the window&apos;s look-up and on notices.
&amp;Reason for restoring (optional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已恢复事项“{0}”。</source>
        <translation>Item “{0}” restored.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>导入事项清单</source>
        <translation>Import item catalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项清单 (*.json *.xlsx);;JSON 文件 (*.json);;Excel 工作簿 (*.xlsx)</source>
        <translation>Item catalogs (*.json *.xlsx);;JSON files (*.json);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>导出事项清单</source>
        <translation>Export item catalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx);;JSON 文件 (*.json)</source>
        <translation>Excel workbooks (*.xlsx);;JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事项清单-{0}.xlsx</source>
        <translation>item-catalog-{0}.xlsx</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在导出事项清单…</source>
        <translation>Exporting the item catalog…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已导出事项清单到“{0}”（{1} KB）。</source>
        <translation>Item catalog exported to “{0}” ({1} KB).</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk_pages.py" line="+240"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请输入预约码或预约手机号</source>
        <translation>Enter your appointment code or the phone number you booked with</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>预约码或手机号</source>
        <translation>Appointment code or phone number</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>数字 {0}</source>
        <translation>Digit {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>清空输入</source>
        <translation>Clear the entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除一位</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数字 0</source>
        <translation>Digit 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+89"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>确定签到</source>
        <translation>Confirm check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>正在查询…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="-741"/>
        <source>材料（勾选＝已带来）</source>
        <translation>Material (ticked = brought)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>要求</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用于</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已带</source>
        <translation>Brought</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已核验复用，无需再交</source>
        <translation>Verified earlier, not needed again</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>该材料可容缺后补</source>
        <translation>May be handed in later (tolerance)</translation>
    </message>
</context>
<context>
    <name>ClerkPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/clerk.py" line="+289"/>
        <source>当前号码</source>
        <translation>Current number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>呼叫下一位 (F1)</source>
        <translation>Call next (F1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>呼叫下一位</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重呼 (F2)</source>
        <translation>Recall (F2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始办理 (F6)</source>
        <translation>Start service (F6)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始办理</source>
        <translation>Start service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结 (F3)</source>
        <translation>Finish (F3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>过号 (F4)</source>
        <translation>No-show (F4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转窗 (F5)</source>
        <translation>Transfer (F5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转窗</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>挂起 (F7)</source>
        <translation>Hold (F7)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>挂起</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>叫号提示</source>
        <translation>Call message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日办理情况</source>
        <translation>Today&apos;s service figures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>扫码/输入号码</source>
        <translation>Scan or enter a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扫码/输入号码，如 A015，回车查看</source>
        <translation>Scan or type a number, e.g. A015, then press Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查看</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看扫描或输入的号票</source>
        <translation>Look up the scanned or typed ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>扫描的号票</source>
        <translation>Scanned ticket</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>叫此号</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>呼叫扫描的号票</source>
        <translation>Call the scanned ticket</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>本窗口等候人数</source>
        <translation>Waiting for this window</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>等候人数提示</source>
        <translation>Waiting list notice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>字头</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>挂起的号票</source>
        <translation>Tickets on hold</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>恢复办理</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>恢复所选挂起号票</source>
        <translation>Resume the selected ticket on hold</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取号</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>一次性告知 (F8)</source>
        <translation>One-time notice (F8)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一次性告知</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一件事告知 (F9)</source>
        <translation>Bundle notice (F9)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一件事告知</source>
        <translation>Bundle notice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>首问登记 (F12)</source>
        <translation>First inquiry (F12)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>首问登记</source>
        <translation>First inquiry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>预约登记 (F10)</source>
        <translation>Appointments (F10)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预约登记</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记投诉 (Ctrl+K)</source>
        <translation>Record complaint (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记投诉</source>
        <translation>Record complaint</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>事项与文书</source>
        <translation>Items and documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项查询</source>
        <translation>Item search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>我的办件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>我的首问</source>
        <translation>My first inquiries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮办代办</source>
        <translation>Proxy service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文书存档</source>
        <translation>Document archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预约</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+249"/>
        <source>本机未设置窗口号，不能叫号。请在配置文件 [terminal] 中设置 window。</source>
        <translation>This PC has no window number, so it cannot call. Set window under [terminal] in the config file.</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 号窗口 · 叫号</source>
        <translation>Window {0} · Calling</translation>
    </message>
    <message>
        <location line="+289"/>
        <source>正在重呼…</source>
        <translation>Recalling…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已重呼 {0}（第 {1} 次）</source>
        <translation>Recalled {0} (recall no. {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>正在处理…</source>
        <translation>Processing…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{0} 开始办理</source>
        <translation>Started serving {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在办结…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 已办结，可呼叫下一位（F1）</source>
        <translation>{0} finished. You can call the next number (F1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} 已按过号处理</source>
        <translation>{0} marked as a no-show</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>正在转窗…</source>
        <translation>Transferring…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} 已转往 {1}，按原取号时间重新等候</source>
        <translation>{0} transferred to {1}; it waits again in the order of its original ticket time</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在挂起…</source>
        <translation>Putting on hold…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} 已挂起，可呼叫下一位；办事人回来后在“挂起的号票”中恢复</source>
        <translation>{0} is on hold; you can call the next number. When the applicant returns, resume it from “Tickets on hold”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在恢复…</source>
        <translation>Resuming…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} 已恢复办理</source>
        <translation>{0} resumed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在暂停服务…</source>
        <translation>Pausing service…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已暂停服务。恢复后才能继续叫号。</source>
        <translation>Service paused. Resume service to call numbers again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在恢复服务…</source>
        <translation>Resuming service…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已恢复服务，可以叫号（F1）</source>
        <translation>Service resumed. You can call numbers again (F1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>请扫描号票条码，或输入号码（如 A015）后按回车。</source>
        <translation>Scan the ticket barcode, or type the number (e.g. A015) and press Enter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} 正在等候，可按“叫此号”直接呼叫</source>
        <translation>{0} is waiting; press “Call this number” to call it now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已找到号票 {0}</source>
        <translation>Found ticket {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} 号窗口</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未分配窗口</source>
        <translation>No window assigned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · {1}
{2} · 取号 {3:%H:%M} · {4}</source>
        <translation>{0} · {1}
{2} · issued {3:%H:%M} · {4}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已挂起</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已弃号</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>请先在“事项查询”中选择要告知的事项（Ctrl+F 查询）。</source>
        <translation>First choose the item in Item search (Ctrl+F).</translation>
    </message>
    <message>
        <location line="-265"/>
        <location line="+235"/>
        <source>正在叫号…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>{0}（优先：{1}）</source>
        <translation>{0} (priority: {1})</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>暂停服务</source>
        <translation>Pause service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>暂停服务提示</source>
        <translation>Service pause notice</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>恢复服务</source>
        <translation>Resume service</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>当前号票状态</source>
        <translation>Current ticket status</translation>
    </message>
    <message>
        <location line="+365"/>
        <source>已暂停服务：{0}</source>
        <translation>Service paused: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>今日已办 {0} 件</source>
        <translation>Served today: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日已办 {0} 件 · 平均 {1} 分钟</source>
        <translation>Served today: {0} · average {1} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当前没有号票</source>
        <translation>No current ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按 F1 呼叫下一位</source>
        <translation>Press F1 to call the next number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>优先</source>
        <translation>priority</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+394"/>
        <source>办理中</source>
        <translation>Being served</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>已叫号，等候办事人到窗口</source>
        <translation>Called; waiting for the applicant to come to the window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>叫号时间 {0:%H:%M:%S}</source>
        <translation>Called at {0:%H:%M:%S}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已重呼 {0} 次</source>
        <translation>Recalled {0} time(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开始办理 {0:%H:%M:%S}</source>
        <translation>Service started at {0:%H:%M:%S}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} 已在办理中。</source>
        <translation>{0} is already being served.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>需重呼满 {0} 次后才能过号（{1} 已重呼 {2} 次，按 F2 重呼）。</source>
        <translation>A number must be recalled {0} time(s) before it can be marked a no-show ({1} has been recalled {2} time(s); press F2 to recall).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请先办结当前号票 {0}，再恢复挂起的号票。</source>
        <translation>Finish the current ticket {0} before resuming a ticket on hold.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请先在列表中选择要恢复的号票。</source>
        <translation>First select the ticket to resume in the list.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>呼叫本窗口下一位等候的办事人</source>
        <translation>Call the next applicant waiting for this window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次呼叫当前号码，大屏重新播报</source>
        <translation>Call the current number again; the hall display announces it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事人已到窗口，开始计算办理时间</source>
        <translation>The applicant is at the window: start timing the service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前号票办结</source>
        <translation>Finish the current ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事人未到，按过号处理</source>
        <translation>The applicant did not come: mark as a no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转往其他业务类别或指定窗口，保留原取号时间</source>
        <translation>Transfer to another category or a specific window, keeping the original ticket time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事人暂时离开，先挂起，本窗口可呼叫下一位</source>
        <translation>The applicant has stepped away: put the ticket on hold so this window can call the next number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>呼叫扫描到的这张号票</source>
        <translation>Call this scanned ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复所选挂起号票，继续办理（也可双击列表）</source>
        <translation>Resume the selected ticket on hold and continue serving it (or double-click it in the list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂停本窗口叫号（需填写原因）</source>
        <translation>Pause calling at this window (a reason is required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复本窗口叫号</source>
        <translation>Resume calling at this window</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在读取本窗口的状态，请稍候。</source>
        <translation>Loading this window&apos;s status, please wait.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当前没有正在办理的号票，请先叫号（F1）。</source>
        <translation>No ticket is being served. Call a number first (F1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>本窗口已暂停服务（{0}），请先点“恢复服务”。</source>
        <translation>Service at this window is paused ({0}). Click “Resume service” first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>当前号票 {0} 尚未办结，请先办结（F3）、过号（F4）、转窗（F5）或挂起（F7）。</source>
        <translation>The current ticket {0} is not finished. First finish it (F3), mark it a no-show (F4), transfer it (F5) or put it on hold (F7).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>已呼叫 {0}，请到 {1} 号窗口</source>
        <translation>Called {0} to window {1}</translation>
    </message>
</context>
<context>
    <name>ClosedAgencyPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_manager.py" line="+20"/>
        <source>办结日期起</source>
        <translation>Closed from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结日期止</source>
        <translation>Closed until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查询已办结代办件</source>
        <translation>Search closed proxy cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>代办编号</source>
        <translation>Proxy case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮办代办员</source>
        <translation>Proxy agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记时间</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用时（工作日）</source>
        <translation>Time taken (working days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用时（小时）</source>
        <translation>Time taken (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联办件</source>
        <translation>Linked case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已办结代办件</source>
        <translation>Closed proxy cases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>办结统计</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办结日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已取消：{0}</source>
        <translation>Cancelled: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>截止日期不能早于起始日期。</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>没有已交付的代办件。</source>
        <translation>No delivered proxy cases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已交付的平均用时 {0} 个工作日（{1} 小时），最长 {2} 个工作日。</source>
        <translation>Average time for delivered cases {0} working days ({1} hours); longest {2} working days. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>共 {0} 件：已交付 {1} 件，已取消 {2} 件。</source>
        <translation>{0} cases: {1} delivered, {2} cancelled. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>工作日按大厅工作日历计算，登记当天不计。</source>
        <translation>Working days follow the hall&apos;s work calendar; the day of registration is not counted.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/complaint_dialog.py" line="+72"/>
        <location line="+10"/>
        <source>投诉 {0}</source>
        <translation>Complaint {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>投诉状态</source>
        <translation>Complaint status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+179"/>
        <source>承办部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+179"/>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>诉求内容</source>
        <translation>Complaint details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+211"/>
        <source>答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办理记录</source>
        <translation>Complaint history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办(&amp;Z)</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+155"/>
        <source>转办</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>答复(&amp;D)</source>
        <translation>Re&amp;ply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结(&amp;J)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结投诉</source>
        <translation>Close the complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理(&amp;R)</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+250"/>
        <location line="+2"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>显示投诉人完整联系电话</source>
        <translation>Show the complainant&apos;s full phone number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办理提示</source>
        <translation>Complaint message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭投诉详情</source>
        <translation>Close the complaint details</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} · 已逾期</source>
        <translation>{0} · overdue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}（{1} 个工作日）</source>
        <translation>{0} ({1} working days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}，工单号 {1}</source>
        <translation>{0}, work order {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>只有大厅负责人可以办理投诉。</source>
        <translation>Only the hall manager can handle complaints.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{0}”的投诉不能转办。</source>
        <translation>A complaint that is “{0}” cannot be routed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}”的投诉不能答复。</source>
        <translation>A complaint that is “{0}” cannot be replied to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答复后才能办结（当前为“{0}”）。</source>
        <translation>The complaint can be closed once it has a reply (now: “{0}”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答复或办结后才能重新办理。</source>
        <translation>A complaint can be reopened only after a reply or closing.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>转交承办部门办理：</source>
        <translation>Route to the handling department:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转办说明</source>
        <translation>Routing note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>将投诉 {0} 转交“{1}”办理吗？</source>
        <translation>Route complaint {0} to “{1}”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>承办人：{0}</source>
        <translation>Handled by: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未指定</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定转办</source>
        <translation>Confirm routing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已转办。</source>
        <translation>Routed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记给投诉人的答复：</source>
        <translation>Record the reply to the complainant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确定登记对投诉 {0} 的答复吗？</source>
        <translation>Record this reply to complaint {0}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定答复</source>
        <translation>Confirm reply</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已登记答复。</source>
        <translation>Reply recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结并归档（选填说明）：</source>
        <translation>Close and file (optional note):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如：投诉人对答复表示满意</source>
        <translation>e.g. the complainant is satisfied with the reply</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办结后归档。确定办结投诉 {0} 吗？</source>
        <translation>The complaint is filed once closed. Close complaint {0}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定办结</source>
        <translation>Confirm closing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>投诉已办结。</source>
        <translation>Complaint closed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>答复未解决问题，重新办理（重新计算期限）：</source>
        <translation>The reply did not solve the problem; reopen it (the time limit starts again):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>重新办理原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确定重新办理投诉 {0} 吗？</source>
        <translation>Reopen complaint {0}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定重新办理</source>
        <translation>Confirm reopening</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已重新办理。</source>
        <translation>Reopened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已显示完整号码（查看已记录）。</source>
        <translation>Full number shown (the viewing has been recorded).</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/complaint_intake.py" line="+80"/>
        <source>投诉登记</source>
        <translation>Record complaint</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型列表</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>办理期限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>来源：{0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>12345工单号</source>
        <translation>12345 work order no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>投诉人姓名</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选填，可匿名</source>
        <translation>Optional; may be anonymous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选填，用于答复</source>
        <translation>Optional, for the reply</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>诉求内容</source>
        <translation>Complaint details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>类型(&amp;T)：</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12345工单号(&amp;W)：</source>
        <translation>12345 &amp;work order no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉人(&amp;N)：</source>
        <translation>Complai&amp;nant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话(&amp;P)：</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求内容(&amp;C)：</source>
        <translation>&amp;Complaint details:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记 (Ctrl+Enter)</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记投诉</source>
        <translation>Record the complaint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印受理单 (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印投诉受理单</source>
        <translation>Print the complaint receipt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭投诉登记</source>
        <translation>Close the complaint form</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>办理期限 {0} 个工作日</source>
        <translation>Time limit: {0} working days</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>仅12345转办需填写</source>
        <translation>Only for complaints routed from 12345</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>正在登记…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已登记 {0}（{1}），请在 {2} 前答复。</source>
        <translation>Recorded {0} ({1}); reply by {2}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在准备受理单…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>受理单已打印。</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>受理单未能打印：{0} 已存档，可在“文书存档”中重新打印。</source>
        <translation>The receipt could not be printed: {0} It is archived; print it again from the Document archive.</translation>
    </message>
</context>
<context>
    <name>ComplaintListPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/complaint_list.py" line="+50"/>
        <location line="+42"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>状态列表</source>
        <translation>States</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>类型列表</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只看逾期(&amp;O)</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>搜索投诉</source>
        <translation>Search complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号、工单号、部门或内容</source>
        <translation>Number, work order, department or text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>投诉概况</source>
        <translation>Complaint overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工单号</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>诉求</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>投诉列表</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>登记投诉 (Ctrl+N)</source>
        <translation>Record complaint (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记投诉</source>
        <translation>Record complaint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看所选投诉</source>
        <translation>View the selected complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>刷新投诉列表</source>
        <translation>Refresh the complaint list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>红色：逾期未答复；黄色：今日到期。</source>
        <translation>Red: overdue without a reply; yellow: due today.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>显示 {0} 件；全厅逾期未答复 {1} 件</source>
        <translation>Showing {0}; {1} overdue without a reply in the whole hall</translation>
    </message>
</context>
<context>
    <name>CompleteForm</name>
    <message>
        <location filename="../../yk_desktop/gui/case_forms.py" line="+294"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>确定办结</source>
        <translation>Confirm completion</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：准予许可，核发食品经营许可证</source>
        <translation>e.g. Licence granted, food business licence issued</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办结 {0}。办理结果(&amp;R)：</source>
        <translation>Complete {0}. &amp;Result:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>确认办结</source>
        <translation>Confirm completion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结后不能撤销。确定将办件 {0} 办结吗？</source>
        <translation>Completion cannot be undone. Complete case {0}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办理结果：{0}</source>
        <translation>Result: {0}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>返回修改办理结果</source>
        <translation>Go back and edit the result</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location line="-225"/>
        <source>要求补正</source>
        <translation>Request correction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记补正</source>
        <translation>Request correction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定登记补正</source>
        <translation>Confirm the correction request</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>需要补正的材料</source>
        <translation>Material to correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本办件的材料列表</source>
        <translation>Materials of this case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>选择或输入材料名称</source>
        <translation>Choose or type a material</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>材料存在的问题</source>
        <translation>What is wrong with the material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：复印件不清晰、缺少签章、已过有效期</source>
        <translation>e.g. copy illegible, signature or seal missing, expired</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>补正要求</source>
        <translation>What is required</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>如：提交加盖公章的清晰复印件（可不填）</source>
        <translation>e.g. a legible copy with the company seal (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加补正项</source>
        <translation>Add the correction item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已列出的补正项</source>
        <translation>Correction items listed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>删除所选(&amp;D)</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除所选补正项</source>
        <translation>Delete the selected correction items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>限期补正(&amp;E)</source>
        <translation>Du&amp;e by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定补正期限</source>
        <translation>Set a due date for the corrections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补正期限</source>
        <translation>Corrections due</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>补正备注</source>
        <translation>Correction note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注（可不填）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>材料(&amp;M)</source>
        <translation>&amp;Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题(&amp;P)</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求(&amp;S)</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>列出需要补正的全部材料，一次告知（行政许可法第三十二条）。补齐材料后办理期限从次日起重新计算。</source>
        <translation>List every material to correct, all at once (Administrative Licensing Law Art. 32). Once they are complete the time limit counts again from the next day.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>请选择或填写需要补正的材料。</source>
        <translation>Choose or type the material to correct.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请写明“{0}”存在的问题。</source>
        <translation>Say what is wrong with “{0}”.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/calendar_panel.py" line="-412"/>
        <source>修改日期</source>
        <translation>Modify day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>设置单日</source>
        <translation>Set a day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存该日设置</source>
        <translation>Save the setting for this day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>日期类型</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期类型列表</source>
        <translation>Day type list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放假（节假日）</source>
        <translation>Holiday (day off)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调休上班</source>
        <translation>Swapped working day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>节日名称</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：国庆节、春节，或“大厅停电检修”</source>
        <translation>e.g. National Day, Spring Festival, or “Hall closed for power maintenance”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>手工设置的日期优先于国务院安排，重新载入时保留。把工作日设为“调休上班”即取消该日的放假。已有预约的日期设为放假前，须先为这些预约改约或取消（保存时会列出预约码）。</source>
        <translation>Days set by hand take precedence over the State Council arrangement and are kept when it is reloaded. Setting a day to “make-up working day” cancels its holiday. Before a day with appointments becomes a holiday, those appointments must be moved or cancelled (saving lists their codes).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
</context>
<context>
    <name>DeliverForm</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_forms.py" line="-51"/>
        <source>交付办结</source>
        <translation>Deliver and close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定交付办结</source>
        <translation>Confirm delivery and closing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}（{1}经办人）</source>
        <translation>{0} (for {1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}（本人）</source>
        <translation>{0} (in person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领取人</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交付备注</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>领取人(&amp;W)（代领请写明姓名和与委托人的关系）：</source>
        <translation>Collected by (&amp;W) (for someone else: name and relation to the principal):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写领取人。</source>
        <translation>Please enter who collected it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>交付后代办件 {0} 即办结，不能再记录进展。确定已交付给“{1}”吗？</source>
        <translation>Once delivered, proxy case {0} is closed and no more progress can be recorded. Was it delivered to “{1}”?</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/display.py" line="+190"/>
        <location line="+125"/>
        <source>欢迎光临，请留意叫号信息</source>
        <translation>Welcome — please watch for your number</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>最新叫号</source>
        <translation>Latest call</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 号窗口</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>业务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最近叫号列表</source>
        <translation>Recent calls list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 人</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>各类业务等候人数</source>
        <translation>People waiting per category</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>请携带本人有效身份证件及相关材料，按叫号顺序到指定窗口办理。</source>
        <translation>Please bring your valid ID and the required materials, and go to the window shown when your number is called. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务监督电话：{0}。</source>
        <translation>Service supervision hotline: {0}. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>老年人、残疾人、孕妇等可在取号机选择优先取号。</source>
        <translation>Elderly, disabled and pregnant visitors may choose a priority ticket at the kiosk.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:%Y年%m月%d日} {1} {0:%H:%M:%S}</source>
        <translation>{1} {0:%Y-%m-%d} {0:%H:%M:%S}</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+86"/>
        <source>重呼：请 {0} 号到 {1} 号窗口办理</source>
        <translation>Recall: number {0}, please go to window {1}</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>请 {0} 号到 {1} 号窗口办理</source>
        <translation>Number {0}, please go to window {1}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/followup_dialog.py" line="+95"/>
        <source>差评整改</source>
        <translation>Bad rating remedy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>整改状态</source>
        <translation>Remedy status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分项评价</source>
        <translation>Detailed ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任人</source>
        <translation>Responsible staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价时间</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价渠道</source>
        <translation>Rating channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改期限</source>
        <translation>Remedy due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>整改记录</source>
        <translation>Remedy history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访核实(&amp;H)</source>
        <translation>Call-&amp;back check</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+184"/>
        <source>回访核实</source>
        <translation>Call-back check</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>整改(&amp;Z)</source>
        <translation>Re&amp;medy</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+194"/>
        <source>登记整改</source>
        <translation>Record remedy</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>答复申请人(&amp;D)</source>
        <translation>&amp;Reply to applicant</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+200"/>
        <source>答复申请人</source>
        <translation>Reply to the applicant</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>整改评价(&amp;P)</source>
        <translation>Remedy ra&amp;ting</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+207"/>
        <source>申请人评价整改</source>
        <translation>Applicant rates the remedy</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>申诉(&amp;S)</source>
        <translation>&amp;Appeal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+217"/>
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>申诉裁定(&amp;C)</source>
        <translation>&amp;Decide appeal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+228"/>
        <source>申诉裁定</source>
        <translation>Decide the appeal</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>办结(&amp;J)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结差评</source>
        <translation>Close the bad rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>显示申请人完整联系电话</source>
        <translation>Show the applicant&apos;s full phone number</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>办理提示</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭差评整改</source>
        <translation>Close the bad rating remedy</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+1"/>
        <source>差评整改 · {0}</source>
        <translation>Bad rating remedy · {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · 已逾期</source>
        <translation>{0} · overdue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>评价器</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口评价</source>
        <translation>Rated at the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补评</source>
        <translation>Rated later</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}（{1} 号窗口）</source>
        <translation>{0} (window {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>匿名评价，无法回访</source>
        <translation>Anonymous rating: no call-back possible</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>该差评已办结。</source>
        <translation>This bad rating is closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉待裁定，裁定后再继续整改。</source>
        <translation>An appeal is awaiting a decision; the remedy continues after the decision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>匿名评价，没有联系方式。</source>
        <translation>Anonymous rating: no contact details.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>申请人已评价过整改结果。</source>
        <translation>The applicant has already rated the remedy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请先登记整改或答复。</source>
        <translation>Record a remedy or a reply first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只有申诉中的差评由大厅负责人裁定。</source>
        <translation>Only a bad rating under appeal is decided by the hall manager.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只有大厅负责人可以办结。</source>
        <translation>Only the hall manager can close it.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>记录回访情况（实名差评须全部回访）：</source>
        <translation>Record the call-back (every bad rating with a name must be called back):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记回访</source>
        <translation>Record call-back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访结果</source>
        <translation>Call-back result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如：已电话联系申请人，核实情况属实</source>
        <translation>e.g. called the applicant by phone; the facts were confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已联系上申请人</source>
        <translation>Applicant reached</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已登记回访。</source>
        <translation>Call-back recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>整改</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记整改措施：</source>
        <translation>Record the remedy measures:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改措施</source>
        <translation>Remedy measures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如：高峰时段增开窗口</source>
        <translation>e.g. open more windows at peak times</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已登记整改。</source>
        <translation>Remedy recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记对申请人的答复：</source>
        <translation>Record the reply to the applicant:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记答复</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已登记答复。</source>
        <translation>Reply recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>申请人对整改结果的评价：</source>
        <translation>The applicant&apos;s rating of the remedy:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记评价</source>
        <translation>Record rating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>整改评价</source>
        <translation>Remedy rating</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已登记申请人对整改的评价。</source>
        <translation>The applicant&apos;s rating of the remedy has been recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>认为该评价系误评或恶意评价的，可申诉一次，由大厅负责人裁定：</source>
        <translation>If the rating was given by mistake or in bad faith, it can be appealed once; the hall manager decides:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交申诉</source>
        <translation>Submit appeal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申诉理由</source>
        <translation>Grounds for the appeal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已提交申诉。</source>
        <translation>Appeal submitted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>裁定申诉（成立则该评价不计入统计）：</source>
        <translation>Decide the appeal (if upheld, the rating is left out of the figures):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记裁定</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>裁定结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>驳回申诉</source>
        <translation>Appeal rejected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申诉成立</source>
        <translation>Appeal upheld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>裁定意见</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已登记裁定。</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结该差评（办结后不能再登记整改）：</source>
        <translation>Close this bad rating (no more remedies can be recorded afterwards):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办结意见</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>确认办结</source>
        <translation>Confirm closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结后不能撤销。确定办结 {0} 的差评整改吗？</source>
        <translation>Closing cannot be undone. Close the bad rating remedy of {0}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结意见：{0}</source>
        <translation>Closing note: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定办结</source>
        <translation>Confirm closing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>差评整改已办结。</source>
        <translation>Bad rating remedy closed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已显示完整号码（查看已记录）。</source>
        <translation>Full number shown (the viewing has been recorded).</translation>
    </message>
</context>
<context>
    <name>FollowUpLedgerPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/followup_ledger.py" line="+82"/>
        <source>显示范围</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示范围列表</source>
        <translation>Show options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>差评整改概况</source>
        <translation>Bad rating remedy overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>评价时间</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>号票/办件</source>
        <translation>Ticket/case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>责任人</source>
        <translation>Responsible staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改期限</source>
        <translation>Remedy due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>差评整改台账</source>
        <translation>Bad rating remedy ledger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处理(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处理所选差评</source>
        <translation>Handle the selected bad rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>刷新台账</source>
        <translation>Refresh the ledger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补录评价(&amp;L)</source>
        <translation>&amp;Later rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>补录申请人事后给出的评价</source>
        <translation>Record a rating the applicant gave afterwards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>红色：已逾期；黄色：今日到期。</source>
        <translation>Red: overdue; yellow: due today.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>今日好评率 {0:.1%}（{1} 条评价）</source>
        <translation>Good ratings today {0:.1%} ({1} ratings)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日暂无评价</source>
        <translation>No ratings yet today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未办结差评 {0} 件，其中逾期 {1} 件；{2}</source>
        <translation>{0} open bad ratings, {1} of them overdue; {2}</translation>
    </message>
</context>
<context>
    <name>HandOffForm</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_forms.py" line="-170"/>
        <source>移交</source>
        <translation>Hand off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定移交</source>
        <translation>Confirm hand-off</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>窗口(&amp;W)</source>
        <translation>&amp;Window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交给窗口</source>
        <translation>Hand off to a window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交给部门</source>
        <translation>Hand off to a department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮办代办员(&amp;G)</source>
        <translation>Proxy a&amp;gent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交给帮办代办员</source>
        <translation>Hand off to a proxy agent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>移交的窗口</source>
        <translation>Window to hand off to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口列表</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}号窗口（{1}）</source>
        <translation>Window {0} ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>移交的部门</source>
        <translation>Department to hand off to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本代办事项的部门</source>
        <translation>Departments of these service items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>移交的帮办代办员</source>
        <translation>Proxy agent to hand off to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮办代办员列表</source>
        <translation>Proxy agents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>移交说明</source>
        <translation>Hand-off note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如：提交申请材料、许可证已取回（可不填）</source>
        <translation>e.g. application materials submitted, licence collected (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>委托书允许转委托：可移交给其他帮办代办员。</source>
        <translation>The letter of authorization allows sub-delegation: the case can be handed off to another proxy agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>委托书未授权转委托：只能交回受托人 {0}。</source>
        <translation>The letter of authorization does not allow sub-delegation: it can only go back to the agent {0}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>说明(&amp;M)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>代办件 {0} 移交给：</source>
        <translation>Hand off proxy case {0} to:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>请选择帮办代办员。</source>
        <translation>Please choose a proxy agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择或填写移交的窗口或部门。</source>
        <translation>Please choose or enter the window or department to hand off to.</translation>
    </message>
</context>
<context>
    <name>HandOverForm</name>
    <message>
        <location filename="../../yk_desktop/gui/case_forms.py" line="+130"/>
        <source>登记领取</source>
        <translation>Record collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定登记领取</source>
        <translation>Confirm the collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}（本人）</source>
        <translation>{0} (in person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领取人</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>领取人(&amp;W)（代领请写明姓名和与申请人的关系）：</source>
        <translation>Collected by (&amp;W) (for an agent: name and relation to the applicant):</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/catalog_history.py" line="+194"/>
        <source>修改历史：{0}（{1}）</source>
        <translation>History: {0} ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>修改内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>修改历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>正在读取修改历史…</source>
        <translation>Reading the history…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查看此版本全文 (Enter)</source>
        <translation>Show this version in full (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看所选版本的全部内容</source>
        <translation>Show the selected version in full</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭修改历史</source>
        <translation>Close the history</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>共 {0} 个版本，最新在上。</source>
        <translation>{0} versions, newest first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在读取第 {0} 版…</source>
        <translation>Reading version {0}…</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/clerk_dialogs.py" line="+242"/>
        <location line="+11"/>
        <source>挂起</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>挂起 {0}：办事人暂时离开（如去复印材料），本窗口可先呼叫下一位。
挂起原因(&amp;R)（可不填）：</source>
        <translation>Put {0} on hold: the applicant has stepped away (e.g. to copy documents), and this window can call the next number meanwhile.
&amp;Reason for the hold (optional):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>挂起原因</source>
        <translation>Reason for the hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：去复印身份证</source>
        <translation>e.g. gone to copy their ID card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确定挂起</source>
        <translation>Confirm hold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消挂起</source>
        <translation>Close without putting on hold</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/catalog_import.py" line="+149"/>
        <source>导入事项清单：{0}</source>
        <translation>Import item catalog: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在检查文件（试导入，不保存）…</source>
        <translation>Checking the file (a trial import, nothing is saved)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一件事</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入错误列表</source>
        <translation>Import errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提醒</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入提醒列表</source>
        <translation>Import warnings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确认导入并保存</source>
        <translation>Import and save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消导入</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+10"/>
        <location line="+55"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>因共用材料的说明改变而一同更新的其他事项：{0}</source>
        <translation>Other items updated because a shared material&apos;s text changed: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>错误（{0} 处，须全部改正后才能导入）</source>
        <translation>Errors ({0}; all must be corrected before importing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提醒（{0} 条，不影响导入）</source>
        <translation>Warnings ({0}; they do not stop the import)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/inquiry_dialog.py" line="+65"/>
        <source>首问登记</source>
        <translation>First-inquiry log</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>咨询问题（必填）</source>
        <translation>Question (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事人问了什么（必填）</source>
        <translation>What the visitor asked (required)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办事人姓名</source>
        <translation>Visitor&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匿名(&amp;A)</source>
        <translation>&amp;Anonymous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事人不愿留名</source>
        <translation>The visitor prefers not to give a name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位名称（可不填）</source>
        <translation>Organization name (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>手机或固定电话（可不填）</source>
        <translation>Mobile or landline (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>可不填，只保存遮蔽后的号码</source>
        <translation>Optional; only a masked number is stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+213"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>查找事项</source>
        <translation>Find service item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项名称或拼音首字母（可不选）</source>
        <translation>Item name or pinyin initials (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事项查找结果</source>
        <translation>Item search results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别列表</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（不限类别）</source>
        <translation>(any category)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当场答复(&amp;1)</source>
        <translation>Answered on the spot (&amp;1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处理方式：当场答复</source>
        <translation>Handling: answered on the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引导至窗口/部门(&amp;2)</source>
        <translation>Guided to a window/department (&amp;2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处理方式：引导至窗口或部门</source>
        <translation>Handling: guided to a window or department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交同事(&amp;3)</source>
        <translation>Handed over to a colleague (&amp;3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处理方式：转交同事</source>
        <translation>Handling: handed over to a colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需后续跟进(&amp;4)</source>
        <translation>Needs follow-up (&amp;4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处理方式：需后续跟进</source>
        <translation>Handling: needs follow-up</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>引导前往的窗口</source>
        <translation>Window guided to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口列表</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（不指定窗口）</source>
        <translation>(no specific window)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>引导前往的部门或地点</source>
        <translation>Department or place guided to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>部门或地点，如：市场监管局三楼</source>
        <translation>Department or place, e.g. Market Regulation Bureau, 3rd floor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>引导后仍由我跟进结果(&amp;K)</source>
        <translation>&amp;Keep following up the result after guiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引导后仍由我跟进结果</source>
        <translation>Keep following up the result after guiding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转交给哪位同事</source>
        <translation>Which colleague to hand over to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同事列表</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收取材料</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>收到的材料（可不填）</source>
        <translation>Materials received (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存首问登记</source>
        <translation>Save the first-inquiry record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打印登记单 (Ctrl+P)</source>
        <translation>Print slip (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印首问登记单</source>
        <translation>Print the first-inquiry slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新登记 (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>清空表单，登记下一位</source>
        <translation>Clear the form for the next visitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭首问登记</source>
        <translation>Close the first-inquiry log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>咨询问题(&amp;Q)*</source>
        <translation>&amp;Question*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办事人(&amp;W)</source>
        <translation>&amp;Visitor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>单位(&amp;U)</source>
        <translation>&amp;Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联系电话(&amp;T)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证件号码(&amp;D)</source>
        <translation>I&amp;D number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事项(&amp;I)</source>
        <translation>Service &amp;item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>处理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>前往(&amp;G)</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转交给(&amp;H)</source>
        <translation>&amp;Hand over to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>收取材料(&amp;M)</source>
        <translation>&amp;Materials received</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>答复内容(&amp;R)</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明(&amp;R)</source>
        <translation>&amp;Remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交说明(&amp;R)</source>
        <translation>Hand-over &amp;remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跟进事项(&amp;R)</source>
        <translation>Follow-up matte&amp;r</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>可不填，默认记为“已当场答复”</source>
        <translation>Optional; recorded as “Answered on the spot” if left empty</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}（{1} 号窗口）</source>
        <translation>{0} (window {1})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>没有找到匹配的事项</source>
        <translation>No matching service item</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未办结，已列入“我的首问”</source>
        <translation>Open; added to “My first inquiries”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登记 {0}（{1}）。</source>
        <translation>Recorded {0} ({1}). </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>可按 Ctrl+P 打印首问登记单交给办事人。</source>
        <translation>Press Ctrl+P to print the first-inquiry slip for the visitor.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>正在保存，请稍候再关闭。</source>
        <translation>Still saving; close when it has finished.</translation>
    </message>
</context>
<context>
    <name>InquiryListBase</name>
    <message>
        <location filename="../../yk_desktop/gui/inquiry_panel.py" line="+83"/>
        <source>首问列表</source>
        <translation>First inquiries</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>首问详情与处理记录</source>
        <translation>First-inquiry details and history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选择一条首问，查看详情和处理记录。</source>
        <translation>Select a first inquiry to see its details and history.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>转交(&amp;H)…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转交给同事</source>
        <translation>Hand over to a colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跟进备注(&amp;N)…</source>
        <translation>Follow-up &amp;note…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>填写跟进备注</source>
        <translation>Write a follow-up note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结(&amp;D)…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结首问</source>
        <translation>Close the first inquiry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打开(&amp;O)…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新打开首问</source>
        <translation>Reopen the first inquiry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印登记单(&amp;P)</source>
        <translation>&amp;Print slip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印首问登记单</source>
        <translation>Print the first-inquiry slip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查看完整号码(&amp;V)</source>
        <translation>&amp;View full number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看办事人完整联系电话</source>
        <translation>View the visitor&apos;s full contact number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新登记(&amp;Q)…</source>
        <translation>New &amp;inquiry…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记新的首问</source>
        <translation>Record a new first inquiry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>刷新首问列表</source>
        <translation>Refresh the first-inquiry list</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{0} 不在当前列表中（首问负责人：{1}，当前承办人：{2}）。</source>
        <translation>{0} is not in the current list (first-contact staff: {1}, now handled by: {2}).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>转交首问 {0}</source>
        <translation>Hand over first inquiry {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交说明</source>
        <translation>Hand-over note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>可不填，如：涉及税务，请协助答复</source>
        <translation>Optional, e.g. it involves tax, please help with the reply</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在转交…</source>
        <translation>Handing over…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转交给 {0}；首问负责人不变，办结前会一直在其列表中。</source>
        <translation>Handed over to {0}. The first-contact staff stays the same and keeps it in their list until it is closed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>跟进备注 {0}</source>
        <translation>Follow-up note {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>跟进备注</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在保存备注…</source>
        <translation>Saving the note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注已记录。</source>
        <translation>Note recorded.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>办结首问 {0}</source>
        <translation>Close first inquiry {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如：已答复所需材料，办事人已到窗口办理</source>
        <translation>e.g. told the visitor the materials needed; the visitor went to a window</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在办结…</source>
        <translation>Closing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结。</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>重新打开首问 {0}</source>
        <translation>Reopen first inquiry {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新打开的原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在重新打开…</source>
        <translation>Reopening…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已重新打开，请跟进后办结。</source>
        <translation>Reopened; follow it up and close it.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>已显示完整号码（查看已记录）。</source>
        <translation>Full number shown (the view was recorded).</translation>
    </message>
</context>
<context>
    <name>InquiryManagerPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/inquiry_manager.py" line="+106"/>
        <source>首问管理</source>
        <translation>First-inquiry management</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部人员</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部处理方式</source>
        <translation>All handling types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>仅超时未办结(&amp;L)</source>
        <translation>&amp;Late only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只显示超过时限未办结的首问</source>
        <translation>Show only first inquiries still open past the time limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查找首问</source>
        <translation>Find first inquiries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号、问题、事项或单位</source>
        <translation>Number, question, service item or organization</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>首问统计</source>
        <translation>First-inquiry figures</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>按人员按日统计</source>
        <translation>Per staff member per day</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>首问记录与统计</source>
        <translation>First-inquiry records and figures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>首问记录</source>
        <translation>First-inquiry records</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>从(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至(&amp;T)</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0}列表</source>
        <translation>{0} list</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0} 至 {1}：共登记 {2} 条，当场答复 {3} 条（{4}），仍未办结 {5} 条。</source>
        <translation>{0} to {1}: {2} recorded, {3} answered on the spot ({4}), {5} still open. </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>超过 {0} 小时未办结 {1} 条（列表中红色显示，可勾选“仅超时未办结”查看）。</source>
        <translation>{1} open for more than {0} hours (shown in red; tick “Late only” to list them).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有超过 {0} 小时未办结的首问。</source>
        <translation>No first inquiries open for more than {0} hours.</translation>
    </message>
</context>
<context>
    <name>InquiryPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/inquiry_panel.py" line="+34"/>
        <source>我的首问</source>
        <translation>My first inquiries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>显示范围</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示范围列表</source>
        <translation>Show options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近 {0} 天全部（含已办结）</source>
        <translation>All, last {0} days (incl. closed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>首问负责：您首先接待的咨询，转交他人后仍由您负责，直到办结。超过大厅规定时限未办结的显示为红色。</source>
        <translation>First-inquiry responsibility: you remain responsible for an inquiry you received first, even after handing it over, until it is closed. Inquiries still open past the hall&apos;s time limit are shown in red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>首问统计</source>
        <translation>First-inquiry figures</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>未办结 {0} 条</source>
        <translation>{0} open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，其中超时 {0} 条</source>
        <translation>, {0} past the time limit</translation>
    </message>
</context>
<context>
    <name>ItemDetailView</name>
    <message>
        <location filename="../../yk_desktop/gui/itemdetail.py" line="+30"/>
        <source>请在上方选择事项查看详情</source>
        <translation>Select an item above to see its details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>事项信息</source>
        <translation>Item information</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>申请材料</source>
        <translation>Required materials</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>申请材料清单</source>
        <translation>List of required materials</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>事项编码 {0} · {1}</source>
        <translation>Item code {0} · {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理流程</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定时限 {0}；承诺时限 {1}</source>
        <translation>Statutory limit {0}; promised limit {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收费标准</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理地点</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询电话</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网上办理</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>可网上办理</source>
        <translation>Can be done online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>仅窗口办理</source>
        <translation>At the window only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>申请材料（共 {0} 项，必需 {1} 项）</source>
        <translation>Required materials ({0} in all, {1} always required)</translation>
    </message>
</context>
<context>
    <name>ItemEditDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/item_form.py" line="+96"/>
        <source>新建事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑事项 {0}</source>
        <translation>Edit item {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存事项</source>
        <translation>Save the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消编辑</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>申请材料（顺序即告知书上的顺序）</source>
        <translation>Required materials (in the order the notice lists them)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在读取事项…</source>
        <translation>Reading the items…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在读取业务类别…</source>
        <translation>Reading the categories…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>如：210800-SCJG-DJ-001</source>
        <translation>e.g. 210800-SCJG-DJ-001</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>事项名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>业务类别列表</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>法律、法规、规章的名称和条款</source>
        <translation>The law, regulation or rule and its articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>可分行填写</source>
        <translation>May take several lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>办理流程</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>每行一步，如：
申请
受理
审查
决定</source>
        <translation>One step per line, e.g.:
Application
Acceptance
Review
Decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>收费标准</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>不收费请填“不收费”</source>
        <translation>Write “不收费” when there is no fee</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>办理地点</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>咨询电话</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>如：0417-2825101</source>
        <translation>e.g. 0417-2825101</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>可网上办理</source>
        <translation>Can be done online</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>允许容缺受理</source>
        <translation>Accept with materials to follow</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>法定</source>
        <translation>Statutory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承诺</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>办理时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即办</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>（已停用）</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑事项 {0} · 第 {1} 版{2}</source>
        <translation>Edit item {0} · version {1}{2}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>承诺时限不得超过法定时限（{0}）。</source>
        <translation>The promised limit may not exceed the statutory limit ({0}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{0}”：另有 {1} 个事项</source>
        <translation>“{0}”: {1} other items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改共用材料</source>
        <translation>Change a shared material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>以下材料各事项共用，保存后这些事项的告知书也随之改变：</source>
        <translation>These materials are shared by several items; saving changes those items&apos; notices too:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仍然保存</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>仍然保存，同时改变其他事项</source>
        <translation>Save anyway, changing the other items too</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>返回修改材料</source>
        <translation>Go back to the materials</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>事项已被他人修改</source>
        <translation>Someone else changed the item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新读取</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新读取最新内容</source>
        <translation>Reload the latest version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>继续编辑不读取</source>
        <translation>Keep editing without reloading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新读取会放弃您在此所做的修改；也可以先记下修改，读取后再改。</source>
        <translation>Reloading drops what you changed here; you may note your changes first and make them again after reloading.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在读取最新内容…</source>
        <translation>Reading the latest version…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>事项的修改尚未保存，确定放弃吗？</source>
        <translation>The changes to the item are not saved. Discard them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放弃修改并关闭</source>
        <translation>Discard the changes and close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>继续编辑事项</source>
        <translation>Keep editing the item</translation>
    </message>
</context>
<context>
    <name>ItemSearchBox</name>
    <message>
        <location filename="../../yk_desktop/gui/itemsearch.py" line="+46"/>
        <location line="+5"/>
        <source>事项查询</source>
        <translation>Item search</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>输入事项名称、编码或拼音首字母（如 bdc），Ctrl+F</source>
        <translation>Type an item name, code or pinyin initials (e.g. bdc), Ctrl+F</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事项查询结果</source>
        <translation>Item search results</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>找到 {0} 项</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>没有找到匹配的事项，请换个名称、编码或拼音首字母试试。</source>
        <translation>No matching item. Try another name, code or pinyin initials.</translation>
    </message>
</context>
<context>
    <name>KioskPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk.py" line="+204"/>
        <source>暂无可取号的业务，请咨询大厅工作人员。</source>
        <translation>No service is open for tickets. Please ask the hall staff.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>优先服务：{0}</source>
        <translation>Priority service: {0}</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>请选择优先类别，再选择您要办理的业务</source>
        <translation>Choose your priority group, then choose your service</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>语音不可用（{0}），请看屏幕提示</source>
        <translation>Voice guidance unavailable ({0}); please follow the instructions on the screen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>请输入预约码，或预约时登记的手机号，再按确定</source>
        <translation>Enter your appointment code, or the phone number you booked with, then press OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请先输入预约码或手机号。</source>
        <translation>Please enter your appointment code or phone number first.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>已超过签到时间，按普通号办理</source>
        <translation>Check-in time has passed; you will be served as a regular ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预约签到成功 · 预约时段 {0}</source>
        <translation>Checked in · appointment time {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>您前面还有 {0} 人等待</source>
        <translation>{0} waiting before you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>您前面还有 0 人等待，请留意叫号</source>
        <translation>No one is waiting before you; please watch for your number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您前面还有 {0} 人，预计等候约 {1} 分钟</source>
        <translation>{0} waiting before you; estimated wait about {1} min</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>您的号码是 {0}。{1}</source>
        <translation>Your number is {0}. {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>暂时不能取号</source>
        <translation>Tickets are not available now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取号未成功</source>
        <translation>The ticket could not be issued</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>正在重新打印 {0} 号票…</source>
        <translation>Reprinting ticket {0}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已重新打印 {0} 号票，请取走号票。</source>
        <translation>Ticket {0} reprinted. Please take your ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号票已打印，请取走号票</source>
        <translation>Ticket printed. Please take your ticket</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>号票打印失败：{0}，您的号码 {1} 仍然有效。</source>
        <translation>The ticket could not be printed: {0}. Your number {1} is still valid. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请记住您的号码，或点“重打上一张”。</source>
        <translation>Please remember your number, or tap “Reprint last ticket”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>号票打印失败，您的号码是 {0}</source>
        <translation>The ticket could not be printed. Your number is {0}</translation>
    </message>
</context>
<context>
    <name>LaterRatingDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/review_later.py" line="+54"/>
        <source>补录评价（补评）</source>
        <translation>Record a later rating</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>号票号码或办件编号</source>
        <translation>Ticket number or case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>号票号码（如 A015）、号票条码或办件编号</source>
        <translation>Ticket number (e.g. A015), ticket barcode or case number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>取号日期</source>
        <translation>Ticket date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查找要补评的服务</source>
        <translation>Find the service to rate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请输入号票号码或办件编号后按回车查找。</source>
        <translation>Type a ticket number or case number and press Enter to find it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>补评对象</source>
        <translation>Service rated</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>评价：{0}</source>
        <translation>Rating: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}列表</source>
        <translation>{0} list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未评）</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>原因：{0}</source>
        <translation>Reasons: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>评价意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人的意见（选“其他”时必填）</source>
        <translation>The applicant&apos;s comment (required with “Other”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回访电话</source>
        <translation>Call-back phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选填；办件或预约已有电话时可不填</source>
        <translation>Optional; not needed when the case or appointment has a phone number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>不满意原因：</source>
        <translation>Reasons for dissatisfaction: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价意见(&amp;C)：</source>
        <translation>&amp;Comment: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访电话(&amp;P)：</source>
        <translation>Call-back &amp;phone: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>取号日期：</source>
        <translation>Ticket date: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>号票/办件(&amp;N)：</source>
        <translation>Ticket/case &amp;number: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>总体评价：</source>
        <translation>Overall rating: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分项评价：</source>
        <translation>Sub-ratings: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>补评结果</source>
        <translation>Later rating result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存补评 (Ctrl+Enter)</source>
        <translation>Save rating (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存补评</source>
        <translation>Save the later rating</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭补录评价</source>
        <translation>Close the later rating</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} 号窗口</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作人员 {0}</source>
        <translation>Staff {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办结于 {0}</source>
        <translation>Finished {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>请先查找要补评的号票或办件。</source>
        <translation>First find the ticket or case to rate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择申请人的总体评价。</source>
        <translation>Choose the applicant&apos;s overall rating.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已登记 {0} 的补评：{1}。</source>
        <translation>Later rating of {0} recorded: {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已转入差评整改台账，须于 {0} 前整改。</source>
        <translation>Entered in the bad-rating remedy ledger; remedy due by {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>请按回车查找。</source>
        <translation>Press Enter to search.</translation>
    </message>
</context>
<context>
    <name>LinkCaseForm</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_forms.py" line="+11"/>
        <source>关联办件</source>
        <translation>Link case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关联</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定关联办件</source>
        <translation>Confirm linking the case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如 C2026000001，可扫码</source>
        <translation>e.g. C2026000001; can be scanned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受理回执上的办件编号(&amp;C)：</source>
        <translation>&amp;Case no. from the acceptance receipt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请输入或扫描办件编号。</source>
        <translation>Please enter or scan the case number.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/login.py" line="+50"/>
        <location line="+6"/>
        <source>工作人员登录</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>政务服务大厅窗口系统</source>
        <translation>Government service hall window system</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+31"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>请输入用户名</source>
        <translation>Enter your user name</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+33"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>请输入密码</source>
        <translation>Enter your password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登录提示</source>
        <translation>Login message</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+92"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消登录</source>
        <translation>Cancel login</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>演示模式：单击账号填入，双击直接登录</source>
        <translation>Demo mode: click an account to fill it in, double-click to log in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>演示账号列表</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>ManagerPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/manager.py" line="+124"/>
        <source>管理功能</source>
        <translation>Management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大厅概况</source>
        <translation>Hall overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事项目录</source>
        <translation>Item catalog</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>首问管理</source>
        <translation>First inquiries</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>帮办代办</source>
        <translation>Proxy service</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>差评整改</source>
        <translation>Bad rating remedies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉处理</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>好差评统计</source>
        <translation>Service rating figures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>预约日视图</source>
        <translation>Appointments by day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预约计划</source>
        <translation>Slot plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延时服务</source>
        <translation>After-hours service</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>文书存档</source>
        <translation>Document archive</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>工作日历</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>清单外材料</source>
        <translation>Off-list materials</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>办件与文书</source>
        <translation>Cases and documents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>首问与评价</source>
        <translation>Inquiries and ratings</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>预约与延时</source>
        <translation>Appointments and after-hours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日历与规则</source>
        <translation>Calendar and rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大厅规则</source>
        <translation>Hall rules</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+30"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理类别</source>
        <translation>Categories served</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>窗口列表</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>字头</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取号时间</source>
        <translation>Ticket hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日上限</source>
        <translation>Daily cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前等候</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>业务类别列表</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>业务类别与等候</source>
        <translation>Categories and waiting</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>暂停：{0}</source>
        <translation>Paused: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>启用</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} 个窗口，{1} 个业务类别，当前共 {2} 人等候</source>
        <translation>{0} windows, {1} categories, {2} people waiting</translation>
    </message>
</context>
<context>
    <name>MaterialListModel</name>
    <message>
        <location filename="../../yk_desktop/gui/material_table.py" line="+112"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原件/复印件 · 份数</source>
        <translation>Original/copy · copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必交/情形</source>
        <translation>Required / when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出具单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>可复用</source>
        <translation>Reusable</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>可容缺</source>
        <translation>May follow later</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{0} {1} 份</source>
        <translation>{0} × {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>情形：{0}</source>
        <translation>If: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>必交</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>MaterialsEditor</name>
    <message>
        <location filename="../../yk_desktop/gui/material_editor.py" line="+80"/>
        <source>申请材料清单</source>
        <translation>List of required materials</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>添加材料</source>
        <translation>Add material</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加一项材料</source>
        <translation>Add a material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除所选材料</source>
        <translation>Delete the selected material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所选材料上移</source>
        <translation>Move the selected material up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所选材料下移</source>
        <translation>Move the selected material down</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+74"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>如：营业执照</source>
        <translation>e.g. 营业执照 (business licence)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>原件或复印件</source>
        <translation>Original or copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原件或复印件选项</source>
        <translation>Original or copy choices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>纸质或电子</source>
        <translation>Paper or electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料形式选项</source>
        <translation>Form choices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>必交</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必须提交</source>
        <translation>Must be handed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按情形提交：</source>
        <translation>When:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按情形提交</source>
        <translation>Handed in when</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>适用情形</source>
        <translation>When it is needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：委托他人办理的提供</source>
        <translation>e.g. when someone acts for the applicant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <location line="+207"/>
        <source>出具单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>如：市场监管部门</source>
        <translation>e.g. 市场监管部门 (market regulator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>电子证照名称</source>
        <translation>Electronic certificate name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有电子证照时填写，如：营业执照</source>
        <translation>When there is an electronic certificate, e.g. 营业执照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备注或要求</source>
        <translation>Notes or requirements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：加盖公章；复印件须注明“与原件一致”</source>
        <translation>e.g. 加盖公章 (stamped with the official seal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>可复用（已核验过的不再要求提交）</source>
        <translation>Reusable (not asked again once verified)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可复用已核验材料</source>
        <translation>Reuse verified material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可容缺（容缺受理时可后补）</source>
        <translation>May follow later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可容缺</source>
        <translation>May follow later</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>要求</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交</source>
        <translation>Hand-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电子证照</source>
        <translation>E-certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注/要求</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>共 {0} 项材料</source>
        <translation>{0} materials</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>本大厅已有材料“{0}”，已按它填入出具单位、证照名称、备注和可复用。</source>
        <translation>The hall already has “{0}”; its issuer, certificate, notes and reuse were filled in from it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>等</source>
        <translation> etc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>注意：“{0}”由 {1} 个其他事项（{2}）共用，修改其{3}将同时改变这 {1} 个事项的告知书。</source>
        <translation>Note: “{0}” is shared by {1} other items ({2}); changing its {3} changes the notices of those {1} items too.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{0}”还用于其他 {1} 个事项（{2}）；出具单位、证照名称、备注和可复用对这些事项同时生效。</source>
        <translation>“{0}” is also used by {1} other items ({2}); its issuer, certificate, notes and reuse apply to them as well.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>可复用</source>
        <translation>Reusable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>证照名称</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ModeWindow</name>
    <message>
        <location filename="../../yk_desktop/gui/shell.py" line="+175"/>
        <source>模式(&amp;M)</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>工作人员登录…</source>
        <translation>Staff login…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>服务(&amp;S)</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>首问登记…</source>
        <translation>First inquiry…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>营口市政务服务大厅窗口系统 yk-desktop {0}

依据《营口市优化营商环境管理办法》建设：一次性告知、首问负责、限时办结、预约延时与帮办代办服务。</source>
        <translation>Yingkou government service hall window system, yk-desktop {0}

Built to carry out the Yingkou Measures for Optimizing the Business Environment: one-time notification, first-inquiry responsibility, time-limited completion, appointments with extended hours, and assisted/proxy service.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>中心数据库 {0}:{1}/{2}</source>
        <translation>Central database {0}:{1}/{2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本地数据库 {0}</source>
        <translation>Local database {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未登录（{0}）</source>
        <translation>Not logged in ({0})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>有 {0} 条启动提示，请信息管理员执行 yk-desktop doctor 查看</source>
        <translation>{0} start-up note(s): hall IT, please run yk-desktop doctor</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 号窗口</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无窗口</source>
        <translation>No window</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>检查中</source>
        <translation>checking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>连接正常</source>
        <translation>connected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法连接</source>
        <translation>unreachable</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="+162"/>
        <source>一次性告知</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在读取事项…</source>
        <translation>Reading the items…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>个人(&amp;P)</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人为个人</source>
        <translation>Applicant is a person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>企业(&amp;E)</source>
        <translation>&amp;Enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人为企业</source>
        <translation>Applicant is an enterprise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>申请人姓名或企业名称</source>
        <translation>Applicant&apos;s name or enterprise name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>证件号码</source>
        <translation>ID or credit code</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>申请材料清单</source>
        <translation>List of required materials</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>清单外材料</source>
        <translation>Off-list materials</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清单外材料名称</source>
        <translation>Off-list material</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>要求提供的理由（将印在告知书上并报大厅负责人）</source>
        <translation>Reason for asking (printed on the notice and reported to the hall manager)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>添加清单外材料</source>
        <translation>Add off-list material</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除所选清单外材料</source>
        <translation>Remove the selected off-list material</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>补交方式</source>
        <translation>How to hand in the rest</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>打印告知书 (Ctrl+P)</source>
        <translation>Print notice (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印告知书</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+127"/>
        <source>材料齐全，受理 (Ctrl+Enter)</source>
        <translation>Complete, accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在读取材料清单…</source>
        <translation>Reading the material list…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>一次性告知：{0}（{1}）</source>
        <translation>One-time notice: {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一次性告知：{0}</source>
        <translation>One-time notice: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>共 {0} 项材料：已带 {1} 项，已核验复用 {2} 项，缺 {3} 项。</source>
        <translation>{0} materials: {1} brought, {2} verified earlier, {3} missing.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>重新打印受理回执</source>
        <translation>Print the receipt again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理 (Ctrl+Enter)</source>
        <translation>Accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>正在生成受理回执…</source>
        <translation>Building the receipt…</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+17"/>
        <source>正在生成告知书…</source>
        <translation>Building the notice…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>一次性告知书 {0}</source>
        <translation>One-time notice {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Print again (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+10"/>
        <source>正在受理…</source>
        <translation>Accepting…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已受理，办件编号 {0}，承诺 {1:%Y年%m月%d日} 前办结。正在打印受理回执…</source>
        <translation>Accepted as case {0}, promised by {1:%Y-%m-%d}. Printing the receipt…</translation>
    </message>
</context>
<context>
    <name>OffListPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/offlist_panel.py" line="+139"/>
        <source>清单外材料</source>
        <translation>Off-list materials</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>起始日期(&amp;S)</source>
        <translation>&amp;Since</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新清单外材料列表</source>
        <translation>Refresh the off-list materials list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新（F5）</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出CSV(&amp;X)…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出清单外材料为CSV文件</source>
        <translation>Export the off-list materials as a CSV file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按《办法》第十九条，窗口只能要求提供清单内的材料；确需清单外材料的，必须写明理由（印在一次性告知书上）。以下是所选日期以来的全部记录，请定期核查。</source>
        <translation>Under Art. 19 of the Measures, windows may only ask for materials on the published list; any off-list material needs a written reason (printed on the one-time notice). Below is every such request since the chosen date; review them regularly.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>清单外材料列表</source>
        <translation>Off-list materials list</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>按经办人统计</source>
        <translation>Count per clerk</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{0} 以来没有清单外材料记录。</source>
        <translation>No off-list materials since {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} 项</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 以来共 {1} 项。按经办人：{2}</source>
        <translation>{1} since {0}. Per clerk: {2}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>清单外材料_{0}起.csv</source>
        <translation>off-list-materials_from_{0}.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已导出 {0} 项到“{1}”。</source>
        <translation>Exported {0} rows to “{1}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法保存到“{0}”（{1}），请换一个文件夹后重试。</source>
        <translation>Could not save to “{0}” ({1}). Please choose another folder and try again.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/clerk_dialogs.py" line="-44"/>
        <location line="+16"/>
        <source>暂停服务</source>
        <translation>Pause service</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>暂停期间本窗口不再叫号。请填写暂停原因(&amp;R)：</source>
        <translation>While service is paused, this window calls no numbers. Enter the &amp;reason for the pause:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>暂停原因</source>
        <translation>Reason for the pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>常用暂停原因</source>
        <translation>Common reasons for a pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>临时离岗</source>
        <translation>Briefly away from the desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>午间休息</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>系统故障</source>
        <translation>System fault</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>业务培训</source>
        <translation>Staff training</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选择或输入原因，如：临时离岗</source>
        <translation>Choose or type a reason, e.g. Briefly away from the desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定暂停服务</source>
        <translation>Confirm pausing service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消暂停</source>
        <translation>Close without pausing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请填写暂停服务的原因（如：临时离岗、系统故障）。</source>
        <translation>Please enter a reason for pausing service (e.g. Briefly away from the desk, System fault).</translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/policy_panel.py" line="+101"/>
        <source>以下期限和预约规则因地方规定而异，由大厅负责人按本地规定设置；全大厅所有窗口按同一规则计算。工作日按“工作日历”扣除节假日。</source>
        <translation>The time limits and appointment rules below vary with local regulations; the hall manager sets them by local rules, and every window in the hall counts by the same rules. Working days exclude holidays according to the “Work calendar”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>规则保存结果</source>
        <translation>Result of saving the rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存大厅规则</source>
        <translation>Save the hall rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复默认值(&amp;D)</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复默认值</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>默认 {0} {1}，可设 {2}–{3}</source>
        <translation>Default {0} {1}; allowed {2}–{3}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已填入默认值，保存后生效。</source>
        <translation>Defaults filled in; they take effect when saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已保存 {0} 项规则。</source>
        <translation>{0} rules saved.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/preview.py" line="+52"/>
        <source>可选择其他打印机后重新打印。</source>
        <translation>You can choose another printer and print again.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>已打印 {0} 份，第 {1} 份未能打印：{2}</source>
        <translation>{0} copies printed, copy {1} could not be printed: {2}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>文书预览</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>缩小(&amp;-)</source>
        <translation>Zoom out (&amp;-)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缩小预览</source>
        <translation>Zoom the preview out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放大(&amp;+)</source>
        <translation>Zoom in (&amp;+)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放大预览</source>
        <translation>Zoom the preview in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适合宽度(&amp;W)</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预览适合宽度</source>
        <translation>Fit the preview to the width</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>共 {0} 页</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择打印机</source>
        <translation>Choose a printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印机列表</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在查找打印机…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印份数</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印文书</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印（Ctrl+P）</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>另存为PDF文件</source>
        <translation>Save as a PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭打印预览</source>
        <translation>Close the print preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>文书文件已损坏，无法预览和打印，请重新生成该文书。</source>
        <translation>The document file is damaged and cannot be previewed or printed. Please generate the document again.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>打印机(&amp;R)</source>
        <translation>P&amp;rinter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>份数(&amp;N)</source>
        <translation>&amp;Number of copies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>以后此类文书不预览，直接打印(&amp;S)</source>
        <translation>&amp;Skip the preview and print documents of this kind directly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此类文书以后直接打印</source>
        <translation>Print documents of this kind directly from now on</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>第 {0} / {1} 页</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0}（默认）</source>
        <translation>{0} (default)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}（未找到）</source>
        <translation>{0} (not found)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF 文件：{0}</source>
        <translation>PDF file: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本机没有安装打印机</source>
        <translation>No printer installed on this PC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本机没有安装打印机，无法直接打印。可点「另存为PDF…」保存文件，在其他电脑上打印。</source>
        <translation>No printer is installed on this PC, so it cannot print. Use “Save as PDF…” to save the file and print it on another PC.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>正在打印，请稍候…</source>
        <translation>Printing, please wait…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已打印。</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>无法保存到“{0}”（{1}），请换一个文件夹后重试。</source>
        <translation>Could not save to “{0}” ({1}). Please choose another folder and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已保存到“{0}”。</source>
        <translation>Saved to “{0}”.</translation>
    </message>
</context>
<context>
    <name>ReadyForm</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_forms.py" line="+8"/>
        <source>结果待领取</source>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记并打印通知单</source>
        <translation>Record and print notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定登记结果待领取并打印通知单</source>
        <translation>Confirm the result is ready for collection and print the notice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>领取地点</source>
        <translation>Collection point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领取备注</source>
        <translation>Collection note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如：请携带单位公章（可不填）</source>
        <translation>e.g. please bring the company seal (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>领取地点(&amp;P)</source>
        <translation>Collection &amp;point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办理结果已取回，通知委托人领取：</source>
        <translation>The result has been collected from the department; notify the principal to collect it:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写领取地点。</source>
        <translation>Please enter the collection point.</translation>
    </message>
</context>
<context>
    <name>ReasonForm</name>
    <message>
        <location filename="../../yk_desktop/gui/case_forms.py" line="-89"/>
        <source>中止计时</source>
        <translation>Suspend clock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定中止计时</source>
        <translation>Confirm suspending the clock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>中止计时原因</source>
        <translation>Reason for suspending the clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>常用中止计时原因</source>
        <translation>Common reasons for suspending the clock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检验、检测、检疫</source>
        <translation>Inspection, testing, quarantine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>鉴定</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现场核查</source>
        <translation>On-site check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>招标、拍卖</source>
        <translation>Tender, auction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择或输入原因</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>听证、检验、检测、鉴定、专家评审等所需时间不计入办理期限，须书面告知申请人。中止原因(&amp;R)：</source>
        <translation>Time for hearings, inspections, tests, appraisals and expert reviews is not counted; the applicant must be told in writing. &amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location line="+106"/>
        <source>打印受理回执</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定打印受理回执</source>
        <translation>Confirm printing the receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 纸(&amp;A)</source>
        <translation>&amp;A4 paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 纸受理回执</source>
        <translation>Receipt on A4 paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 毫米小票(&amp;R)</source>
        <translation>80 mm &amp;roll slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 毫米小票受理回执</source>
        <translation>Receipt as an 80 mm roll slip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>受理回执按当前的办结期限重新生成并存档：</source>
        <translation>The receipt is built again with the current deadline and archived:</translation>
    </message>
</context>
<context>
    <name>ReprintForm</name>
    <message>
        <location line="+10"/>
        <source>重打文书</source>
        <translation>Reprint document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预览/打印</source>
        <translation>Preview/print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预览并打印所选文书</source>
        <translation>Preview and print the selected document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择要重打的文书</source>
        <translation>Choose the document to reprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本办件的存档文书</source>
        <translation>Archived documents of this case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已打印 {0} 次</source>
        <translation>printed {0} times</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未打印</source>
        <translation>not printed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1} · {2} · {3}</source>
        <translation>{0} {1} · {2} · {3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>重打的是存档的原件，与当时交给申请人的一致(&amp;D)：</source>
        <translation>A reprint is the archived original, identical to what the applicant received (&amp;D):</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk_pages.py" line="+37"/>
        <location line="+4"/>
        <location line="+19"/>
        <source>您的号码</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+19"/>
        <source>请在休息区等候，注意呼叫及大屏显示信息</source>
        <translation>Please wait in the seating area and watch the screen and announcements</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在打印号票，请稍候…</source>
        <translation>Printing your ticket, please wait…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>如需帮助，请咨询大厅导服台工作人员</source>
        <translation>For help, please ask at the hall information desk</translation>
    </message>
</context>
<context>
    <name>ReviewFiguresPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/review_figures.py" line="+42"/>
        <source>统计开始日期</source>
        <translation>Start date of the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计结束日期</source>
        <translation>End date of the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计(&amp;T)</source>
        <translation>Coun&amp;t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按所选期间统计</source>
        <translation>Count for the chosen period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评价概况</source>
        <translation>Rating overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>按工作人员</source>
        <translation>By staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按窗口</source>
        <translation>By window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按日</source>
        <translation>By day</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>评价数</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>好评率</source>
        <translation>Good rating rate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>共 {0} 条评价，好评率 {1}，差评 {2} 条</source>
        <translation>{0} ratings, good rating rate {1}, {2} bad ratings</translation>
    </message>
</context>
<context>
    <name>ReviewPad</name>
    <message>
        <location filename="../../yk_desktop/gui/review_pad.py" line="+145"/>
        <source>服务评价</source>
        <translation>Service rating</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正在准备评价…</source>
        <translation>Preparing the rating…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请您对本次服务进行评价</source>
        <translation>Please rate this service</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>以下内容可选填，直接点“提交评价”即可</source>
        <translation>The following is optional; you can just tap “Submit rating”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>不满意的原因（可多选）</source>
        <translation>Why were you dissatisfied? (choose any)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>原因：{0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请写下您的意见（选填；选“其他”时请填写）</source>
        <translation>Your comments (optional; please fill in if you chose “Other”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>留下联系电话，便于我们回访（选填）</source>
        <translation>Leave a phone number so we can call you back (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>提交评价</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新选择</source>
        <translation>Choose again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>返回重新选择满意程度</source>
        <translation>Go back and choose your rating again</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>感谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0} 号窗口</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作人员 {0}</source>
        <translation>Staff: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>您的评价：{0}</source>
        <translation>Your rating: {0}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>我们将尽快核实并改进，必要时与您联系。</source>
        <translation>We will look into it and improve as soon as possible, and contact you if needed.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>欢迎您再次光临。</source>
        <translation>We look forward to seeing you again.</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../yk_desktop/gui/scan_viewer.py" line="+53"/>
        <source>扫描件分辨率过高（{0}×{1} 像素），无法显示；请以 300 dpi 重新扫描后附加。</source>
        <translation>The scan&apos;s resolution is too high ({0}×{1} pixels) to show; scan it again at 300 dpi and attach it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>扫描件无法显示（文件可能已损坏），请重新扫描后附加。</source>
        <translation>The scan cannot be shown (the file may be damaged); scan it again and attach it.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>扫描件 PDF 设有打开密码，无法显示；请去掉密码后重新附加。</source>
        <translation>The scanned PDF has an opening password and cannot be shown; remove the password and attach it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../yk_desktop/gui/session.py" line="+54"/>
        <source>政务服务中心</source>
        <translation>Government Service Center</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>窗口工作台</source>
        <translation>Clerk workstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自助取号机</source>
        <translation>Ticket kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>叫号大屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理控制台</source>
        <translation>Manager console</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>窗口工作人员</source>
        <translation>Window clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮办代办员</source>
        <translation>Proxy agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大厅负责人</source>
        <translation>Hall manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../../yk_desktop/gui/appointment_dialog.py" line="-589"/>
        <source>可约</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>约满</source>
        <translation>Full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不可约</source>
        <translation>Unavailable</translation>
    </message>
</context>
<context>
    <name>SlotPlanPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/slot_plan_editor.py" line="+129"/>
        <source>显示已停用</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示已停用的计划</source>
        <translation>Show retired plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+83"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>星期</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+146"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+138"/>
        <source>每段</source>
        <translation>Slot length</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每段名额</source>
        <translation>Places per slot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+148"/>
        <source>有效期</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+152"/>
        <source>预约规则</source>
        <translation>Booking rules</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>预约计划列表</source>
        <translation>Slot plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>计划的业务类别</source>
        <translation>Category of the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>时段类型</source>
        <translation>Slot type</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结束时间</source>
        <translation>End time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每个时段的分钟数</source>
        <translation>Minutes per slot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每个时段可约人数</source>
        <translation>Places per slot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效期自</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>长期有效</source>
        <translation>No end date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该计划的可预约范围（工作日）</source>
        <translation>This plan&apos;s booking horizon (working days)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> 个工作日内</source>
        <translation> working days ahead</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该计划最少提前预约天数</source>
        <translation>This plan&apos;s minimum days of notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提前 </source>
        <translation>Notice </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>计划名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：上午、午间不断档、周六上午</source>
        <translation>e.g. Morning, Lunchtime cover, Saturday morning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建计划</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按表单新建预约计划</source>
        <translation>Create a slot plan from the form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存对所选计划的修改</source>
        <translation>Save the changes to the selected plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用所选</source>
        <translation>Retire selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用所选预约计划</source>
        <translation>Retire the selected slot plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+91"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+90"/>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+94"/>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+100"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>例外日期列表</source>
        <translation>Exception dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例外日期</source>
        <translation>Exception date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例外适用的计划</source>
        <translation>Plan the exception applies to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>当日停止预约</source>
        <translation>No appointments that day</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>当日调整时间或名额</source>
        <translation>Change hours or places that day</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>例外开始时间</source>
        <translation>Exception start time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例外结束时间</source>
        <translation>Exception end time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例外每时段名额</source>
        <translation>Exception places per slot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按计划</source>
        <translation>As planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例外原因</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因（必填），如：系统升级、业务培训</source>
        <translation>Reason (required), e.g. system upgrade, staff training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加例外</source>
        <translation>Add exception</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加例外日期</source>
        <translation>Add an exception date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除所选例外</source>
        <translation>Delete selected exception</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除所选例外日期</source>
        <translation>Delete the selected exception date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>预约计划</source>
        <translation>Slot plans</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>调整为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>例外日期（单日停约或调整）</source>
        <translation>Exception dates (no appointments or changes for a single day)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>按大厅规则（{0} 个工作日内）</source>
        <translation>By the hall rule ({0} working days ahead)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按大厅规则（提前 {0} 天）</source>
        <translation>By the hall rule ({0} days&apos; notice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该计划的时段最远可预约到第几个工作日；“按大厅规则”为 {0} 个工作日。</source>
        <translation>How many working days ahead this plan&apos;s slots can be booked; “by the hall rule” is {0} working days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该计划的时段至少提前几天预约；“按大厅规则”为 {0} 天。</source>
        <translation>How many days ahead this plan&apos;s slots must at least be booked; “by the hall rule” is {0} days.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>整个类别</source>
        <translation>Whole category</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>已新建预约计划。</source>
        <translation>Slot plan created.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已保存对预约计划的修改。</source>
        <translation>Changes to the slot plan saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在停用…</source>
        <translation>Retiring…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用该预约计划，不再接受新的预约。</source>
        <translation>Slot plan retired; it takes no new appointments.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已添加例外日期。</source>
        <translation>Exception date added.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在删除…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已删除例外，该日恢复按计划预约。</source>
        <translation>Exception deleted; appointments for that day follow the plan again.</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/catalog_history.py" line="+25"/>
        <source>{0}（{1}）第 {2} 版</source>
        <translation>{0} ({1}) version {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该版本的全部内容</source>
        <translation>This version in full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭此版本</source>
        <translation>Close this version</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk_pages.py" line="-427"/>
        <source>请选择您要办理的业务</source>
        <translation>Please choose your service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请选择优先类别（请准备好相关证件）：</source>
        <translation>Choose your priority group (please have your proof ready):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>一件事一次办</source>
        <translation>One-thing services: all done in one visit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>优先取号</source>
        <translation>Priority ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>优先取号（老年人、残疾人、孕妇等）</source>
        <translation>Priority ticket (elderly, disabled, pregnant, …)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重打上一张</source>
        <translation>Reprint last ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重打上一张号票</source>
        <translation>Reprint the last ticket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>大字/语音引导</source>
        <translation>Large text / voice guide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大字和语音引导模式</source>
        <translation>Large text and voice guidance mode</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>优先类别：{0}</source>
        <translation>Priority group: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>取号时间 {0:%H:%M}–{1:%H:%M}</source>
        <translation>Ticket hours {0:%H:%M}–{1:%H:%M}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_forms.py" line="-172"/>
        <source>记录办理进展</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定记录办理进展</source>
        <translation>Confirm recording the progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>材料预审</source>
        <translation>Materials pre-checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代为填写申请表</source>
        <translation>Filled in the application form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代为提交申请</source>
        <translation>Submitted the application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话催办</source>
        <translation>Chased up by phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>陪同现场核查</source>
        <translation>Accompanied the on-site check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代为领取结果</source>
        <translation>Collected the result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>常用办理进展</source>
        <translation>Common progress steps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本次办理进展(&amp;N)：</source>
        <translation>&amp;Note the progress made:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写办理进展。</source>
        <translation>Please enter the progress.</translation>
    </message>
</context>
<context>
    <name>TicketButton</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk_pages.py" line="-177"/>
        <source>当前等候 {0} 人</source>
        <translation>{0} waiting</translation>
    </message>
</context>
<context>
    <name>ToleratedForm</name>
    <message>
        <location filename="../../yk_desktop/gui/case_forms.py" line="-72"/>
        <source>补交容缺材料</source>
        <translation>Tolerated materials received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记补交</source>
        <translation>Record hand-in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定登记补交</source>
        <translation>Confirm the hand-in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已补交：{0}</source>
        <translation>Handed in: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 的页数</source>
        <translation>Pages of {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>页数不记</source>
        <translation>Pages not counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 页</source>
        <translation> pages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>勾选本次补交的材料：</source>
        <translation>Tick the materials handed in now:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请勾选本次补交的材料。</source>
        <translation>Tick the materials handed in now.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/clerk_dialogs.py" line="-174"/>
        <location line="+43"/>
        <source>转窗</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>将 {0}（{1}）转往：</source>
        <translation>Transfer {0} ({1}) to:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>号票保留原取号时间重新等候，办事人无需重新排队。</source>
        <translation>The ticket keeps its original ticket time when it waits again; the applicant does not have to queue again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>其他业务类别(&amp;C)</source>
        <translation>Another &amp;category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到其他业务类别</source>
        <translation>Transfer to another category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定窗口(&amp;W)</source>
        <translation>A specific &amp;window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到指定窗口</source>
        <translation>Transfer to a specific window</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>转往的业务类别</source>
        <translation>Category to transfer to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别列表</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转往的窗口</source>
        <translation>Window to transfer to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口列表</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 号窗口 · {1}</source>
        <translation>Window {0} · {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}（暂停中）</source>
        <translation>{0} (paused)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>转窗原因</source>
        <translation>Reason for the transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可不填，如：需先办理税务登记</source>
        <translation>Optional, e.g. needs to register for tax first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确定转窗</source>
        <translation>Confirm transfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消转窗</source>
        <translation>Close without transferring</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>VoiceEngine</name>
    <message>
        <location filename="../../yk_desktop/gui/voice.py" line="-191"/>
        <source>未找到语音引擎 {0}</source>
        <translation>speech engine {0} not found</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>语音引擎 {0} 无法启动：{1}</source>
        <translation>speech engine {0} could not start: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未找到中文语音引擎</source>
        <translation>no Chinese voice found</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>语音引擎无响应</source>
        <translation>the speech engine does not respond</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未找到语音引擎</source>
        <translation>no speech engine found</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <location filename="../../yk_desktop/gui/shell.py" line="-274"/>
        <source>启动提示</source>
        <translation>Start-up notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知道了</source>
        <translation>Got it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭启动提示</source>
        <translation>Dismiss start-up notice</translation>
    </message>
</context>
<context>
    <name>YearEntryDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/calendar_panel.py" line="-175"/>
        <source>录入 {0} 年节假日安排</source>
        <translation>Enter the {0} holiday arrangement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存全年安排</source>
        <translation>Save the year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存 {0} 年节假日安排</source>
        <translation>Save the {0} holiday arrangement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 年法定节假日与调休安排</source>
        <translation>Statutory holidays and swapped working days, {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每行一天：日期、类型（节假日或调休上班）、名称，用空格、逗号或制表符分开，例如：
{0}-01-01 节假日 元旦
{0}-02-07,调休上班,春节
请按国务院办公厅的放假通知逐日列出放假日和调休上班日；也可从 .txt 或 .csv 文件导入。
保存的是全年完整安排：未列出的日期恢复为普通工作日或周末。已有的安排已列在下面，可直接修改。</source>
        <translation>One day per line: date, kind (节假日 holiday or 调休上班 make-up working day), name, separated by spaces, commas or tabs, for example:
{0}-01-01 节假日 元旦
{0}-02-07,调休上班,春节
List each day off and each make-up working day from the State Council&apos;s notice; you can also import a .txt or .csv file.
This saves the whole year: dates not listed go back to ordinary working days or weekends. The year&apos;s current arrangement is listed below to edit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>全年安排文本</source>
        <translation>Year arrangement text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在此粘贴或输入，每行一天</source>
        <translation>Paste or type here, one day per line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从文件导入(&amp;F)…</source>
        <translation>Import from &amp;file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>从文件导入全年安排</source>
        <translation>Import the year&apos;s arrangement from a file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>解析结果预览</source>
        <translation>Preview of the parsed lines</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>
…另有 {0} 行有误</source>
        <translation>
… and {0} more lines with errors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>有 {0} 行需要改正，改正后才能保存：
{1}{2}</source>
        <translation>{0} lines need correcting before saving:
{1}{2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>尚未输入任何日期。</source>
        <translation>No days entered yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 年至少应有一个放假日。</source>
        <translation>{0} needs at least one holiday.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>共 {0} 天：放假 {1} 天，调休上班 {2} 天。保存后 {3} 年的期限按此计算。</source>
        <translation>{0} days: {1} holidays, {2} swapped working days. Once saved, deadlines in {3} are counted with them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 等 {0} 天</source>
        <translation> and {0} days in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
原有安排中的 {0}{1} 未列出，保存后恢复为普通日期。</source>
        <translation>
From the current arrangement {0}{1} is not listed and becomes an ordinary day when saved.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>导入全年安排</source>
        <translation>Import the year&apos;s arrangement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文本或 CSV 文件 (*.txt *.csv);;所有文件 (*)</source>
        <translation>Text or CSV files (*.txt *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>_ConfirmedForm</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_forms.py" line="-24"/>
        <source>确定：{0}</source>
        <translation>Confirm: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../yk_desktop/gui/calendar_panel.py" line="-184"/>
        <source>保存提示</source>
        <translation>Save message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消并关闭</source>
        <translation>Cancel and close</translation>
    </message>
</context>
<context>
    <name>_WorkingDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="-386"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>正在处理，请稍候再关闭。</source>
        <translation>Still working; close when it has finished.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} 已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} 未能打印：{1} 文书已存档，可在“文书存档”中重新打印。</source>
        <translation>{0} was not printed: {1} The document is archived; print it again from the Document archive.</translation>
    </message>
</context>
<context>
    <name>agency</name>
    <message>
        <location filename="../../yk_desktop/gui/agency_common.py" line="+34"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待窗口/部门办理</source>
        <translation>Waiting on window/department</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>结果待领取</source>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>已交付</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>登记代办</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交</source>
        <translation>Handed off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联办件</source>
        <translation>Case linked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附加委托书扫描件</source>
        <translation>Scanned authorization attached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>交付办结</source>
        <translation>Delivered and closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消代办</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看联系电话</source>
        <translation>Contact number viewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看委托书扫描件</source>
        <translation>View the scanned authorization</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>交 {0}</source>
        <translation>to {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转委托（原受托人 {0}）</source>
        <translation>sub-delegated (original agent {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办件 {0}</source>
        <translation>case {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承诺 {0} 前办结</source>
        <translation>promised by {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原关联 {0}</source>
        <translation>previously linked {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>替换原扫描件</source>
        <translation>replaced the earlier scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>领取地点：{0}</source>
        <translation>Collection point: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>领取人：{0}</source>
        <translation>Collected by: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>无法读取文件“{0}”（{1}），请重新选择。</source>
        <translation>Cannot read “{0}” ({1}); please choose the file again.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0} 已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} 未能打印：{1} 文书已存档，可重新打印。</source>
        <translation>{0} could not be printed: {1} The document is archived and can be printed again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 已存档，正在打印…</source>
        <translation>{0} archived, printing…</translation>
    </message>
</context>
<context>
    <name>appointment</name>
    <message>
        <location filename="../../yk_desktop/gui/appointment_common.py" line="+33"/>
        <source>工作时间</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>午间</source>
        <translation>Lunchtime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延时</source>
        <translation>After hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周末延时</source>
        <translation>Weekend after-hours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>爽约</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0}列表</source>
        <translation>{0} list</translation>
    </message>
    <message>
        <location filename="../../yk_desktop/gui/appointment_dialog.py" line="-23"/>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>剩余/名额</source>
        <translation>Left/places</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <location filename="../../yk_desktop/gui/archive.py" line="-381"/>
        <source>一次性告知书</source>
        <translation>One-time notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+18"/>
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>受理回执（小票）</source>
        <translation>Acceptance receipt (slip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>补正通知</source>
        <translation>Correction notice</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>号票</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+20"/>
        <source>预约确认单</source>
        <translation>Appointment confirmation</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>委托书</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>首问登记单</source>
        <translation>First-inquiry slip</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>代办结果领取通知</source>
        <translation>Proxy result collection notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>投诉受理单</source>
        <translation>Complaint receipt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>告知书</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>委托书/代办通知</source>
        <translation>Authorization/proxy notice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未打印</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · 上次打印失败：{1}</source>
        <translation>{0} · last print failed: {1}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印次数</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>calendar_panel</name>
    <message>
        <location filename="../../yk_desktop/gui/calendar_panel.py" line="-208"/>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调休上班</source>
        <translation>Swapped working day</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>国务院安排</source>
        <translation>State Council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手工</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+31"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+35"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+39"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+42"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>casedialog</name>
    <message>
        <location filename="../../yk_desktop/gui/casedialog.py" line="-690"/>
        <source>已收取</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复用已核验材料</source>
        <translation>Reused (verified before)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺，待补交</source>
        <translation>Tolerated, still due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已补正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求补正</source>
        <translation>Request correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补正完成</source>
        <translation>Correction received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中止计时</source>
        <translation>Suspend clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领取结果</source>
        <translation>Result collected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补交容缺材料</source>
        <translation>Tolerated materials received</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>告知书 {0}</source>
        <translation>Notification {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承诺 {0} 前办结</source>
        <translation>to be completed by {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>容缺受理</source>
        <translation>accepted with tolerated materials</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>补正通知 {0}：{1}</source>
        <translation>Correction notice {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>限 {0} 前补正</source>
        <translation>corrections due by {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>中止 {0} 个工作日</source>
        <translation>suspended {0} working days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承诺办结日调整为 {0}</source>
        <translation>promised date moved to {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原因：{0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理结果：{0}</source>
        <translation>Result: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>超过承诺办结日</source>
        <translation>after the promised date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>领取人：{0}</source>
        <translation>Collected by: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>caselist</name>
    <message>
        <location filename="../../yk_desktop/gui/caselist.py" line="-715"/>
        <location line="+99"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+99"/>
        <source>待补正</source>
        <translation>Awaiting correction</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+99"/>
        <source>已中止计时</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+13"/>
        <location line="+86"/>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>不予受理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停止计时</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · 停止计时</source>
        <translation>{0} · clock stopped</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>逾期 {0}</source>
        <translation>overdue {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0（今日到期）</source>
        <translation>0 (due today)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未办结</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不予受理或已撤回</source>
        <translation>Refused or withdrawn</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理时间</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺办结日</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理人</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>已超过承诺办结日 {0}，逾期 {1} 个工作日</source>
        <translation>Past the promised date {0}, overdue by {1} working days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>承诺办结日 {0}，仅剩 {1} 个工作日（{2} 个工作日内到期即提醒）</source>
        <translation>Promised by {0}, only {1} working days left (warned {2} working days ahead)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}：办理期限暂停计算</source>
        <translation>{0}: the clock is stopped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承诺办结日 {0}，剩余 {1} 个工作日</source>
        <translation>Promised by {0}, {1} working days left</translation>
    </message>
</context>
<context>
    <name>catalog_common</name>
    <message>
        <location filename="../../yk_desktop/gui/catalog_common.py" line="+144"/>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>无（不在取号机上单独显示）</source>
        <translation>None (not offered on its own at the kiosk)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}（已停用的类别）</source>
        <translation>{0} (retired category)</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>停用原因</source>
        <translation>Reason for retiring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>恢复原因</source>
        <translation>Reason for restoring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如：事项已取消，依据某文件</source>
        <translation>e.g. the item was abolished by a named document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消并关闭</source>
        <translation>Cancel and close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>请填写停用原因，它会记入事项的修改历史。</source>
        <translation>Please give a reason for retiring; it goes into the item&apos;s history.</translation>
    </message>
</context>
<context>
    <name>catalog_history</name>
    <message>
        <location filename="../../yk_desktop/gui/catalog_history.py" line="-253"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理流程</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收费标准</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可网上办理</source>
        <translation>Can be done online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理地点</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询电话</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>允许容缺受理</source>
        <translation>Accept with materials to follow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请材料</source>
        <translation>Required materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>包含事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原件/复印件</source>
        <translation>Original / copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必交</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用情形</source>
        <translation>When it is needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可复用</source>
        <translation>Reusable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证照名称</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出具单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可容缺</source>
        <translation>May follow later</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初始内容</source>
        <translation>Initial content</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}：删除“{1}”</source>
        <translation>{0}: removed “{1}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}：新增“{1}”</source>
        <translation>{0}: added “{1}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>材料“{0}”的{1}：{2} → {3}</source>
        <translation>Material “{0}”, {1}: {2} → {3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}：顺序调整</source>
        <translation>{0}: order changed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>原因：{0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}：{1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导入或初始化时的内容（此前没有修改记录）</source>
        <translation>As imported or first set up (no changes recorded before)</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>申请材料（{0} 项）</source>
        <translation>Required materials ({0})</translation>
    </message>
</context>
<context>
    <name>catalog_import</name>
    <message>
        <location filename="../../yk_desktop/gui/catalog_import.py" line="-220"/>
        <source>只能导入或导出 .json 或 .xlsx 文件，“{0}”不是。</source>
        <translation>Only .json or .xlsx files can be imported or exported; “{0}” is neither.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>文件“{0}”有 {1} MB，不像是事项清单，请核对所选文件。</source>
        <translation>“{0}” is {1} MB, too big for an item catalog; please check the file chosen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法读取文件“{0}”（{1}）。</source>
        <translation>Cannot read “{0}” ({1}).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>无法写入“{0}”（{1}），请换一个文件夹后重试。</source>
        <translation>Cannot write “{0}” ({1}); please choose another folder and try again.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <location filename="../../yk_desktop/gui/complaint_dialog.py" line="-366"/>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办</source>
        <translation>Routed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看联系电话</source>
        <translation>Contact number viewed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>工单 {0}</source>
        <translation>work order {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限 {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>逾期答复</source>
        <translation>replied late</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新期限 {0}</source>
        <translation>new deadline {0}</translation>
    </message>
    <message>
        <location filename="../../yk_desktop/gui/complaint_intake.py" line="-231"/>
        <source>咨询</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>求助</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举报</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>12345热线转办</source>
        <translation>Routed from the 12345 hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现场</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转办</source>
        <translation>Routed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <location filename="../../yk_desktop/gui/followup_dialog.py" line="-378"/>
        <location line="+35"/>
        <source>申诉成立</source>
        <translation>Appeal upheld</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>整改中</source>
        <translation>Remedy in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉中</source>
        <translation>Under appeal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>登记差评</source>
        <translation>Bad rating recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访核实</source>
        <translation>Call-back check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复申请人</source>
        <translation>Reply to applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人评价整改</source>
        <translation>Applicant rated the remedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉裁定</source>
        <translation>Appeal decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已联系上</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>驳回申诉</source>
        <translation>Appeal rejected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>整改期限 {0}</source>
        <translation>remedy due {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>逾期办结</source>
        <translation>closed late</translation>
    </message>
    <message>
        <location filename="../../yk_desktop/gui/followup_ledger.py" line="-101"/>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已整改</source>
        <translation>Remedied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>整改评价：{0}</source>
        <translation>Remedy rating: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>inquiry_common</name>
    <message>
        <location filename="../../yk_desktop/gui/inquiry_common.py" line="-185"/>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 小时 {1} 分</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 天 {1} 小时</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当场答复</source>
        <translation>Answered on the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引导至窗口/部门</source>
        <translation>Guided to a window/department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交同事</source>
        <translation>Handed over to a colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需后续跟进</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>登记</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跟进备注</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打开</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看联系电话</source>
        <translation>Contact number viewed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未办结（超时）</source>
        <translation>Open (overdue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>登记编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已用时</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>办事人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>咨询内容</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>处理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首问负责人</source>
        <translation>First-contact staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前承办人</source>
        <translation>Now handled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记时间：{0}&#x3000;已用时：{1}</source>
        <translation>Recorded: {0}  Elapsed: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>办事人：匿名</source>
        <translation>Visitor: anonymous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>办事人：{0}</source>
        <translation>Visitor: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>联系电话：{0}</source>
        <translation>Phone: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证件号码：{0}</source>
        <translation>ID number: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询问题：{0}</source>
        <translation>Question: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事项：{0}</source>
        <translation>Service item: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收取材料：{0}</source>
        <translation>Materials received: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理方式：{0}</source>
        <translation>Handling: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>去向：{0}</source>
        <translation>Directed to: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>首问负责人：{0}&#x3000;当前承办人：{1}</source>
        <translation>First-contact staff: {0}  Now handled by: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>处理结果：{0}</source>
        <translation>Outcome: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>转交：{0} → {1}</source>
        <translation>Handed over: {0} → {1}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>正在生成首问登记单…</source>
        <translation>Building the first-inquiry slip…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>首问登记单 {0} 已打印。</source>
        <translation>First-inquiry slip {0} printed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>首问登记单未能打印：{0} 已存档，可在“文书存档”中重新打印。</source>
        <translation>The first-inquiry slip could not be printed: {0} It is archived; print it again from the Document archive.</translation>
    </message>
</context>
<context>
    <name>inquiry_dialog</name>
    <message>
        <location filename="../../yk_desktop/gui/inquiry_dialog.py" line="-460"/>
        <source>{0} 号窗口 · {1}</source>
        <translation>Window {0} · {1}</translation>
    </message>
</context>
<context>
    <name>inquiry_manager</name>
    <message>
        <location filename="../../yk_desktop/gui/inquiry_manager.py" line="-219"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首问负责人</source>
        <translation>First-contact staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当场答复</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引导</source>
        <translation>Guided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当场答复率</source>
        <translation>On-the-spot rate</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../yk_desktop/gui/main.py" line="+71"/>
        <source>营口政务服务大厅窗口系统</source>
        <translation>Yingkou Government Service Hall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法启动</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>中心数据库密码</source>
        <translation>Central database password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请输入中心数据库密码（仅保存在内存中）：</source>
        <translation>Central database password (kept in memory only):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>启动失败：{0}</source>
        <translation>Start-up failed: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>未知的模式：{0}</source>
        <translation>Unknown mode: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>当前账号无权打开此模式。</source>
        <translation>This account may not open this mode.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>当前账号无权打开{0}，已打开{1}。</source>
        <translation>This account may not open the {0}; the {1} is open instead.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>截图保存失败：{0}</source>
        <translation>Could not save the screenshot: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>等待数据加载超时，未截图。</source>
        <translation>Timed out waiting for data; no screenshot taken.</translation>
    </message>
</context>
<context>
    <name>material_table</name>
    <message>
        <location filename="../../yk_desktop/gui/material_table.py" line="+48"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原件和复印件</source>
        <translation>Original and copy</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../yk_desktop/gui/models.py" line="+115"/>
        <source>即办</source>
        <translation>Immediate</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网上可办</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纸质或电子</source>
        <translation>Paper or electronic</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>情形：{0}</source>
        <translation>If: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>非必需</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ 可复用</source>
        <translation>✔ Reusable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必需/情形</source>
        <translation>Required / when</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原件/复印件</source>
        <translation>Original / copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>可复用</source>
        <translation>Reusable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>来源/说明</source>
        <translation>Issued by / note</translation>
    </message>
</context>
<context>
    <name>offlist_panel</name>
    <message>
        <location filename="../../yk_desktop/gui/offlist_panel.py" line="-242"/>
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>告知书编号</source>
        <translation>Notification no.</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>经办人</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>policy_panel</name>
    <message>
        <location filename="../../yk_desktop/gui/policy_panel.py" line="-166"/>
        <source>首问负责</source>
        <translation>First-inquiry responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮办代办</source>
        <translation>Proxy service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预约服务</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>好差评</source>
        <translation>Service rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉与诉求</source>
        <translation>Complaints and requests</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>首问登记超时未办结提醒</source>
        <translation>Alert when a first inquiry stays open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办结果领取提醒</source>
        <translation>Reminder to collect a proxy case&apos;s result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最少提前预约天数</source>
        <translation>Minimum days booked ahead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可预约范围</source>
        <translation>Booking horizon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最晚取消时间（时段开始前）</source>
        <translation>Latest cancellation (before the slot starts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每人每天预约次数上限</source>
        <translation>Bookings per person per day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时段结束后判定爽约的宽限</source>
        <translation>Grace after the slot ends before a no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>爽约后暂停预约的次数</source>
        <translation>No-shows that suspend booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>爽约次数的统计期</source>
        <translation>Period in which no-shows are counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结后补评期限</source>
        <translation>Time to rate later after completion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差评整改期限</source>
        <translation>Time limit to fix a bad rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询答复期限</source>
        <translation>Time limit to answer a consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>求助办理期限</source>
        <translation>Time limit for a request for help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议答复期限</source>
        <translation>Time limit to answer a suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>投诉办理期限</source>
        <translation>Time limit to handle a complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>举报办理期限</source>
        <translation>Time limit to handle a report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
</context>
<context>
    <name>review_forms</name>
    <message>
        <location filename="../../yk_desktop/gui/review_forms.py" line="+62"/>
        <source>逾期 {0} 个工作日</source>
        <translation>Overdue by {0} working days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩 {0} 个工作日</source>
        <translation>{0} working days left</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>填写提示</source>
        <translation>Form message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消并关闭表单</source>
        <translation>Cancel and close the form</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0}列表</source>
        <translation>{0} list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+1"/>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
</context>
<context>
    <name>review_pad</name>
    <message>
        <location filename="../../yk_desktop/gui/review_pad.py" line="+118"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办事效率低</source>
        <translation>Slow service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务态度差</source>
        <translation>Poor attitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料要求不清</source>
        <translation>Unclear material requirements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等候时间长</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多次跑动</source>
        <translation>Had to come several times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系统故障</source>
        <translation>System fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>服务效率</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务水平</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务态度</source>
        <translation>Attitude</translation>
    </message>
</context>
<context>
    <name>slot_plan_editor</name>
    <message>
        <location filename="../../yk_desktop/gui/slot_plan_editor.py" line="-475"/>
        <source>长期</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>停止预约</source>
        <translation>No appointments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>，每时段 {0} 人</source>
        <translation>, {0} per slot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开放 {0}{1}</source>
        <translation>Open {0}{1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按大厅规则</source>
        <translation>By the hall rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提前按大厅规则</source>
        <translation>Notice by the hall rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提前 {0} 天</source>
        <translation>{0} days&apos; notice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>范围按大厅规则</source>
        <translation>Horizon by the hall rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 个工作日内</source>
        <translation>within {0} working days</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../yk_desktop/gui/workers.py" line="+249"/>
        <source>系统内部错误，请重试；如反复出现请联系信息管理员（错误编号 {0}）</source>
        <translation>Internal error, please try again; if it keeps happening, contact hall IT (reference {0})</translation>
    </message>
</context>
</TS>
